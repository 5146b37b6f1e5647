package com.scorecardstudio.domain.impact;

/**
 * An indicator's status in one period and why: {@code progress} is the share of the way from
 * baseline to target covered by the actual (0 at the baseline, 1 at the target, negative the wrong
 * way), {@code expected} the share of the time from the baseline date to the target date elapsed by
 * the end of the period. Either is null when it does not apply.
 */
public record Assessment(Status status, Reason reason, Double progress, Double expected) {
    public enum Reason {
        /** Progress compared with the time elapsed. */
        PACE,
        /** The target is reached or passed. */
        TARGET_REACHED,
        /** Target equals baseline: the level is to be held (or bettered). */
        HOLD_LEVEL,
        /** No target date: progress can be judged, pace cannot. */
        NO_TARGET_DATE,
        NO_ACTUAL,
        NO_BASELINE,
        NO_TARGET,
        /** The target does not move in the stated direction (up is good but the target is lower). */
        TARGET_AGAINST_DIRECTION;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Assessment notRated(Reason reason) {
        return new Assessment(Status.NOT_RATED, reason, null, null);
    }
}
