package com.scorecardstudio.ui.scoring;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.NamedCell;
import com.scorecardstudio.ui.common.TextLimits;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * From a matrix cell to action (issue 5 item 6): the worded goal for the cell's clients, editable,
 * becomes a new goal in a focus area of the customer stage or an initiative of an existing customer
 * goal. It goes through the session's goals, so it is saved at once and Ctrl+Z takes it back.
 */
final class CellActionDialog extends Dialog<String> {
    /** Where most cell goals belong: loyalty and relationship work is customer service. */
    static final String DEFAULT_AREA = "service";

    CellActionDialog(Window owner, String proposedTitle, GoalsModel goals, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("scoring.action.title"));
        setHeaderText(messages.get("scoring.action.header"));
        setResizable(true);

        TextArea title = TextLimits.limit(new TextArea(proposedTitle), Limits.TITLE_TEXT, messages);
        title.setId("cellActionTitle");
        title.setWrapText(true);
        title.setPrefRowCount(3);
        title.setPrefColumnCount(44);

        ToggleGroup kind = new ToggleGroup();
        RadioButton asGoal = new RadioButton(messages.get("scoring.action.asGoal"));
        asGoal.setId("cellActionAsGoal");
        asGoal.setToggleGroup(kind);
        asGoal.setSelected(true);
        RadioButton asInitiative = new RadioButton(messages.get("scoring.action.asInitiative"));
        asInitiative.setId("cellActionAsInitiative");
        asInitiative.setToggleGroup(kind);

        ComboBox<String> area = new ComboBox<>(FXCollections.observableArrayList(Stage.CUSTOMER.areas()));
        area.setId("cellActionArea");
        area.setCellFactory(v -> new NamedCell<>(a -> messages.get("area.customer." + a)));
        area.setButtonCell(new NamedCell<>(a -> messages.get("area.customer." + a)));
        area.setValue(DEFAULT_AREA);
        area.setMaxWidth(Double.MAX_VALUE);
        area.disableProperty().bind(asGoal.selectedProperty().not());

        List<GoalItem> customerGoals = goals.goals().stream().filter(g -> g.stageProperty().get() == Stage.CUSTOMER).toList();
        ComboBox<GoalItem> parent = new ComboBox<>(FXCollections.observableArrayList(customerGoals));
        parent.setId("cellActionGoal");
        parent.setCellFactory(v -> new NamedCell<>(g -> g.titleProperty().get()));
        parent.setButtonCell(new NamedCell<>(g -> g.titleProperty().get()));
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.setPromptText(messages.get("scoring.action.pickGoal"));
        parent.disableProperty().bind(asInitiative.selectedProperty().not());
        asInitiative.setDisable(customerGoals.isEmpty());
        if (customerGoals.isEmpty()) {
            asInitiative.setText(messages.get("scoring.action.asInitiative") + " — " + messages.get("scoring.action.noGoals"));
        }

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, asGoal, area);
        form.addRow(1, asInitiative, parent);
        asGoal.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        asInitiative.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setHgrow(area, Priority.ALWAYS);
        GridPane.setHgrow(parent, Priority.ALWAYS);
        Label titleLabel = new Label(messages.get("scoring.action.text"));
        titleLabel.setLabelFor(title);
        VBox content = new VBox(8, titleLabel, title, form);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);

        ButtonType create = new ButtonType(messages.get("scoring.action.create"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(create, new ButtonType(messages.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button createButton = (Button) getDialogPane().lookupButton(create);
        createButton.setId("cellActionCreate");
        createButton.getStyleClass().add(Styles.ACCENT);
        createButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> title.getText().isBlank() || (asInitiative.isSelected() && parent.getValue() == null),
                title.textProperty(), asInitiative.selectedProperty(), parent.valueProperty()));

        setResultConverter(button -> {
            if (button != create) {
                return null;
            }
            String text = title.getText().strip();
            if (asGoal.isSelected()) {
                goals.addGoal(Stage.CUSTOMER, area.getValue(), text);
                return messages.get("scoring.action.goalAdded", messages.get("area.customer." + area.getValue()));
            }
            goals.addInitiative(parent.getValue(), text);
            return messages.get("scoring.action.initiativeAdded", parent.getValue().titleProperty().get());
        });
        setOnShown(e -> title.requestFocus());
    }
}
