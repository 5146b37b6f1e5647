package com.scorecardstudio.ui.common;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form of the app's edit dialogs: a label column and a field column, each field with its
 * problem written under it in red (and the field marked) while there is one and the user has typed
 * in the field or left it, so a user sees why Save is disabled without being scolded on a fresh
 * form. Required fields get an asterisk.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private final Messages messages;
    private int row;

    public FormGrid(double labelWidth, Messages messages) {
        this.messages = messages;
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 4, 8, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(labelWidth);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** Adds a row: the label, the input, and the error line with id {@code errorId} showing {@code problem}. */
    public void add(String name, boolean required, Node input, ObservableValue<String> problem, String errorId) {
        Label label = new Label(required ? name + " *" : name);
        label.setLabelFor(input);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        Label error = new Label();
        error.setId(errorId);
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(problem);
        // a field's problem shows once the user has typed in it or left it, not on a form just
        // opened ("Title is required." in red before anything is typed reads as a reproach)
        javafx.beans.property.BooleanProperty touched =
                new javafx.beans.property.SimpleBooleanProperty(!(input instanceof TextInputControl));
        if (input instanceof TextInputControl t) {
            t.textProperty().addListener(o -> touched.set(true));
            t.focusedProperty().addListener((o, was, now) -> touched.set(touched.get() || !now));
        }
        error.managedProperty().bind(error.textProperty().isNotEmpty().and(touched));
        error.visibleProperty().bind(error.managedProperty());
        if (input instanceof TextInputControl t) {
            error.visibleProperty().addListener((o, a, b) -> t.pseudoClassStateChanged(Styles.STATE_DANGER, b));
        }
        HBox line = new HBox(input);
        line.setAlignment(Pos.CENTER_LEFT);
        if (input instanceof TextField || input instanceof TextArea) {
            HBox.setHgrow(input, Priority.ALWAYS);
        }
        VBox cell = new VBox(4, line, error);
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        GridPane.setMargin(cell, new Insets(0, 0, 8, 0));
        row++;
    }

    /** A one-line text field bound both ways to {@code property}, refusing input past {@code maxChars}. */
    public TextField text(String id, StringProperty property, String prompt, int maxChars) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return TextLimits.limit(f, maxChars, messages);
    }

    public GridPane node() {
        return grid;
    }

    /** Save and Cancel on a dialog; Save (id {@code saveId}) is the default and disabled while the form is invalid. */
    public static ButtonType saveAndCancel(Dialog<?> dialog, Messages messages, String saveId, ObservableBooleanValue valid) {
        ButtonType save = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(saveId);
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(javafx.beans.binding.Bindings.not(valid));
        return save;
    }
}
