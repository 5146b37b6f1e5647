package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A session's follow-up as stored: its review schedule, the actuals recorded per indicator and
 * period, and the periods closed. Answers the questions the Check-in page, the summary and the
 * command line ask: the actual of a period, its status, the trend, the impact statement.
 */
public record Checkins(ReviewSchedule schedule, List<Actual> actuals, Set<Period> closed) {
    private static final MathContext MEAN = MathContext.DECIMAL64;

    public Checkins {
        actuals = List.copyOf(actuals);
        closed = Set.copyOf(closed);
    }

    public static Checkins none() {
        return new Checkins(null, List.of(), Set.of());
    }

    public boolean scheduled() {
        return schedule != null;
    }

    /**
     * The period a review looks at by default: the one containing {@code today}, or the latest with
     * an actual when actuals were recorded ahead (a plan typed in advance); the first period when
     * today is before the schedule. Empty without a schedule.
     */
    public Optional<Period> reviewPeriod(java.time.LocalDate today) {
        if (schedule == null) {
            return Optional.empty();
        }
        Period last = schedule.periodAt(today);
        for (Actual a : actuals) {
            if (a.period().compareTo(last) > 0) {
                last = a.period();
            }
        }
        return Optional.of(last);
    }

    public boolean isClosed(Period p) {
        return closed.contains(p);
    }

    public Optional<Actual> actual(long indicatorId, Period period) {
        return actuals.stream().filter(a -> a.indicatorId() == indicatorId && a.period().equals(period)).findFirst();
    }

    /** The values recorded for one indicator, by period (entries with only a note are left out). */
    public Map<Period, BigDecimal> valuesOf(long indicatorId) {
        Map<Period, BigDecimal> values = new TreeMap<>();
        for (Actual a : actuals) {
            if (a.indicatorId() == indicatorId && a.hasValue()) {
                values.put(a.period(), a.value());
            }
        }
        return values;
    }

    /** Every indicator's actuals by period, in one pass (for roll-ups over a whole session). */
    public Map<Long, Map<Period, Actual>> byIndicator() {
        Map<Long, Map<Period, Actual>> result = new HashMap<>();
        for (Actual a : actuals) {
            result.computeIfAbsent(a.indicatorId(), k -> new TreeMap<>()).put(a.period(), a);
        }
        return result;
    }

    public Assessment assess(Indicator ind, Period period, StatusRule rule) {
        BigDecimal value = ind.id() == null ? null : valuesOf(ind.id()).get(period);
        return rule.assess(ind, period, value, schedule.start());
    }

    /** Every indicator of {@code goals} assessed in {@code period}, by indicator id. */
    public Map<Long, Assessment> assessAll(List<Goal> goals, Period period, StatusRule rule) {
        Map<Long, Assessment> result = new HashMap<>();
        for (Goal g : goals) {
            for (Indicator i : g.indicators()) {
                if (i.id() != null) {
                    result.put(i.id(), assess(i, period, rule));
                }
            }
        }
        return result;
    }

    public Trend trend(Indicator ind, Period upTo) {
        return Trend.of(ind.direction(), schedule.through(upTo), ind.id() == null ? Map.of() : valuesOf(ind.id()));
    }

    /** The impact statement of one indicator as it stands at the end of {@code upTo}. */
    public ImpactStatement statement(Goal goal, Indicator ind, Period upTo) {
        Map<Period, Actual> mine = new TreeMap<>();
        if (ind.id() != null) {
            for (Actual a : actuals) {
                if (a.indicatorId() == ind.id() && schedule.includes(a.period()) && a.period().compareTo(upTo) <= 0) {
                    mine.put(a.period(), a);
                }
            }
        }
        List<ImpactStatement.Hint> hints = new ArrayList<>();
        ImpactStatement.After after = after(mine, upTo);
        ImpactStatement.Change change = null;
        if (after != null && ind.baselineValue() != null) {
            BigDecimal diff = after.mean().subtract(ind.baselineValue());
            BigDecimal relative = ind.baselineValue().signum() == 0 ? null
                    : diff.divide(ind.baselineValue().abs(), MEAN);
            change = new ImpactStatement.Change(diff, relative, StatusRule.better(ind.direction(), after.mean(), ind.baselineValue()));
            boolean noted = windowOf(upTo).stream().map(mine::get)
                    .anyMatch(a -> a != null && !a.note().isEmpty());
            if (!noted) {
                hints.add(ImpactStatement.Hint.NO_EXTERNAL_FACTORS);
            }
        }
        if (ind.isPercentage() && ind.scale().isEmpty()) {
            hints.add(ImpactStatement.Hint.PERCENT_WITHOUT_SCALE);
        }
        if (after != null && after.observed() < schedule.afterWindow()) {
            hints.add(ImpactStatement.Hint.SHORT_WINDOW);
        }
        if (ImpactHints.phrasedAsActivity(ind)) {
            hints.add(ImpactStatement.Hint.ACTIVITY_NOT_CHANGE);
        }
        return new ImpactStatement(goal, ind, ind.baselineValue(), ind.baselineDate(), after, change, ind.scale(),
                sustainability(ind, mine, upTo), ind.impactValue(), ind.impactUnit(), hints);
    }

    /**
     * Every indicator's impact statement in the goals' order, with the hints that need the whole
     * session (the same indicator under two goals): what the summary shows and what the deck and the
     * workbook are to show.
     */
    public List<ImpactStatement> statements(List<Goal> goals, Period upTo) {
        Set<Long> twice = ImpactHints.doubleCounted(goals);
        List<ImpactStatement> result = new ArrayList<>();
        for (Goal g : goals) {
            for (Indicator i : g.indicators()) {
                ImpactStatement st = statement(g, i, upTo);
                result.add(i.id() != null && twice.contains(i.id()) ? st.withHint(ImpactStatement.Hint.DOUBLE_COUNTED) : st);
            }
        }
        return result;
    }

    /** The after-window ending with {@code upTo}, cut at the schedule's first period. */
    private List<Period> windowOf(Period upTo) {
        List<Period> all = schedule.through(upTo);
        return all.subList(Math.max(0, all.size() - schedule.afterWindow()), all.size());
    }

    private ImpactStatement.After after(Map<Period, Actual> mine, Period upTo) {
        List<Period> window = windowOf(upTo);
        if (window.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int observed = 0;
        for (Period p : window) {
            Actual a = mine.get(p);
            if (a != null && a.hasValue()) {
                sum = sum.add(a.value());
                observed++;
            }
        }
        if (observed == 0) {
            return null;
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(observed), MEAN).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        return new ImpactStatement.After(window.get(0), window.get(window.size() - 1), mean, observed, schedule.afterWindow());
    }

    /**
     * The effect is the target reached (in the indicator's direction), or, with no target, any
     * improvement on the baseline.
     */
    private Sustainability sustainability(Indicator ind, Map<Period, Actual> mine, Period upTo) {
        int required = schedule.sustainPeriods();
        BigDecimal reference = ind.targetValue() != null ? ind.targetValue() : ind.baselineValue();
        if (reference == null) {
            return Sustainability.of(Sustainability.State.NO_DATA, required);
        }
        boolean strict = ind.targetValue() == null;
        List<Map.Entry<Period, BigDecimal>> recorded = mine.entrySet().stream().filter(e -> e.getValue().hasValue())
                .map(e -> Map.entry(e.getKey(), e.getValue().value())).toList();
        if (recorded.isEmpty()) {
            return Sustainability.of(Sustainability.State.NO_DATA, required);
        }
        Period first = null;
        for (var e : recorded) {
            boolean shows = strict ? StatusRule.better(ind.direction(), e.getValue(), reference)
                    : StatusRule.atLeastAsGood(ind.direction(), e.getValue(), reference);
            if (first == null) {
                if (shows) {
                    first = e.getKey();
                }
                continue;
            }
            int since = schedule.indexOf(e.getKey()) - schedule.indexOf(first);
            if (!shows) {
                return new Sustainability(Sustainability.State.NOT_HELD, first, null, e.getKey(), since, required,
                        gaps(mine, first, e.getKey()));
            }
            if (since >= required) {
                return new Sustainability(Sustainability.State.HELD, first, e.getKey(), null, since, required,
                        gaps(mine, first, e.getKey()));
            }
        }
        if (first == null) {
            return Sustainability.of(Sustainability.State.NOT_REACHED, required);
        }
        return new Sustainability(Sustainability.State.NOT_YET, first, null, null,
                schedule.indexOf(upTo) - schedule.indexOf(first), required, gaps(mine, first, upTo));
    }

    /** Periods after {@code from} up to and including {@code to} with no actual value. */
    private static int gaps(Map<Period, Actual> mine, Period from, Period to) {
        int gaps = 0;
        for (Period p = from.next(); p.compareTo(to) <= 0; p = p.next()) {
            Actual a = mine.get(p);
            if (a == null || !a.hasValue()) {
                gaps++;
            }
        }
        return gaps;
    }
}
