package com.scorecardstudio.ui.scoring;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.FormGrid;
import com.scorecardstudio.report.CriterionNames;
import com.scorecardstudio.ui.common.Icons;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.Rating;
import org.kordamp.ikonli.feather.Feather;

/**
 * Adds or edits a client: details, and a 1–5 rating per criterion (ControlsFX Rating; × clears a
 * score). Save stays disabled, with the reason under the field, until the form is valid. On a
 * read-only team workspace it shows the same details and scores to read, with Close only.
 */
public final class ClientDialog extends Dialog<Boolean> {
    private final ClientFormViewModel vm;
    private final Messages messages;
    private FormGrid form;

    private final boolean editable;

    public ClientDialog(Window owner, ClientFormViewModel vm, Messages messages) {
        this(owner, vm, messages, true);
    }

    /** {@code editable} false: to read (a read-only role), every field shown, nothing changed, Close only. */
    public ClientDialog(Window owner, ClientFormViewModel vm, Messages messages, boolean editable) {
        this.vm = vm;
        this.messages = messages;
        this.editable = editable;
        initOwner(owner);
        setTitle(messages.get(vm.isNew() ? "clients.dialog.new" : "clients.dialog.edit"));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStylesheets().add(ClientsPage.STYLESHEET);

        ButtonType save;
        if (editable) {
            save = FormGrid.saveAndCancel(this, messages, "saveClient", vm.validBinding());
        } else {
            save = null;
            ButtonType close = new ButtonType(messages.get("common.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
            getDialogPane().getButtonTypes().setAll(close);
            getDialogPane().lookupButton(close).setId("closeClient");
        }
        form = new FormGrid(170, messages);
        TextField name = text("clientName", vm.nameProperty(), messages.get("clients.prompt.name"));
        addRow(Field.NAME, name, true);
        TextField segment = text("clientSegment", vm.segmentProperty(), "");
        addRow(Field.SEGMENT, segment, false);
        TextField revenue = text("clientRevenue", vm.revenueProperty(), "");
        TextField currency = text("clientCurrency", vm.currencyProperty(), messages.get("clients.prompt.currency"));
        revenue.setPrefColumnCount(14);
        currency.setPrefColumnCount(6);
        addRow(Field.REVENUE, revenue, false);
        addRow(Field.CURRENCY, currency, false);
        TextArea notes = new TextArea();
        notes.setId("clientNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        addRow(Field.NOTES, notes, false);

        VBox content = new VBox(12, form.node(), scores());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(620);
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefWidth(760);

        if (!editable) {
            // read, select and copy, never change: text stays selectable, the ratings only show
            for (javafx.scene.control.TextInputControl t : java.util.List.of(name, segment, revenue, currency, notes)) {
                t.setEditable(false);
            }
        }
        setResultConverter(bt -> editable && bt == save && vm.validBinding().get());
        Platform.runLater(name::requestFocus);
    }

    private Node scores() {
        VBox box = new VBox(6);
        Label heading = new Label(messages.get("clients.scores"));
        heading.getStyleClass().add(Styles.TITLE_4);
        box.getChildren().add(heading);
        for (Axis axis : Axis.values()) {
            Label axisLabel = new Label(messages.get("scoring.axis." + axis.key()));
            axisLabel.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
            axisLabel.setPadding(new Insets(8, 0, 0, 0));
            box.getChildren().add(axisLabel);
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(2);
            ColumnConstraints names = new ColumnConstraints();
            names.setPrefWidth(330);
            names.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(names);
            int row = 0;
            for (Map.Entry<Criterion, IntegerProperty> e : vm.scores().entrySet()) {
                if (e.getKey().axis() != axis) {
                    continue;
                }
                Label name = new Label(CriterionNames.name(e.getKey(), messages));
                name.setWrapText(true);
                Rating rating = new Rating(5, e.getValue().get());
                rating.setId("rating-" + e.getKey().key());
                rating.setUpdateOnHover(false);
                rating.setPartialRating(false);
                rating.ratingProperty().addListener((o, a, b) -> e.getValue().set((int) Math.round(b.doubleValue())));
                rating.setMouseTransparent(!editable);
                rating.setFocusTraversable(editable);
                e.getValue().addListener((o, a, b) -> rating.setRating(b.intValue()));
                Label value = new Label();
                value.setMinWidth(90);
                value.getStyleClass().add(Styles.TEXT_MUTED);
                value.textProperty().bind(Bindings.createStringBinding(
                        () -> e.getValue().get() == 0 ? messages.get("clients.score.none") : e.getValue().get() + " / 5",
                        e.getValue()));
                Button clear = new Button(null, Icons.of(Feather.X));
                clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
                clear.setAccessibleText(messages.get("clients.score.clear"));
                clear.setTooltip(new javafx.scene.control.Tooltip(messages.get("clients.score.clear")));
                clear.setOnAction(x -> e.getValue().set(0));
                clear.disableProperty().bind(e.getValue().isEqualTo(0));
                clear.setVisible(editable);
                grid.addRow(row++, name, rating, value, clear);
            }
            box.getChildren().add(grid);
        }
        return box;
    }

    private TextField text(String id, javafx.beans.property.StringProperty property, String prompt) {
        return form.text(id, property, prompt, com.scorecardstudio.domain.Limits.SHORT_TEXT);
    }

    private void addRow(Field field, Node input, boolean required) {
        form.add(messages.get("clients.field." + field.key()), required, input, Bindings.createStringBinding(
                () -> vm.problemsBinding().get().getOrDefault(field, ""), vm.problemsBinding()), "client-" + field.key() + "-error");
    }
}
