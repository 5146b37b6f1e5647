package com.scorecardstudio;

import com.scorecardstudio.ui.common.FxScheduler;
import com.scorecardstudio.clientimport.ClientImporter;
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
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.ui.DatabaseProblemView;
import com.scorecardstudio.ui.MainWindow;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.ui.common.Themes;
import com.scorecardstudio.ui.home.HomeView;
import com.scorecardstudio.ui.home.HomeViewModel;
import com.scorecardstudio.ui.common.FileDialogs;
import com.scorecardstudio.sessionfile.SessionDocument;
import com.scorecardstudio.sessionfile.SessionFileException;
import com.scorecardstudio.sessionfile.SessionFileFormat;
import com.scorecardstudio.sessionfile.SessionFiles;
import com.scorecardstudio.ui.scoring.ClientsPage;
import com.scorecardstudio.ui.session.SessionDetailsDialog;
import com.scorecardstudio.ui.session.SessionDetailsViewModel;
import com.scorecardstudio.ui.workspace.WorkspaceSection;
import com.scorecardstudio.ui.workspace.WorkspaceView;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.report.SummaryReport;
import com.scorecardstudio.ui.summary.SummaryDialog;
import com.scorecardstudio.domain.QualityHints;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.ui.common.Shortcuts;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.ui.stage.StagePage;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.facilitation.CustomerExtrasView;
import com.scorecardstudio.session.CustomerExtrasModel;
import com.scorecardstudio.ui.facilitation.ParkingLotView;
import com.scorecardstudio.session.ParkingLotModel;
import com.scorecardstudio.ui.facilitation.PresenterWindow;
import com.scorecardstudio.ui.facilitation.StageTimerView;
import com.scorecardstudio.session.StageTimers;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.feather.Feather;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
    static final int BACKUPS_KEPT = 10;

    private final DbExecutor dbExecutor;
    private final FxTaskRunner tasks;
    /** Writes exported files (map image, workbook) off the FX thread and off the database thread. */
    private final FxTaskRunner files = FxTaskRunner.onOwnThread("scorecard-files");
    private final EarlyOpen early;
    private final Backups backups;
    private final ErrorReporter errors;

    private Path dbFile;
    private Stage stage;
    private MainWindow window;
    private Messages messages;
    private Database database;
    private SessionRepository sessions;
    private Runnable currentScreen = () -> { };
    private FileDialogs fileDialogs = FileDialogs.SYSTEM;

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
        this.backups = new Backups(clock, BACKUPS_KEPT);
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
        // the sizes JavaFX passes on (32 px on Windows, 128 px on Linux and macOS): no scaling at start
        stage.getIcons().setAll(java.util.stream.Stream.of(32, 128).map(size -> new javafx.scene.image.Image(
                AppContext.class.getResourceAsStream("/ui/icon-" + size + ".png"))).toList());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.unexpected(e));
        stage.show();
        // H2, Flyway and jOOQ load some 2000 classes while the database opens: on a two-core laptop
        // that holds back the first frame, so it starts once the first frame is laid out
        afterFirstFrame(this::openDatabase);
    }

    private void afterFirstFrame(Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
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
        var started = early == null ? Optional.<java.util.concurrent.CompletableFuture<EarlyOpen.Opened>>empty() : early.take(file);
        if (started.isPresent()) {
            started.get().whenComplete((opened, e) -> Platform.runLater(() -> {
                if (e == null) {
                    opened(opened.database(), opened.sessions());
                } else {
                    openFailed(e instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : e);
                }
            }));
            return;
        }
        Optional<char[]> password = Optional.empty();
        if (com.scorecardstudio.db.DatabaseKey.isEncrypted(AppPaths.databaseFile(file.toString()))) {
            password = askPassword();
            if (password.isEmpty()) {
                stage.close();
                Platform.exit();
                return;
            }
        }
        Optional<char[]> given = password;
        tasks.run(() -> {
            Database db = Database.open(file, backups, Database.BackupOnOpen.DEFERRED, given);
            given.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
            return db;
        }, db -> opened(db, null), this::openFailed);
    }

    /** The database is open; {@code list} is its sessions when they were read with it (else read next). */
    private void opened(Database db, List<Session> list) {
        database = db;
        sessions = db.store(clock).sessions();
        window.showDatabase(messages, db.file());
        showHome(null, list);
        // once the home list is drawn, ahead of any write on the database thread
        afterFirstFrame(() -> checkAndBackUp(db));
    }

    private void openFailed(Throwable e) {
        if (e instanceof DatabaseOpenException problem) {
            showProblem(problem);
        } else {
            errors.unexpected(e);
        }
    }

    /**
     * The full integrity scan and the routine backup, on the database thread once the home list has
     * been read: every write the user makes queues behind it. A damaged file replaces whatever is on
     * screen with the problem screen, as at any open.
     */
    private void checkAndBackUp(Database db) {
        tasks.run(() -> {
            db.checkAndBackUp();
            int purged = db.store(clock).sessions().purgeDeleted();
            if (purged > 0) {
                LOG.info("Removed {} session(s) deleted in an earlier run", purged);
            }
            return purged;
        }, purged -> { }, e -> {
            if (database == db) { // the check closed it already
                closeWorkspace();
                database = null;
            }
            if (e instanceof DatabaseOpenException problem) {
                showProblem(problem);
            } else {
                errors.unexpected(e);
            }
        });
    }

    /** Asked at start, only for an encrypted database; empty when the user cancels. */
    private Optional<char[]> askPassword() {
        javafx.scene.control.Dialog<char[]> ask = new javafx.scene.control.Dialog<>();
        ask.initOwner(stage);
        ask.setTitle(messages.get("app.name"));
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("databasePassword");
        ask.getDialogPane().setContent(new VBox(8, new Label(messages.get("safety.password.prompt")), field));
        ask.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ask.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return ask.showAndWait();
    }

    private void showProblem(DatabaseOpenException problem) {
        // checking a backup restores it into memory: off the FX thread, the spinner stays meanwhile
        tasks.run(() -> backups.newestGood(problem.file()), newest -> showProblem(problem, newest), e -> {
            LOG.warn("Could not check the backups of {}", problem.file(), e);
            showProblem(problem, Optional.empty());
        });
    }

    private void showProblem(DatabaseOpenException problem, Optional<Path> newest) {
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
        showHome(select, null);
    }

    private void showHome(Session select, List<Session> list) {
        closeWorkspace();
        HomeViewModel vm = new HomeViewModel(sessions, tasks, messages, errors::saveFailed);
        settings.lastSession(dbFile).map(AppContext::uuidOrNull).ifPresent(vm.lastOpenedUidProperty()::set);
        HomeView home = new HomeView(vm, messages, () -> stage, this::openSession, () -> createDemo(vm));
        home.addTools(tool("exportSessionFile", "portable.export", Feather.UPLOAD,
                        home.selectedSession().map(x -> false).orElse(true), () -> exportSessionFile(home.selectedSession().getValue())),
                tool("importSessionFile", "portable.import", Feather.DOWNLOAD, null, this::importSessionFile),
                tool("showBackups", "backup.dialog.open", Feather.ARCHIVE, null, this::showBackups));
        window.setContent(home);
        if (list != null) {
            vm.show(list);
        } else {
            vm.load();
        }
        if (select != null) {
            vm.loadedProperty().addListener((o, a, loaded) -> home.select(select));
        }
        currentScreen = () -> showHome(null);
    }

    private javafx.scene.control.Button tool(String id, String key, Feather icon,
            javafx.beans.value.ObservableValue<Boolean> disabled, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(null, com.scorecardstudio.ui.common.Icons.of(icon));
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Replaces the system file choosers (UI tests answer them). */
    public void useFileDialogs(FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }

    private void exportSessionFile(Session session) {
        if (session == null) {
            return;
        }
        String name = session.title().replaceAll("[\\\\/:*?\"<>|]+", " ").strip() + SessionFileFormat.EXTENSION;
        fileDialogs.save(stage, messages.get("portable.export"), messages.get("portable.fileType"),
                "*" + SessionFileFormat.EXTENSION, name).ifPresent(target -> tasks.run(() -> {
                    new SessionFiles(database.store(clock)).export(session.id(), target);
                    return target;
                }, written -> info(messages.get("portable.exported", written)), this::sessionFileFailed));
    }

    private void importSessionFile() {
        fileDialogs.open(stage, messages.get("portable.import"), messages.get("portable.fileType"),
                "*" + SessionFileFormat.EXTENSION).ifPresent(file -> tasks.run(() -> {
                    SessionDocument doc = SessionFileFormat.read(file);
                    return java.util.Map.entry(doc, new SessionFiles(database.store(clock)).existingTitle(doc));
                }, read -> {
                    SessionFiles.OnConflict mode = SessionFiles.OnConflict.ASK;
                    if (read.getValue().isPresent()) {
                        Optional<SessionFiles.OnConflict> chosen = askReplaceOrKeepBoth(read.getValue().get());
                        if (chosen.isEmpty()) {
                            return;
                        }
                        mode = chosen.get();
                    }
                    SessionFiles.OnConflict how = mode;
                    tasks.run(() -> {
                        SessionFiles.Imported imported = new SessionFiles(database.store(clock)).importDocument(read.getKey(),
                                how, messages.get("portable.copySuffix"));
                        return sessions.find(imported.sessionId()).orElseThrow();
                    }, session -> {
                        showHome(session);
                        info(messages.get("portable.importedMessage", session.title()));
                    }, this::sessionFileFailed);
                }, this::sessionFileFailed));
    }

    private Optional<SessionFiles.OnConflict> askReplaceOrKeepBoth(String title) {
        ButtonType replace = new ButtonType(messages.get("portable.conflict.replace"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType keepBoth = new ButtonType(messages.get("portable.conflict.keepBoth"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("portable.conflict.text", title), replace, keepBoth, cancel);
        ask.initOwner(stage);
        ask.setTitle(messages.get("portable.conflict.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().lookupButton(replace).setId("conflictReplace");
        ask.getDialogPane().lookupButton(keepBoth).setId("conflictKeepBoth");
        return ask.showAndWait().flatMap(b -> b == replace ? Optional.of(SessionFiles.OnConflict.REPLACE)
                : b == keepBoth ? Optional.of(SessionFiles.OnConflict.KEEP_BOTH) : Optional.empty());
    }

    private void sessionFileFailed(Throwable e) {
        if (e instanceof SessionFileException refused) {
            LOG.warn("Session file refused", refused);
            Alert alert = new Alert(Alert.AlertType.ERROR, refused.message(messages));
            alert.initOwner(stage);
            alert.setHeaderText(null);
            alert.getDialogPane().setId("sessionFileError");
            alert.show();
        } else {
            errors.unexpected(e);
        }
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("sessionFileInfo");
        alert.show();
    }

    private void showBackups() {
        Path file = database.file();
        new com.scorecardstudio.ui.home.BackupsDialog(stage, messages, backups.list(file),
                backup -> restoreLiveBackup(file, backup)).show();
    }

    /** Restores a backup over the open database: closes it first, keeps the current file aside, reopens. */
    private void restoreLiveBackup(Path file, Path backup) {
        String when = Backups.timeOf(backup).map(t -> messages.formatDate(t.toLocalDate()) + " " + t.toLocalTime().withNano(0))
                .orElse(backup.getFileName().toString());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("backup.restoreConfirm", when),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setHeaderText(null);
        confirm.setTitle(messages.get("backup.dialog.title"));
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirmRestore");
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        closeWorkspace();
        Database db = database;
        database = null;
        tasks.run(() -> {
            db.close();
            return backups.restore(backup, file, db.key());
        }, aside -> openDatabase(), e -> {
            LOG.error("Restoring {} failed", backup, e);
            Alert failed = new Alert(Alert.AlertType.ERROR, messages.get("db.problem.restoreFailed", e.getMessage()));
            failed.initOwner(stage);
            failed.show();
            openDatabase();
        });
    }

    private void createDemo(HomeViewModel vm) {
        vm.createWith(() -> Demo.create(database.store(clock), messages.language(), LocalDate.now(clock)), s -> { });
    }

    private void openSession(Session session) {
        settings.setLastSession(dbFile, session.uid().toString());
        settings.saveQuietly();
        closeWorkspace();
        showWorkspace(session, WorkspaceSection.FINANCIAL);
    }

    /** The screens of the open session: views over its headless model, rebuilt when the language or theme changes. */
    private final class OpenSession {
        final com.scorecardstudio.session.OpenSession model;
        final Session session;
        final GoalsModel goals;
        final com.scorecardstudio.session.MapModel map;
        final CustomerExtrasModel extras;
        final ParkingLotModel parking;
        final StageTimers timer;
        final Autosave autosave;
        final ObjectProperty<com.scorecardstudio.domain.Stage> currentStage = new SimpleObjectProperty<>();
        final ObjectProperty<WorkspaceSection> currentSection = new SimpleObjectProperty<>();
        final Map<WorkspaceSection, javafx.scene.Node> pages = new EnumMap<>(WorkspaceSection.class);
        PresenterWindow presenter;

        OpenSession(Session session) {
            this.session = session;
            this.model = new com.scorecardstudio.session.OpenSession(session, database.store(clock), tasks,
                    FxScheduler.create(), System::nanoTime, messages, e -> errors.saveFailed(e));
            this.goals = model.goals();
            this.map = model.map();
            this.extras = model.extras();
            this.parking = model.parking();
            this.timer = model.timers();
            this.autosave = model.autosave();
            timer.stageProperty().bind(currentStage);
            model.load();
        }

        /** Drops the pages (built with the old texts) and tells the model the new language; the session lives on. */
        void relabel() {
            pages.clear();
            if (presenter != null) {
                presenter.close();
                presenter = null;
            }
            model.setMessages(messages);
        }

        /** The header tools of a stage page: each page gets its own nodes over the shared view-models. */
        List<javafx.scene.Node> tools() {
            ParkingLotView parkingView = new ParkingLotView(parking, messages);
            parkingView.setPrefWidth(420);
            // icon buttons with tooltips: the stage title and the timer need the width on a projector
            Button parkingButton = new Button();
            parkingButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("parking.title")));
            parkingButton.setAccessibleText(messages.get("parking.title"));
            parkingButton.setId("parkingLot");
            Label badge = ParkingLotView.badge(parking);
            parkingButton.setGraphic(new HBox(6, Icons.of(Feather.BOOKMARK), badge));
            PopOver pop = new PopOver(parkingView);
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            pop.setDetachable(false);
            parkingButton.setOnAction(e -> {
                pop.show(parkingButton);
                parkingView.focusInput();
            });
            Button presenterButton = new Button(null, Icons.of(Feather.MONITOR));
            presenterButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("presenter.open")));
            presenterButton.setAccessibleText(messages.get("presenter.open"));
            presenterButton.setId("presenterView");
            presenterButton.setOnAction(e -> showPresenter());
            parkingButton.setMinWidth(Region.USE_PREF_SIZE);
            presenterButton.setMinWidth(Region.USE_PREF_SIZE);
            return List.of(new StageTimerView(timer, messages), parkingButton, presenterButton);
        }

        void showPresenter() {
            if (presenter == null || !presenter.showingProperty().get()) {
                presenter = new PresenterWindow(stage, goals, currentStage, session.title(), messages);
                // on the map page the projector shows the map, drawn by its own canvas over the same model
                javafx.scene.Node mapView = new com.scorecardstudio.ui.map.MapCanvas(map, messages, g -> { });
                presenter.showInstead(Bindings.createObjectBinding(
                        () -> currentSection.get() == WorkspaceSection.MAP ? mapView : null, currentSection), messages.get("map.title"));
            }
            presenter.show();
        }

        void close() {
            timer.stageProperty().unbind();
            model.close();
            if (presenter != null) {
                presenter.close();
            }
        }

        List<String> people() {
            List<String> names = new ArrayList<>();
            if (!session.facilitator().isEmpty()) {
                names.add(session.facilitator());
            }
            session.participants().forEach(p -> names.add(p.name()));
            return names;
        }

        /** Each section's page, built once per open session. */
        javafx.scene.Node page(WorkspaceSection section) {
            return pages.computeIfAbsent(section, s -> switch (s) {
                case EXPORT -> new com.scorecardstudio.ui.export.ExportPage(messages, () -> showExport(this), () -> showSummary(this));
                case MAP -> new com.scorecardstudio.ui.map.MapPage(map, this::people, tools(), () -> stage, files);
                case CLIENTS -> ClientsPage.create(model, database.store(clock).scoring(), new ClientImporter(database.store(clock)), tasks,
                        messages, errors, () -> stage);
                case FINANCIAL, INTERNAL_PROCESSES, CUSTOMER, LEARNING_GROWTH -> {
                    com.scorecardstudio.domain.Stage stage = s.stage().orElseThrow();
                    yield new StagePage(stage, goals, this::people, tools(),
                            stage == com.scorecardstudio.domain.Stage.CUSTOMER ? new CustomerExtrasView(extras, messages) : null);
                }
            });
        }

        Optional<ObservableValue<String>> badge(WorkspaceSection section) {
            return section.stage().map(stage -> Bindings.createStringBinding(() -> {
                long n = goals.goalCount(stage);
                long hints = QualityHints.countFor(goals.hintsProperty().get(), stage);
                return hints == 0 ? String.valueOf(n) : n + " · ⚠" + hints;
            }, goals.revisionProperty(), goals.hintsProperty()));
        }

        void undo() {
            model.undo();
        }

        void redo() {
            model.redo();
        }
    }

    private OpenSession open;

    private void closeWorkspace() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private void showWorkspace(Session session, WorkspaceSection section) {
        if (open == null || !open.session.uid().equals(session.uid())) {
            closeWorkspace();
            open = new OpenSession(session);
        }
        OpenSession current = open;
        WorkspaceView[] view = new WorkspaceView[1];
        view[0] = new WorkspaceView(session, messages, current::page, current::badge, () -> showHome(session),
                () -> editDetails(session, view[0]), () -> showSummary(current), () -> showExport(current));
        view[0].show(section);
        current.currentSection.bind(view[0].shownProperty());
        current.currentStage.bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> view[0].shownProperty().get() == null ? null : view[0].shownProperty().get().stage().orElse(null),
                view[0].shownProperty()));
        new Shortcuts()
                .on(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), current::undo)
                .on(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), current::redo)
                .on(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), current::redo)
                .on(new KeyCodeCombination(KeyCode.F1), this::showShortcuts)
                .installOn(view[0]);
        window.setContent(view[0]);
        currentScreen = () -> {
            // a language or theme change rebuilds the pages with the new texts; the open session, its
            // history, selection and running timers stay
            current.relabel();
            showWorkspace(session, view[0].shown());
        };
    }

    private void showSummary(OpenSession current) {
        current.autosave.flush(); // the summary shows what was typed a moment ago too
        Messages m = messages;
        long id = current.session.id();
        new SummaryDialog(stage, m, tasks, () -> summaryMarkdown(id, m),
                current.session.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".md", errors::unexpected).show();
    }

    private void showExport(OpenSession current) {
        current.autosave.flush(); // the workbook holds what was typed a moment ago too
        long id = current.session.id();
        new com.scorecardstudio.ui.export.ExportDialog(stage, messages, tasks, files,
                () -> com.scorecardstudio.excel.ExportData.read(database.store(clock), id)
                        .orElseThrow(() -> new com.scorecardstudio.db.NotFoundException("session " + id)),
                current.session.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx", errors::unexpected).show();
    }

    /** Reads and renders a session's summary; runs on the database thread. */
    private String summaryMarkdown(long sessionId, Messages m) {
        return SummaryReport.markdown(database.store(clock), sessionId, m)
                .orElseThrow(() -> new com.scorecardstudio.db.NotFoundException("session " + sessionId));
    }

    private void showShortcuts() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(stage);
        help.setTitle(messages.get("shortcuts.title"));
        help.setHeaderText(messages.get("shortcuts.title"));
        help.setContentText(messages.get("shortcuts.list"));
        help.getDialogPane().setMinWidth(560);
        help.show();
    }

    private void editDetails(Session session, WorkspaceView view) {
        var dialog = new SessionDetailsDialog(stage, new SessionDetailsViewModel(session, messages), messages);
        dialog.showAndWait().ifPresent(edited -> tasks.run(() -> sessions.update(edited), saved -> {
            closeWorkspace();
            showWorkspace(saved, view.shown());
        }, errors::saveFailed));
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
        closeWorkspace();
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
