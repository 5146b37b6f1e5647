package com.scorecardstudio.ui.workspace;

import com.scorecardstudio.domain.QualityHints;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.library.Library;
import com.scorecardstudio.session.OpenSession;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.ui.AppFrame;
import com.scorecardstudio.ui.common.EditLock;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.common.FileDialogs;
import com.scorecardstudio.ui.common.FxScheduler;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.Shortcuts;
import com.scorecardstudio.ui.common.UndoNotice;
import com.scorecardstudio.ui.export.DeckDialog;
import com.scorecardstudio.ui.export.ExportDialog;
import com.scorecardstudio.ui.checkin.CheckinPage;
import com.scorecardstudio.ui.export.ExportPage;
import com.scorecardstudio.ui.facilitation.CustomerExtrasView;
import com.scorecardstudio.ui.facilitation.ParkingLotView;
import com.scorecardstudio.ui.facilitation.PresenterWindow;
import com.scorecardstudio.ui.facilitation.StageTimerView;
import com.scorecardstudio.ui.map.MapCanvas;
import com.scorecardstudio.ui.map.MapPage;
import com.scorecardstudio.ui.scoring.ClientsPage;
import com.scorecardstudio.ui.session.SessionDetailsDialog;
import com.scorecardstudio.ui.session.SessionDetailsViewModel;
import com.scorecardstudio.ui.stage.StagePage;
import com.scorecardstudio.ui.summary.SummaryDialog;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.feather.Feather;

/**
 * The workspace of the open session: its pages, built once each over the session's headless model
 * and built again (the model untouched) when the language or theme changes or the details are edited;
 * the projector window; the summary, the workbook and the shortcuts.
 */
public final class WorkspaceScreens {
    private final AppFrame frame;
    private final Supplier<Library> library;
    private final TaskRunner tasks;
    private final TaskRunner files;
    private final ErrorReporter errors;
    private final FileDialogs fileDialogs;
    private final LongSupplier ticker;
    private final Consumer<Session> onBack;
    private Screens open;

    /**
     * @param files  writes exported files (map image, workbook) off the FX and database threads
     * @param ticker nanoseconds for the stage timers ({@code System::nanoTime} in the app)
     * @param onBack shows the home list with this session selected
     */
    public WorkspaceScreens(AppFrame frame, Supplier<Library> library, TaskRunner tasks, TaskRunner files,
                            ErrorReporter errors, FileDialogs fileDialogs, LongSupplier ticker, Consumer<Session> onBack) {
        this.frame = frame;
        this.library = library;
        this.tasks = tasks;
        this.files = files;
        this.errors = errors;
        this.fileDialogs = fileDialogs;
        this.ticker = ticker;
        this.onBack = onBack;
    }

    /** The pages of one open session over its model. */
    private final class Screens {
        final OpenSession model;
        final ObjectProperty<Stage> currentStage = new SimpleObjectProperty<>();
        final ObjectProperty<WorkspaceSection> currentSection = new SimpleObjectProperty<>();
        final Map<WorkspaceSection, Node> pages = new EnumMap<>(WorkspaceSection.class);
        PresenterWindow presenter;
        Runnable stopNotices = () -> { };

        Screens(Session session) {
            this.model = library.get().openSession(session, tasks, FxScheduler.create(), ticker, frame.messages(),
                    errors::saveFailedAndReloaded, javafx.application.Platform::runLater);
            model.timers().stageProperty().bind(currentStage);
            model.load();
            stopPresence = com.scorecardstudio.ui.team.Presence.follow(frame, tasks, library.get(), session);
        }

        Runnable stopPresence;

        Session session() {
            return model.session();
        }

        Messages messages() {
            return frame.messages();
        }

        /** Drops the pages (built with the old texts) and tells the model the language; the session lives on. */
        void relabel() {
            pages.clear();
            if (presenter != null) {
                presenter.fontSizeProperty().unbindBidirectional(frame.roomTextSizeProperty());
                presenter.dispose();
                presenter = null;
            }
            model.setMessages(messages());
        }

        /** The header tools of a stage page: each page gets its own nodes over the shared models. */
        List<Node> tools() {
            Messages messages = messages();
            // the parking lot opens for reading (its pop-over is a window of its own, locked here)
            ParkingLotView parkingView = EditLock.lock(new ParkingLotView(model.parking(), messages), editable());
            parkingView.setPrefWidth(420);
            // icon buttons with tooltips: the stage title and the timer need the width on a projector
            Button parkingButton = new Button();
            parkingButton.setTooltip(new Tooltip(messages.get("parking.title")));
            parkingButton.setAccessibleText(messages.get("parking.title"));
            parkingButton.setId("parkingLot");
            Label badge = ParkingLotView.badge(model.parking());
            parkingButton.setGraphic(new HBox(6, Icons.of(Feather.BOOKMARK), badge));
            PopOver pop = new PopOver(parkingView);
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            pop.setDetachable(false);
            parkingButton.setOnAction(e -> {
                pop.show(parkingButton);
                parkingView.focusInput();
            });
            Button presenterButton = new Button(null, Icons.of(Feather.MONITOR));
            presenterButton.setTooltip(new Tooltip(messages.get("presenter.open")));
            presenterButton.setAccessibleText(messages.get("presenter.open"));
            presenterButton.setId("presenterView");
            presenterButton.setOnAction(e -> showPresenter());
            parkingButton.setMinWidth(Region.USE_PREF_SIZE);
            presenterButton.setMinWidth(Region.USE_PREF_SIZE);
            // the timer and the agenda are stored with the session: a reader sees them, locked with the page;
            // the agenda's button opens it to read
            return List.of(new StageTimerView(model.timers(), messages)
                    .withAgenda(com.scorecardstudio.ui.facilitation.AgendaView.button(model.agenda(), messages, editable())),
                    EditLock.keep(parkingButton), EditLock.keep(presenterButton));
        }

        /**
         * The room view's own keys typed on the laptop while the room view is on the projector (where the
         * facilitator's keyboard stays): Esc returns, B blanks the room screen and brings it back — not
         * while a text field has the keys, where they are typing.
         */
        void roomKey(javafx.scene.input.KeyEvent e) {
            if (presenter == null || !presenter.isShowing() || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            javafx.scene.Node focused = e.getTarget() instanceof javafx.scene.Node n && n.getScene() != null
                    ? n.getScene().getFocusOwner() : null;
            if (focused instanceof javafx.scene.control.TextInputControl || focused instanceof javafx.scene.control.ComboBoxBase<?>) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                presenter.close();
                e.consume();
            } else if (e.getCode() == KeyCode.B) {
                presenter.blankedProperty().set(!presenter.blankedProperty().get());
                e.consume();
            }
        }

        /** Opens the room view, or closes it when it is open (F5 toggles it). */
        void togglePresenter() {
            if (presenter != null && presenter.isShowing()) {
                presenter.close();
            } else {
                showPresenter();
            }
        }

        void showPresenter() {
            if (presenter == null) {
                Messages messages = messages();
                presenter = new PresenterWindow(frame.stage(), model.goals(), currentStage, session().title(), messages);
                presenter.showTimer(model.timers(), model.agenda());
                presenter.showParking(model.parking());
                presenter.fontSizeProperty().bindBidirectional(frame.roomTextSizeProperty());
                // on the map page the room sees the map, drawn by its own canvas over the same model, fitted
                // to the screen and without the editing marks (handles, warnings)
                MapCanvas mapView = MapCanvas.forRoom(model.map(), messages);
                mapView.getStyleClass().add("room-map");
                presenter.showInstead(Bindings.createObjectBinding(
                        () -> currentSection.get() == WorkspaceSection.MAP ? mapView : null, currentSection), messages.get("map.title"));
            }
            presenter.show();
        }

        void close() {
            stopPresence.run();
            stopNotices.run();
            model.timers().stageProperty().unbind();
            model.close();
            if (presenter != null) {
                presenter.fontSizeProperty().unbindBidirectional(frame.roomTextSizeProperty());
                presenter.dispose();
            }
        }

        List<String> people() {
            List<String> names = new ArrayList<>();
            if (!session().facilitator().isEmpty()) {
                names.add(session().facilitator());
            }
            session().participants().forEach(p -> names.add(p.name()));
            return names;
        }

        /** False when the session may only be read: every page but the exports is locked over it. */
        javafx.beans.property.ReadOnlyBooleanProperty editable() {
            return model.editableProperty();
        }

        /** Each section's page, built once per open session (and language); locked when it may only be read. */
        Node page(WorkspaceSection section) {
            return pages.computeIfAbsent(section, s -> s == WorkspaceSection.EXPORT ? build(s) : EditLock.lock(build(s), editable()));
        }

        private Node build(WorkspaceSection s) {
            Messages messages = messages();
            return switch (s) {
                case EXPORT -> new ExportPage(messages, () -> showExport(this), links -> showDeck(this, links), () -> showSummary(this));
                case MAP -> new MapPage(model.map(), this::people, tools(), frame::stage, files);
                case CLIENTS -> ClientsPage.create(model, messages, errors, frame::stage);
                case CHECKIN -> new CheckinPage(model.checkins(), messages, java.time.LocalDate::now, model.ownersBook(), fileDialogs,
                        frame::stage);
                case FINANCIAL, INTERNAL_PROCESSES, CUSTOMER, LEARNING_GROWTH -> {
                    Stage stage = s.stage().orElseThrow();
                    yield new StagePage(stage, model.goals(), this::people,
                            () -> session().participants().stream().map(com.scorecardstudio.domain.Participant::name).toList(),
                            tools(),
                            stage == Stage.CUSTOMER ? new CustomerExtrasView(model.extras(), messages) : null);
                }
            };
        }

        Optional<ObservableValue<String>> badge(WorkspaceSection section) {
            var goals = model.goals();
            return section.stage().map(stage -> Bindings.createStringBinding(() -> {
                long n = goals.goalCount(stage);
                long hints = QualityHints.countFor(goals.hintsProperty().get(), stage);
                return hints == 0 ? String.valueOf(n) : n + " · ⚠" + hints;
            }, goals.revisionProperty(), goals.hintsProperty()));
        }
    }

    /** Opens a session on its first stage. */
    public void open(Session session) {
        show(session, WorkspaceSection.FINANCIAL);
    }

    /** Leaves the open session: what is pending is written, the running timer paused and stored. */
    public void close() {
        frame.showUnsaved(javafx.collections.FXCollections.emptyObservableList());
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private void show(Session session, WorkspaceSection section) {
        if (open == null || !open.session().uid().equals(session.uid())) {
            close();
            open = new Screens(session);
        }
        Screens current = open;
        Messages messages = frame.messages();
        WorkspaceView[] view = new WorkspaceView[1];
        boolean editable = current.editable().get();
        // a reader's header has no "Edit details": the details are a change of the session too
        view[0] = new WorkspaceView(current.session(), messages, current::page, current::badge,
                () -> onBack.accept(current.session()), editable ? () -> editDetails(current, view[0]) : null,
                () -> showSummary(current), () -> showExport(current));
        view[0].show(section);
        current.currentSection.bind(view[0].shownProperty());
        current.currentStage.bind(Bindings.createObjectBinding(
                () -> view[0].shownProperty().get() == null ? null : view[0].shownProperty().get().stage().orElse(null),
                view[0].shownProperty()));
        new Shortcuts()
                .on(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), current.model::undo)
                .on(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), current.model::redo)
                .on(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), current.model::redo)
                .on(new KeyCodeCombination(KeyCode.F1), () -> showShortcuts(view[0].shown()))
                .on(new KeyCodeCombination(KeyCode.F5), current::togglePresenter)
                .installOn(view[0]);
        // handled after the focused control had its turn: Esc first closes what it would close there
        view[0].addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, current::roomKey);
        // a language or theme change builds the pages again with the new texts; the open session, its
        // history, selection and running timers stay
        frame.showUnsaved(current.model.goals().unsavedFields());
        StackPane host = new StackPane(com.scorecardstudio.ui.team.ReadOnlyBanner.above(view[0], current.editable(), messages));
        current.stopNotices.run();
        // another laptop's new title, client or date shows in the header as it is saved there
        Runnable stopDetails = current.model.onDetailsChangedElsewhere(view[0]::showDetails);
        Runnable stopUndo = UndoNotice.install(host, current.model.history(), messages);
        Runnable stopConflicts = com.scorecardstudio.ui.team.ConflictNotice.install(host, current.model, messages);
        Runnable stopOffline = com.scorecardstudio.ui.team.OfflineBanner.install(host, current.model.offlineProperty(), messages);
        current.stopNotices = () -> {
            stopDetails.run();
            stopUndo.run();
            stopConflicts.run();
            stopOffline.run();
        };
        frame.show(host, () -> {
            current.relabel();
            show(current.session(), view[0].shown());
        });
    }

    private void showSummary(Screens current) {
        current.model.autosave().flush(); // the summary shows what was typed a moment ago too
        Messages m = frame.messages();
        long id = current.session().id();
        Library lib = library.get();
        new SummaryDialog(frame.stage(), m, tasks, () -> lib.summary(id, m), fileName(current.session(), ".md"),
                errors::unexpected).show();
    }

    private void showExport(Screens current) {
        current.model.autosave().flush(); // the workbook holds what was typed a moment ago too
        long id = current.session().id();
        Library lib = library.get();
        new ExportDialog(frame.stage(), frame.messages(), tasks, files, () -> lib.exportData(id), fileName(current.session(), ".xlsx"),
                errors::unexpected).show();
    }

    private void showDeck(Screens current, com.scorecardstudio.deck.MapLinks links) {
        current.model.autosave().flush(); // the deck holds what was typed a moment ago too
        long id = current.session().id();
        Library lib = library.get();
        Messages messages = frame.messages();
        DeckDialog.choose(fileDialogs, frame.stage(), messages, fileName(current.session(), ".pptx")).ifPresent(target ->
                new DeckDialog(frame.stage(), messages, tasks, files, () -> lib.deckData(id), links, target, errors::unexpected).show());
    }

    private static String fileName(Session session, String extension) {
        return session.title().replaceAll("[\\\\/:*?\"<>|]", "_") + extension;
    }

    private void showShortcuts(WorkspaceSection page) {
        Messages messages = frame.messages();
        String own = switch (page == null ? WorkspaceSection.FINANCIAL : page) {
            case FINANCIAL, INTERNAL_PROCESSES, CUSTOMER, LEARNING_GROWTH -> "shortcuts.stage";
            case MAP -> "shortcuts.map";
            case CLIENTS -> "shortcuts.clients";
            default -> null;
        };
        new com.scorecardstudio.ui.common.ShortcutsHelp(frame.stage(), messages,
                messages.get("shortcuts.page", messages.get(page == null ? "stage.financial" : page.nameKey())),
                own == null ? messages.get("shortcuts.none") : messages.get(own),
                messages.get("shortcuts.everywhere"), messages.get("shortcuts.list")).show();
    }

    /** Edits the session's details; the pages are built again with them, the model and its history stay. */
    private void editDetails(Screens current, WorkspaceView view) {
        Messages messages = frame.messages();
        Library lib = library.get();
        Session shown = current.session();
        var dialog = new SessionDetailsDialog(frame.stage(), new SessionDetailsViewModel(shown, messages), messages);
        dialog.showAndWait().ifPresent(edited -> saveDetails(current, view, shown, edited));
    }

    /**
     * Stores the details changed from {@code from} to {@code edited}; another user's change to the same
     * detail (a team workspace) becomes a conflict over the workspace, theirs beside mine.
     */
    private void saveDetails(Screens current, WorkspaceView view, Session from, Session edited) {
        Library lib = library.get();
        java.util.function.Consumer<Session> showSaved = saved -> {
            current.model.setSession(saved);
            current.relabel();
            show(saved, view.shown());
        };
        tasks.run(() -> lib.updateSession(from, edited), showSaved, e -> {
            if (e instanceof com.scorecardstudio.db.StaleWriteException stale && !stale.deleted()) {
                current.model.detailsConflict(edited, stale, theirs -> saveDetails(current, view, theirs, edited), showSaved);
            } else {
                errors.saveFailed(e);
            }
        });
    }
}
