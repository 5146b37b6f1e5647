package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.session.ClientImportModel;
import com.scorecardstudio.session.ClientRow;
import com.scorecardstudio.session.ClientsModel;
import com.scorecardstudio.session.OpenSession;
import com.scorecardstudio.session.ScoringSetupModel;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.EditLock;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.Shortcuts;
import com.scorecardstudio.session.GoalsModel;
import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Clients page of a session's workspace: the matrix, the clients with their scores, and the
 * criteria, bands and strategies, one tab each. Client and score changes go on the session's undo
 * stack (Ctrl+Z / Ctrl+Y of the workspace); Ctrl+N adds a client, Ctrl+F searches.
 */
public final class ClientsPage extends StackPane {
    public static final String STYLESHEET = ClientsPage.class.getResource("/ui/scoring.css").toExternalForm();

    private final ClientsModel vm;
    private final ScoringSetupModel setup;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final ToggleGroup views = new ToggleGroup();
    private final Map<View, ToggleButton> viewButtons = new EnumMap<>(View.class);
    private final Map<View, Node> viewContent = new EnumMap<>(View.class);
    private final StackPane content = new StackPane();
    private final CustomTextField search = new CustomTextField();
    private final ErrorReporter errors;
    private final GoalsModel goals;
    private final OpenSession session;
    private ScoreTable table;

    /** The page as the composition root builds it. */
    public static ClientsPage create(OpenSession session, Messages messages, ErrorReporter errors, Supplier<Window> owner) {
        ClientsModel vm = session.clients();
        ClientsPage page = new ClientsPage(session, vm, session.scoringSetup(messages, errors::saveFailed), messages, errors, owner);
        if (!vm.loadedProperty().get()) {
            vm.load();
        }
        return page;
    }

    private ClientsPage(OpenSession session, ClientsModel vm, ScoringSetupModel setup, Messages messages,
                        ErrorReporter errors, Supplier<Window> owner) {
        this.vm = vm;
        this.session = session;
        GoalsModel goals = session.goals();
        this.goals = goals;
        this.setup = setup;
        this.messages = messages;
        this.errors = errors;
        this.owner = owner;
        setId("clientsPage");
        getStyleClass().add("clients-page");
        getStylesheets().add(STYLESHEET);

        viewContent.put(View.MATRIX, new MatrixView(vm, messages, this::openClient, this::toGoal));
        viewContent.put(View.CLIENTS, clientsContent());
        viewContent.put(View.SETUP, new SetupView(setup, messages, owner, sheet -> vm.show(sheet)));
        BorderPane main = new BorderPane();
        main.setTop(header());
        main.setCenter(content);
        getChildren().add(main);
        views.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one view is always shown
            } else {
                content.getChildren().setAll(viewContent.get((View) now.getUserData()));
            }
        });
        show(View.MATRIX);

        vm.loadedProperty().addListener((o, a, loaded) -> {
            if (loaded) {
                setup.show(vm.criteria(), vm.settingsProperty().get());
            }
        });
        vm.lastDeletedProperty().addListener((o, a, deleted) -> {
            if (deleted != null) {
                showUndo(deleted);
            }
        });
        new Shortcuts()
                .on(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (vm.editableProperty().get()) {
                        addClient();
                    }
                })
                .on(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    show(View.CLIENTS);
                    search.requestFocus();
                })
                .installOn(this);
    }

    private Node header() {
        Label title = new Label(messages.get("scoring.page.title"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setTooltip(new Tooltip(messages.get("scoring.page.subtitle")));
        HBox switcher = new HBox(
                viewButton(View.MATRIX, "scoring.tab.matrix", Feather.GRID, Styles.LEFT_PILL),
                viewButton(View.CLIENTS, "scoring.tab.clients", Feather.USERS, Styles.CENTER_PILL),
                viewButton(View.SETUP, "scoring.tab.setup", Feather.SLIDERS, Styles.RIGHT_PILL));
        switcher.setId("scoringViews");
        switcher.setMinWidth(Region.USE_PREF_SIZE);
        HBox titles = new HBox(20, title, switcher);
        titles.setAlignment(Pos.CENTER_LEFT);

        Button undo = new Button(null, Icons.of(Feather.ROTATE_CCW));
        undo.setId("undoScoring");
        undo.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        undo.setTooltip(new Tooltip(messages.get("scoring.undo")));
        undo.disableProperty().bind(vm.history().canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Button redo = new Button(null, Icons.of(Feather.ROTATE_CW));
        redo.setId("redoScoring");
        redo.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        redo.setTooltip(new Tooltip(messages.get("scoring.redo")));
        redo.disableProperty().bind(vm.history().canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());

        Button add = new Button(messages.get("clients.add"), Icons.of(Feather.USER_PLUS));
        add.setId("addClient");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> addClient());
        Button importButton = new Button(messages.get("clients.import"), Icons.of(Feather.UPLOAD));
        importButton.setId("importClients");
        importButton.setOnAction(e -> importClients());
        add.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setMinWidth(Region.USE_PREF_SIZE);

        HBox tools = new HBox(8, undo, redo, importButton, add);
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setMinWidth(Region.USE_PREF_SIZE);
        titles.setMinWidth(Region.USE_PREF_SIZE);
        // the tools go under the title and the view switch when the page is too narrow for both
        com.scorecardstudio.ui.common.FoldingRow bar = new com.scorecardstudio.ui.common.FoldingRow(titles, tools);
        bar.getStyleClass().add("page-header");
        bar.setPadding(new Insets(12, 24, 6, 24));
        return bar;
    }

    private ToggleButton viewButton(View view, String key, Feather icon, String pill) {
        ToggleButton b = new ToggleButton(messages.get(key), Icons.of(icon));
        b.setId("view-" + view.name().toLowerCase(java.util.Locale.ROOT));
        b.getStyleClass().add(pill);
        b.setUserData(view);
        b.setToggleGroup(views);
        EditLock.keep(b); // switching the view changes nothing
        b.setMinWidth(Region.USE_PREF_SIZE);
        viewButtons.put(view, b);
        return b;
    }

    private Node clientsContent() {
        table = new ScoreTable(vm, messages, row -> openClient(row.id()));
        Button edit = new Button(messages.get("clients.edit"), Icons.of(Feather.EDIT_2));
        edit.setId("editClient");
        Button delete = new Button(messages.get("clients.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("deleteClient");
        delete.getStyleClass().add(Styles.DANGER);
        var none = Bindings.createBooleanBinding(() -> selectedRow() == null,
                table.getSelectionModel().getSelectedCells());
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        edit.setOnAction(e -> {
            ClientRow r = selectedRow();
            if (r != null) {
                openClient(r.id());
            }
        });
        delete.setOnAction(e -> {
            ClientRow r = selectedRow();
            if (r != null) {
                vm.deleteClient(r.id());
            }
        });

        search.setId("clientSearch");
        EditLock.keep(search); // finding a client changes nothing
        search.setPromptText(messages.get("clients.search.prompt"));
        search.setLeft(Icons.of(Feather.SEARCH));
        search.setPrefWidth(320);
        search.textProperty().bindBidirectional(vm.filterProperty());
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("clients.count", vm.rows().size()), vm.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, edit, delete, spacer, count, search);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(messages.get("scoring.grid.hint"), Icons.of(Feather.INFO));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        table.placeholderProperty().bind(Bindings.createObjectBinding(this::placeholder, vm.rows(), vm.filterProperty(),
                vm.loadedProperty()));
        VBox box = new VBox(10, bar, hint, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 24, 16, 24));
        return box;
    }

    private Node placeholder() {
        if (!vm.loadedProperty().get()) {
            return new Label();
        }
        if (!vm.rows().isEmpty()) {
            Label none = new Label(messages.get("clients.noMatch", vm.filterProperty().get()));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        Label icon = new Label(null, Icons.of(Feather.USERS, 48));
        icon.getStyleClass().add("empty-icon");
        Label head = new Label(messages.get("clients.empty.title"));
        head.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(messages.get("clients.empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button add = new Button(messages.get("clients.add"), Icons.of(Feather.USER_PLUS));
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> addClient());
        Button imp = new Button(messages.get("clients.import"), Icons.of(Feather.UPLOAD));
        imp.setOnAction(e -> importClients());
        HBox buttons = new HBox(10, add, imp);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, icon, head, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setId("clientsEmpty");
        return box;
    }

    private ClientRow selectedRow() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i < 0 && !table.getSelectionModel().getSelectedCells().isEmpty()) {
            i = table.getSelectionModel().getSelectedCells().get(0).getRow();
        }
        return i >= 0 && i < table.getItems().size() ? table.getItems().get(i) : null;
    }

    // ------------------------------------------------------------------ actions

    public void addClient() {
        ClientFormViewModel form = new ClientFormViewModel(Client.draft(""), Map.of(), vm.criteria(), messages, vm::nameTaken);
        new ClientDialog(owner.get(), form, messages).showAndWait().filter(Boolean::booleanValue).ifPresent(ok ->
                vm.addClient(form.result(), form.resultScores(), row -> {
                    show(View.CLIENTS);
                    vm.filterProperty().set("");
                    Platform.runLater(() -> {
                        int i = table.getItems().indexOf(row);
                        table.getSelectionModel().clearAndSelect(i, table.getVisibleLeafColumns().get(0));
                        table.scrollTo(Math.max(0, i - 3));
                    });
                }));
    }

    /** Opens a client's details and scores (from the table, a bubble or the not-placed list). */
    public void openClient(long clientId) {
        boolean editable = vm.editableProperty().get(); // a reader sees the same details and scores, to read
        vm.row(clientId).ifPresent(row -> {
            ClientFormViewModel form = new ClientFormViewModel(row.client(), row.scores(), vm.criteria(), messages, vm::nameTaken);
            new ClientDialog(owner.get(), form, messages, editable).showAndWait().filter(Boolean::booleanValue)
                    .filter(ok -> vm.editableProperty().get())
                    .ifPresent(ok -> vm.updateClient(form.result(), form.resultScores()));
        });
    }

    private void importClients() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("clients.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("clients.import.filter"),
                "*.csv", "*.xlsx", "*.txt", "*.CSV", "*.XLSX", "*.TXT"));
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return;
        }
        ClientImportModel importVm = session.clientImport(vm.criteria(), Platform::runLater, messages, errors::unexpected);
        ImportDialog dialog = new ImportDialog(owner.get(), importVm, messages);
        importVm.open(file.toPath());
        dialog.showAndWait();
        if (importVm.resultProperty().get() != null) {
            vm.load();
            var r = importVm.resultProperty().get();
            toast(messages.get("clients.import.done", r.imported(), r.updated(), r.skipped(), r.rejected()), Feather.CHECK_CIRCLE,
                    null);
        }
    }

    private void toGoal(Cell cell) {
        vm.goalTitle(cell).ifPresentOrElse(title -> new CellActionDialog(owner.get(), title, goals, messages).showAndWait()
                        .ifPresent(done -> toast(done, Feather.FLAG, "goalToast")),
                () -> toast(messages.get("scoring.goal.empty"), Feather.INFO, null));
    }

    // ------------------------------------------------------------------ notifications

    private void showUndo(Client deleted) {
        Button undo = new Button(messages.get("common.undo"), Icons.of(Feather.ROTATE_CCW));
        undo.setId("undoDeleteClient");
        undo.getStyleClass().add(Styles.ACCENT);
        Notification toast = toast(messages.get("clients.deleted", deleted.name()), Feather.TRASH_2, "clientUndoToast");
        undo.setOnAction(e -> {
            vm.undo();
            getChildren().remove(toast);
        });
        toast.setPrimaryActions(undo);
    }

    private Notification toast(String text, Feather icon, String id) {
        getChildren().removeIf(n -> n instanceof Notification);
        Notification toast = new Notification(text, Icons.of(icon));
        if (id != null) {
            toast.setId(id);
        }
        toast.getStyleClass().add(Styles.ELEVATED_2);
        toast.setOnClose(e -> getChildren().remove(toast));
        toast.setMaxSize(620, Region.USE_PREF_SIZE);
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);
        StackPane.setMargin(toast, new Insets(0, 0, 24, 0));
        getChildren().add(toast);
        PauseTransition hide = new PauseTransition(Duration.seconds(15));
        hide.setOnFinished(e -> getChildren().remove(toast));
        hide.play();
        return toast;
    }

    public ClientsModel viewModel() {
        return vm;
    }

    public ScoreTable table() {
        return table;
    }

    /** The three views of the page. */
    public enum View { MATRIX, CLIENTS, SETUP }

    public void show(View view) {
        viewButtons.get(view).setSelected(true);
    }
}
