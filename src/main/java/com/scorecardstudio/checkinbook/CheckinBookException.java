package com.scorecardstudio.checkinbook;

import com.scorecardstudio.i18n.Messages;
import java.util.Arrays;

/**
 * A check-in workbook refused as a whole, or one that cannot be written: not ours, of another
 * session, restructured, with macros, hostile, unreadable; or no indicators to export. Nothing was
 * changed. Carries the message key ({@code checkinbook.refused.*}) and its arguments.
 */
public final class CheckinBookException extends Exception {
    private final String key;
    private final transient Object[] args;

    public CheckinBookException(String key, Throwable cause, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Messages m) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Word w) {
                shown[i] = m.get(w.key());
            }
        }
        return m.get(key, shown);
    }

    /** An argument that is itself a message key, said in the reader's language. */
    public record Word(String key) {
    }
}
