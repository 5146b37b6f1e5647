package com.scorecardstudio.excel;

import com.scorecardstudio.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;

/** An export that did not happen, with the reason in words the user can act on; the previous file is untouched. */
public final class ExportException extends Exception {
    /** Why, each with a message {@code export.error.<key>}. */
    public enum Reason {
        NO_SESSION, NO_FOLDER, IN_USE, READ_ONLY, FOLDER_READ_ONLY, DISK_FULL, FAILED,
        /** The target is a file of a database (data, salt, lock, trace, backups): never overwritten. */
        PROTECTED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final Path file;

    public ExportException(Reason reason, Path file, Throwable cause) {
        super(reason + ": " + file + (cause == null ? "" : " (" + cause + ")"), cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** One line for the user, in their language. */
    public String message(Messages m) {
        String detail = getCause() == null ? "" : String.valueOf(getCause().getMessage());
        return m.get("export.error." + reason.key(), file == null ? "" : file.toString(), detail);
    }
}
