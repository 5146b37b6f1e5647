package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * One row per initiative, sorted by due date (undated last), statuses colour-coded as the app does,
 * and a live budget total that follows the autofilter ({@code SUBTOTAL(109, …)}).
 */
final class ActionPlanSheet {
    static final int HEADER_ROW = 3;
    static final int DUE = 5;
    static final int STATUS = 6;
    /** The first month column of the Gantt chart, and the most months it shows. */
    static final int GANTT = 8;
    static final int MAX_MONTHS = 24;
    static final int BUDGET = 7;
    private static final String[] HEADERS = {"perspective", "goal", "initiative", "owner", "start", "due", "status", "budget"};

    /** An initiative with the goal it serves. */
    record Row(Goal goal, Initiative initiative) {
    }

    private ActionPlanSheet() {
    }

    /** Where the plan's columns and total are, for the dashboard's formulas (absolute, sheet-qualified). */
    record Layout(String sheetName, int first, int last, int totalRow) {
        static Layout of(String sheetName, List<Goal> goals) {
            int n = (int) goals.stream().mapToLong(g -> g.initiatives().size()).sum();
            int first = HEADER_ROW + 1;
            int last = first + Math.max(1, n) - 1; // without initiatives, one empty row: the total never sums itself
            return new Layout(sheetName, first, last, last + 1);
        }

        private String column(int c) {
            String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
            return "'" + sheetName.replace("'", "''") + "'!$" + col + "$" + (first + 1) + ":$" + col + "$" + (last + 1);
        }

        String status() {
            return column(STATUS);
        }

        String due() {
            return column(DUE);
        }

        String total() {
            return "'" + sheetName.replace("'", "''") + "'!$" + org.apache.poi.ss.util.CellReference.convertNumToColString(BUDGET) + "$"
                    + (totalRow + 1);
        }
    }

    /** Past its due date on {@code asOf} and neither done nor dropped. */
    static boolean overdue(Initiative i, LocalDate asOf) {
        return i.due() != null && i.due().isBefore(asOf) && i.status() != InitiativeStatus.DONE
                && i.status() != InitiativeStatus.DROPPED;
    }

    /** Initiatives by due date, then start, then the order of their goals; undated ones last. */
    static List<Row> rows(List<Goal> goals) {
        List<Row> rows = new ArrayList<>();
        for (Goal g : GoalsSheet.ordered(goals)) {
            g.initiatives().forEach(i -> rows.add(new Row(g, i)));
        }
        Comparator<LocalDate> dates = Comparator.nullsLast(Comparator.naturalOrder());
        rows.sort(Comparator.comparing((Row r) -> r.initiative().due(), dates)
                .thenComparing(r -> r.initiative().start(), dates)); // stable: ties keep the goals' order
        return rows;
    }

    /** A status changed in Excel takes its new colour: one rule per status over the status column. */
    private static void statusColours(Sheet sheet, SheetContext cx, int first, int last) {
        var cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(first, last, STATUS, STATUS)};
        String cell = "$" + org.apache.poi.ss.util.CellReference.convertNumToColString(STATUS) + (first + 1);
        for (InitiativeStatus s : InitiativeStatus.values()) {
            var rule = cf.createConditionalFormattingRule(cell + "=" + ScoresSheet.Formulas.quote(cx.get("status." + s.key())));
            var fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(Styles.colour(Styles.STATUS_COLOURS.get(s)));
            fill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
            cf.addConditionalFormatting(range, rule);
        }
    }

    /** The first days of the months from the earliest start (or due date) to the latest due date, at most {@link #MAX_MONTHS}. */
    static List<LocalDate> months(List<Row> rows) {
        LocalDate from = null;
        LocalDate to = null;
        for (Row row : rows) {
            Initiative i = row.initiative();
            LocalDate start = i.start() != null ? i.start() : i.due();
            if (start != null && (from == null || start.isBefore(from))) {
                from = start;
            }
            LocalDate end = i.due() != null ? i.due() : i.start();
            if (end != null && (to == null || end.isAfter(to))) {
                to = end;
            }
        }
        List<LocalDate> months = new ArrayList<>();
        if (from == null) {
            return months;
        }
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to) && months.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The month headers: the year above each January (and the first month), the month's short name below. */
    private static void gantt(SheetWriter w, SheetContext cx, List<LocalDate> months) {
        Styles st = w.styles;
        for (int m = 0; m < months.size(); m++) {
            LocalDate month = months.get(m);
            w.width(GANTT + m, 5);
            if (m == 0 || month.getMonthValue() == 1) {
                w.number(HEADER_ROW - 1, GANTT + m, month.getYear(), st.year);
            }
            w.row(HEADER_ROW).createCell(GANTT + m).setCellValue(month);
            w.row(HEADER_ROW).getCell(GANTT + m).setCellStyle(st.monthHeader);
        }
    }

    /**
     * The Gantt bars and the overdue initiatives, by rules that follow an edited date or status: a
     * month is filled when the initiative runs in it (from its start, or its due month when it has no
     * start, to its due date), red when the initiative is overdue (past due, neither done nor
     * dropped); an overdue due date is red too.
     */
    private static void overdueColours(Sheet sheet, SheetContext cx, int first, int last, int months) {
        var cf = sheet.getSheetConditionalFormatting();
        int row = first + 1;
        String start = "$E" + row;
        String due = "$F" + row;
        String status = "$G" + row;
        String overdue = "AND(ISNUMBER(" + due + ")," + due + "<TODAY()," + status + "<>" + ScoresSheet.Formulas.quote(cx.get("status.done"))
                + "," + status + "<>" + ScoresSheet.Formulas.quote(cx.get("status.dropped")) + ")";
        var dueRule = cf.createConditionalFormattingRule(overdue);
        dueRule.createFontFormatting().setFontColor(Styles.colour("B42318"));
        dueRule.getFontFormatting().setFontStyle(false, true);
        var dueFill = dueRule.createPatternFormatting();
        dueFill.setFillBackgroundColor(Styles.colour("FBE4E2"));
        dueFill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first, last, DUE, DUE)}, dueRule);
        if (months == 0) {
            return;
        }
        String month = org.apache.poi.ss.util.CellReference.convertNumToColString(GANTT) + "$" + (HEADER_ROW + 1);
        String running = "AND(ISNUMBER(" + due + "),IF(ISNUMBER(" + start + ")," + start + "," + due + ")<DATE(YEAR(" + month + "),MONTH("
                + month + ")+1,1)," + due + ">=" + month + ")";
        CellRangeAddress[] bars = {new CellRangeAddress(first, last, GANTT, GANTT + months - 1)};
        var late = cf.createConditionalFormattingRule("AND(" + running + "," + overdue + ")");
        var lateFill = late.createPatternFormatting();
        lateFill.setFillBackgroundColor(Styles.colour("E5484D"));
        lateFill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(bars, late);
        var bar = cf.createConditionalFormattingRule(running);
        var barFill = bar.createPatternFormatting();
        barFill.setFillBackgroundColor(Styles.colour("3B82F6"));
        barFill.setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(bars, bar);
    }

    static void write(Sheet sheet, SheetContext cx, List<Goal> goals, Layout layout) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        w.columns(14, 36, 40, 18, 13, 13, 14, 13);
        w.text(0, 0, cx.get("export.plan.title"), st.title);
        w.row(0).setHeightInPoints(24);
        w.text(1, 0, cx.get("export.plan.subtitle"), st.subtitle);
        for (int c = 0; c < HEADERS.length; c++) {
            w.text(HEADER_ROW, c, cx.get("export.plan.col." + HEADERS[c]), st.header);
        }
        List<Row> rows = rows(goals);
        List<LocalDate> months = months(rows);
        gantt(w, cx, months);
        int r = HEADER_ROW + 1;
        for (Row row : rows) {
            Initiative i = row.initiative();
            w.text(r, 0, cx.get("stage." + row.goal().stage().key()), st.stage.get(row.goal().stage()));
            w.text(r, 1, row.goal().title(), st.text);
            w.text(r, 2, i.title(), st.textBold);
            w.text(r, 3, i.owner(), st.text);
            w.date(r, 4, i.start());
            w.date(r, 5, i.due());
            w.text(r, STATUS, cx.get("status." + i.status().key()), st.status.get(i.status()));
            w.number(r, BUDGET, i.budget(), st.integer);
            for (int m = 0; m < months.size(); m++) {
                w.blank(r, GANTT + m, st.gantt);
            }
            r++;
        }
        int first = layout.first();
        int last = layout.last();
        r = layout.totalRow();
        String col = org.apache.poi.ss.util.CellReference.convertNumToColString(BUDGET);
        w.text(r, BUDGET - 1, cx.get("export.plan.total"), st.textBold);
        java.math.BigDecimal total = goals.stream().flatMap(g -> g.initiatives().stream()).map(Initiative::budget)
                .filter(java.util.Objects::nonNull).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        w.formula(r, BUDGET, "SUBTOTAL(109," + col + (first + 1) + ":" + col + (last + 1) + ")", st.integer, total);
        if (goals.stream().anyMatch(g -> !g.initiatives().isEmpty())) {
            DataValidationHelper dv = sheet.getDataValidationHelper();
            String[] names = java.util.Arrays.stream(InitiativeStatus.values()).map(s -> cx.get("status." + s.key()))
                    .toArray(String[]::new);
            DataValidation v = dv.createValidation(dv.createExplicitListConstraint(names),
                    new CellRangeAddressList(first, last, STATUS, STATUS));
            v.setShowErrorBox(true);
            sheet.addValidationData(v);
            statusColours(sheet, cx, first, last);
            overdueColours(sheet, cx, first, last, months.size());
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, HEADERS.length - 1));
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), HEADER_ROW - 1, HEADER_ROW, false);
        // the Gantt's months as one group: on a page of their own beside the repeated initiative when the table is wide
        w.printAcross(GANTT + months.size(), months.isEmpty() ? new int[] {0, 1, 2, 3, 4, 5, 6, 7}
                : new int[] {0, 1, 2, 3, 4, 5, 6, 7, GANTT}, 2, 2);
    }
}
