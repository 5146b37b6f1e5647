package com.scorecardstudio.bench;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.OpenSession;
import com.scorecardstudio.ui.common.FxScheduler;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.ui.facilitation.PresenterWindow;
import com.scorecardstudio.ui.map.MapCanvas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * The room view's switches (issue 14, target &lt; 200 ms), on a session of 200 goals with two
 * indicators each (some 50 goals per stage) and a 200-card map, headless (Monocle): the time the FX
 * thread takes from the key (F5: open; a stage or the map page chosen while it is open) until the
 * room view's scene is laid out with what it should show.
 * Run: see the README's Benchmarks section, class {@code com.scorecardstudio.bench.RoomViewBenchmark}.
 */
public final class RoomViewBenchmark {
    private static final int ROUNDS = 30;

    public static void main(String[] args) throws Exception {
        try {
            run();
        } finally {
            System.exit(0); // also when a step times out: the database and FX threads would keep the JVM alive
        }
    }

    private static void run() throws Exception {
        BenchData.headlessFx();
        Path home = Files.createTempDirectory("room-bench");
        long id = BenchData.large(home, 200);
        Database db = Database.open(home.resolve("scorecard.mv.db"), new Backups(Clock.systemUTC(), 1),
                Database.BackupOnOpen.BEFORE_MIGRATION);
        DbExecutor executor = new DbExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        SimpleObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.FINANCIAL);
        SimpleBooleanProperty onMap = new SimpleBooleanProperty();
        PresenterWindow[] room = new PresenterWindow[1];
        OpenSession[] open = new OpenSession[1];
        CountDownLatch loaded = new CountDownLatch(1);
        Platform.runLater(() -> {
            Messages messages = new Messages(Language.EN);
            open[0] = new OpenSession(new SessionRepository(db.dsl(), Clock.systemUTC()).find(id).orElseThrow(), db.store(Clock.systemUTC()),
                    new FxTaskRunner(executor), FxScheduler.create(), System::nanoTime, messages, Throwable::printStackTrace);
            open[0].timers().stageProperty().bind(stage);
            open[0].load();
            javafx.stage.Stage main = new javafx.stage.Stage();
            main.setScene(new Scene(new javafx.scene.layout.StackPane(), 1280, 800));
            main.show();
            room[0] = new PresenterWindow(main, open[0].goals(), stage, "Large session", messages);
            room[0].showTimer(open[0].timers(), open[0].agenda());
            room[0].showParking(open[0].parking());
            MapCanvas map = MapCanvas.forRoom(open[0].map(), messages);
            room[0].showInstead(Bindings.createObjectBinding(() -> onMap.get() ? map : null, onMap), "Strategy map");
            open[0].map().loadedProperty().addListener((o, a, b) -> loaded.countDown());
        });
        loaded.await(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        Scene scene = room[0].window().getScene();
        System.out.printf("Java %s, %d cores; %d goals, %d on the financial stage%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), open[0].goals().goals().size(),
                open[0].goals().goals().stream().filter(g -> g.stageProperty().get() == Stage.FINANCIAL).count());

        // warm-up: every switch a few times
        for (int i = 0; i < 5; i++) {
            time(scene, () -> room[0].show());
            time(scene, () -> stage.set(Stage.CUSTOMER));
            time(scene, () -> onMap.set(true));
            time(scene, () -> onMap.set(false));
            time(scene, () -> stage.set(Stage.FINANCIAL));
            closeRoom(room[0]);
        }
        long[][] wall = new long[4][ROUNDS];
        long[][] cpu = new long[4][ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            Stage next = i % 2 == 0 ? Stage.CUSTOMER : Stage.FINANCIAL;
            Runnable[] steps = {() -> room[0].show(), () -> stage.set(next), () -> onMap.set(true), () -> onMap.set(false)};
            for (int k = 0; k < steps.length; k++) {
                wall[k][i] = time(scene, steps[k]);
                cpu[k][i] = lastCpu;
            }
            closeRoom(room[0]);
        }
        String[] names = {"F5: room view opened, full screen, laid out", "Another stage while it is open (some 50 goals)",
            "To the map page (200 cards, fitted)", "Back from the map to the stage's goals"};
        for (int k = 0; k < names.length; k++) {
            report(names[k] + ", wall", wall[k]);
            report(names[k] + ", FX-thread CPU", cpu[k]);
        }
        Platform.runLater(() -> room[0].dispose());
        executor.close();
        db.close();
        Platform.exit();
    }

    /** Closes the room view (a hidden window has no pulse to wait for). */
    private static void closeRoom(PresenterWindow room) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            room.close();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
        Thread.sleep(50);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The FX thread's CPU time of the last {@link #time} (the wall time includes waiting for a core on a busy machine). */
    private static long lastCpu;

    /** FX-thread time from the action until the room view's scene is next laid out (wall; CPU in {@link #lastCpu}). */
    private static long time(Scene scene, Runnable action) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                lastCpu = THREADS.getCurrentThreadCpuTime() - c0;
                done.complete(System.nanoTime() - t0);
            };
            scene.addPostLayoutPulseListener(listener[0]);
            action.run();
            Platform.requestNextPulse();
        });
        long nanos = done.get(30, TimeUnit.SECONDS);
        Thread.sleep(50); // let rendering finish before the next switch
        return nanos;
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d samples)%n", what, s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.9)] / 1e6, s[s.length - 1] / 1e6, s.length);
    }
}
