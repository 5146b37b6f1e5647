package com.scorecardstudio.ui.session;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionRules.Field;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.FormGrid;
import com.scorecardstudio.ui.common.DateFields;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.TextLimits;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/** Creates or edits a session's details. Save stays disabled, with the reason shown, until the form is valid. */
public final class SessionDetailsDialog extends Dialog<Session> {
    private final SessionDetailsViewModel vm;
    private final Messages messages;
    private FormGrid form;
    private final VBox participantRows = new VBox(6);

    public SessionDetailsDialog(Window owner, SessionDetailsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get(vm.isNew() ? "session.dialog.new" : "session.dialog.edit"));
        setHeaderText(null);
        setResizable(true);

        ButtonType save = FormGrid.saveAndCancel(this, messages, "saveSession", vm.validBinding());
        form = new FormGrid(180, messages);
        TextField title = text("titleField", vm.titleProperty(), messages.get("session.prompt.title"));
        addRow(Field.TITLE, title, true);
        TextField organization = text("organizationField", vm.organizationProperty(), messages.get("session.prompt.organization"));
        addRow(Field.ORGANIZATION, organization, false);
        addRow(Field.INDUSTRY, text("industryField", vm.industryProperty(), ""), false);
        DatePicker date = DateFields.picker(vm.dateProperty(), vm.dateErrorProperty(), messages);
        date.setId("dateField");
        date.setMaxWidth(200);
        addRow(Field.DATE, date, true);
        addRow(Field.FACILITATOR, text("facilitatorField", vm.facilitatorProperty(), ""), false);
        TextField year = text("horizonField", vm.horizonYearProperty(), "");
        year.setMaxWidth(120);
        addRow(Field.HORIZON_YEAR, year, false);
        addRow(Field.PARTICIPANTS, participantsEditor(), false);
        TextArea notes = new TextArea();
        notes.setId("notesField");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        TextLimits.limit(notes, Limits.LONG_TEXT, messages);
        addRow(Field.NOTES, notes, false);

        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        // as wide as the form reads well, within the screen it opens on
        com.scorecardstudio.ui.common.Themes.sizeDialog(getDialogPane(), owner, 860, 760);

        setResultConverter(bt -> bt == save && vm.validBinding().get() ? vm.result() : null);
        Platform.runLater(title::requestFocus);
    }

    private TextField text(String id, javafx.beans.property.StringProperty property, String prompt) {
        return form.text(id, property, prompt, Limits.SHORT_TEXT);
    }

    private void addRow(Field field, Node input, boolean required) {
        form.add(messages.get("session.field." + field.name().toLowerCase(Locale.ROOT)), required, input, Bindings.createStringBinding(
                () -> vm.problemsBinding().get().getOrDefault(field, ""), vm.problemsBinding()), fieldId(field) + "Error");
    }

    private static String fieldId(Field f) {
        String lower = f.name().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : lower.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    private Node participantsEditor() {
        Button add = new Button(messages.get("session.participants.add"), Icons.of(Feather.USER_PLUS));
        add.setId("addParticipant");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> {
            if (vm.participants().size() < Limits.MAX_PARTICIPANTS) {
                vm.addParticipant();
                Platform.runLater(() -> {
                    HBox last = (HBox) participantRows.getChildren().get(participantRows.getChildren().size() - 1);
                    last.getChildren().get(0).requestFocus();
                });
            }
        });
        vm.participants().addListener((ListChangeListener<SessionDetailsViewModel.ParticipantRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuildParticipants();
                }
            }
        });
        rebuildParticipants();
        VBox box = new VBox(8, participantRows, add);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private void rebuildParticipants() {
        participantRows.getChildren().clear();
        int i = 0;
        for (var row : vm.participants()) {
            TextField name = new TextField();
            name.setId("participantName" + i);
            name.setPromptText(messages.get("session.field.participant_name"));
            name.textProperty().bindBidirectional(row.nameProperty());
            TextField role = new TextField();
            role.setId("participantRole" + i);
            role.setPromptText(messages.get("session.field.participant_role"));
            role.textProperty().bindBidirectional(row.roleProperty());
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setAccessibleText(messages.get("common.remove"));
            remove.setOnAction(e -> vm.participants().remove(row));
            // a role is usually the longer text ("Заместитель главного врача по экономике"): it gets
            // the room the name does not need
            name.setPrefColumnCount(12);
            name.setMinWidth(140);
            role.setPrefColumnCount(20);
            HBox.setHgrow(role, Priority.ALWAYS);
            // Enter in the last role field adds the next participant: keyboard-first
            role.setOnAction(e -> ((Button) ((VBox) participantRows.getParent()).getChildren().get(1)).fire());
            participantRows.getChildren().add(new HBox(6, name, role, remove));
            i++;
        }
    }

    /** Problems shown under the fields (for tests and accessibility). */
    public Map<Field, String> problems() {
        return vm.problemsBinding().get();
    }
}
