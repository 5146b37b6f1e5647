package com.scorecardstudio.ui.checkin;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Whom the owners' workbook is for (every owner or one) and in which language its instructions are written. */
final class CheckinBookChoice {
    /** The choice: {@code owner} null for every indicator. */
    record Choice(String owner, Language language) {
    }

    private CheckinBookChoice() {
    }

    static Optional<Choice> ask(Window owner, Messages m, List<String> owners) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get("checkinbook.gui.exportTitle"));
        List<String> items = new ArrayList<>();
        items.add(m.get("checkinbook.allOwners"));
        items.addAll(owners);
        ComboBox<String> who = new ComboBox<>();
        who.setId("checkinBookOwner");
        who.getItems().setAll(items);
        who.getSelectionModel().select(0);
        ComboBox<Language> language = new ComboBox<>();
        language.setId("checkinBookLanguage");
        language.getItems().setAll(Language.values());
        language.setValue(m.language());
        language.setButtonCell(languageCell(m));
        language.setCellFactory(v -> languageCell(m));
        GridPane grid = new GridPane(12, 10);
        grid.addRow(0, new Label(m.get("checkin.col.owner")), who);
        grid.addRow(1, new Label(m.get("settings.language")), language);
        dialog.getDialogPane().setId("checkinBookChoice");
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(m.get("checkinbook.gui.exportButton"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export,
                new ButtonType(m.get("checkinbook.gui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != export) {
            return Optional.empty();
        }
        int index = who.getSelectionModel().getSelectedIndex();
        return Optional.of(new Choice(index <= 0 ? null : items.get(index), language.getValue()));
    }

    private static ListCell<Language> languageCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Language l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : m.get("language." + l.name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
    }
}
