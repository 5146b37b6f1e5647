package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.library.Libraries;
import com.scorecardstudio.library.Library;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The team workspace's server goes away while a consultant types: nothing typed is lost. Goal texts
 * wait in the journal on this computer (on disk, so a kill loses nothing acknowledged) and reach the
 * server when it is back, live or at the next start.
 */
@Tag("postgres")
class TeamOfflineTest {
    @TempDir
    Path journals;
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();
    private final ManualScheduler clock = new ManualScheduler();
    private final List<Throwable> errors = new ArrayList<>();
    private final List<Library> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        TestPostgres.server().ensureRunning();
        opened.forEach(Library::close);
        assertThat(errors).isEmpty();
    }

    private Session newSession(String title) throws Exception {
        try (var db = com.scorecardstudio.db.Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()))) {
            return db.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle(title));
        }
    }

    private Library library() throws Exception {
        Library lib = new Libraries(new Backups(TestDatabases.fixedClock(), 3), TestDatabases.fixedClock()).withJournals(journals)
                .openServer(ServerAddress.parse(target.url(), Optional.empty()), Optional.of(target.password().toCharArray()))
                .library();
        opened.add(lib);
        return lib;
    }

    private OpenSession open(Library lib, Session s) {
        OpenSession open = lib.openSession(s, new DirectTaskRunner(), clock, System::nanoTime, new Messages(Language.EN),
                errors::add);
        open.load();
        return open;
    }

    private String storedTitle(long sessionId) throws Exception {
        try (var c = target.connect(); var rs = c.createStatement().executeQuery(
                "SELECT title FROM goal WHERE session_id = " + sessionId)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long journalLines() throws Exception {
        try (Stream<Path> files = Files.walk(journals)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.readAllLines(f).size();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    @Test
    void typingWhileTheServerIsAwaySurvivesAKillAndReachesTheServerAtTheNextStart() throws Exception {
        Library first = library();
        Session s = newSession("Offline");
        OpenSession session = open(first, s);
        GoalItem goal = session.goals().addGoal(Stage.FINANCIAL, "profit_growth", "Grow margin");
        long sessionId = s.id();

        TestPostgres.server().stopNow();
        goal.titleProperty().set("Grow margin to 12 % (typed offline)");
        clock.advance(Duration.ofSeconds(1));
        assertThat(errors).as("no failure for the user: the text waits").isEmpty();
        assertThat(session.offlineProperty().get()).isTrue();
        assertThat(goal.titleProperty().get()).isEqualTo("Grow margin to 12 % (typed offline)");
        assertThat(journalLines()).as("on disk before anything else").isEqualTo(1);

        // the app is killed here: nothing is closed, the in-memory state is gone
        opened.clear();
        TestPostgres.server().startAgain();
        Library second = library();
        OpenSession again = open(second, second.find(sessionId).orElseThrow());
        assertThat(storedTitle(sessionId)).isEqualTo("Grow margin to 12 % (typed offline)");
        assertThat(again.goals().goalsIn(Stage.FINANCIAL, "profit_growth")).extracting(g -> g.titleProperty().get())
                .containsExactly("Grow margin to 12 % (typed offline)");
        assertThat(journalLines()).as("emptied once the server has it").isZero();
    }

    @Test
    void indicatorsAndInitiativesTypedWhileTheServerIsAwaySurviveAKill() throws Exception {
        Library first = library();
        Session s = newSession("Offline figures");
        OpenSession session = open(first, s);
        GoalItem goal = session.goals().addGoal(Stage.FINANCIAL, "profit_growth", "Grow margin");
        IndicatorItem indicator = session.goals().addIndicator(goal, "Gross margin");
        InitiativeItem step = session.goals().addInitiative(goal, "Review prices");
        clock.advance(Duration.ofSeconds(1));
        long sessionId = s.id();

        TestPostgres.server().stopNow();
        indicator.target().textProperty().set("12.5");
        indicator.unitProperty().set("%");
        indicator.targetDateProperty().set(LocalDate.of(2027, 6, 30));
        clock.advance(Duration.ofSeconds(1));
        step.budget().textProperty().set("250000");
        step.statusProperty().set(com.scorecardstudio.domain.InitiativeStatus.IN_PROGRESS);
        clock.advance(Duration.ofSeconds(1));
        assertThat(errors).as("no failure for the user: the figures wait").isEmpty();
        assertThat(journalLines()).as("each row on disk before anything else").isEqualTo(2);

        opened.clear(); // killed
        TestPostgres.server().startAgain();
        Library second = library();
        OpenSession again = open(second, second.find(sessionId).orElseThrow());
        com.scorecardstudio.domain.Goal stored;
        try (var db = com.scorecardstudio.db.Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()))) {
            stored = db.store(TestDatabases.fixedClock()).goals().list(sessionId).get(0);
        }
        assertThat(stored.indicators().get(0).targetValue()).isEqualByComparingTo("12.5");
        assertThat(stored.indicators().get(0).unit()).isEqualTo("%");
        assertThat(stored.indicators().get(0).targetDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(stored.initiatives().get(0).budget()).isEqualByComparingTo("250000");
        assertThat(stored.initiatives().get(0).status()).isEqualTo(com.scorecardstudio.domain.InitiativeStatus.IN_PROGRESS);
        GoalItem shown = again.goals().goalsIn(Stage.FINANCIAL, "profit_growth").get(0);
        assertThat(shown.indicators().get(0).target().textProperty().get()).isEqualTo("12.5");
        assertThat(shown.initiatives().get(0).budget().textProperty().get()).isEqualTo("250,000");
        assertThat(journalLines()).as("emptied once the server has it").isZero();
    }

    @Test
    void whenTheServerComesBackWhatWaitedIsWrittenByItself() throws Exception {
        Library lib = library();
        Session s = newSession("Live");
        OpenSession session = open(lib, s);
        GoalItem goal = session.goals().addGoal(Stage.FINANCIAL, "profit_growth", "Grow margin");
        long sessionId = s.id();

        TestPostgres.server().stopNow();
        goal.titleProperty().set("Typed while the server restarted");
        clock.advance(Duration.ofSeconds(1));
        goal.ownerProperty().set("CFO");
        clock.advance(Duration.ofSeconds(1));
        assertThat(session.offlineProperty().get()).isTrue();
        TestPostgres.server().startAgain();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !session.offlineProperty().get() && journalLinesQuietly() == 0);
        assertThat(storedTitle(sessionId)).isEqualTo("Typed while the server restarted");
        try (var c = target.connect(); var rs = c.createStatement().executeQuery(
                "SELECT owner FROM goal WHERE session_id = " + sessionId)) {
            rs.next();
            assertThat(rs.getString(1)).as("the click made offline too").isEqualTo("CFO");
        }
        session.close();
    }

    private long journalLinesQuietly() {
        try {
            return journalLines();
        } catch (Exception e) {
            return -1;
        }
    }
}
