package com.scorecardstudio.clientimport;

import com.scorecardstudio.i18n.Messages;
import java.util.Arrays;

/**
 * A file that cannot be imported at all (too large, a zip bomb, unreadable, no name column…), with
 * the message key and arguments that explain it in the user's language.
 */
public final class ImportException extends Exception {
    private final String key;
    private final transient Object[] args;

    public ImportException(String key, Throwable cause, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Messages m) {
        return m.get(key, args);
    }
}
