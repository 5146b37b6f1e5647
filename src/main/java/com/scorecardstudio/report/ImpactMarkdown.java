package com.scorecardstudio.report;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.ImpactStatement;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.domain.impact.RollUp;
import com.scorecardstudio.domain.impact.StatusRule;
import com.scorecardstudio.domain.impact.Sustainability;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
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
    private final LocalNumbers numbers;

    private ImpactMarkdown(Messages m) {
        this.m = m;
        this.numbers = new LocalNumbers(m.locale());
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
        String unit = i.unit().isEmpty() ? "" : " " + i.unit();
        StringBuilder b = new StringBuilder("- ").append(Markdown.bold(i.name().isEmpty() ? m.get("summary.untitled") : i.name()))
                .append(": ").append(Markdown.bold(m.get("checkin.status." + (a == null ? "not_rated" : a.status().key()))));
        if (a != null && !a.status().rated()) {
            b.append(" (").append(Markdown.inline(m.get("checkin.reason." + a.reason().key()))).append(')');
        }
        line(b, "results.md.goal", g.description().isEmpty() ? g.title() : g.title() + " — " + g.description());
        line(b, "results.md.before", st.before() == null ? m.get("summary.indicator.noBaseline")
                : numbers.format(st.before()) + unit + (st.beforeDate() == null ? "" : " (" + m.formatDate(st.beforeDate()) + ")"));
        line(b, "results.md.after", st.after() == null ? m.get("results.md.noAfter")
                : m.get("results.md.afterValue", numbers.format(st.after().mean(), 2) + unit, st.after().from().id(),
                        st.after().to().id(), st.after().observed(), st.after().window()));
        if (st.change() != null) {
            String change = signed(st.change().absolute()) + unit
                    + (st.change().relative() == null ? "" : " (" + signedPercent(st.change().relative()) + ")")
                    + ", " + m.get(st.change().improved() ? "results.md.better" : "results.md.notBetter");
            line(b, "results.md.change", change);
        }
        line(b, "results.md.scale", st.scale().isEmpty() ? m.get("results.md.noScale") : st.scale());
        line(b, "results.md.sustainability", sustainability(st.sustainability()));
        if (st.value() != null) {
            line(b, "results.md.value", numbers.format(st.value()) + (st.valueUnit().isEmpty() ? "" : " " + st.valueUnit()));
        }
        for (ImpactStatement.Hint h : st.hints()) {
            b.append('\n').append(INDENT).append("- _").append(Markdown.inline(m.get("results.hint." + h.key()))).append('_');
        }
        return b.toString();
    }

    private void line(StringBuilder b, String key, String text) {
        b.append('\n').append(INDENT).append("- ").append(Markdown.inline(m.get(key))).append(": ").append(Markdown.inline(text));
    }

    private String sustainability(Sustainability s) {
        String base = m.get("results.sustain." + s.state().key());
        return switch (s.state()) {
            case HELD -> m.get("results.sustain.heldDetail", s.firstReached().id(), s.checkedIn().id(), s.periodsSince());
            case NOT_HELD -> m.get("results.sustain.notHeldDetail", s.firstReached().id(), s.fellBack().id());
            case NOT_YET -> m.get("results.sustain.notYetDetail", s.firstReached().id(), s.periodsSince(), s.required());
            default -> base;
        } + (s.gaps() > 0 ? "; " + m.get("results.sustain.gaps", s.gaps()) : "");
    }

    private String signed(BigDecimal v) {
        String text = numbers.format(v, 2);
        return v.signum() > 0 ? "+" + text : text;
    }

    private String signedPercent(BigDecimal fraction) {
        String text = numbers.percent(fraction);
        return fraction.signum() > 0 ? "+" + text : text;
    }
}
