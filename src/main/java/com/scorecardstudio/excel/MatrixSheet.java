package com.scorecardstudio.excel;

import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Band;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.report.StrategyTexts;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBubbleChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The 3 × 3 matrix as the app draws it: high attractiveness on top, weak relationship on the left,
 * each cell in its zone's colours with the clients' names (as exported) and a live count; the zones'
 * strategies with live counts and revenue; and a bubble chart of the clients (relationship ×
 * attractiveness, bubble size = revenue) reading the live scores of the scores sheet.
 */
final class MatrixSheet {
    static final int GRID_HEADER_ROW = 3;
    static final int GRID_FIRST_ROW = 4;
    /** Names shown in a cell before "and n more": the sheet must stay printable on one page. */
    static final int NAMES_CHARS = 520;

    private MatrixSheet() {
    }

    /** The sheet row (0-based) holding the names of a cell's clients. */
    static int namesRow(Band attractiveness) {
        return GRID_FIRST_ROW + (2 - attractiveness.ordinal()) * 2 + 1;
    }

    /** The sheet column (0-based) of a relationship band. */
    static int column(Band relationship) {
        return 1 + relationship.ordinal();
    }

    static void write(Sheet sheet, XSSFDrawing drawing, SheetContext cx, Matrix matrix, ScoringSettings settings,
                      ScoresSheet.Layout scores, ScoresSheet.Names t) {
        Styles st = cx.styles();
        SheetWriter w = new SheetWriter(sheet, st);
        w.text(0, 0, cx.get("export.matrix.title"), st.title);
        w.row(0).setHeightInPoints(24);
        w.text(1, 0, cx.get("export.matrix.subtitle"), st.subtitle);
        w.text(GRID_HEADER_ROW, 0, cx.get("scoring.axis.attractiveness") + " ↓ / " + cx.get("scoring.axis.relationship") + " →",
                st.header);
        for (Band r : Band.values()) {
            w.text(GRID_HEADER_ROW, column(r), cx.get("scoring.band.relationship." + r.key(Axis.RELATIONSHIP)), st.header);
        }
        w.row(GRID_HEADER_ROW).setHeightInPoints(42);
        for (int i = 2; i >= 0; i--) {
            Band a = Band.values()[i];
            int titleRow = namesRow(a) - 1;
            int namesRow = namesRow(a);
            w.text(titleRow, 0, cx.get("scoring.band.attractiveness." + a.key(Axis.ATTRACTIVENESS)), st.header);
            int lines = 3;
            for (Band r : Band.values()) {
                Cell cell = new Cell(a, r);
                Zone zone = cell.zone();
                String count = "COUNTIFS(" + t.column(scores.attractivenessBand()) + ","
                        + ScoresSheet.Formulas.quote(cx.get("scoring.band.attractiveness." + a.key(Axis.ATTRACTIVENESS))) + ","
                        + t.column(scores.relationshipBand()) + ","
                        + ScoresSheet.Formulas.quote(cx.get("scoring.band.relationship." + r.key(Axis.RELATIONSHIP))) + ")";
                String label = cx.get("scoring.zone." + zone.key() + ".short") + " · " + cx.get("export.matrix.clients") + ": ";
                w.formula(titleRow, column(r), ScoresSheet.Formulas.quote(label) + "&" + count, st.zoneTitle.get(zone),
                        label + matrix.cell(cell).clients().size());
                String names = names(matrix.cell(cell).clients(), cx);
                w.text(namesRow, column(r), names, st.zone.get(zone));
                lines = Math.max(lines, SheetWriter.lines(names, 38));
            }
            w.blank(namesRow, 0, st.header);
            sheet.addMergedRegion(new CellRangeAddress(titleRow, namesRow, 0, 0));
            w.row(titleRow).setHeightInPoints(20);
            w.row(namesRow).setHeightInPoints(Math.max(58, Math.min(300, 13.5f * lines + 4)));
        }
        int r = namesRow(Band.LOW) + 1;
        if (!matrix.notPlaced().isEmpty()) {
            w.text(r, 0, cx.get("scoring.matrix.notPlaced", matrix.notPlaced().size()) + ": " + names(matrix.notPlaced(), cx),
                    st.muted);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
            w.row(r).setHeightInPoints(Math.min(120, 13.5f * SheetWriter.lines(names(matrix.notPlaced(), cx), 150) + 4));
        }
        r += 1;
        sheet.setRowBreak(r); // the matrix on a page of its own, the strategies and the chart after it
        r += 1;
        w.text(r++, 0, cx.get("export.matrix.strategies"), st.section);
        w.text(r, 0, cx.get("export.matrix.col.zone"), st.header);
        w.text(r, 1, cx.get("export.matrix.col.strategy"), st.header);
        w.blank(r, 2, st.header);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
        w.text(r, 3, cx.get("export.matrix.col.clients"), st.header);
        w.text(r, 4, cx.get("export.matrix.col.revenue", matrix.currency()).strip(), st.header); // no trailing space without a currency
        w.text(r, 5, cx.get("export.matrix.col.share"), st.header);
        r++;
        for (Zone zone : ScoresSheet.ZONE_ORDER) {
            String zoneName = ScoresSheet.Formulas.quote(StrategyTexts.zoneName(zone, cx.m()));
            w.text(r, 0, StrategyTexts.zoneName(zone, cx.m()), st.zoneTitle.get(zone));
            String strategy = StrategyTexts.strategy(zone, settings, cx.m());
            w.text(r, 1, strategy, st.text);
            w.blank(r, 2, st.text);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
            List<Placement> inZone = matrix.placements().stream().filter(p -> p.zone().orElse(null) == zone).toList();
            // only the session currency's revenue (or revenue without a currency) is summed: never two currencies
            java.math.BigDecimal revenue = inZone.stream().filter(p -> matrix.countsRevenue(p.client())).map(p -> p.client().revenue())
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            w.formula(r, 3, "COUNTIF(" + t.column(t.zone()) + "," + zoneName + ")", st.integer, inZone.size());
            w.formula(r, 4, "SUMIFS(" + t.column(t.counted()) + "," + t.column(t.zone()) + "," + zoneName + ")", st.integer, revenue);
            w.formula(r, 5, t.share(zoneName), st.percent, matrix.totalRevenue().signum() == 0 ? ""
                    : revenue.doubleValue() / matrix.totalRevenue().doubleValue());
            int lines = Math.max(SheetWriter.lines(strategy, 84), SheetWriter.lines(StrategyTexts.zoneName(zone, cx.m()), 20));
            w.row(r).setHeightInPoints(Math.min(200, 13.5f * Math.max(2, lines) + 4));
            r++;
        }
        r = otherCurrencies(w, cx, matrix, t, r);
        w.width(0, 24);
        for (Band b : Band.values()) {
            w.width(column(b), 37);
        }
        w.width(4, 16);
        w.width(5, 10);
        if (!matrix.placements().isEmpty()) {
            r += 1;
            w.row(r + 24); // the chart's rows exist, so that they print
            chart(drawing, cx, matrix, scores, t, 0, r, 5, r + 24);
        }
        SheetWriter.printSetUp(sheet, cx.m(), cx.sessionTitle(), cx.date(), -1, -1, false);
        w.printAcross(6, new int[] {0, 1, 2, 3, 4, 5}, -1, -1);
        sheet.setDisplayGridlines(false);
    }

    /** The names of some clients, cut short with "and n more" so that a cell stays readable. */
    static String names(List<Placement> clients, SheetContext cx) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Placement p : clients) {
            String name = p.client().name();
            if (sb.length() + name.length() > NAMES_CHARS) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(name);
            shown++;
        }
        if (shown < clients.size()) {
            sb.append(' ').append(cx.get("export.matrix.more", clients.size() - shown));
        }
        return sb.toString();
    }


    /**
     * Revenue in currencies other than the session's, apart, each with its own live total: they are
     * never added to the session currency's sums or shares.
     */
    private static int otherCurrencies(SheetWriter w, SheetContext cx, Matrix matrix, ScoresSheet.Names t, int r) {
        List<String> currencies = matrix.otherCurrency().stream().map(p -> p.client().currency()).distinct().sorted().toList();
        if (currencies.isEmpty()) {
            return r;
        }
        Styles st = w.styles;
        r++;
        w.text(r++, 0, cx.get("export.matrix.otherCurrencies", matrix.currency()), st.section);
        w.text(r, 0, cx.get("export.scores.col.currency"), st.header);
        w.text(r, 3, cx.get("export.matrix.col.clients"), st.header);
        w.text(r, 4, cx.get("export.scores.col.revenue"), st.header);
        r++;
        for (String currency : currencies) {
            List<Placement> in = matrix.otherCurrency().stream().filter(p -> p.client().currency().equals(currency)).toList();
            java.math.BigDecimal sum = in.stream().map(p -> p.client().revenue()).reduce(java.math.BigDecimal.ZERO,
                    java.math.BigDecimal::add);
            String q = ScoresSheet.Formulas.quote(currency);
            w.text(r, 0, currency, st.textBold);
            String both = "COUNTIFS(" + t.column(ScoresSheet.CURRENCY) + "," + q + "," + t.column(ScoresSheet.REVENUE) + ",";
            w.formula(r, 3, both + "\">=0\")+" + both + "\"<0\")", st.integer, in.size()); // those with a revenue
            w.formula(r, 4, "SUMIFS(" + t.column(ScoresSheet.REVENUE) + "," + t.column(ScoresSheet.CURRENCY) + "," + q + ")", st.integer,
                    sum);
            r++;
        }
        return r;
    }

    /**
     * One bubble series per zone over the whole table: x the relationship score, y the hidden column
     * holding the attractiveness of the zone's clients (#N/A for the others, which a chart leaves
     * out), size the revenue counted in the session currency. A client whose scores change moves to
     * its new zone's series; a row added to the table extends every series.
     */
    private static void chart(XSSFDrawing drawing, SheetContext cx, Matrix matrix, ScoresSheet.Layout scores, ScoresSheet.Names t,
                              int col1, int row1, int col2, int row2) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(cx.get("export.matrix.chart"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle(cx.get("scoring.axis.relationship"));
        x.setMinimum(1);
        x.setMaximum(5);
        x.setMajorUnit(1);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(cx.get("scoring.axis.attractiveness"));
        y.setMinimum(1);
        y.setMaximum(5);
        y.setMajorUnit(1);
        y.setCrosses(AxisCrosses.MIN);
        x.setCrosses(AxisCrosses.MIN);
        XDDFBubbleChartData data = new XDDFBubbleChartData(chart, chart.getCTChart().getPlotArea().addNewBubbleChart(), x, y);
        data.setVaryColors(false);
        List<Placement> ordered = ScoresSheet.ordered(matrix);
        int n = Math.max(1, ordered.size());
        int[] rows = {scores.firstDataRow(), scores.firstDataRow() + n - 1};
        for (Zone zone : ScoresSheet.ZONE_ORDER) {
            // the cached points are the zone's clients only (a reader that draws from the cache shows the
            // same bubbles); the ranges cover every row, so that a recalculated zone moves a bubble
            Double[] xs = new Double[n];
            Double[] ys = new Double[n];
            Double[] sizes = new Double[n];
            for (int i = 0; i < ordered.size(); i++) {
                Placement p = ordered.get(i);
                if (p.zone().orElse(null) == zone) {
                    xs[i] = p.relationship().rounded().doubleValue();
                    ys[i] = p.attractiveness().rounded().doubleValue();
                    sizes[i] = matrix.countsRevenue(p.client()) ? p.client().revenue().doubleValue() : 0d;
                }
            }
            XDDFNumericalDataSource<Double> xSource = XDDFDataSourcesFactory.fromArray(xs, range(scores, scores.relationshipScore(), rows));
            XDDFNumericalDataSource<Double> ySource = XDDFDataSourcesFactory.fromArray(ys, range(scores, t.zoneY(zone), rows));
            XDDFBubbleChartData.Series series = (XDDFBubbleChartData.Series) data.addSeries(xSource, ySource);
            series.setBubbleSizes(XDDFDataSourcesFactory.fromArray(sizes, range(scores, t.counted(), rows)));
            series.setTitle(StrategyTexts.zoneName(zone, cx.m()).replace("\"", "'"), null);
            XDDFShapeProperties props = new XDDFShapeProperties();
            String hex = Styles.ZONE_COLOURS.get(zone)[1];
            props.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {
                    (byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
                    (byte) Integer.parseInt(hex.substring(4, 6), 16)})));
            series.setShapeProperties(props);
        }
        chart.plot(data);
    }

    private static String range(ScoresSheet.Layout scores, int column, int[] rows) {
        String col = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
        return "'" + scores.sheetName().replace("'", "''") + "'!$" + col + "$" + (rows[0] + 1) + ":$" + col + "$" + (rows[1] + 1);
    }
}
