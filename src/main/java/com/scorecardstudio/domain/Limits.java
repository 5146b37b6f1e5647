package com.scorecardstudio.domain;

/**
 * Stated limits on user text. The database columns are sized to match, so a too-long value is
 * caught here with a message instead of failing as a database error.
 */
public final class Limits {
    public static final int SHORT_TEXT = 200;
    public static final int LONG_TEXT = 20_000;
    /** Goal, indicator and initiative titles, scales, data sources. */
    public static final int TITLE_TEXT = 500;
    /** Notes on checklists, assessments and the parking lot. */
    public static final int NOTE_TEXT = 2_000;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final int MAX_PARTICIPANTS = 200;

    private Limits() {
    }
}
