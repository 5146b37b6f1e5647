package com.scorecardstudio.session;

import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.RollUp;
import com.scorecardstudio.domain.impact.Status;

/**
 * A goal's standing in the chosen review period: its worst rated indicator's status (as
 * {@link RollUp#goal}) and the counts behind it, for the stage pages and the map's review view.
 */
public record GoalReview(Status status, Period period, RollUp.Counts counts) {
}
