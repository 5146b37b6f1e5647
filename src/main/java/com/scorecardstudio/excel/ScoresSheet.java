package com.scorecardstudio.excel;

import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Band;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.report.CriterionNames;
import com.scorecardstudio.report.StrategyTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

/**
 * The criteria with their weights, every client's scores, and the results as live formulas that
 * follow the app's math ({@code Scoring}) exactly, so that a reader who changes a weight, a score or a
 * band limit sees the same result the app would show:
 * <ul>
 *   <li>weights are used in hundredths ({@code ROUND(w·100)}, a helper row), so every sum is an exact
 *       integer in floating point: {@code N = SUMPRODUCT(w100, scores)} and, over the scored criteria
 *       only, {@code D = SUMIF(scores, ">0", w100)};</li>
 *   <li>the axis score is {@code N / D} rounded half up to two decimals, computed exactly as
 *       {@code INT((200·N + D) / (2·D)) / 100}, empty when no criterion of the axis has a score;</li>
 *   <li>bands compare the rounded score with the limits in hundredths; the cell and zone follow.</li>
 * </ul>
 * Rows are sorted by zone (as the matrix reads, then the unplaced clients), so that the bubble chart
 * can take one series per zone.
 */
final class ScoresSheet {
    static final int LIMIT_MEDIUM_ROW = 2;
    static final int LIMIT_HIGH_ROW = 3;
    static final int AXIS_ROW = 5;
    static final int WEIGHT_ROW = 6;
    static final int HELPER_ROW = 7;
    static final int HEADER_ROW = 8;
    static final int FIRST_DATA_ROW = 9;
    static final int NAME = 0;
    static final int SEGMENT = 1;
    static final int REVENUE = 2;
    static final int CURRENCY = 3;
    static final int FIRST_CRITERION = 4;
    static final List<Zone> ZONE_ORDER = List.of(Zone.DEEPEN_RELATIONSHIP, Zone.BUILD_LOYALTY, Zone.INVEST_SELECTIVELY,
            Zone.PROTECT_REVENUE);

    /** Where things ended up, for the matrix sheet's formulas and chart. */
    record Layout(String sheetName, int criteria, int firstDataRow, int lastDataRow, Map<Zone, int[]> zoneRows) {
        int attractivenessScore() {
            return FIRST_CRITERION + criteria;
        }

        int attractivenessBand() {
            return attractivenessScore() + 1;
        }

        int relationshipScore() {
            return attractivenessScore() + 2;
        }

        int relationshipBand() {
            return attractivenessScore() + 3;
        }

        int cell() {
            return attractivenessScore() + 4;
        }

        int zone() {
            return attractivenessScore() + 5;
        }

        /** An absolute reference to a data column, {@code 'Sheet'!$C$10:$C$99}. */
        String column(int c) {
            String col = CellReference.convertNumToColString(c);
            return "'" + sheetName.replace("'", "''") + "'!$" + col + "$" + (firstDataRow + 1) + ":$" + col + "$"
                    + (Math.max(firstDataRow, lastDataRow) + 1);
        }
    }

    /** The clients' Excel table (a ListObject that grows when a row is added below it). */
    static final String TABLE = "Clients";
    /** The row holding the currency revenue is counted in (the session's). */
    static final int CURRENCY_ROW = 4;

    /**
     * The table's column names (its header texts), known before the sheet is written so that the
     * dashboard and the matrix can refer to the columns by name: {@code Clients[Zone]} follows the
     * table when it grows, where {@code $X$10:$X$99} would stop at the last exported row.
     */
    record Names(List<String> headers, int criteria) {
        static Names of(SheetContext cx, List<Criterion> criteria) {
            List<String> raw = new ArrayList<>();
            raw.add(cx.get("export.scores.col.client"));
            raw.add(cx.get("export.scores.col.segment"));
            raw.add(cx.get("export.scores.col.revenue"));
            raw.add(cx.get("export.scores.col.currency"));
            criteria.forEach(c -> raw.add(CriterionNames.name(c, cx.m())));
            for (String k : new String[] {"attractiveness", "attractivenessBand", "relationship", "relationshipBand", "cell", "zone"}) {
                raw.add(cx.get("export.scores.col." + k));
            }
            raw.add(cx.get("export.scores.col.counted"));
            for (Zone z : ZONE_ORDER) {
                raw.add(cx.get("export.scores.col.zoneY", StrategyTexts.zoneName(z, cx.m())));
            }
            // a table's column names are unique (ignoring case), on one line and not empty
            List<String> out = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String h : raw) {
                String name = SafeText.fit(h.replaceAll("\\s+", " ").strip());
                if (name.isEmpty()) {
                    name = "—";
                }
                String unique = name;
                for (int n = 2; !seen.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                    unique = name + " (" + n + ")";
                }
                out.add(unique);
            }
            return new Names(List.copyOf(out), criteria.size());
        }

        int name() {
            return NAME;
        }

        int zone() {
            return FIRST_CRITERION + criteria + 5;
        }

        int counted() {
            return zone() + 1;
        }

        /** The hidden column holding a client's attractiveness when it is in {@code z}, else #N/A: the chart's series. */
        int zoneY(Zone z) {
            return counted() + 1 + ZONE_ORDER.indexOf(z);
        }

        int last() {
            return zoneY(ZONE_ORDER.get(ZONE_ORDER.size() - 1));
        }

        /** A whole column of the table by its name, {@code Clients[Zone]}: special characters escaped as Excel wants. */
        String column(int c) {
            return TABLE + "[" + headers.get(c).replaceAll("(['\\[\\]#])", "'$1") + "]";
        }

        /** The share of the counted revenue (session currency only) of the clients whose zone matches {@code criterion}. */
        String share(String criterion) {
            String counted = column(counted());
            return "IF(SUM(" + counted + ")=0,\"\",SUMIFS(" + counted + "," + column(zone()) + "," + criterion + ")/SUM(" + counted
                    + "))";
        }
    }

    private ScoresSheet() {
    }

    /** The clients in the sheet's order: by zone as the matrix reads, unplaced last, by name within. */
    static List<Placement> ordered(Matrix matrix) {
        List<Placement> out = new ArrayList<>(matrix.placements());
        Comparator<Placement> byZone = Comparator.comparingInt(p -> p.zone().map(ZONE_ORDER::indexOf).orElse(ZONE_ORDER.size()));
        out.sort(byZone.thenComparing(p -> p.client().name(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    static List<Criterion> criteria(ScoringSheet scoring) {
        List<Criterion> out = new ArrayList<>();
        scoring.criteria().stream().filter(c -> c.axis() == Axis.ATTRACTIVENESS).forEach(out::add);
        scoring.criteria().stream().filter(c -> c.axis() == Axis.RELATIONSHIP).forEach(out::add);
        return out;
    }

    static Layout write(Sheet sheet, XSSFSheet table, SheetContext cx, ScoringSheet scoring, Matrix matrix, Names names) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        List<Criterion> criteria = criteria(scoring);
        int nA = (int) criteria.stream().filter(c -> c.axis() == Axis.ATTRACTIVENESS).count();
        int n = criteria.size();
        int[] widths = new int[names.last() + 1];
        int[] lead = {28, 20, 12, 14};
        System.arraycopy(lead, 0, widths, 0, lead.length);
        for (int i = 0; i < n; i++) {
            widths[FIRST_CRITERION + i] = 12;
        }
        int[] results = {13, 14, 13, 14, 18, 42, 14, 10, 10, 10, 10};
        System.arraycopy(results, 0, widths, FIRST_CRITERION + n, results.length);
        w.columns(widths);
        w.text(0, 0, cx.get("export.scores.title"), st.title);
        w.row(0).setHeightInPoints(24);
        w.text(1, 0, cx.get("export.scores.subtitle"), st.subtitle);
        w.text(LIMIT_MEDIUM_ROW, 0, cx.get("export.scores.mediumFrom"), st.label);
        w.number(LIMIT_MEDIUM_ROW, 1, scoring.settings().limits().mediumFrom(), st.inputWeight);
        w.text(LIMIT_HIGH_ROW, 0, cx.get("export.scores.highFrom"), st.label);
        w.number(LIMIT_HIGH_ROW, 1, scoring.settings().limits().highFrom(), st.inputWeight);
        w.text(CURRENCY_ROW, 0, cx.get("export.scores.countedIn"), st.label);
        w.text(CURRENCY_ROW, 1, matrix.currency(), st.inputCurrency);

        w.text(AXIS_ROW, CURRENCY, cx.get("export.scores.axis"), st.label);
        w.text(WEIGHT_ROW, CURRENCY, cx.get("export.scores.weight"), st.label);
        w.text(HELPER_ROW, CURRENCY, cx.get("export.scores.helper"), st.muted);
        w.row(HELPER_ROW).setZeroHeight(true); // the formulas' weights in hundredths: needed, not read
        for (int i = 0; i < n; i++) {
            Criterion c = criteria.get(i);
            int col = FIRST_CRITERION + i;
            w.text(AXIS_ROW, col, cx.get("scoring.axis." + c.axis().key()), st.muted);
            w.number(WEIGHT_ROW, col, c.weight(), st.inputWeight);
            String weightCell = CellReference.convertNumToColString(col) + (WEIGHT_ROW + 1);
            w.formula(HELPER_ROW, col, "ROUND(" + weightCell + "*100,0)", st.helper,
                    c.weight().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP));
        }
        for (int c = 0; c <= names.last(); c++) {
            w.text(HEADER_ROW, c, names.headers().get(c), st.header);
        }

        Layout layout = new Layout(sheet.getSheetName(), n, FIRST_DATA_ROW, FIRST_DATA_ROW + matrix.placements().size() - 1,
                new EnumMap<>(Zone.class));
        Formulas f = new Formulas(cx, nA, n);
        String currencyCell = "$B$" + (CURRENCY_ROW + 1);
        Map<Integer, String> columnFormulas = new java.util.HashMap<>();
        int r = FIRST_DATA_ROW;
        for (Placement p : ordered(matrix)) {
            Client c = p.client();
            Map<Long, Integer> scores = c.id() == null ? Map.of() : scoring.scoresOf(c.id());
            w.text(r, NAME, c.name(), st.textBold);
            w.text(r, SEGMENT, c.segment(), st.text);
            w.number(r, REVENUE, c.revenue(), st.integer);
            w.text(r, CURRENCY, c.currency(), st.centred);
            for (int i = 0; i < n; i++) {
                Integer s = scores.get(criteria.get(i).id());
                if (s == null) {
                    w.blank(r, FIRST_CRITERION + i, st.inputScore);
                } else {
                    w.number(r, FIRST_CRITERION + i, s, st.inputScore);
                }
            }
            int row = r + 1;
            String bandA = p.attractiveness() == null ? "" : f.bandName(Axis.ATTRACTIVENESS, p.attractiveness().band());
            String bandR = p.relationship() == null ? "" : f.bandName(Axis.RELATIONSHIP, p.relationship().band());
            w.formula(r, layout.attractivenessScore(), f.score(row, FIRST_CRITERION, FIRST_CRITERION + nA - 1), st.score,
                    p.attractiveness() == null ? "" : p.attractiveness().rounded());
            w.formula(r, layout.attractivenessBand(), f.band(row, layout.attractivenessScore(), Axis.ATTRACTIVENESS), st.centred, bandA);
            w.formula(r, layout.relationshipScore(), f.score(row, FIRST_CRITERION + nA, FIRST_CRITERION + n - 1), st.score,
                    p.relationship() == null ? "" : p.relationship().rounded());
            w.formula(r, layout.relationshipBand(), f.band(row, layout.relationshipScore(), Axis.RELATIONSHIP), st.centred, bandR);
            w.formula(r, layout.cell(), f.cell(row, layout), st.centred, p.isPlaced() ? bandA + " / " + bandR : "");
            w.formula(r, layout.zone(), f.zone(row, layout), st.text,
                    p.zone().map(z -> StrategyTexts.zoneName(z, cx.m())).orElse(""));
            helpers(w, f, names, layout, r, currencyCell, matrix.countsRevenue(c) ? c.revenue() : BigDecimal.ZERO,
                    p.zone().orElse(null), p.attractiveness() == null ? null : p.attractiveness().rounded());
            if (r == FIRST_DATA_ROW) {
                for (var cell : sheet.getRow(r)) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        columnFormulas.put(cell.getColumnIndex(), cell.getCellFormula());
                    }
                }
            }
            final int rr = r;
            p.zone().ifPresent(z -> layout.zoneRows().merge(z, new int[] {rr, rr}, (a, b) -> new int[] {a[0], b[1]}));
            r++;
        }
        if (r == FIRST_DATA_ROW) { // a table has a data row: an empty one, ready to be typed in
            for (int c = 0; c <= names.last(); c++) {
                w.blank(r, c, c >= FIRST_CRITERION && c < FIRST_CRITERION + n ? st.inputScore : st.text);
            }
        }
        int last = Math.max(FIRST_DATA_ROW, r - 1);
        int lastCol = layout.zone();
        for (int c = names.counted(); c <= names.last(); c++) {
            sheet.setColumnHidden(c, true);
        }
        table(table, names, last, columnFormulas);
        validation(sheet, cx, n, last);
        if (r > FIRST_DATA_ROW && n > 0) {
            zoneColours(sheet, cx, layout, last);
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), AXIS_ROW, HEADER_ROW, false);
        // across pages as needed, the client's name repeated; a score stays beside its band
        int[] groups = new int[3 + n + 4];
        int g = 0;
        groups[g++] = NAME;
        groups[g++] = SEGMENT;
        groups[g++] = REVENUE;
        for (int i = 0; i < n; i++) {
            groups[g++] = FIRST_CRITERION + i;
        }
        groups[g++] = layout.attractivenessScore();
        groups[g++] = layout.relationshipScore();
        groups[g++] = layout.cell();
        groups[g] = layout.zone();
        w.printAcross(lastCol + 1, groups, NAME, NAME);
        return layout;
    }

    /**
     * The hidden helper columns of a row: the revenue counted in the shares (in the session currency,
     * or with no currency given; 0 otherwise) and, per zone, the attractiveness when the client is in
     * that zone or #N/A (a chart leaves #N/A out): the bubble chart's series follow the zone formula.
     */
    private static void helpers(SheetWriter w, Formulas f, Names names, Layout layout, int r, String currencyCell,
                                BigDecimal counted, Zone zone, BigDecimal attractiveness) {
        Styles st = w.styles;
        int row = r + 1;
        String revenue = Formulas.col(REVENUE) + row;
        String currency = Formulas.col(CURRENCY) + row;
        w.formula(r, names.counted(), "IF(AND(ISNUMBER(" + revenue + "),OR(" + currency + "=\"\"," + currency + "=" + currencyCell
                + "))," + revenue + ",0)", st.integer, counted);
        String zoneCell = Formulas.col(layout.zone()) + row;
        String score = Formulas.col(layout.attractivenessScore()) + row;
        for (Zone z : ZONE_ORDER) {
            // no cached #N/A for the others (the streaming writer cannot store an error result): computed on opening
            w.formula(r, names.zoneY(z), "IF(" + zoneCell + "=" + Formulas.quote(StrategyTexts.zoneName(z, f.cx.m()))
                    + "," + score + ",NA())", st.score, z == zone ? attractiveness : null);
        }
    }

    /**
     * The clients' rows as an Excel table named {@link #TABLE}, with the column names the formulas use
     * and every formula column a calculated column, so that a row typed below the table joins it with
     * its scores, bands, zone and helpers computed.
     */
    private static void table(XSSFSheet sheet, Names names, int last, Map<Integer, String> columnFormulas) {
        AreaReference area = new AreaReference(new CellReference(HEADER_ROW, 0), new CellReference(last, names.last()),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(TABLE);
        table.setDisplayName(TABLE);
        CTTable ct = table.getCTTable();
        for (int c = 0; c <= names.last(); c++) {
            var column = ct.getTableColumns().getTableColumnArray(c);
            column.setName(names.headers().get(c));
            String formula = columnFormulas.get(c);
            if (formula != null) { // a calculated column: a row added to the table gets the formula (relative to the first row)
                column.addNewCalculatedColumnFormula().setStringValue(formula);
            }
        }
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        var style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(false);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    /** What a reader may type: scores whole 1–5, weights above 0 with at most two decimals, limits 1–5 with medium below high. */
    private static void validation(Sheet sheet, SheetContext cx, int n, int last) {
        DataValidationHelper dv = sheet.getDataValidationHelper();
        if (n > 0) {
            DataValidationConstraint oneToFive = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "5");
            DataValidation v = dv.createValidation(oneToFive,
                    new CellRangeAddressList(FIRST_DATA_ROW, last, FIRST_CRITERION, FIRST_CRITERION + n - 1));
            v.setShowErrorBox(true);
            v.createErrorBox(cx.get("export.scores.col.client"), cx.get("export.scores.oneToFive"));
            sheet.addValidationData(v);
            String first = Formulas.col(FIRST_CRITERION) + (WEIGHT_ROW + 1);
            DataValidation weights = dv.createValidation(dv.createCustomConstraint("AND(ISNUMBER(" + first + ")," + first + ">0,ROUND("
                            + first + ",2)=" + first + ")"),
                    new CellRangeAddressList(WEIGHT_ROW, WEIGHT_ROW, FIRST_CRITERION, FIRST_CRITERION + n - 1));
            weights.setShowErrorBox(true);
            weights.createErrorBox(cx.get("export.scores.weight"), cx.get("export.scores.weightRule"));
            sheet.addValidationData(weights);
        }
        String medium = "$B$" + (LIMIT_MEDIUM_ROW + 1);
        String high = "$B$" + (LIMIT_HIGH_ROW + 1);
        DataValidation limits = dv.createValidation(dv.createCustomConstraint("AND(ISNUMBER(B" + (LIMIT_MEDIUM_ROW + 1) + "),B"
                        + (LIMIT_MEDIUM_ROW + 1) + ">=1,B" + (LIMIT_MEDIUM_ROW + 1) + "<=5,ROUND(B" + (LIMIT_MEDIUM_ROW + 1) + ",2)=B"
                        + (LIMIT_MEDIUM_ROW + 1) + "," + medium + "<" + high + ")"),
                new CellRangeAddressList(LIMIT_MEDIUM_ROW, LIMIT_HIGH_ROW, 1, 1));
        limits.setShowErrorBox(true);
        limits.createErrorBox(cx.get("export.scores.mediumFrom"), cx.get("export.scores.limitRule"));
        sheet.addValidationData(limits);
    }

    /** The zone column coloured as the matrix, by rules that follow a changed score. */
    private static void zoneColours(Sheet sheet, SheetContext cx, Layout layout, int last) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        String zoneCell = "$" + CellReference.convertNumToColString(layout.zone()) + (FIRST_DATA_ROW + 1);
        CellRangeAddress[] range = {new CellRangeAddress(FIRST_DATA_ROW, last, layout.zone(), layout.zone())};
        for (Zone z : Zone.values()) {
            ConditionalFormattingRule rule = cf.createConditionalFormattingRule(
                    zoneCell + "=" + Formulas.quote(StrategyTexts.zoneName(z, cx.m())));
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(Styles.colour(Styles.ZONE_COLOURS.get(z)[0]));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            FontFormatting font = rule.createFontFormatting();
            font.setFontColor(Styles.colour(Styles.ZONE_COLOURS.get(z)[1]));
            cf.addConditionalFormatting(range, rule);
        }
    }

    /** The formulas of one row. Everything in them is ours (bundle texts, references), never user text. */
    static final class Formulas {
        final SheetContext cx;
        private final int nA;
        private final int n;

        Formulas(SheetContext cx, int nA, int n) {
            this.cx = cx;
            this.nA = nA;
            this.n = n;
        }

        static String quote(String s) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }

        static String col(int c) {
            return CellReference.convertNumToColString(c);
        }

        /** The axis score of row {@code row} (1-based) over criteria columns {@code from..to}: the app's rounding, exactly. */
        String score(int row, int from, int to) {
            if (to < from) {
                return "\"\"";
            }
            String scores = col(from) + row + ":" + col(to) + row;
            String w100 = "$" + col(from) + "$" + (HELPER_ROW + 1) + ":$" + col(to) + "$" + (HELPER_ROW + 1);
            String d = "SUMIF(" + scores + ",\">0\"," + w100 + ")";
            String num = "SUMPRODUCT(" + w100 + "," + scores + ")";
            return "IF(" + d + "=0,\"\",INT((200*" + num + "+" + d + ")/(2*" + d + "))/100)";
        }

        String band(int row, int scoreCol, Axis axis) {
            String s = col(scoreCol) + row;
            String hundredths = "ROUND(" + s + "*100,0)";
            String medium = "ROUND($B$" + (LIMIT_MEDIUM_ROW + 1) + "*100,0)";
            String high = "ROUND($B$" + (LIMIT_HIGH_ROW + 1) + "*100,0)";
            return "IF(" + s + "=\"\",\"\",IF(" + hundredths + ">=" + high + "," + quote(bandName(axis, Band.HIGH)) + ",IF("
                    + hundredths + ">=" + medium + "," + quote(bandName(axis, Band.MEDIUM)) + "," + quote(bandName(axis, Band.LOW))
                    + ")))";
        }

        String cell(int row, Layout l) {
            String a = col(l.attractivenessBand()) + row;
            String r = col(l.relationshipBand()) + row;
            return "IF(OR(" + a + "=\"\"," + r + "=\"\"),\"\"," + a + "&\" / \"&" + r + ")";
        }

        String zone(int row, Layout l) {
            String a = col(l.attractivenessBand()) + row;
            String r = col(l.relationshipBand()) + row;
            return "IF(OR(" + a + "=\"\"," + r + "=\"\"),\"\",IF(" + a + "=" + quote(bandName(Axis.ATTRACTIVENESS, Band.LOW)) + ","
                    + quote(StrategyTexts.zoneName(Zone.PROTECT_REVENUE, cx.m())) + ",IF(" + a + "="
                    + quote(bandName(Axis.ATTRACTIVENESS, Band.MEDIUM)) + ","
                    + quote(StrategyTexts.zoneName(Zone.INVEST_SELECTIVELY, cx.m())) + ",IF(" + r + "="
                    + quote(bandName(Axis.RELATIONSHIP, Band.LOW)) + "," + quote(StrategyTexts.zoneName(Zone.BUILD_LOYALTY, cx.m()))
                    + "," + quote(StrategyTexts.zoneName(Zone.DEEPEN_RELATIONSHIP, cx.m())) + "))))";
        }

        String bandName(Axis axis, Band band) {
            return cx.get("scoring.band." + axis.key() + "." + band.key(axis));
        }
    }
}
