package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Progress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The dashboard's traffic light for an indicator: how far it has come toward its target (the app's
 * {@link Progress}, which follows the direction from baseline to target) against how much of the time
 * from its baseline date to its target date has passed on the day of the export.
 * <ul>
 *   <li>{@link #REACHED}: the latest value is at or past the target;</li>
 *   <li>{@link #ON_TRACK}: progress is at most 10 points behind the time elapsed;</li>
 *   <li>{@link #AT_RISK}: at most 25 points behind, or it moved the wrong way early on;</li>
 *   <li>{@link #OFF_TRACK}: further behind, or the target date has passed without reaching it;</li>
 *   <li>{@link #NOT_MEASURED}: no baseline, target or measurement yet.</li>
 * </ul>
 * A target equal to the baseline (hold the level) is judged by the direction: the latest value on the
 * good side of it is reached, otherwise off track.
 */
enum IndicatorStatus {
    REACHED, ON_TRACK, AT_RISK, OFF_TRACK, NOT_MEASURED;

    static final double ON_TRACK_GAP = 0.10;
    static final double AT_RISK_GAP = 0.25;

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

    static IndicatorStatus of(Indicator i, LocalDate asOf) {
        Optional<Measurement> latest = i.latest();
        if (i.baselineValue() == null || i.targetValue() == null || latest.isEmpty()) {
            return NOT_MEASURED;
        }
        int span = i.targetValue().compareTo(i.baselineValue());
        if (span == 0) {
            int side = latest.get().value().compareTo(i.targetValue());
            boolean good = i.direction() == Direction.DOWN ? side <= 0 : side >= 0;
            return good ? REACHED : OFF_TRACK;
        }
        double progress = Progress.of(i).orElse(0.0);
        if (progress >= 1.0) {
            return REACHED;
        }
        if (i.targetDate() != null && asOf.isAfter(i.targetDate())) {
            return OFF_TRACK;
        }
        double gap = elapsed(i, asOf) - progress;
        if (gap <= ON_TRACK_GAP && progress >= 0) {
            return ON_TRACK;
        }
        return gap <= AT_RISK_GAP ? AT_RISK : OFF_TRACK;
    }

    /** The share (0–1) of the time from the baseline date to the target date passed on {@code asOf}; 0 without both dates. */
    static double elapsed(Indicator i, LocalDate asOf) {
        if (i.baselineDate() == null || i.targetDate() == null || !i.targetDate().isAfter(i.baselineDate())) {
            return 0;
        }
        double total = ChronoUnit.DAYS.between(i.baselineDate(), i.targetDate());
        double gone = ChronoUnit.DAYS.between(i.baselineDate(), asOf);
        return Math.max(0, Math.min(1, gone / total));
    }
}
