package com.scorecardstudio;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.config.Theme;
import com.scorecardstudio.config.WindowPlacement;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DatabaseOpenException;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.scoring.ScoringService;
import com.scorecardstudio.ui.DatabaseProblemView;
import com.scorecardstudio.ui.MainWindow;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.ui.common.Themes;
import com.scorecardstudio.ui.home.HomeView;
import com.scorecardstudio.ui.home.HomeViewModel;
import com.scorecardstudio.ui.scoring.ClientsPage;
import com.scorecardstudio.ui.session.SessionDetailsDialog;
import com.scorecardstudio.ui.session.SessionDetailsViewModel;
import com.scorecardstudio.ui.workspace.WorkspaceSection;
import com.scorecardstudio.ui.workspace.WorkspaceView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every service and view once, with constructor injection, and moves
 * the window between its screens (opening → home → a session's workspace).
 */
public final class AppContext {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final AppPaths paths;
    private final Settings settings;
    private final Clock clock;
    private final DbExecutor dbExecutor = new DbExecutor();
    private final FxTaskRunner tasks = new FxTaskRunner(dbExecutor);
    private final Backups backups;
    private final ErrorReporter errors;

    private Path dbFile;
    private Stage stage;
    private MainWindow window;
    private Messages messages;
    private Database database;
    private SessionRepository sessions;
    private Runnable currentScreen = () -> { };

    public AppContext(AppPaths paths, Path dbFile, Settings settings, Clock clock) {
        this.paths = paths;
        this.dbFile = dbFile;
        this.settings = settings;
        this.clock = clock;
        this.backups = new Backups(clock, 10);
        this.messages = new Messages(settings.language());
        this.errors = new ErrorReporter(() -> messages, () -> stage, paths.logDir());
    }

    /** Shows the window at once, then opens the database off the FX thread. */
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        placeWindow();
        buildFrame();
        stage.setScene(new Scene(window));
        Themes.apply(settings.theme(), stage.getScene());
        stage.getIcons().setAll(new javafx.scene.image.Image(AppContext.class.getResourceAsStream("/ui/icon-256.png")));
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.unexpected(e));
        stage.show();
        openDatabase();
    }

    private void buildFrame() {
        window = new MainWindow(messages, settings.theme(), this::changeLanguage, this::toggleTheme, tasks.busyProperty());
        window.showDatabase(messages, database == null ? null : database.file());
    }

    private void openDatabase() {
        Label text = new Label(messages.get("db.opening"));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        VBox opening = new VBox(16, spinner, text);
        opening.setId("openingView");
        opening.setAlignment(javafx.geometry.Pos.CENTER);
        window.setContent(opening);
        currentScreen = this::openDatabase;
        Path file = dbFile;
        tasks.run(() -> {
            Database db = Database.open(file, backups, Database.BackupOnOpen.ALWAYS);
            int purged = new SessionRepository(db.dsl(), clock).purgeDeleted();
            if (purged > 0) {
                LOG.info("Removed {} session(s) deleted in an earlier run", purged);
            }
            return db;
        }, db -> {
            database = db;
            sessions = new SessionRepository(db.dsl(), clock);
            window.showDatabase(messages, db.file());
            showHome(null);
        }, e -> {
            if (e instanceof DatabaseOpenException problem) {
                showProblem(problem);
            } else {
                errors.unexpected(e);
            }
        });
    }

    private void showProblem(DatabaseOpenException problem) {
        Optional<Path> newest = backups.newest(problem.file());
        window.showDatabase(messages, problem.file());
        window.setContent(new DatabaseProblemView(problem, newest, newest.flatMap(Backups::timeOf), messages,
                new DatabaseProblemView.Actions() {
                    @Override
                    public void restore(Path backup) {
                        restoreBackup(problem.file(), backup);
                    }

                    @Override
                    public void chooseOtherFile() {
                        chooseDatabase();
                    }

                    @Override
                    public void retry() {
                        openDatabase();
                    }

                    @Override
                    public void quit() {
                        stage.close();
                        Platform.exit();
                    }
                }));
        currentScreen = () -> showProblem(problem);
    }

    private void restoreBackup(Path file, Path backup) {
        String when = Backups.timeOf(backup).map(t -> messages.formatDate(t.toLocalDate()) + " " + t.toLocalTime().withNano(0))
                .orElse(backup.getFileName().toString());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("db.problem.restoreConfirm", when),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setHeaderText(null);
        confirm.setTitle(messages.get("db.problem.title"));
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirmRestore");
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        tasks.run(() -> backups.restore(backup, file), aside -> openDatabase(), e -> {
            LOG.error("Restoring {} failed", backup, e);
            Alert failed = new Alert(Alert.AlertType.ERROR, messages.get("db.problem.restoreFailed", e.getMessage()));
            failed.initOwner(stage);
            failed.show();
        });
    }

    private void chooseDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("db.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("db.chooser.filter"), "*.mv.db"));
        Path dir = dbFile.toAbsolutePath().getParent();
        if (dir != null && dir.toFile().isDirectory()) {
            chooser.setInitialDirectory(dir.toFile());
        }
        var chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            dbFile = AppPaths.databaseFile(chosen.getAbsolutePath());
            openDatabase();
        }
    }

    private void showHome(Session select) {
        HomeViewModel vm = new HomeViewModel(sessions, tasks, messages, errors::saveFailed);
        settings.lastSession(dbFile).map(AppContext::uuidOrNull).ifPresent(vm.lastOpenedUidProperty()::set);
        HomeView home = new HomeView(vm, messages, () -> stage, this::openSession, () -> createDemo(vm));
        window.setContent(home);
        vm.load();
        if (select != null) {
            vm.loadedProperty().addListener((o, a, loaded) -> home.select(select));
        }
        currentScreen = () -> showHome(null);
    }

    private void createDemo(HomeViewModel vm) {
        vm.createWith(() -> Demo.create(database.dsl(), clock, messages.language(), LocalDate.now(clock)), s -> { });
    }

    private void openSession(Session session) {
        settings.setLastSession(dbFile, session.uid().toString());
        settings.saveQuietly();
        showWorkspace(session, WorkspaceSection.FINANCIAL);
    }

    private void showWorkspace(Session session, WorkspaceSection section) {
        WorkspaceView[] view = new WorkspaceView[1];
        view[0] = new WorkspaceView(session, messages, s -> page(session, s), () -> showHome(session),
                () -> editDetails(session, view[0]));
        view[0].show(section);
        window.setContent(view[0]);
        currentScreen = () -> showWorkspace(session, view[0].shown());
    }

    /** The page of each workspace section, wired here with its view-model and services. */
    private Optional<javafx.scene.Node> page(Session session, WorkspaceSection section) {
        return switch (section) {
            case CLIENTS -> Optional.of(ClientsPage.create(session, new ScoringService(database.dsl(), clock), tasks, messages,
                    errors, () -> stage));
            default -> Optional.empty();
        };
    }

    private void editDetails(Session session, WorkspaceView view) {
        var dialog = new SessionDetailsDialog(stage, new SessionDetailsViewModel(session, messages), messages);
        dialog.showAndWait().ifPresent(edited -> tasks.run(() -> sessions.update(edited),
                saved -> showWorkspace(saved, view.shown()), errors::saveFailed));
    }

    private void changeLanguage(Language language) {
        settings.setLanguage(language);
        settings.saveQuietly();
        messages = new Messages(language);
        stage.setTitle(messages.get("app.name"));
        buildFrame();
        stage.getScene().setRoot(window);
        Themes.apply(settings.theme(), stage.getScene());
        currentScreen.run();
    }

    private void toggleTheme() {
        settings.setTheme(settings.theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
        settings.saveQuietly();
        changeLanguage(messages.language()); // rebuilds the frame with the new theme's icons
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
        Database db = database;
        if (db != null) {
            dbExecutor.execute(db::close);
        }
        dbExecutor.close();
    }

    private static UUID uuidOrNull(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Path databaseFile() {
        return dbFile;
    }

    AppPaths paths() {
        return paths;
    }
}
