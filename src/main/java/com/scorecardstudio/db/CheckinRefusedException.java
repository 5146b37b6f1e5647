package com.scorecardstudio.db;

import com.scorecardstudio.domain.impact.Period;

/**
 * A check-in change the stored state does not allow; nothing was written. The model turns the
 * reason into words ({@code checkin.refused.<key>}).
 */
public final class CheckinRefusedException extends RuntimeException {
    public enum Reason {
        /** The session has no review schedule yet. */
        NO_SCHEDULE,
        /** The period is closed; unlock it first (an explicit, logged step). */
        PERIOD_CLOSED,
        /** The period is not one of the schedule's (another cadence, or before its start). */
        NOT_IN_SCHEDULE,
        /** The cadence cannot change, or the start move past, actuals already recorded. */
        SCHEDULE_HAS_ACTUALS,
        /** The indicator is not (or no longer) in this session. */
        UNKNOWN_INDICATOR,
        /** An actual an import was to replace changed after the import was checked (by another window or user). */
        CHANGED_MEANWHILE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final transient Period period;

    public CheckinRefusedException(Reason reason, Period period) {
        super(reason.key() + (period == null ? "" : " " + period.id()));
        this.reason = reason;
        this.period = period;
    }

    public Reason reason() {
        return reason;
    }

    /** The period concerned, if any. */
    public Period period() {
        return period;
    }
}
