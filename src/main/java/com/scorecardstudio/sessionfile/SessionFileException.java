package com.scorecardstudio.sessionfile;

import com.scorecardstudio.i18n.Messages;
import java.util.Locale;

/** A session file was refused; nothing was changed. {@link #message} says why in the user's words. */
public final class SessionFileException extends Exception {
    public enum Reason {
        /** Not a zip, truncated, or its JSON does not parse. */
        MALFORMED,
        /** Not a Scorecard Studio session file (no manifest, another format). */
        NOT_SESSION_FILE,
        /** Written by a newer version of the format. */
        NEWER_VERSION,
        /** Too many entries, too large once unpacked, or a text longer than the app allows. */
        TOO_LARGE,
        /** An entry name with {@code ..}, an absolute path or a backslash. */
        UNSAFE_ENTRY,
        /** Parses, but a value is not one the app can store (unknown stage, bad date, missing title...). */
        INVALID_CONTENT,
        /** A session with the same identity exists and the caller did not say replace or keep both. */
        ALREADY_EXISTS,
        /** The file could not be read or written. */
        IO
    }

    private final Reason reason;

    public SessionFileException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public SessionFileException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    public String message(Messages messages) {
        return messages.get("portable.error." + reason.name().toLowerCase(Locale.ROOT));
    }
}
