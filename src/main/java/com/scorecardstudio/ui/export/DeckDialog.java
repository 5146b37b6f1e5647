package com.scorecardstudio.ui.export;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.deck.DeckData;
import com.scorecardstudio.deck.DeckExport;
import com.scorecardstudio.deck.MapLinks;
import com.scorecardstudio.excel.ExportException;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.ui.common.SystemOpen;
import com.scorecardstudio.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the open session as an editable PowerPoint deck in the app's language: the file is chosen
 * first, the session read on the database thread, the deck written on the file thread with a progress
 * bar, and then it opens in one click. A refusal (the file is open elsewhere, the disk is full) is said
 * in words and the previous file stays intact.
 */
public final class DeckDialog extends Dialog<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(DeckDialog.class);

    private final Messages messages;
    private final TaskRunner files;
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(-1);
    private final Button open;
    private Path written;

    /** @param read reads the session for the deck; runs on the database thread through {@code tasks} */
    public DeckDialog(Window owner, Messages messages, TaskRunner tasks, TaskRunner files, Callable<DeckData> read,
                      MapLinks links, Path target, Consumer<Throwable> onUnexpected) {
        this.messages = messages;
        this.files = files;
        initOwner(owner);
        setTitle(messages.get("deck.dialog.title"));
        setHeaderText(messages.get("deck.dialog.title"));
        ButtonType openType = new ButtonType(messages.get("deck.dialog.open"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(openType, ButtonType.CLOSE);
        open = (Button) getDialogPane().lookupButton(openType);
        open.setId("deckOpen");
        open.setVisible(false);
        open.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            openFile(written);
        });
        status.setId("deckStatus");
        status.setWrapText(true);
        status.setText(messages.get("deck.dialog.writing"));
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(12, status, progress);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        getDialogPane().setId("deckDialog");

        tasks.run(read, data -> files.run(() -> {
            DeckExport.write(data, messages, links, target);
            return target;
        }, this::done, e -> failed(e, onUnexpected)), e -> failed(e, onUnexpected));
    }

    /** Asks where to save (a .pptx name is completed); empty when the user cancels. */
    public static java.util.Optional<Path> choose(FileDialogs dialogs, Window owner, Messages messages, String fileName) {
        return dialogs.save(owner, messages.get("deck.dialog.title"), messages.get("deck.fileType"), "*.pptx", fileName)
                .map(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pptx")
                        ? p : p.resolveSibling(p.getFileName() + ".pptx"));
    }

    private void done(Path file) {
        written = file;
        progress.setVisible(false);
        status.setText(messages.get("deck.dialog.written", file));
        open.setVisible(true);
        open.requestFocus();
    }

    private void failed(Throwable e, Consumer<Throwable> onUnexpected) {
        progress.setVisible(false);
        if (e instanceof ExportException x) {
            status.setText(x.message(messages));
            status.getStyleClass().setAll("label", Styles.DANGER);
        } else {
            status.setText(messages.get("deck.dialog.failed"));
            onUnexpected.accept(e);
        }
    }

    /** Opens the deck in the system's program for .pptx, off the FX thread (it can take a moment). */
    private void openFile(Path file) {
        if (file == null) {
            return;
        }
        SystemOpen.open(files, file, this::close, ex -> {
            LOG.warn("Opening {} failed", file, ex);
            status.setText(messages.get("export.dialog.openFailed", file));
        });
    }
}
