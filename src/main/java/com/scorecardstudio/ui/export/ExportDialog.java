package com.scorecardstudio.ui.export;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.excel.ExcelExport;
import com.scorecardstudio.excel.ExportData;
import com.scorecardstudio.excel.ExportException;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.ui.common.SystemOpen;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the open session to an Excel workbook: the language, an optional password (typed twice),
 * then the file; the session is read on the database thread, the workbook written through the file
 * task runner (its own thread, so a large workbook does not hold up the saves) with a progress bar,
 * and on success the file can be opened in one click. Failures are said in plain words, and the
 * previous file is never damaged.
 */
public final class ExportDialog extends Dialog<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportDialog.class);

    private final Messages messages;
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button export;
    private final Button open;
    private Path written;
    private final ChoiceBox<Language> language = new ChoiceBox<>();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final TaskRunner tasks;
    private final TaskRunner files;
    /** Counts the exports started: progress reported by an earlier one is dropped. */
    private int run;
    private final Callable<ExportData> read;
    private final Consumer<Throwable> onUnexpected;

    /**
     * @param read  reads the session for the export; runs on the database thread through {@code tasks}
     * @param files writes the workbook and opens it, off the FX thread and off the database thread
     */
    public ExportDialog(Window owner, Messages messages, TaskRunner tasks, TaskRunner files, Callable<ExportData> read,
                        String fileName, Consumer<Throwable> onUnexpected) {
        this.messages = messages;
        this.tasks = tasks;
        this.files = files;
        this.read = read;
        this.onUnexpected = onUnexpected;
        initOwner(owner);
        setTitle(messages.get("export.dialog.title"));
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        Label intro = new Label(messages.get("export.dialog.intro"));
        intro.setWrapText(true);
        language.setId("exportLanguage");
        language.getItems().setAll(Language.values());
        language.setValue(messages.language());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : messages.get("language." + l.code());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        password.setId("exportPassword");
        confirm.setId("exportPasswordConfirm");
        Label hint = new Label(messages.get("export.dialog.passwordHint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("export.dialog.language")), language);
        form.addRow(1, new Label(messages.get("export.dialog.password")), password);
        form.addRow(2, new Label(messages.get("export.dialog.confirm")), confirm);

        export = new Button(messages.get("export.dialog.choose"), Icons.of(Feather.DOWNLOAD));
        export.setId("exportChoose");
        export.getStyleClass().add(Styles.ACCENT);
        export.setDefaultButton(true);
        open = new Button(messages.get("export.dialog.open"), Icons.of(Feather.EXTERNAL_LINK));
        open.setId("exportOpen");
        open.setVisible(false);
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> openFile(written));
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("exportStatus");
        status.setWrapText(true);

        export.setOnAction(e -> {
            if (!passwordsMatch()) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("export.dialog.title"));
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.dialog.fileType"), "*.xlsx"));
            File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (chosen == null) {
                return;
            }
            exportTo(withExtension(chosen.toPath()));
        });

        VBox box = new VBox(12, intro, form, hint, new HBox(8, export, open), progress, status);
        box.setPadding(new Insets(8));
        box.setPrefWidth(520);
        getDialogPane().setContent(box);
        getDialogPane().getProperties().put(ExportDialog.class, this); // lets a UI test reach exportTo past the file chooser
    }

    private boolean passwordsMatch() {
        if (password.getText().equals(confirm.getText())) {
            return true;
        }
        status.setText(messages.get("export.dialog.mismatch"));
        status.getStyleClass().setAll("label", Styles.DANGER);
        return false;
    }

    /** Exports to a chosen file (what the file chooser leads to; tests call it directly). */
    void exportTo(Path target) {
        if (!passwordsMatch()) {
            return;
        }
        char[] pw = password.getText().isEmpty() ? null : password.getText().toCharArray();
        start(tasks, read, new Messages(language.getValue()), target, pw, onUnexpected);
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? p : p.resolveSibling(name + ".xlsx");
    }

    private void start(TaskRunner tasks, Callable<ExportData> read, Messages language, Path target, char[] password,
                       Consumer<Throwable> onUnexpected) {
        export.setDisable(true);
        open.setVisible(false);
        progress.setVisible(true);
        progress.setProgress(-1);
        status.getStyleClass().setAll("label");
        status.setText(messages.get("export.dialog.working"));
        int thisRun = ++run;
        DoubleConsumer onProgress = progressOnFx(thisRun);
        tasks.run(read, data -> files.run(() -> {
            try {
                ExcelExport.write(data, language, target, password, onProgress);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
            return target;
        }, this::done, e -> failed(e, onUnexpected)), e -> failed(e, onUnexpected));
    }

    /**
     * The workbook's progress, reported on the writing thread, shown on the FX thread: at most one
     * update waits there at a time (the latest value), and none from an earlier export.
     */
    private DoubleConsumer progressOnFx(int thisRun) {
        AtomicLong latest = new AtomicLong();
        AtomicBoolean queued = new AtomicBoolean();
        return p -> {
            latest.set(Double.doubleToLongBits(p));
            if (queued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    if (run == thisRun && progress.isVisible()) {
                        progress.setProgress(Double.longBitsToDouble(latest.get()));
                    }
                });
            }
        };
    }

    private void done(Path file) {
        written = file;
        progress.setVisible(false);
        export.setDisable(false);
        status.setText(messages.get("export.dialog.done", file));
        open.setVisible(true);
        open.requestFocus();
    }

    private void failed(Throwable e, Consumer<Throwable> onUnexpected) {
        progress.setVisible(false);
        export.setDisable(false);
        if (e instanceof ExportException x) {
            status.setText(x.message(messages));
            status.getStyleClass().setAll("label", Styles.DANGER);
        } else {
            status.setText("");
            onUnexpected.accept(e);
        }
    }

    /** Opens the file in the system's program for .xlsx, off the FX thread (it can take a moment). */
    private void openFile(Path file) {
        if (file == null) {
            return;
        }
        SystemOpen.open(files, file, () -> { }, ex -> {
            LOG.warn("Opening {} failed", file, ex);
            status.setText(messages.get("export.dialog.openFailed", file));
        });
    }
}
