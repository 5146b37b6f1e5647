package com.scorecardstudio.excel;

import com.scorecardstudio.domain.DotVoting;
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
 * is missing or target equals baseline — the app's {@code Progress}. When anyone voted in the session
 * (dot-voting, issue 14), a Dots column after the owner gives each goal's dots.
 */
final class GoalsSheet {
    static final int HEADER_ROW = 3;
    /** The columns of a session without votes (their keys under {@code export.goals.col.}) and their widths in characters. */
    private static final List<String> KEYS = List.of("perspective", "area", "goal", "owner", "indicator", "unit", "direction",
            "baseline", "baselineDate", "target", "targetDate", "latest", "latestDate", "progress", "scale", "impact",
            "impactUnit");
    private static final int[] WIDTHS = {13, 20, 26, 16, 26, 9, 14, 11, 12, 11, 12, 11, 12, 9, 14, 12, 12};
    /** Where a page of a wide print may start (before these columns), as long as a page stays legible. */
    private static final List<String> GROUPS = List.of("perspective", "goal", "owner", "indicator", "unit", "baseline", "target",
            "latest", "progress", "scale", "impact");
    /** The Dots column, right after the owner: a goal's dots from dot-voting, on each of its rows. */
    static final String DOTS = "dots";
    private static final int DOTS_WIDTH = 7;

    private GoalsSheet() {
    }

    /**
     * The sheet's columns: those of {@link #KEYS}, with {@link #DOTS} after the owner when anyone voted
     * in the session (a client reading a session that never voted gets no column of empty cells).
     */
    record Columns(List<String> keys) {
        static Columns of(List<Goal> goals) {
            if (!DotVoting.anyVotes(goals)) {
                return new Columns(KEYS);
            }
            List<String> keys = new ArrayList<>(KEYS);
            keys.add(keys.indexOf("owner") + 1, DOTS);
            return new Columns(List.copyOf(keys));
        }

        int of(String key) {
            int c = keys.indexOf(key);
            if (c < 0) {
                throw new IllegalArgumentException(key);
            }
            return c;
        }

        boolean dots() {
            return keys.contains(DOTS);
        }

        int count() {
            return keys.size();
        }

        int[] widths() {
            return keys.stream().mapToInt(k -> k.equals(DOTS) ? DOTS_WIDTH : WIDTHS[KEYS.indexOf(k)]).toArray();
        }
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
        Columns cols = Columns.of(goals);
        w.columns(cols.widths());
        w.text(0, 0, cx.get("export.goals.title"), st.title);
        w.row(0).setHeightInPoints(24);
        w.text(1, 0, cx.get(cols.dots() ? "export.goals.subtitle.dots" : "export.goals.subtitle"), st.subtitle);
        for (int c = 0; c < cols.count(); c++) {
            w.text(HEADER_ROW, c, cx.get("export.goals.col." + cols.keys().get(c)), st.header);
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
                if (cols.dots()) { // a number, so the column sorts and filters; 0 when nobody put a dot on the goal
                    w.number(r, cols.of(DOTS), java.math.BigDecimal.valueOf(g.totalVotes()), st.integer);
                }
                if (i == null) {
                    int first = cols.of("indicator");
                    w.text(r, first, cx.get("export.goals.noIndicator"), st.muted);
                    for (int c = first + 1; c < cols.count(); c++) {
                        w.blank(r, c, st.text);
                    }
                } else {
                    indicator(w, cx, cols, r, i, formats);
                }
                r++;
            }
        }
        int last = Math.max(HEADER_ROW + 1, r - 1);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, cols.count() - 1));
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), HEADER_ROW, HEADER_ROW, false);
        // two pages across at most: the goal, its owner (and its dots) and the indicator repeated on the second
        w.printAcross(cols.count(), GROUPS.stream().mapToInt(cols::of).toArray(), 2, cols.of("indicator"));
    }

    /** Which of the number columns show decimals. */
    private record Formats(boolean baseline, boolean target, boolean latest, boolean impact) {
    }

    private static boolean decimals(java.util.stream.Stream<java.math.BigDecimal> values) {
        return values.anyMatch(v -> v != null && v.stripTrailingZeros().scale() > 0);
    }

    private static void indicator(SheetWriter w, SheetContext cx, Columns cols, int r, Indicator i, Formats f) {
        Styles st = w.styles;
        w.text(r, cols.of("indicator"), i.name(), st.text);
        w.text(r, cols.of("unit"), i.unit(), st.text);
        w.text(r, cols.of("direction"), cx.get("summary.direction." + i.direction().key()), st.text);
        w.number(r, cols.of("baseline"), i.baselineValue(), f.baseline() ? st.decimal : st.integer);
        w.date(r, cols.of("baselineDate"), i.baselineDate());
        w.number(r, cols.of("target"), i.targetValue(), f.target() ? st.decimal : st.integer);
        w.date(r, cols.of("targetDate"), i.targetDate());
        Optional<Measurement> latest = i.latest();
        w.number(r, cols.of("latest"), latest.map(Measurement::value).orElse(null), f.latest() ? st.decimal : st.integer);
        w.date(r, cols.of("latestDate"), latest.map(Measurement::date).orElse(null));
        w.formula(r, cols.of("progress"), progressFormula(cols, r + 1), st.percent, Progress.of(i).<Object>map(p -> p).orElse(""));
        w.text(r, cols.of("scale"), i.scale(), st.text);
        w.number(r, cols.of("impact"), i.impactValue(), f.impact() ? st.decimal : st.integer);
        w.text(r, cols.of("impactUnit"), i.impactUnit(), st.text);
    }

    /** {@code (latest − baseline) / (target − baseline)} for sheet row {@code row} (1-based). */
    static String progressFormula(Columns cols, int row) {
        String b = CellReference.convertNumToColString(cols.of("baseline")) + row;
        String t = CellReference.convertNumToColString(cols.of("target")) + row;
        String l = CellReference.convertNumToColString(cols.of("latest")) + row;
        return "IF(OR(" + b + "=\"\"," + t + "=\"\"," + l + "=\"\"),\"\",IF(" + t + "=" + b + ",\"\",(" + l + "-" + b + ")/("
                + t + "-" + b + ")))";
    }
}
