package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Progress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * On track, at risk or off track: the progress toward the target (see {@link Assessment}) against
 * the time elapsed toward the target date, measured at the last day of the period.
 *
 * <ul>
 * <li>At or past the target: on track, whenever that is.</li>
 * <li>Otherwise the gap is {@code expected − progress}: up to {@code onTrackGap} behind the time
 *     line is on track, up to {@code atRiskGap} at risk, more is off track. An actual that moved the
 *     wrong way (progress below 0) is never on track.</li>
 * <li>No target date: no pace to compare with; moving toward the target is at risk (the method asks
 *     for a date), the wrong way off track.</li>
 * <li>Target equal to baseline (hold the level): on track while not worse than it in the indicator's
 *     direction, off track once worse.</li>
 * <li>Not rated: no actual, no baseline, no target, or a target that does not move the stated way
 *     (a "down is good" indicator with a target above its baseline).</li>
 * </ul>
 * The time line starts at the baseline date, or at the start of the review schedule when the
 * baseline has no date.
 */
public record StatusRule(double onTrackGap, double atRiskGap) {
    public static final StatusRule DEFAULT = new StatusRule(0.10, 0.25);

    public StatusRule {
        if (!(onTrackGap >= 0 && atRiskGap >= onTrackGap)) {
            throw new IllegalArgumentException("gaps " + onTrackGap + ", " + atRiskGap);
        }
    }

    /**
     * @param actual        the period's actual value, or null when none was recorded
     * @param scheduleStart where the time line starts when the baseline has no date
     */
    public Assessment assess(Indicator ind, Period period, BigDecimal actual, LocalDate scheduleStart) {
        return assessOn(ind, period.lastDay(), actual, scheduleStart);
    }

    /**
     * The same rule on a given day (the workbook's dashboard judges the latest measurement on the day
     * of the export): one rule for the check-ins and the dashboard's lights.
     */
    public Assessment assessOn(Indicator ind, LocalDate day, BigDecimal actual, LocalDate scheduleStart) {
        if (ind.baselineValue() == null) {
            return Assessment.notRated(Assessment.Reason.NO_BASELINE);
        }
        if (ind.targetValue() == null) {
            return Assessment.notRated(Assessment.Reason.NO_TARGET);
        }
        int span = ind.targetValue().compareTo(ind.baselineValue());
        if (span != 0 && (span > 0) != (ind.direction() == Direction.UP)) {
            return Assessment.notRated(Assessment.Reason.TARGET_AGAINST_DIRECTION);
        }
        if (actual == null) {
            return Assessment.notRated(Assessment.Reason.NO_ACTUAL);
        }
        if (span == 0) {
            boolean holds = atLeastAsGood(ind.direction(), actual, ind.targetValue());
            return new Assessment(holds ? Status.ON_TRACK : Status.OFF_TRACK, Assessment.Reason.HOLD_LEVEL, null, null);
        }
        double progress = Progress.between(ind.baselineValue(), ind.targetValue(), actual).orElseThrow();
        if (progress >= 1) {
            return new Assessment(Status.ON_TRACK, Assessment.Reason.TARGET_REACHED, progress, null);
        }
        if (ind.targetDate() == null) {
            return new Assessment(progress < 0 ? Status.OFF_TRACK : Status.AT_RISK, Assessment.Reason.NO_TARGET_DATE,
                    progress, null);
        }
        LocalDate from = ind.baselineDate() != null ? ind.baselineDate() : scheduleStart;
        double expected = elapsed(from, ind.targetDate(), day);
        double gap = expected - progress;
        Status status;
        if (gap <= onTrackGap && progress >= 0) {
            status = Status.ON_TRACK;
        } else if (gap <= atRiskGap) {
            status = Status.AT_RISK;
        } else {
            status = Status.OFF_TRACK;
        }
        return new Assessment(status, Assessment.Reason.PACE, progress, expected);
    }

    /** The share of the time from {@code from} to {@code to} elapsed on {@code at}, within 0…1. */
    static double elapsed(LocalDate from, LocalDate to, LocalDate at) {
        if (from == null) {
            return 1;
        }
        long total = ChronoUnit.DAYS.between(from, to);
        if (total <= 0) {
            return 1; // the target date is not after the start: all the time is used
        }
        double share = (double) ChronoUnit.DAYS.between(from, at) / total;
        return Math.max(0, Math.min(1, share));
    }

    /** Whether {@code value} is at {@code reference} or better, in the indicator's direction. */
    public static boolean atLeastAsGood(Direction direction, BigDecimal value, BigDecimal reference) {
        int c = value.compareTo(reference);
        return direction == Direction.UP ? c >= 0 : c <= 0;
    }

    /** Whether {@code value} is strictly better than {@code reference}, in the indicator's direction. */
    public static boolean better(Direction direction, BigDecimal value, BigDecimal reference) {
        int c = value.compareTo(reference);
        return direction == Direction.UP ? c > 0 : c < 0;
    }
}
