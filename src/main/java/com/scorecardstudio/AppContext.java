package com.scorecardstudio;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.config.WindowPlacement;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.library.Libraries;
import com.scorecardstudio.library.Library;
import com.scorecardstudio.ui.AppFrame;
import com.scorecardstudio.ui.DatabaseScreens;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.common.FileDialogs;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.ui.home.HomeScreen;
import com.scorecardstudio.ui.sessionfile.SessionFileActions;
import com.scorecardstudio.ui.workspace.WorkspaceScreens;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The composition root: builds every service and screen once, with constructor injection, and wires
 * them: opening the database → home → a session's workspace. It holds no behaviour of its own.
 */
public final class AppContext {
    static final int BACKUPS_KEPT = 10;
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final AppPaths paths;
    private final Path dbFile;
    private final Settings settings;
    private final Clock clock;
    private final EarlyOpen early;
    private final DbExecutor dbExecutor;
    private final FxTaskRunner tasks;
    /** Writes exported files (map image, workbook) off the FX thread and off the database thread. */
    private final FxTaskRunner files = FxTaskRunner.onOwnThread("scorecard-files");
    private FileDialogs fileDialogs = FileDialogs.SYSTEM;

    private Stage stage;
    private boolean connectAtStart;
    private DatabaseScreens database;
    private WorkspaceScreens workspace;

    public AppContext(AppPaths paths, Path dbFile, Settings settings, Clock clock) {
        this(paths, dbFile, settings, clock, null);
    }

    /** With the database already opening on its thread ({@link EarlyOpen}), or null. */
    AppContext(AppPaths paths, Path dbFile, Settings settings, Clock clock, EarlyOpen early) {
        this.paths = paths;
        this.dbFile = dbFile;
        this.settings = settings;
        this.clock = clock;
        this.early = early;
        this.dbExecutor = early != null ? early.executor() : new DbExecutor();
        this.tasks = new FxTaskRunner(dbExecutor);
    }

    /** How the app opens database files and keeps their backups. */
    static Libraries libraries(Clock clock) {
        return new Libraries(new Backups(clock, BACKUPS_KEPT), clock);
    }

    /** Opens "Connect to a team workspace…" once the first database is open ({@code --db postgresql://…}). */
    public void connectAtStart() {
        connectAtStart = true;
    }

    /** Replaces the system file choosers (UI tests answer them); call before {@link #start}. */
    public void useFileDialogs(FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }

    /** Shows the window at once, then opens the database off the FX thread. */
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        AppFrame frame = new AppFrame(stage, settings, tasks.busyProperty());
        ErrorReporter errors = new ErrorReporter(frame::messages, () -> stage, paths.logDir());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.unexpected(e));

        HomeScreen[] home = new HomeScreen[1];
        database = new DatabaseScreens(frame, libraries(clock).withJournals(paths.dataDir().resolve("journal")), tasks, errors, dbFile,
                file -> early == null ? Optional.empty() : early.take(file),
                opened -> {
                    home[0].show(null, opened.sessions());
                    if (connectAtStart) {
                        connectAtStart = false;
                        javafx.application.Platform.runLater(() -> database.connect(settings));
                    }
                }, () -> workspace.close());
        SessionFileActions sessionFiles = new SessionFileActions(frame, database::library, tasks, errors, s -> home[0].show(s, null));
        sessionFiles.useFileDialogs(fileDialogs);
        workspace = new WorkspaceScreens(frame, database::library, tasks, files, errors, fileDialogs, System::nanoTime, s -> {
            workspace.close();
            home[0].show(s, null);
        });
        home[0] = new HomeScreen(frame, settings, tasks, errors, database::library, session -> {
            Library library = database.library();
            if (library.server().isPresent()) {
                settings.setLastSession(library.server().get(), session.uid().toString());
            } else {
                settings.setLastSession(library.file(), session.uid().toString());
            }
            settings.saveInBackground();
            workspace.open(session);
        }, sessionFiles, database::showBackups, () -> database.connect(settings), database::backToFile,
                session -> database.publish(settings, session), database::copyToFile);

        stage.setMinWidth(900);
        stage.setMinHeight(600);
        placeWindow();
        // the sizes JavaFX passes on (32 px on Windows, 128 px on Linux and macOS): no scaling at start
        stage.getIcons().setAll(Stream.of(32, 128)
                .map(size -> new Image(AppContext.class.getResourceAsStream("/ui/icon-" + size + ".png"))).toList());
        // the window is there at once, in its theme's colour; its controls and stylesheets fill it in
        // the next pulse
        frame.showEmpty();
        frame.afterNextFrame(() -> {
            frame.build();
            // the database has been opening since the launch (EarlyOpen): its list, or the spinner
            // while it is still opening, comes with the frame's first pulse
            database.open();
        });
    }

    private void placeWindow() {
        Optional<WindowPlacement> saved = settings.window();
        if (saved.isPresent() && !Screen.getScreensForRectangle(
                new Rectangle2D(saved.get().x(), saved.get().y(), saved.get().width(), saved.get().height())).isEmpty()) {
            WindowPlacement w = saved.get();
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    /** Remembers the window, finishes queued writes and closes the database. */
    public void shutdown() {
        if (stage != null) {
            if (stage.isMaximized()) {
                settings.window().ifPresent(w -> settings.setWindow(
                        new WindowPlacement(w.x(), w.y(), w.width(), w.height(), true)));
            } else if (stage.getWidth() > 0) {
                settings.setWindow(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
            }
        }
        settings.saveQuietly();
        if (workspace != null) {
            workspace.close();
        }
        Library library = database == null ? null : database.library();
        if (library != null) {
            dbExecutor.execute(library::close);
        }
        dbExecutor.close();
    }
}
