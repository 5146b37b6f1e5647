package com.scorecardstudio.ui.summary;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.util.AtomicFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The session as Markdown, for pasting into an e-mail: shown, copied in one click, or saved to a
 * {@code .md} file (written atomically, off the FX thread).
 */
public final class SummaryDialog extends Dialog<Void> {
    public SummaryDialog(Window owner, Messages messages, TaskRunner tasks, Callable<String> render, String fileName,
                         Consumer<Throwable> onError) {
        initOwner(owner);
        setTitle(messages.get("summaryDialog.dialog.title"));
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("common.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));

        TextArea text = new TextArea();
        text.setId("summaryText");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("summary-text");
        text.setPrefSize(100, 100);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(40, 40);

        Label status = new Label();
        status.setId("summaryStatus");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button copy = new Button(messages.get("summaryDialog.copy"), Icons.of(Feather.CLIPBOARD));
        copy.setId("copySummary");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setDisable(true);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(c);
            status.setText(messages.get("summaryDialog.copied"));
        });
        Button save = new Button(messages.get("summaryDialog.save"), Icons.of(Feather.SAVE));
        save.setId("saveSummary");
        save.setDisable(true);
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("summaryDialog.save"));
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("summaryDialog.fileType"), "*.md"));
            File target = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (target != null) {
                Path path = target.toPath();
                String markdown = text.getText();
                tasks.run(() -> {
                    AtomicFiles.write(path, markdown.getBytes(StandardCharsets.UTF_8));
                    return path;
                }, p -> status.setText(messages.get("summaryDialog.saved", p)),
                        err -> status.setText(messages.get("summaryDialog.saveFailed", path, String.valueOf(err.getMessage()))));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, copy, save, spacer, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, actions, loading);
        box.setPadding(new Insets(4));
        VBox.setVgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(box);
        // its size from the start (the text arrives after the dialog opens), within the screen
        com.scorecardstudio.ui.common.Themes.sizeDialog(getDialogPane(), owner, 860, 680);
        getDialogPane().setId("summaryDialog");

        tasks.run(render, markdown -> {
            text.setText(markdown);
            box.getChildren().set(1, text);
            copy.setDisable(false);
            save.setDisable(false);
        }, e -> {
            close();
            onError.accept(e);
        });
    }
}
