package com.scorecardstudio.sessionfile;

import com.scorecardstudio.i18n.Messages;
import java.util.Arrays;
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
    /** A message naming the field and value at fault, or null for the reason's general message. */
    private final String key;
    private final Object[] args;

    public SessionFileException(Reason reason, String detail, Throwable cause) {
        this(reason, detail, cause, null, new Object[0]);
    }

    public SessionFileException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    private SessionFileException(Reason reason, String detail, Throwable cause, String key, Object[] args) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.key = key;
        this.args = args;
    }

    /**
     * A refusal whose message is {@code key} (under {@code portable.invalid.}) with {@code args}: the
     * field of the file at fault and its value, in one line.
     */
    public static SessionFileException of(Reason reason, String key, Object... args) {
        return new SessionFileException(reason, key + " " + Arrays.toString(args), null, "portable.invalid." + key, args);
    }

    public Reason reason() {
        return reason;
    }

    public String message(Messages messages) {
        if (key != null) {
            return messages.get(key, args);
        }
        return messages.get("portable.error." + reason.name().toLowerCase(Locale.ROOT));
    }
}
