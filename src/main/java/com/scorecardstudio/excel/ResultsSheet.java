package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.ImpactStatement;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.RollUp;
import com.scorecardstudio.domain.impact.StatusRule;
import com.scorecardstudio.report.ImpactLines;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The results after the session (methodology §2), for a session with review periods: the review
 * period, each perspective's indicators on track, and one row per indicator with its status and its
 * impact statement in the method's six points, in the words of the summary's {@code ## Results}.
 */
final class ResultsSheet {
    private static final List<String> KEYS = List.of("perspective", "goal", "indicator", "owner", "status", "before", "after",
            "change", "scale", "sustainability", "value", "hints");
    private static final int[] WIDTHS = {13, 24, 24, 14, 11, 18, 24, 16, 18, 26, 14, 30};

    private ResultsSheet() {
    }

    static void write(Sheet sheet, SheetContext cx, List<Goal> goals, Checkins checkins, Period period) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        w.columns(WIDTHS);
        w.text(0, 0, cx.get("results.md.title"), st.title);
        w.row(0).setHeightInPoints(24);
        var s = checkins.schedule();
        // the texts above the table stay within the first three columns, which every printed page
        // repeats: wrapped there, they read whole on each page of a wide print
        String about = cx.get("results.md.period", period.id(), cx.get("checkin.cadence." + s.cadence().key()),
                cx.m().formatDate(s.start()), s.afterWindow(), s.sustainPeriods())
                + (checkins.isClosed(period) ? " " + cx.get("results.md.closed") : "");
        w.text(1, 0, about, st.muted);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
        w.row(1).setHeightInPoints(lineHeight(about, WIDTHS[0] + WIDTHS[1] + WIDTHS[2]));
        Map<Long, Assessment> assessed = checkins.assessAll(goals, period, StatusRule.DEFAULT);
        Map<Stage, RollUp.Counts> counts = RollUp.byStage(goals, assessed);
        int r = 2;
        for (Stage stage : Stage.values()) {
            RollUp.Counts n = counts.get(stage);
            if (n.total() > 0) {
                w.text(r, 0, cx.get("stage." + stage.key()), st.stage.get(stage));
                String rollUp = cx.get("results.md.rollup", n.onTrack(), n.rated(), n.atRisk(), n.offTrack(), n.notRated());
                w.text(r, 1, rollUp, st.plain);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
                w.row(r).setHeightInPoints(lineHeight(rollUp, WIDTHS[1] + WIDTHS[2]));
                r++;
            }
        }
        int header = r + 1;
        for (int c = 0; c < KEYS.size(); c++) {
            w.text(header, c, cx.get("export.results.col." + KEYS.get(c)), st.header);
        }
        ImpactLines lines = new ImpactLines(cx.m());
        r = header + 1;
        List<ImpactStatement> statements = checkins.statements(goals, period);
        for (Goal g : GoalsSheet.ordered(goals)) {
            for (Indicator i : g.indicators()) {
                ImpactStatement stmt = statements.stream().filter(x -> x.indicator().id() != null && x.indicator().id().equals(i.id()))
                        .findFirst().orElse(null);
                if (stmt == null) {
                    continue;
                }
                Assessment a = assessed.get(i.id());
                var status = a == null ? com.scorecardstudio.domain.impact.Status.NOT_RATED : a.status();
                ImpactLines.Points p = lines.points(stmt);
                w.text(r, 0, cx.get("stage." + g.stage().key()), st.stage.get(g.stage()));
                w.text(r, 1, g.title(), st.textBold);
                w.text(r, 2, i.name() + (i.unit().isEmpty() ? "" : " (" + i.unit() + ")"), st.text);
                w.text(r, 3, g.owner(), st.text);
                w.text(r, 4, cx.get("checkin.status." + status.key()), st.light.get(light(status)));
                w.text(r, 5, p.before(), st.text);
                w.text(r, 6, p.after(), st.text);
                w.text(r, 7, p.change() == null ? "" : p.change(), st.text);
                w.text(r, 8, p.scale(), st.text);
                w.text(r, 9, p.sustainability(), st.text);
                w.text(r, 10, p.value() == null ? "" : p.value(), st.text);
                w.text(r, 11, String.join("\n", lines.hints(stmt)), st.text);
                r++;
            }
        }
        int last = Math.max(header + 1, r - 1);
        sheet.createFreezePane(0, header + 1);
        sheet.setAutoFilter(new CellRangeAddress(header, last, 0, KEYS.size() - 1));
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), header, header, false);
        // never below legible: the statement's columns go on a second page across, with perspective, goal and
        // indicator repeated (from the first column, so the title and the roll-up read whole there too)
        w.printAcross(KEYS.size(), new int[] {0, 5, 6, 7, 8, 9, 10, 11}, 0, 2);
    }

    /** The height of a 10-point text wrapped in {@code chars} characters' width. */
    private static float lineHeight(String text, int chars) {
        return 14f * SheetWriter.lines(text, Math.max(4, chars - 2)) + 2;
    }

    private static IndicatorStatus light(com.scorecardstudio.domain.impact.Status s) {
        return switch (s) {
            case ON_TRACK -> IndicatorStatus.ON_TRACK;
            case AT_RISK -> IndicatorStatus.AT_RISK;
            case OFF_TRACK -> IndicatorStatus.OFF_TRACK;
            case NOT_RATED -> IndicatorStatus.NOT_MEASURED;
        };
    }
}
