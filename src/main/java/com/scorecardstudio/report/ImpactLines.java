package com.scorecardstudio.report;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.impact.ImpactStatement;
import com.scorecardstudio.domain.impact.Sustainability;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An impact statement in the method's six points as labelled lines of plain text (goal in plain
 * words, before, after, change, scale, sustainability, value), and its hints: one wording for the
 * summary's {@code ## Results} and the Check-in page.
 */
public final class ImpactLines {
    /** One point of the statement: its label ("Before") and what it says. */
    public record Line(String label, String text) {
    }

    private final Messages m;
    private final LocalNumbers numbers;

    public ImpactLines(Messages m) {
        this.m = m;
        this.numbers = new LocalNumbers(m.locale());
    }

    /**
     * The six points in words, each null where the statement has nothing to say (no change without an
     * after, no value unless stated): for a table with one column per point.
     */
    public record Points(String goal, String before, String after, String change, String scale, String sustainability,
                         String value) {
    }

    public Points points(ImpactStatement st) {
        Goal g = st.goal();
        Indicator i = st.indicator();
        String unit = i.unit().isEmpty() ? "" : " " + i.unit();
        String change = null;
        if (st.change() != null) {
            change = signed(st.change().absolute()) + unit
                    + (st.change().relative() == null ? "" : " (" + signedPercent(st.change().relative()) + ")")
                    + ", " + m.get(st.change().improved() ? "results.md.better" : "results.md.notBetter");
        }
        return new Points(
                g.description().isEmpty() ? g.title() : g.title() + " — " + g.description(),
                st.before() == null ? m.get("summary.indicator.noBaseline")
                        : numbers.format(st.before()) + unit + (st.beforeDate() == null ? "" : " (" + m.formatDate(st.beforeDate()) + ")"),
                st.after() == null ? m.get("results.md.noAfter")
                        : m.get("results.md.afterValue", numbers.format(st.after().mean(), 2) + unit, st.after().from().id(),
                                st.after().to().id(), st.after().observed(), st.after().window()),
                change,
                st.scale().isEmpty() ? m.get("results.md.noScale") : st.scale(),
                sustainability(st.sustainability()),
                st.value() == null ? null : numbers.format(st.value()) + (st.valueUnit().isEmpty() ? "" : " " + st.valueUnit()));
    }

    /** The points as labelled lines, in the method's order, leaving out those with nothing to say. */
    public List<Line> of(ImpactStatement st) {
        Points p = points(st);
        List<Line> lines = new ArrayList<>();
        lines.add(line("results.md.goal", p.goal()));
        lines.add(line("results.md.before", p.before()));
        lines.add(line("results.md.after", p.after()));
        if (p.change() != null) {
            lines.add(line("results.md.change", p.change()));
        }
        lines.add(line("results.md.scale", p.scale()));
        lines.add(line("results.md.sustainability", p.sustainability()));
        if (p.value() != null) {
            lines.add(line("results.md.value", p.value()));
        }
        return lines;
    }

    /** The method's typical mistakes found in the statement, in words. */
    public List<String> hints(ImpactStatement st) {
        return st.hints().stream().map(h -> m.get("results.hint." + h.key())).toList();
    }

    private Line line(String key, String text) {
        return new Line(m.get(key), text);
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
