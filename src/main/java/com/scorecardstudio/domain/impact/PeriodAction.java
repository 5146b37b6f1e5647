package com.scorecardstudio.domain.impact;

import java.time.Instant;
import java.util.Objects;

/** One line of the log of closing and unlocking review periods: what was done, why (an unlock's reason) and when. */
public record PeriodAction(Period period, String action, String reason, Instant at) {
    public static final String CLOSE = "close";
    public static final String UNLOCK = "unlock";

    public PeriodAction {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }
}
