package com.scorecardstudio.ui.common;

import com.scorecardstudio.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the user that something failed, in their language and without jargon; the stack trace goes
 * to the log once, and is available behind "Details" for a support request.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final Path logDir;

    public ErrorReporter(Supplier<Messages> messages, Supplier<Window> owner, Path logDir) {
        this.messages = messages;
        this.owner = owner;
        this.logDir = logDir;
    }

    /** For failures of an action the user took: "The change could not be saved: …". */
    public void saveFailed(Throwable e) {
        LOG.error("Saving failed", e);
        show(messages.get().get("error.save", describe(e)), e);
    }

    /** A write of the open session failed and the session was read again from the database. */
    public void saveFailedAndReloaded(Throwable e) {
        if (e instanceof com.scorecardstudio.db.ReadOnlyWorkspaceException) {
            LOG.info("A change was refused: the team workspace is read-only for this user");
            show(messages.get().get("team.readOnly.edit"), e);
            return;
        }
        LOG.error("Saving failed; the session was reloaded", e);
        show(messages.get().get("error.saveReloaded", describe(e)), e);
    }

    public void unexpected(Throwable e) {
        if (e instanceof com.scorecardstudio.db.ReadOnlyWorkspaceException) {
            // a change the locked pages should not have let start: still told in words, not as a defect
            saveFailedAndReloaded(e);
            return;
        }
        LOG.error("Unexpected failure", e);
        show(messages.get().get("error.unexpected", describe(e), logDir), e, UNEXPECTED);
    }

    /** The style class of the dialog that reports a failure nobody foresaw (a defect, by definition). */
    public static final String UNEXPECTED = "unexpected-failure";

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }

    private void show(String text, Throwable e, String... styleClasses) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get().get("error.title"));
        alert.setHeaderText(messages.get().get("error.title"));
        alert.setContentText(text);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().getStyleClass().addAll(styleClasses);
        alert.show();
    }
}
