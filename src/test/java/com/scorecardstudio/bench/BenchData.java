package com.scorecardstudio.bench;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Data folders for the benchmarks that start the app as a process: the demo, or one large session. */
final class BenchData {
    private BenchData() {
    }

    /** Fills a data folder by hand, for looking at it: {@code BenchData demo|large DIR}. */
    /** JavaFX headless (Monocle, software rendering) and jOOQ quiet, as the UI benchmarks run; call first. */
    static void headlessFx() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        System.out.println(args[0].equals("large") ? large(home, 200) : demo(home));
    }

    /** The demo session in both languages, in {@code home}'s default database; returns the Russian one's id. */
    static long demo(Path home) throws Exception {
        try (Database db = Database.open(home.resolve("scorecard.mv.db"), new Backups(Clock.systemDefaultZone(), 10),
                Database.BackupOnOpen.BEFORE_MIGRATION)) {
            Demo.create(db.store(Clock.systemDefaultZone()), Language.EN, LocalDate.now());
            return Demo.create(db.store(Clock.systemDefaultZone()), Language.RU, LocalDate.now()).id();
        }
    }

    /**
     * One session of {@code goals} goals spread over every focus area, each with two indicators and
     * three initiatives (200 goals: 400 indicators, 600 initiatives), in {@code home}'s default database.
     */
    static long large(Path home, int goals) throws Exception {
        try (Database db = Database.open(home.resolve("scorecard.mv.db"), new Backups(Clock.systemDefaultZone(), 10),
                Database.BackupOnOpen.BEFORE_MIGRATION)) {
            Session s = new SessionRepository(db.dsl(), Clock.systemDefaultZone())
                    .insert(Session.draft(LocalDate.now()).withTitle("Large session: " + goals + " goals"));
            GoalRepository repo = new GoalRepository(db.dsl());
            List<String[]> areas = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                stage.areas().forEach(a -> areas.add(new String[] {stage.name(), a}));
            }
            for (int i = 0; i < goals; i++) {
                String[] at = areas.get(i % areas.size());
                Goal g = Goal.titled(Stage.valueOf(at[0]), at[1], "Goal " + (i + 1) + ": reduce the cost of service by ten percent");
                g = new Goal(null, g.stage(), g.area(), g.title(), "Why it matters, in a sentence or two.", "Owner " + (i % 7),
                        g.priority(), List.of(Indicator.named("Cost per visit " + i), Indicator.named("Share of repeat visits " + i)),
                        List.of(Initiative.titled("Step A " + i), Initiative.titled("Step B " + i), Initiative.titled("Step C " + i)));
                repo.insert(s.id(), g, i);
            }
            return s.id();
        }
    }
}
