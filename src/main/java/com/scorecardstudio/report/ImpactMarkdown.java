package com.scorecardstudio.report;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.ImpactStatement;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.domain.impact.RollUp;
import com.scorecardstudio.domain.impact.StatusRule;
import com.scorecardstudio.i18n.Messages;
import java.util.List;
import java.util.Map;

/**
 * The summary's {@code ## Results} section: the review period and its rules, then per perspective the
 * roll-up of its indicators and each indicator's status and impact statement in the method's six
 * points (goal in plain words, before, after, change, scale, sustainability, value), with the
 * method's typical mistakes as hints. Sessions without a review schedule get no section, so their
 * summaries stay as they were. The deck and the workbook can render the same {@link ImpactStatement}s.
 */
public final class ImpactMarkdown {
    private static final String INDENT = "  ";

    private final Messages m;
    private final ImpactLines lines;

    private ImpactMarkdown(Messages m) {
        this.m = m;
        this.lines = new ImpactLines(m);
    }

    /** The section for {@code period} (null: none, as for a session without a schedule). */
    public static String section(Messages m, List<Goal> goals, Checkins checkins, Period period) {
        if (!checkins.scheduled() || period == null) {
            return "";
        }
        return new ImpactMarkdown(m).render(goals, checkins, period);
    }

    private String render(List<Goal> goals, Checkins c, Period period) {
        ReviewSchedule s = c.schedule();
        StringBuilder md = new StringBuilder("## ").append(Markdown.inline(m.get("results.md.title"))).append("\n\n");
        md.append('_').append(Markdown.inline(m.get("results.md.period", period.id(),
                m.get("checkin.cadence." + s.cadence().key()), m.formatDate(s.start()), s.afterWindow(), s.sustainPeriods())))
                .append(c.isClosed(period) ? " " + Markdown.inline(m.get("results.md.closed")) : "").append("_\n");
        Map<Long, Assessment> assessed = c.assessAll(goals, period, StatusRule.DEFAULT);
        Map<Stage, RollUp.Counts> counts = RollUp.byStage(goals, assessed);
        List<ImpactStatement> statements = c.statements(goals, period); // double counting is found across stages
        for (Stage stage : Stage.values()) {
            List<Goal> inStage = goals.stream().filter(g -> g.stage() == stage && !g.indicators().isEmpty()).toList();
            if (inStage.isEmpty()) {
                continue;
            }
            RollUp.Counts n = counts.get(stage);
            md.append("\n### ").append(Markdown.inline(m.get("stage." + stage.key() + ".full"))).append("\n\n");
            md.append(Markdown.inline(m.get("results.md.rollup", n.onTrack(), n.rated(), n.atRisk(), n.offTrack(), n.notRated())))
                    .append("\n\n");
            for (ImpactStatement st : statements) {
                if (st.goal().stage() == stage) {
                    md.append(indicator(st.goal(), st.indicator(), assessed.get(st.indicator().id()), st)).append('\n');
                }
            }
        }
        return md.toString();
    }

    private String indicator(Goal g, Indicator i, Assessment a, ImpactStatement st) {
        StringBuilder b = new StringBuilder("- ").append(Markdown.bold(i.name().isEmpty() ? m.get("summary.untitled") : i.name()))
                .append(": ").append(Markdown.bold(m.get("checkin.status." + (a == null ? "not_rated" : a.status().key()))));
        if (a != null && !a.status().rated()) {
            b.append(" (").append(Markdown.inline(m.get("checkin.reason." + a.reason().key()))).append(')');
        }
        for (ImpactLines.Line l : lines.of(st)) {
            b.append('\n').append(INDENT).append("- ").append(Markdown.inline(l.label())).append(": ").append(Markdown.inline(l.text()));
        }
        for (String hint : lines.hints(st)) {
            b.append('\n').append(INDENT).append("- _").append(Markdown.inline(hint)).append('_');
        }
        return b.toString();
    }
}
