package com.scorecardstudio.ui.home;

import com.scorecardstudio.library.SessionListModel;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.Shortcuts;
import com.scorecardstudio.ui.session.SessionDetailsDialog;
import com.scorecardstudio.ui.session.SessionDetailsViewModel;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/** The home screen: every session of this database, newest first, with what can be done to them. */
public final class HomeView extends BorderPane {
    private final SessionListModel vm;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Consumer<Session> openSession;
    private final Runnable createDemo;
    /**
     * The sessions, as tall as their rows (up to the page, then scrolling) rather than filling the
     * page with empty striped rows: the list shows where it ends, and the first frame does not build
     * and style rows nobody sees (about 20 ms of the start at 1920×1080). Without sessions the empty
     * state fills the page.
     */
    private final TableView<Session> table = new TableView<>() {
        @Override
        protected double computeMaxHeight(double width) {
            int rows = getItems() == null ? 0 : getItems().size();
            if (rows == 0 || getFixedCellSize() <= 0 || !(lookup(".column-header-background") instanceof Region header)) {
                return Double.MAX_VALUE;
            }
            // a pixel to spare, so the rounding of the rows never shows a scroll bar for nothing
            return snappedTopInset() + header.prefHeight(width) + rows * getFixedCellSize() + snappedBottomInset() + 1;
        }
    };
    private final StackPane center = new StackPane();
    private final CustomTextField filter = new CustomTextField();
    private HBox bar;
    private com.scorecardstudio.ui.common.OverflowBar actions;
    private final boolean editable;

    public HomeView(SessionListModel vm, Messages messages, Supplier<Window> owner, Consumer<Session> openSession,
                    Runnable createDemo) {
        this(vm, messages, owner, openSession, createDemo, true);
    }

    /**
     * @param editable false on a team workspace whose role may only read: the list offers opening and
     *                 finding sessions only (no new, edit, duplicate, next year or delete)
     */
    public HomeView(SessionListModel vm, Messages messages, Supplier<Window> owner, Consumer<Session> openSession,
                    Runnable createDemo, boolean editable) {
        this.editable = editable;
        this.vm = vm;
        this.messages = messages;
        this.owner = owner;
        this.openSession = openSession;
        this.createDemo = createDemo;
        getStyleClass().add("home");
        setId("homeView");

        setTop(new VBox(toolbar(), reopenBanner()));
        buildTable();
        center.getChildren().add(table);
        StackPane.setAlignment(table, Pos.TOP_CENTER);
        center.setPadding(new Insets(0, 24, 16, 24));
        setCenter(center);

        vm.lastDeletedProperty().addListener((o, a, deleted) -> {
            if (deleted != null) {
                showUndo(deleted);
            }
        });
        new Shortcuts()
                .on(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (editable) {
                        newSession();
                    }
                })
                .on(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), filter::requestFocus)
                .on(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undoDelete)
                .installOn(this);
    }

    private javafx.beans.value.ChangeListener<Number> sceneWidth;

    private Node toolbar() {
        Button create = new Button(messages.get("home.new"), Icons.of(Feather.PLUS));
        create.setId("newSession");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(false);
        create.setOnAction(e -> newSession());

        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button open = button("openSession", "home.open", Feather.FOLDER, none, () -> openSession.accept(selected()));
        Button edit = button("editSession", "home.edit", Feather.EDIT_2, none, this::editSelected);
        Button duplicate = button("duplicateSession", "home.duplicate", Feather.COPY, none,
                () -> vm.duplicate(selected(), this::select));
        Button nextYear = button("nextYearSession", "home.nextYear", Feather.SKIP_FORWARD, none, this::startNextYear);
        nextYear.setTooltip(new javafx.scene.control.Tooltip(messages.get("home.nextYear.tooltip")));
        Button delete = button("deleteSession", "home.delete", Feather.TRASH_2, none, this::deleteSelected);
        delete.getStyleClass().add(Styles.DANGER);

        filter.setId("sessionFilter");
        filter.setPromptText(messages.get("home.filter.prompt"));
        filter.setLeft(Icons.of(Feather.SEARCH));
        filter.setPrefWidth(340);
        filter.textProperty().bindBidirectional(vm.filterProperty());

        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("home.count", vm.sessions().size()), vm.sessions()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the buttons keep their whole labels (Russian ones are long); the filter field gives way
        // first, then the session's actions fold into a "more" menu from the end backwards (Next year,
        // the least used, first)
        create.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        // a reader opens sessions: the actions that change the list are not offered at all
        create.setVisible(editable);
        create.setManaged(editable);
        actions = new com.scorecardstudio.ui.common.OverflowBar(
                messages.get("workspace.more"), editable ? java.util.List.of(open, edit, duplicate, delete, nextYear) : java.util.List.of(open));
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.moreButton().setId("homeMore");
        filter.setMinWidth(160);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        bar = new HBox(8, create, actions, spacer, count, filter);
        // the filter gives way down to its minimum before any action folds: the actions may shrink
        // only by what the filter cannot give
        Runnable share = () -> {
            double others = bar.snappedLeftInset() + bar.snappedRightInset()
                    + bar.getSpacing() * (bar.getChildren().size() - 1);
            for (javafx.scene.Node n : bar.getChildren()) {
                if (n != actions && n instanceof Region r) {
                    others += r.minWidth(-1);
                }
            }
            // the window's width (the home list spans it), not the bar's: the bar grows with its minimum
            double room = (getScene() == null ? getWidth() : getScene().getWidth()) - others;
            actions.setMinWidth(Math.max(actions.moreButton().prefWidth(-1), Math.min(actions.prefWidth(-1), room)));
        };
        widthProperty().addListener((o, a, w) -> share.run());
        sceneWidth = (o, a, w) -> share.run();
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) { // weakly: the scene outlives this view (a redraw makes a new one)
                scene.widthProperty().addListener(new javafx.beans.value.WeakChangeListener<>(sceneWidth));
                share.run();
            }
        });
        bar.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> share.run());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(16, 24, 12, 24));
        return bar;
    }

    /**
     * Adds an action on the selected session after the others (wired by the composition root): the
     * first to fold into the "more" menu when the window is narrow.
     */
    public void addSessionAction(javafx.scene.control.ButtonBase action) {
        actions.add(action);
    }

    /** Adds buttons after the session actions (files and backups, wired by the composition root). */
    public void addTools(javafx.scene.Node... tools) {
        int at = bar.getChildren().indexOf(bar.getChildren().stream().filter(n -> n instanceof Region r
                && HBox.getHgrow(r) == Priority.ALWAYS).findFirst().orElseThrow());
        for (javafx.scene.Node tool : tools) {
            if (tool instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.getChildren().addAll(at, java.util.List.of(tools));
    }

    /** The selected session, or null. */
    public javafx.beans.value.ObservableValue<Session> selectedSession() {
        return table.getSelectionModel().selectedItemProperty();
    }

    private Button button(String id, String key, Feather icon, BooleanBinding disabled, Runnable action) {
        Button b = new Button(messages.get(key), Icons.of(icon));
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node reopenBanner() {
        Label text = new Label(messages.get("home.reopen"));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button reopen = new Button();
        reopen.setId("reopenLast");
        reopen.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.ACCENT);
        reopen.setGraphic(Icons.of(Feather.CORNER_DOWN_RIGHT));
        reopen.textProperty().bind(Bindings.createStringBinding(() -> vm.lastOpenedProperty().get() == null ? ""
                : messages.get("home.reopen.button", vm.lastOpenedProperty().get().title()), vm.lastOpenedProperty()));
        reopen.setOnAction(e -> {
            if (vm.lastOpenedProperty().get() != null) {
                openSession.accept(vm.lastOpenedProperty().get());
            }
        });
        HBox box = new HBox(12, text, reopen);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 24, 12, 24));
        box.managedProperty().bind(vm.lastOpenedProperty().isNotNull());
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    private void buildTable() {
        table.setId("sessionTable");
        table.getStyleClass().addAll(Styles.STRIPED, "session-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Session, String> title = new TableColumn<>(messages.get("home.column.title"));
        title.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(340);
        title.getStyleClass().add("title-column");
        TableColumn<Session, String> org = new TableColumn<>(messages.get("home.column.organization"));
        org.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().organization()));
        org.setPrefWidth(300);
        TableColumn<Session, LocalDate> date = new TableColumn<>(messages.get("home.column.date"));
        date.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().date()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.formatDate(item));
            }
        });
        date.setPrefWidth(150);
        TableColumn<Session, String> facilitator = new TableColumn<>(messages.get("home.column.facilitator"));
        facilitator.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().facilitator()));
        facilitator.setPrefWidth(200);
        table.getColumns().setAll(java.util.List.of(title, org, date, facilitator));

        SortedList<Session> sorted = new SortedList<>(vm.visibleSessions());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        sorted.addListener((javafx.beans.InvalidationListener) o -> table.requestLayout()); // rows come and go: its height too

        table.setRowFactory(t -> {
            TableRow<Session> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSession.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                openSession.accept(selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected() != null && editable) {
                deleteSelected();
                e.consume();
            }
        });
        table.placeholderProperty().bind(Bindings.createObjectBinding(this::placeholder, vm.sessions(), vm.filterProperty(),
                vm.loadedProperty()));
    }

    private Node placeholder() {
        if (!vm.loadedProperty().get()) {
            return new Label();
        }
        if (!vm.sessions().isEmpty()) {
            Label none = new Label(messages.get("home.noMatch", vm.filterProperty().get()));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        Label icon = new Label(null, Icons.of(Feather.LAYERS, 56));
        icon.getStyleClass().add("empty-icon");
        Label head = new Label(messages.get("home.empty.title"));
        head.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(messages.get("home.empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button create = new Button(messages.get("home.new"), Icons.of(Feather.PLUS));
        create.setId("emptyNewSession");
        create.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        create.setOnAction(e -> newSession());
        Button demo = new Button(messages.get("home.empty.demo"), Icons.of(Feather.PLAY_CIRCLE));
        demo.setId("createDemo");
        demo.getStyleClass().addAll(Styles.LARGE, Styles.BUTTON_OUTLINED);
        demo.setOnAction(e -> createDemo.run());
        HBox buttons = new HBox(12, create, demo);
        buttons.setVisible(editable);
        buttons.setManaged(editable);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(14, icon, head, text, buttons);
        box.setAlignment(Pos.CENTER);
        box.setId("emptyState");
        return box;
    }

    private Session selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Selects (and scrolls to) a session after the list was reloaded. */
    public void select(Session s) {
        vm.byId(s.id()).ifPresent(found -> {
            table.getSelectionModel().select(found);
            table.scrollTo(found);
        });
        table.requestFocus();
    }

    private void newSession() {
        var dialog = new SessionDetailsDialog(owner.get(), new SessionDetailsViewModel(Session.draft(LocalDate.now()), messages), messages);
        dialog.showAndWait().ifPresent(draft -> vm.create(draft, openSession));
    }

    private void editSelected() {
        Session s = selected();
        if (s == null) {
            return;
        }
        var dialog = new SessionDetailsDialog(owner.get(), new SessionDetailsViewModel(s, messages), messages);
        dialog.showAndWait().ifPresent(edited -> vm.update(edited, this::select));
    }

    private void deleteSelected() {
        Session s = selected();
        if (s == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(owner.get());
        confirm.setTitle(messages.get("home.delete.confirm.title"));
        confirm.setHeaderText(messages.get("home.delete.confirm.title"));
        confirm.setContentText(messages.get("home.delete.confirm.text", s.title()));
        ButtonType delete = new ButtonType(messages.get("common.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        confirm.getButtonTypes().setAll(delete, cancel);
        ((Button) confirm.getDialogPane().lookupButton(delete)).getStyleClass().add(Styles.DANGER);
        confirm.getDialogPane().lookupButton(delete).setId("confirmDelete");
        confirm.showAndWait().filter(b -> b == delete).ifPresent(b -> vm.delete(s));
    }

    private void undoDelete() {
        if (!editable) {
            return;
        }
        vm.undoDelete(this::select);
        center.getChildren().removeIf(n -> n instanceof Notification);
    }

    private void showUndo(Session deleted) {
        Button undo = new Button(messages.get("common.undo"), Icons.of(Feather.ROTATE_CCW));
        undo.setId("undoDelete");
        undo.getStyleClass().add(Styles.ACCENT);
        undo.setOnAction(e -> undoDelete());
        toast("undoToast", messages.get("home.deleted", deleted.title()), Feather.TRASH_2, undo);
    }

    private void startNextYear() {
        Session old = selected();
        vm.startNextYear(old, started -> {
            select(started.session());
            var plan = started.plan();
            String text = messages.get("home.nextYear.started", started.session().title(), old.title(),
                    plan.goals(), plan.indicators(), plan.rebased(), plan.initiatives());
            if (plan.initiativesLeft() > 0) {
                text += " " + messages.get("home.nextYear.left", plan.initiativesLeft());
            }
            toast("nextYearToast", text, Feather.SKIP_FORWARD, null);
        });
    }

    /** A notice at the foot of the list for 15 s, with an action when given. */
    private void toast(String id, String text, Feather icon, Button action) {
        center.getChildren().removeIf(n -> n instanceof Notification);
        Notification toast = new Notification(text, Icons.of(icon));
        toast.setId(id);
        toast.getStyleClass().add(Styles.ELEVATED_2);
        if (action != null) {
            toast.setPrimaryActions(action);
        }
        toast.setOnClose(e -> center.getChildren().remove(toast));
        toast.setMaxSize(520, Region.USE_PREF_SIZE);
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);
        StackPane.setMargin(toast, new Insets(0, 0, 24, 0));
        center.getChildren().add(toast);
        PauseTransition hide = new PauseTransition(Duration.seconds(15));
        hide.setOnFinished(e -> center.getChildren().remove(toast));
        hide.play();
    }
}
