package com.scorecardstudio.report;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.StatusRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code checkins} command's lines, one per indicator in the goals' order, tab-separated:
 * {@code period, indicator id, goal, indicator, owner, baseline, target, actual, status}. Numbers are
 * plain (a point, no grouping; empty when missing), the status a stable key ({@code on_track},
 * {@code at_risk}, {@code off_track}, {@code not_rated}); tabs and line breaks in texts become spaces.
 */
public final class CheckinLines {
    private CheckinLines() {
    }

    public static List<String> lines(List<Goal> goals, Checkins c, Period period) {
        List<String> lines = new ArrayList<>();
        for (Goal g : goals) {
            for (Indicator i : g.indicators()) {
                BigDecimal actual = c.actual(i.id(), period).filter(Actual::hasValue).map(Actual::value).orElse(null);
                Assessment a = StatusRule.DEFAULT.assess(i, period, actual, c.schedule().start());
                lines.add(String.join("\t", period.id(), String.valueOf(i.id()), text(g.title()), text(i.name()),
                        text(g.owner()), plain(i.baselineValue()), plain(i.targetValue()), plain(actual), a.status().key()));
            }
        }
        return lines;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : LocalNumbers.plain(v);
    }

    private static String text(String s) {
        return s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
    }
}
