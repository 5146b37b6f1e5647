package com.scorecardstudio.testing;

import com.scorecardstudio.AppContext;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts, restarts and stops the real app in a TestFX window, on its own data folder and H2 file, in
 * English, the way the composition root does it at a real start.
 */
public final class AppHarness {
    private final Stage stage;
    private final Path home;
    private AppContext context;
    private com.scorecardstudio.ui.common.FileDialogs fileDialogs;

    public AppHarness(Stage stage, Path home) {
        this.stage = stage;
        this.home = home;
    }

    /** Answers the app's file dialogs from the next launch on. */
    public void useFileDialogs(com.scorecardstudio.ui.common.FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }

    /** File dialogs that answer every open and save with what {@code chosen} gives at that moment (null: cancelled). */
    public void answerFileDialogsWith(java.util.function.Supplier<Path> chosen) {
        useFileDialogs(new com.scorecardstudio.ui.common.FileDialogs() {
            @Override
            public java.util.Optional<Path> open(javafx.stage.Window owner, String title, String filterText, String pattern) {
                return java.util.Optional.ofNullable(chosen.get());
            }

            @Override
            public java.util.Optional<Path> save(javafx.stage.Window owner, String title, String filterText, String pattern,
                                                 String initialName) {
                return java.util.Optional.ofNullable(chosen.get());
            }
        });
    }

    public Path home() {
        return home;
    }

    public Path database() {
        return home.resolve("scorecard.mv.db");
    }

    public Stage stage() {
        return stage;
    }

    public void launch(FxRobot robot) {
        launch(robot, settings -> new AppContext(new AppPaths(home), database(), settings, Clock.systemDefaultZone()));
    }

    /**
     * Starts the app through {@code make}, given this harness's settings (English): for a composition
     * root built another way, e.g. with the database already opening as at a real start.
     */
    public void launch(FxRobot robot, java.util.function.Function<Settings, AppContext> make) {
        robot.interact(() -> {
            Settings settings = Settings.load(home.resolve("settings.properties"));
            settings.setLanguage(Language.EN);
            context = make.apply(settings);
            if (fileDialogs != null) {
                context.useFileDialogs(fileDialogs);
            }
            context.start(stage);
        });
        // the window shows empty first and gets its frame in the next pulse
        for (int i = 0; i < 500 && !(stage.getScene().getRoot() instanceof com.scorecardstudio.ui.MainWindow); i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Shows part of the app on its own (a page, a panel, a field) in this window, styled as the app
     * styles it (theme and stylesheet), for tests of one view over its real model.
     */
    public static void show(Stage stage, javafx.scene.Parent root, double width, double height) {
        javafx.scene.Scene scene = new javafx.scene.Scene(root, width, height);
        com.scorecardstudio.ui.common.Themes.apply(com.scorecardstudio.config.Theme.LIGHT, scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage shown before keeps its old size otherwise, and the scene with it
        stage.centerOnScreen();
        stage.show();
    }

    /**
     * Puts the English demo session in this harness's database, starts the app and opens the session
     * from the home list with a double click, as a user would; returns its title.
     */
    public String launchOnDemo(FxRobot robot) throws Exception {
        return launchOnDemo(robot, (store, session) -> { });
    }

    /** What a test puts into the demo session's database before the app starts (check-ins, say). */
    public interface DemoSetUp {
        void prepare(com.scorecardstudio.db.Store store, long sessionId) throws Exception;
    }

    /** As {@link #launchOnDemo(FxRobot)}, with {@code setUp} run on the demo's database first. */
    public String launchOnDemo(FxRobot robot, DemoSetUp setUp) throws Exception {
        try (com.scorecardstudio.db.Database db = TestDatabases.open(database())) {
            com.scorecardstudio.db.Store store = db.store(TestDatabases.fixedClock());
            long id = com.scorecardstudio.demo.Demo.create(store, Language.EN, java.time.LocalDate.of(2026, 11, 22)).id();
            setUp.prepare(store, id);
        }
        launch(robot);
        @SuppressWarnings("unchecked")
        java.util.function.Supplier<javafx.scene.control.TableView<com.scorecardstudio.domain.Session>> table =
                () -> robot.lookup("#sessionTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> shown(robot, "#sessionTable") && !table.get().getItems().isEmpty());
        String title = table.get().getItems().get(0).title();
        waitUntil(() -> shown(robot, ".table-row-cell") && robot.lookup(title).tryQuery().isPresent());
        robot.doubleClickOn(title);
        waitUntil(() -> shown(robot, "#workspaceView"));
        return title;
    }

    /** The room view's window (F5) while it is showing, else null. */
    public Stage roomWindow() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null
                        && w.getScene().lookup("#presenter") != null)
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    /** Closes the app as a user would (pending edits written, database closed). */
    public void shutdown(FxRobot robot) {
        if (context != null) {
            robot.interact(() -> context.shutdown());
            context = null;
        }
    }

    public void restart(FxRobot robot) {
        shutdown(robot);
        launch(robot);
    }

    /**
     * Counts the times {@code p} is marked for layout from now on: whether a change lays out the page
     * around it or stays where it is.
     */
    public static java.util.concurrent.atomic.AtomicInteger layoutRequests(javafx.scene.Parent p) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        p.needsLayoutProperty().addListener((o, a, b) -> {
            if (b) {
                n.incrementAndGet();
            }
        });
        return n;
    }

    public static void waitUntil(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 20 s in vain; windows: " + HeadlessDesktop.describe(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether a node matching {@code query} is showing, looked up on the FX thread: a lookup from the
     * test's thread while the app adds or removes nodes can throw (an index out of bounds in a parent's
     * children, seen when the offline banner went away mid-lookup).
     */
    public static boolean shown(FxRobot robot, String query) {
        java.util.concurrent.Callable<Boolean> look = () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
        try {
            return javafx.application.Platform.isFxApplicationThread() ? look.call()
                    : WaitForAsyncUtils.asyncFx(look).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("looking up " + query, e);
        }
    }
}
