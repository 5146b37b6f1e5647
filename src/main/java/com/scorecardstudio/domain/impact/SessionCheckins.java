package com.scorecardstudio.domain.impact;

import java.util.List;

/**
 * A session's check-ins as a session file carries them: the schedule, actuals and closed periods,
 * and the log of closing and unlocking. In a snapshot the actuals name indicators by their ids in it.
 */
public record SessionCheckins(Checkins checkins, List<PeriodAction> log) {
    public static final SessionCheckins NONE = new SessionCheckins(Checkins.none(), List.of());

    public SessionCheckins {
        checkins = checkins == null ? Checkins.none() : checkins;
        log = log == null ? List.of() : List.copyOf(log);
    }

    public boolean any() {
        return checkins.scheduled();
    }
}
