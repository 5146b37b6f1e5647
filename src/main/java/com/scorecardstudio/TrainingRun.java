package com.scorecardstudio;

import com.scorecardstudio.config.AppPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The training run for the app image's ahead-of-time cache ({@code installer/TrainAotCache.java}):
 * with {@code -Dscorecard.training=true} the app does what a user's first minute does, so that the
 * JVM records the classes, links and method profiles that matter to a real start. First the command
 * line, in this process (a demo session in each language, {@code sessions}, {@code summary},
 * {@code clients}); then the window: the home list, the demo session opened, a stage
 * page, the strategy map, the clients and the export page; then it exits. A walk that does not finish
 * in two minutes exits with status 3, so a broken build never ships a half-trained cache silently.
 */
final class TrainingRun {
    static final String PROPERTY = "scorecard.training";
    private static final long TIMEOUT_NANOS = 120_000_000_000L;
    private static final int SETTLE_FRAMES = 30;

    private TrainingRun() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * The command-line part; fails loudly, since a command that fails here fails for users too. The
     * workbook and session-file exports stay out on purpose: the JVM loads every class of the cache
     * at start, and Apache POI's (about 30 MB of the cache) slowed the window's start by about a
     * tenth for the sake of commands that take a second anyway (docs/performance.md).
     */
    static void commandLine(AppPaths paths) {
        String db = paths.defaultDatabase().toString();
        String ru = lastLine(run(paths, "--db", db, "demo", "--lang", "ru"));
        run(paths, "--db", db, "demo", "--lang", "en");
        run(paths, "--db", db, "sessions");
        run(paths, "--db", db, "summary", "--session", ru);
        run(paths, "--db", db, "clients", "--session", ru);
    }

    private static String run(AppPaths paths, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.runCommand(paths, args, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("training: " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    /** The window part, driven frame by frame from the FX thread. */
    static void walk(Stage stage) {
        Scene scene = stage.getScene();
        Deque<Step> steps = new ArrayDeque<>();
        steps.add(new Step(() -> table(scene) != null && (!table(scene).getItems().isEmpty()
                || scene.lookup("#createDemo") != null), () -> {
            if (table(scene).getItems().isEmpty()) {
                fire(scene, "#createDemo"); // the home screen's own demo, as a first-time user would
            }
        }));
        steps.add(new Step(() -> !table(scene).getItems().isEmpty(), () -> {
            table(scene).getSelectionModel().select(0);
            fire(scene, "#openSession");
        }));
        steps.add(new Step(() -> scene.lookup("#workspaceView") != null, () -> fire(scene, "#nav-customer")));
        steps.add(new Step(() -> true, () -> fire(scene, "#nav-map")));
        steps.add(new Step(() -> true, () -> fire(scene, "#nav-clients")));
        steps.add(new Step(() -> true, () -> fire(scene, "#nav-export")));
        steps.add(new Step(() -> true, () -> fire(scene, "#nav-financial")));
        steps.add(new Step(() -> true, Platform::exit));
        long start = System.nanoTime();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (now - start > TIMEOUT_NANOS) {
                    System.err.println("training: the walk stopped before: " + steps.size() + " step(s) left");
                    System.exit(3);
                }
                if (++frames < SETTLE_FRAMES || steps.isEmpty() || !steps.peek().ready().getAsBoolean()) {
                    return;
                }
                frames = 0;
                Step step = steps.poll();
                if (steps.isEmpty()) {
                    stop();
                }
                step.action().run();
            }
        }.start();
    }

    private record Step(BooleanSupplier ready, Runnable action) {
    }

    private static TableView<?> table(Scene scene) {
        return scene.lookup("#sessionTable") instanceof TableView<?> t ? t : null;
    }

    private static void fire(Scene scene, String selector) {
        Node node = scene.lookup(selector);
        if (!(node instanceof ButtonBase button)) {
            throw new IllegalStateException("training: no " + selector + " to press");
        }
        button.fire();
    }
}
