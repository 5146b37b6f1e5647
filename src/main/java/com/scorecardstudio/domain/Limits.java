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
    /** A stage's time-box, in minutes. */
    public static final int MIN_TIMEBOX_MINUTES = 1;
    public static final int MAX_TIMEBOX_MINUTES = 600;

    // How much one session may hold. The screens never come near these; a session file beyond them
    // is refused before anything is written, so a hostile file cannot fill the disk with one session.
    public static final int MAX_GOALS = 1_000;
    public static final int MAX_INDICATORS_PER_GOAL = 100;
    public static final int MAX_INITIATIVES_PER_GOAL = 100;
    public static final int MAX_MEASUREMENTS_PER_INDICATOR = 1_000;
    public static final int MAX_PARKING_NOTES = 1_000;
    public static final int MAX_LINKS = 5_000;
    /** As many clients as one client file may bring in. */
    public static final int MAX_CLIENTS = 100_000;

    private Limits() {
    }
}
