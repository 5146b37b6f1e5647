package com.scorecardstudio.domain.impact;

import java.util.Locale;

/** Where an indicator stands in a review period. Ordered from best to worst; {@link #NOT_RATED} last. */
public enum Status {
    ON_TRACK, AT_RISK, OFF_TRACK,
    /** Not enough to judge: no baseline, no target, no actual, or a target against the stated direction. */
    NOT_RATED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean rated() {
        return this != NOT_RATED;
    }
}
