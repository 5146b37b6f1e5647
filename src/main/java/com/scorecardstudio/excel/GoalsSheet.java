package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Progress;
import com.scorecardstudio.domain.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One row per indicator, grouped by perspective and focus area in the method's order (a goal without
 * indicators still gets a row, so that no goal is missing). Progress is a live formula over the
 * baseline, target and latest value: {@code (latest − baseline) / (target − baseline)}, empty when one
 * is missing or target equals baseline — the app's {@code Progress}.
 */
final class GoalsSheet {
    static final int HEADER_ROW = 3;
    static final int BASELINE = 7;
    static final int TARGET = 9;
    static final int LATEST = 11;
    static final int PROGRESS = 13;
    private static final String[] HEADERS = {"perspective", "area", "goal", "owner", "indicator", "unit", "direction",
            "baseline", "baselineDate", "target", "targetDate", "latest", "latestDate", "progress", "scale", "impact",
            "impactUnit"};

    private GoalsSheet() {
    }

    /** The goals in the order the sheet lists them: stage by stage, area by area, as stored within an area. */
    static List<Goal> ordered(List<Goal> goals) {
        List<Goal> out = new ArrayList<>(goals.size());
        for (Stage stage : Stage.values()) {
            for (String area : stage.areas()) {
                goals.stream().filter(g -> g.stage() == stage && g.area().equals(area)).forEach(out::add);
            }
        }
        return out;
    }

    static void write(Sheet sheet, SheetContext cx, List<Goal> goals) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        w.columns(13, 20, 26, 16, 26, 9, 14, 11, 12, 11, 12, 11, 12, 9, 14, 12, 12);
        w.text(0, 0, cx.get("export.goals.title"), st.title);
        w.row(0).setHeightInPoints(24);
        w.text(1, 0, cx.get("export.goals.subtitle"), st.subtitle);
        for (int c = 0; c < HEADERS.length; c++) {
            w.text(HEADER_ROW, c, cx.get("export.goals.col." + HEADERS[c]), st.header);
        }
        // one number format per column: decimals for all its values when one of them has decimals
        List<Indicator> all = goals.stream().flatMap(g -> g.indicators().stream()).toList();
        Formats formats = new Formats(
                decimals(all.stream().map(Indicator::baselineValue)), decimals(all.stream().map(Indicator::targetValue)),
                decimals(all.stream().map(i -> i.latest().map(Measurement::value).orElse(null))),
                decimals(all.stream().map(Indicator::impactValue)));
        int r = HEADER_ROW + 1;
        for (Goal g : ordered(goals)) {
            List<Indicator> indicators = g.indicators().isEmpty() ? java.util.Collections.singletonList(null) : g.indicators();
            for (Indicator i : indicators) {
                w.text(r, 0, cx.get("stage." + g.stage().key()), st.stage.get(g.stage()));
                w.text(r, 1, cx.get("area." + g.stage().key() + "." + g.area()), st.text);
                w.text(r, 2, g.title(), st.textBold);
                w.text(r, 3, g.owner(), st.text);
                if (i == null) {
                    w.text(r, 4, cx.get("export.goals.noIndicator"), st.muted);
                    for (int c = 5; c < HEADERS.length; c++) {
                        w.blank(r, c, st.text);
                    }
                } else {
                    indicator(w, cx, r, i, formats);
                }
                r++;
            }
        }
        int last = Math.max(HEADER_ROW + 1, r - 1);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, HEADERS.length - 1));
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), HEADER_ROW, HEADER_ROW, false);
        // two pages across at most: the goal, its owner and the indicator repeated on the second
        w.printAcross(HEADERS.length, new int[] {0, 2, 3, 4, 5, 7, 9, 11, 13, 14, 15}, 2, 4);
    }

    /** Which of the number columns show decimals. */
    private record Formats(boolean baseline, boolean target, boolean latest, boolean impact) {
    }

    private static boolean decimals(java.util.stream.Stream<java.math.BigDecimal> values) {
        return values.anyMatch(v -> v != null && v.stripTrailingZeros().scale() > 0);
    }

    private static void indicator(SheetWriter w, SheetContext cx, int r, Indicator i, Formats f) {
        Styles st = w.styles;
        w.text(r, 4, i.name(), st.text);
        w.text(r, 5, i.unit(), st.text);
        w.text(r, 6, cx.get("summary.direction." + i.direction().key()), st.text);
        w.number(r, BASELINE, i.baselineValue(), f.baseline() ? st.decimal : st.integer);
        w.date(r, BASELINE + 1, i.baselineDate());
        w.number(r, TARGET, i.targetValue(), f.target() ? st.decimal : st.integer);
        w.date(r, TARGET + 1, i.targetDate());
        Optional<Measurement> latest = i.latest();
        w.number(r, LATEST, latest.map(Measurement::value).orElse(null), f.latest() ? st.decimal : st.integer);
        w.date(r, LATEST + 1, latest.map(Measurement::date).orElse(null));
        w.formula(r, PROGRESS, progressFormula(r + 1), st.percent, Progress.of(i).<Object>map(p -> p).orElse(""));
        w.text(r, 14, i.scale(), st.text);
        w.number(r, 15, i.impactValue(), f.impact() ? st.decimal : st.integer);
        w.text(r, 16, i.impactUnit(), st.text);
    }

    /** {@code (latest − baseline) / (target − baseline)} for sheet row {@code row} (1-based). */
    static String progressFormula(int row) {
        String b = CellReference.convertNumToColString(BASELINE) + row;
        String t = CellReference.convertNumToColString(TARGET) + row;
        String l = CellReference.convertNumToColString(LATEST) + row;
        return "IF(OR(" + b + "=\"\"," + t + "=\"\"," + l + "=\"\"),\"\",IF(" + t + "=" + b + ",\"\",(" + l + "-" + b + ")/("
                + t + "-" + b + ")))";
    }
}
