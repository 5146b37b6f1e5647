package com.scorecardstudio.testing;

import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * A stand-in for the app under a kill test ({@code db.KillAfterSaveTest}): edits a database through
 * the app's own persistence path — work submitted to the {@link DbExecutor}, a repository call on
 * the database thread, acknowledged when the future completes — in an endless loop until it is
 * killed. Protocol on stdout, one line per event, each written and flushed whole:
 * <pre>
 *   WILL  &lt;kind&gt; &lt;id&gt; &lt;value&gt;   an edit is about to be submitted (not acknowledged)
 *   SAVED &lt;kind&gt; &lt;id&gt; &lt;value&gt;   the edit was acknowledged as saved
 * </pre>
 * Kinds: {@code session} (id, title), {@code goal} (goal id, title), {@code title} (goal id, new
 * title), {@code measurement} (measurement id, value). Ids not known before the write are {@code -}.
 * Arguments: the database file and a random seed.
 */
public final class EditLoopDriver {
    private static final PrintStream OUT = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    private EditLoopDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Clock clock = Clock.systemUTC();
        Database db = Database.open(file, new Backups(clock, 3), Database.BackupOnOpen.BEFORE_MIGRATION);
        DbExecutor dbThread = new DbExecutor();
        SessionRepository sessions = new SessionRepository(db.dsl(), clock);
        GoalRepository goals = new GoalRepository(db.dsl());

        String sessionTitle = "kill-" + Long.toHexString(random.nextLong());
        line("WILL", "session", "-", sessionTitle);
        Session session = save(dbThread, () -> sessions.insert(Session.draft(LocalDate.now(clock)).withTitle(sessionTitle)));
        line("SAVED", "session", session.id(), session.title());

        List<Goal> stored = new ArrayList<>();
        for (int i = 1; ; i++) {
            int kind = stored.isEmpty() ? 0 : random.nextInt(3);
            if (kind == 0) {
                Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
                String area = stage.areas().get(random.nextInt(stage.areas().size()));
                Goal g = new Goal(null, stage, area, "goal-" + i, "", "owner-" + i, Priority.HIGH,
                        List.of(new Indicator(null, "indicator-" + i, "%", Direction.UP, new BigDecimal("10.5"),
                                LocalDate.of(2026, 1, 31), new BigDecimal("20"), LocalDate.of(2027, 12, 31), "scale", null, "",
                                "", ReviewFrequency.MONTHLY, List.of())),
                        List.of());
                int position = i;
                line("WILL", "goal", "-", g.title());
                Goal saved = save(dbThread, () -> goals.insert(session.id(), g, position));
                stored.add(saved);
                line("SAVED", "goal", saved.id(), saved.title());
            } else if (kind == 1) {
                int index = random.nextInt(stored.size());
                Goal g = stored.get(index);
                Goal renamed = new Goal(g.id(), g.stage(), g.area(), "title-" + i, g.description(), g.owner(), g.priority(),
                        g.indicators(), g.initiatives());
                line("WILL", "title", g.id(), renamed.title());
                save(dbThread, () -> {
                    goals.update(g.id(), renamed);
                    return null;
                });
                stored.set(index, renamed);
                line("SAVED", "title", g.id(), renamed.title());
            } else {
                Indicator ind = stored.get(random.nextInt(stored.size())).indicators().get(0);
                BigDecimal value = new BigDecimal(i + "." + random.nextInt(10) + (1 + random.nextInt(9)));
                line("WILL", "measurement", "-", value.toPlainString());
                LocalDate day = LocalDate.of(2027, 1, 1).plusDays(i % 365);
                Measurement m = save(dbThread, () -> goals.insertMeasurement(ind.id(), new Measurement(null, day, value)));
                line("SAVED", "measurement", m.id(), m.value().toPlainString());
            }
        }
    }

    /** Submits the work to the database thread and waits for its acknowledgement, as the app's save does. */
    private static <T> T save(DbExecutor dbThread, Callable<T> work) throws Exception {
        return dbThread.submit(work).get();
    }

    /** One whole line in one write, so a kill can cut the stream only between lines or leave a line without its end. */
    private static void line(String event, String kind, Object id, String value) {
        byte[] bytes = (event + " " + kind + " " + id + " " + value + "\n").getBytes(StandardCharsets.UTF_8);
        OUT.write(bytes, 0, bytes.length);
        OUT.flush();
    }
}
