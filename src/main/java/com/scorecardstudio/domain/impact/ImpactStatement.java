package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator's impact in the method's six points (methodology §2): the goal in plain words
 * ({@link #goal}'s title and description, what should move: {@link #indicator}), before (the
 * baseline), after (the mean of the after-window), the change, the scale, sustainability, and the
 * value in money or person-hours as the indicator states it. {@link #hints} are the method's typical
 * mistakes found in it; they never block anything.
 */
public record ImpactStatement(
        Goal goal,
        Indicator indicator,
        BigDecimal before,
        LocalDate beforeDate,
        After after,
        Change change,
        String scale,
        Sustainability sustainability,
        BigDecimal value,
        String valueUnit,
        List<Hint> hints) {

    public ImpactStatement {
        hints = List.copyOf(hints);
    }

    /** The mean of the actuals recorded in the window {@code from}…{@code to}: {@code observed} of {@code window} periods. */
    public record After(Period from, Period to, BigDecimal mean, int observed, int window) {
    }

    /**
     * After minus before; {@code relative} is that change as a share of the baseline (null when the
     * baseline is 0); {@code improved} says whether it moved the good way.
     */
    public record Change(BigDecimal absolute, BigDecimal relative, boolean improved) {
    }

    /** The method's typical mistakes an impact statement can show. */
    public enum Hint {
        /** Before and after compared with no note on seasonality, parallel activities or other external factors. */
        NO_EXTERNAL_FACTORS,
        /** A percentage with no scale (of how many customers, leads, processes). */
        PERCENT_WITHOUT_SCALE,
        /** Fewer actuals in the after-window than the chosen minimum observation window. */
        SHORT_WINDOW,
        /** The indicator names an activity ("launch", "провести"), not a change in a figure. */
        ACTIVITY_NOT_CHANGE,
        /** The same indicator (name, unit, data source) is counted under another goal too. */
        DOUBLE_COUNTED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    ImpactStatement withHint(Hint h) {
        List<Hint> more = new java.util.ArrayList<>(hints);
        more.add(h);
        return new ImpactStatement(goal, indicator, before, beforeDate, after, change, scale, sustainability, value, valueUnit, more);
    }

    /** Whether there is a before and an after to compare. */
    public boolean complete() {
        return before != null && after != null;
    }
}
