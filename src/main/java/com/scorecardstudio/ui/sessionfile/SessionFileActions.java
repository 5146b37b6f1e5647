package com.scorecardstudio.ui.sessionfile;

import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.library.Library;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.sessionfile.SessionDocument;
import com.scorecardstudio.sessionfile.SessionFileException;
import com.scorecardstudio.sessionfile.SessionFileFormat;
import com.scorecardstudio.sessionfile.SessionFiles;
import com.scorecardstudio.ui.AppFrame;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.common.FileDialogs;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Taking a session out of the app as a {@code .scorecard} file and bringing one in: the file
 * dialogs, the question when the session is already here, and the refusals in words.
 */
public final class SessionFileActions {
    private static final Logger LOG = LoggerFactory.getLogger(SessionFileActions.class);

    private final AppFrame frame;
    private final Supplier<Library> library;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Consumer<Session> onImported;
    private FileDialogs fileDialogs = FileDialogs.SYSTEM;

    /** @param onImported shows the imported session (selected in the home list) */
    public SessionFileActions(AppFrame frame, Supplier<Library> library, TaskRunner tasks, ErrorReporter errors,
                              Consumer<Session> onImported) {
        this.frame = frame;
        this.library = library;
        this.tasks = tasks;
        this.errors = errors;
        this.onImported = onImported;
    }

    /** Replaces the system file choosers (UI tests answer them). */
    public void useFileDialogs(FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }

    public void export(Session session) {
        if (session == null) {
            return;
        }
        Messages messages = frame.messages();
        Library lib = library.get();
        String name = session.title().replaceAll("[\\\\/:*?\"<>|]+", " ").strip() + SessionFileFormat.EXTENSION;
        fileDialogs.save(frame.stage(), messages.get("portable.export"), messages.get("portable.fileType"),
                "*" + SessionFileFormat.EXTENSION, name).ifPresent(target -> tasks.run(() -> {
                    lib.sessionFiles().export(session.id(), target);
                    return target;
                }, written -> frame.info(messages.get("portable.exported", written), "sessionFileInfo"), this::failed));
    }

    public void importFile() {
        Messages messages = frame.messages();
        Library lib = library.get();
        fileDialogs.open(frame.stage(), messages.get("portable.import"), messages.get("portable.fileType"),
                "*" + SessionFileFormat.EXTENSION).ifPresent(file -> tasks.run(() -> {
                    SessionDocument doc = SessionFileFormat.read(file);
                    return Map.entry(doc, lib.sessionFiles().existingTitle(doc));
                }, read -> {
                    SessionFiles.OnConflict mode = SessionFiles.OnConflict.ASK;
                    if (read.getValue().isPresent()) {
                        Optional<SessionFiles.OnConflict> chosen = askReplaceOrKeepBoth(read.getValue().get());
                        if (chosen.isEmpty()) {
                            return;
                        }
                        mode = chosen.get();
                    }
                    SessionFiles.OnConflict how = mode;
                    tasks.run(() -> {
                        SessionFiles.Imported imported = lib.sessionFiles().importDocument(read.getKey(), how,
                                messages.get("portable.copySuffix"));
                        return lib.find(imported.sessionId()).orElseThrow();
                    }, session -> {
                        onImported.accept(session);
                        frame.info(messages.get("portable.importedMessage", session.title()), "sessionFileInfo");
                    }, this::failed);
                }, this::failed));
    }

    private Optional<SessionFiles.OnConflict> askReplaceOrKeepBoth(String title) {
        return askReplaceOrKeepBoth(frame, title);
    }

    /** The session is already there (same session, by its identity): replace it, keep both, or cancel. */
    public static Optional<SessionFiles.OnConflict> askReplaceOrKeepBoth(AppFrame frame, String title) {
        Messages messages = frame.messages();
        ButtonType replace = new ButtonType(messages.get("portable.conflict.replace"), ButtonBar.ButtonData.OTHER);
        ButtonType keepBoth = new ButtonType(messages.get("portable.conflict.keepBoth"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("portable.conflict.text", title), replace, keepBoth, cancel);
        ask.initOwner(frame.stage());
        ask.setTitle(messages.get("portable.conflict.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().lookupButton(replace).setId("conflictReplace");
        ask.getDialogPane().lookupButton(keepBoth).setId("conflictKeepBoth");
        return ask.showAndWait().flatMap(b -> b == replace ? Optional.of(SessionFiles.OnConflict.REPLACE)
                : b == keepBoth ? Optional.of(SessionFiles.OnConflict.KEEP_BOTH) : Optional.empty());
    }

    private void failed(Throwable e) {
        if (e instanceof SessionFileException refused) {
            LOG.warn("Session file refused", refused);
            frame.error(refused.message(frame.messages()), "sessionFileError");
        } else {
            errors.unexpected(e);
        }
    }
}
