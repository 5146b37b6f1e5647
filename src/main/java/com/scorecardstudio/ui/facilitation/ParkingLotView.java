package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.ui.common.TypingField;
import com.scorecardstudio.session.ParkingItem;
import com.scorecardstudio.session.ParkingLotModel;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.TextLimits;
import com.scorecardstudio.ui.common.Icons;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The parking lot as a side panel: type a topic and press Enter to park it; tick it off when it has
 * been dealt with; double-click (or F2) to reword it; Delete removes it, with an Undo right there.
 */
public final class ParkingLotView extends VBox {
    private final ParkingLotModel vm;
    private final Messages messages;
    private final CustomTextField input = new CustomTextField();
    private final ListView<ParkingItem> list = new ListView<>();
    private final DateTimeFormatter time;

    public ParkingLotView(ParkingLotModel vm, Messages messages) {
        super(12);
        this.vm = vm;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        setId("parkingLot");
        getStyleClass().add("parking-lot");
        setPadding(new Insets(16));
        setMinWidth(260);
        setPrefWidth(340);

        Label glyph = new Label(null, Icons.of(Feather.INBOX, 20));
        glyph.getStyleClass().add("section-icon");
        Label title = new Label(messages.get("parking.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label count = badge(vm);
        HBox head = new HBox(10, glyph, title, count);
        head.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("parking.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        input.setId("parkingInput");
        input.setPromptText(messages.get("parking.prompt"));
        input.setLeft(Icons.of(Feather.PLUS));
        Label enter = new Label(null, Icons.of(Feather.CORNER_DOWN_LEFT, 14));
        enter.getStyleClass().add(Styles.TEXT_MUTED);
        input.setRight(enter);
        TextLimits.limit(input, Limits.NOTE_TEXT, messages);
        input.setOnAction(e -> {
            if (vm.add(input.getText()) != null) {
                input.clear();
                list.scrollTo(0);
            }
        });

        buildList();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, hint, input, list, undoBar());
        disableProperty().bind(vm.loadedProperty().not());
    }

    /** Puts the caret in the parking field (for a shortcut that parks a topic from anywhere). */
    public void focusInput() {
        input.requestFocus();
    }

    /** A small count of open topics for a button or a tab; hidden while there are none. */
    public static Label badge(ParkingLotModel vm) {
        Label badge = new Label();
        badge.getStyleClass().add("count-badge");
        badge.textProperty().bind(vm.openCountProperty().asString());
        badge.visibleProperty().bind(vm.openCountProperty().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private void buildList() {
        list.setId("parkingList");
        list.getStyleClass().addAll("parking-list", Styles.DENSE);
        list.setItems(vm.notes());
        list.setEditable(true);
        list.setOnEditCommit(e -> { }); // the cell commits through the view-model; the list itself is not replaced
        list.setCellFactory(l -> new NoteCell());
        Label empty = new Label(messages.get("parking.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        // a filter: the list's own key handling (Space selects) must not get these first
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            ParkingItem item = list.getSelectionModel().getSelectedItem();
            if (item == null || list.getEditingIndex() >= 0 || !vm.editableProperty().get()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.remove(item);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                vm.toggleDone(item);
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                list.edit(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
    }

    private Node undoBar() {
        Label text = new Label();
        text.setId("parkingRemoved");
        text.getStyleClass().add(Styles.TEXT_SMALL);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = new Button(messages.get("parking.undo"), Icons.of(Feather.CORNER_UP_LEFT, 14));
        undo.setId("parkingUndo");
        undo.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.ACCENT);
        undo.setOnAction(e -> vm.putBack());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        HBox bar = new HBox(8, text, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        PauseTransition hide = new PauseTransition(Duration.seconds(8));
        hide.setOnFinished(e -> bar.setVisible(false));
        vm.lastRemovedProperty().addListener((o, a, removed) -> {
            if (removed == null) {
                bar.setVisible(false);
                hide.stop();
            } else {
                text.setText(messages.get("parking.removed", shorten(removed.textProperty().get())));
                bar.setVisible(true);
                hide.playFromStart();
            }
        });
        return bar;
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, 39)) + "…";
    }

    private String timeOf(Instant at) {
        return at == null ? "" : time.format(at);
    }

    /** One parked topic: tick box, text (struck through when done), time, remove; edits in place. */
    private final class NoteCell extends ListCell<ParkingItem> {
        private final CheckBox done = new CheckBox();
        private final Label text = new Label();
        private final Label at = new Label();
        private final Button remove = new Button(null, Icons.of(Feather.X, 14));
        private final HBox row;
        private final TextField editor = new TypingField();

        NoteCell() {
            text.setWrapText(true);
            text.getStyleClass().add("parking-text");
            // a fixed share of the list's width, so the label's height follows its wrapped lines
            text.prefWidthProperty().bind(list.widthProperty().subtract(124));
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            at.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            at.setMinWidth(Region.USE_PREF_SIZE);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "parking-remove");
            remove.setTooltip(new Tooltip(messages.get("parking.remove")));
            remove.setFocusTraversable(false);
            done.setTooltip(new Tooltip(messages.get("parking.done")));
            done.setFocusTraversable(false);
            done.setOnAction(e -> {
                if (getItem() != null) {
                    vm.setDone(getItem(), done.isSelected());
                }
            });
            remove.setOnAction(e -> {
                if (getItem() != null) {
                    vm.remove(getItem());
                }
            });
            row = new HBox(8, done, text, at, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("parking-row");
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null && !isEditing()) {
                    list.edit(getIndex());
                }
            });
            editor.getStyleClass().add("parking-editor");
            TextLimits.limit(editor, Limits.NOTE_TEXT, messages);
            editor.setOnAction(e -> {
                ParkingItem item = getItem();
                if (item != null) {
                    vm.edit(item, editor.getText());
                }
                commitEdit(item);
            });
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    ParkingItem item = getItem();
                    if (item != null) {
                        vm.edit(item, editor.getText());
                    }
                    commitEdit(item);
                }
            });
            setPrefWidth(0); // never wider than the list: long notes wrap
        }

        @Override
        protected void updateItem(ParkingItem item, boolean empty) {
            super.updateItem(item, empty);
            text.textProperty().unbind();
            at.textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            setId("parking-" + getIndex());
            text.textProperty().bind(item.textProperty());
            at.textProperty().bind(Bindings.createStringBinding(() -> timeOf(item.createdAtProperty().get()),
                    item.createdAtProperty()));
            done.setSelected(item.doneProperty().get());
            pseudoClassStateChanged(DONE, item.doneProperty().get()); // struck through and muted in app.css
            setText(null);
            setGraphic(isEditing() ? editor : row);
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            editor.setText(getItem().textProperty().get());
            setGraphic(editor);
            editor.requestFocus();
            editor.end(); // rewording usually adds to the end
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(row);
        }

        @Override
        public void commitEdit(ParkingItem item) {
            if (isEditing()) {
                super.commitEdit(item);
            }
            setGraphic(row);
            list.requestFocus();
        }
    }

    private static final javafx.css.PseudoClass DONE = javafx.css.PseudoClass.getPseudoClass("done");
}
