package com.scorecardstudio.ui.home;

import com.scorecardstudio.library.Libraries;
import com.scorecardstudio.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The backups of the database with their dates and sizes; Restore hands the chosen one on. */
public final class BackupsDialog extends Dialog<Void> {
    public BackupsDialog(Window owner, Messages messages, List<Path> backups, Consumer<Path> restore) {
        initOwner(owner);
        setTitle(messages.get("backup.dialog.title"));
        TableView<Path> table = new TableView<>();
        table.setId("backupsTable");
        TableColumn<Path, String> date = new TableColumn<>(messages.get("backup.dialog.date"));
        date.setCellValueFactory(c -> new SimpleStringProperty(Libraries.backupTime(c.getValue())
                .map(t -> messages.formatDate(t.toLocalDate()) + " " + t.toLocalTime().withNano(0))
                .orElse(c.getValue().getFileName().toString())));
        date.setPrefWidth(220);
        TableColumn<Path, String> size = new TableColumn<>(messages.get("backup.dialog.size"));
        size.setCellValueFactory(c -> new SimpleStringProperty(size(messages, c.getValue())));
        size.setPrefWidth(120);
        table.getColumns().setAll(List.of(date, size));
        table.getItems().setAll(backups);
        table.setPlaceholder(new Label(messages.get("backup.dialog.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(440, 300);
        Button restoreButton = new Button(messages.get("backup.dialog.restore"));
        restoreButton.setId("restoreBackup");
        restoreButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restoreButton.setOnAction(e -> {
            Path chosen = table.getSelectionModel().getSelectedItem();
            close();
            restore.accept(chosen);
        });
        if (!backups.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        getDialogPane().setContent(new VBox(12, table, restoreButton));
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("common.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("backupsDialog");
    }

    private static String size(Messages messages, Path p) {
        try {
            long bytes = Files.size(p);
            return bytes < 1024 * 1024 ? messages.get("backup.dialog.kb", (bytes + 1023) / 1024)
                    : messages.get("backup.dialog.mb", bytes / 1048576.0);
        } catch (IOException e) {
            return "";
        }
    }
}
