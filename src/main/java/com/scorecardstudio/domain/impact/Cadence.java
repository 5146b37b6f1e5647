package com.scorecardstudio.domain.impact;

import java.util.Locale;

/** How often a session's indicators are checked in: every calendar month or every calendar quarter. */
public enum Cadence {
    MONTHLY(1), QUARTERLY(3);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The stable lower-case key stored in the database and in files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cadence ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
