package com.scorecardstudio.excel;

import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.StatusRule;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Measurement;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dashboard's traffic light for an indicator: the app's one status rule ({@link StatusRule}) applied
 * to its latest measurement on the day of the export — how far it has come toward its target against
 * how much of the time from its baseline date to its target date has passed.
 * {@link #REACHED} is the rule's "on track" for a target reached or a level held; {@link #NOT_MEASURED}
 * its "not rated" (no measurement, baseline or target, or a target against the direction).
 */
enum IndicatorStatus {
    REACHED, ON_TRACK, AT_RISK, OFF_TRACK, NOT_MEASURED;


    String key() {
        return switch (this) {
            case REACHED -> "reached";
            case ON_TRACK -> "onTrack";
            case AT_RISK -> "atRisk";
            case OFF_TRACK -> "offTrack";
            case NOT_MEASURED -> "notMeasured";
        };
    }

    /** Worst first: the order in which a dashboard short of room shows indicators. */
    int severity() {
        return switch (this) {
            case OFF_TRACK -> 0;
            case AT_RISK -> 1;
            case NOT_MEASURED -> 2;
            case ON_TRACK -> 3;
            case REACHED -> 4;
        };
    }

    /**
     * The light of the latest measurement on {@code asOf}, by the app's one status rule
     * ({@link StatusRule}, the check-ins' too): reached and a held level show as reached.
     */
    static IndicatorStatus of(Indicator i, LocalDate asOf) {
        Optional<Measurement> latest = i.latest();
        if (latest.isEmpty()) {
            return NOT_MEASURED;
        }
        Assessment a = StatusRule.DEFAULT.assessOn(i, asOf, latest.get().value(), i.baselineDate());
        return switch (a.status()) {
            case ON_TRACK -> a.reason() == Assessment.Reason.TARGET_REACHED || a.reason() == Assessment.Reason.HOLD_LEVEL
                    ? REACHED : ON_TRACK;
            case AT_RISK -> AT_RISK;
            case OFF_TRACK -> OFF_TRACK;
            case NOT_RATED -> NOT_MEASURED;
        };
    }
}
