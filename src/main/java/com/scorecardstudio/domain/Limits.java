package com.scorecardstudio.domain;

/**
 * Stated limits on user text. The database columns are sized to match, so a too-long value is
 * caught here with a message instead of failing as a database error.
 */
public final class Limits {
    public static final int SHORT_TEXT = 200;
    public static final int LONG_TEXT = 20_000;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final int MAX_PARTICIPANTS = 200;

    private Limits() {
    }
}
