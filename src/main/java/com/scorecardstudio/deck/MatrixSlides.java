package com.scorecardstudio.deck;

import com.scorecardstudio.deck.Slides.Para;
import com.scorecardstudio.deck.Tables.Column;
import com.scorecardstudio.deck.Tables.Row;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Band;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.StrategyTexts;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBubbleChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The client matrix as native shapes: the 3 × 3 cells (attractiveness upwards, relationship to the
 * right) in their zone colours with the number of clients, their share of revenue and their names,
 * the dependence warning under it; the clients as a native bubble chart (a series per zone, bubble area
 * = revenue); then the strategy of each zone as a table. No slides for a
 * session without clients.
 */
final class MatrixSlides {
    private static final double ROW_HEAD = 110;
    private static final List<Zone> ZONES = List.of(Zone.DEEPEN_RELATIONSHIP, Zone.BUILD_LOYALTY, Zone.INVEST_SELECTIVELY,
            Zone.PROTECT_REVENUE);

    private final Slides deck;
    private final Messages m;
    private final Matrix matrix;
    private final ScoringSettings settings;

    MatrixSlides(Slides deck, Matrix matrix, ScoringSettings settings) {
        this.deck = deck;
        this.m = deck.m;
        this.matrix = matrix;
        this.settings = settings;
    }

    void write() {
        if (matrix.placements().isEmpty()) {
            return;
        }
        matrixSlide();
        bubbleSlide();
        strategiesSlides();
    }

    /** The most clients the bubble chart draws: past it, the largest by revenue, the rest counted in the notes. */
    static final int MAX_BUBBLES = 300;

    /**
     * The matrix as a native bubble chart PowerPoint can edit (its data in the chart's embedded workbook):
     * relationship strength to the right, attractiveness upwards, both on the 1–5 scale as in the app; a
     * bubble per placed client, its area its revenue; a series per zone in the zone's colour, so that the
     * legend names the zones. A client whose revenue does not count (none given, another currency) gets
     * the smallest bubble. The band limits are in the speaker notes (the chart's gridlines are whole
     * scores). With more than {@link #MAX_BUBBLES} placed clients, the largest by revenue are drawn.
     */
    private void bubbleSlide() {
        List<Placement> placed = matrix.placements().stream().filter(Placement::isPlaced).toList();
        if (placed.isEmpty()) {
            return;
        }
        List<Placement> drawn = placed.stream().sorted(java.util.Comparator.comparing((Placement p) -> revenue(p.client()))
                .reversed()).limit(MAX_BUBBLES).toList();
        double smallest = drawn.stream().mapToDouble(p -> revenue(p.client())).filter(v -> v > 0).min().orElse(1);
        XSLFSlide slide = deck.slide(m.get("deck.matrix.bubbles.title"), Palette.NEUTRAL);
        XSLFChart chart = deck.show.createChart();
        Rectangle2D body = Slides.BODY; // POI takes the chart's frame in EMU, not points
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(body.getX()), Units.toEMU(body.getY()), Units.toEMU(body.getWidth()),
                Units.toEMU(body.getHeight())));
        var frames = slide.getXmlObject().getCSld().getSpTree().getGraphicFrameList();
        frames.get(frames.size() - 1).getNvGraphicFramePr().getCNvPr().setName(m.get("deck.matrix.bubbles.title"));
        chart.setAutoTitleDeleted(true);
        textStyle(chart);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        for (XDDFValueAxis axis : List.of(x, y)) {
            axis.setMinimum(1);
            axis.setMaximum(5);
            axis.setMajorUnit(1);
            axis.setCrosses(AxisCrosses.MIN);
            axis.getOrAddMajorGridProperties().setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(colour(Palette.RULE))));
        }
        x.setTitle(m.get("scoring.axis.relationship"));
        y.setTitle(m.get("scoring.axis.attractiveness"));
        XDDFBubbleChartData data = new XDDFBubbleChartData(chart, chart.getCTChart().getPlotArea().addNewBubbleChart(), x, y);
        data.setVaryColors(false);
        record Block(int column, List<Placement> clients) {
        }
        List<Block> blocks = new ArrayList<>();
        // the zone with the most clients first: LibreOffice (7.4) leaves out every series before the longest
        List<List<Placement>> byZone = ZONES.stream().map(z -> drawn.stream().filter(p -> p.zone().orElseThrow() == z).toList())
                .filter(l -> !l.isEmpty()).sorted(java.util.Comparator.comparingInt((List<Placement> l) -> l.size()).reversed()).toList();
        for (List<Placement> in : byZone) {
            Zone zone = in.get(0).zone().orElseThrow();
            int col = blocks.size() * 4; // name, relationship, attractiveness, revenue
            int n = in.size();
            Double[] xs = in.stream().map(p -> p.relationship().rounded().doubleValue()).toArray(Double[]::new);
            Double[] ys = in.stream().map(p -> p.attractiveness().rounded().doubleValue()).toArray(Double[]::new);
            Double[] sizes = in.stream().map(p -> revenue(p.client()) > 0 ? revenue(p.client()) : smallest).toArray(Double[]::new);
            XDDFBubbleChartData.Series series = (XDDFBubbleChartData.Series) data.addSeries(
                    XDDFDataSourcesFactory.fromArray(xs, chart.formatRange(new CellRangeAddress(1, n, col + 1, col + 1)), col + 1),
                    XDDFDataSourcesFactory.fromArray(ys, chart.formatRange(new CellRangeAddress(1, n, col + 2, col + 2)), col + 2));
            series.setBubbleSizes(XDDFDataSourcesFactory.fromArray(sizes, chart.formatRange(new CellRangeAddress(1, n, col + 3, col + 3)), col + 3));
            String name = StrategyTexts.zoneName(zone, m);
            series.setTitle(name, chart.setSheetTitle(name, col + 2));
            XDDFShapeProperties look = new XDDFShapeProperties();
            look.setFillProperties(new XDDFSolidFillProperties(colour(Palette.zoneInk(zone))));
            look.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(colour(Color.WHITE))));
            series.setShapeProperties(look);
            blocks.add(new Block(col, in));
        }
        chart.plot(data);
        workbook(chart, blocks.stream().map(Block::column).toList(), blocks.stream().map(Block::clients).toList(), smallest);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.RIGHT);
        StringBuilder notes = new StringBuilder(m.get("deck.matrix.bubbles.notes", LocalNumbers.of(m.locale()).two(settings.limits().mediumFrom()),
                LocalNumbers.of(m.locale()).two(settings.limits().highFrom())));
        if (drawn.size() < placed.size()) {
            notes.append("\n\n").append(m.get("deck.matrix.bubbles.capped", drawn.size(), placed.size()));
        }
        deck.notes(slide, notes.toString());
    }

    /**
     * The chart's data as PowerPoint's "Edit data" shows it: per zone a block of columns, the clients'
     * names, then the numbers as numbers (POI's plot writes an x value as text).
     */
    private void workbook(XSLFChart chart, List<Integer> columns, List<List<Placement>> clients, double smallest) {
        try {
            XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
            for (int b = 0; b < columns.size(); b++) {
                int col = columns.get(b);
                String zone = StrategyTexts.zoneName(clients.get(b).get(0).zone().orElseThrow(), m);
                XSSFRow head = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
                head.createCell(col).setCellValue(m.get("deck.matrix.col.clients"));
                head.createCell(col + 1).setCellValue(m.get("scoring.axis.relationship"));
                head.createCell(col + 2).setCellValue(zone);
                head.createCell(col + 3).setCellValue(m.get("deck.matrix.bubbles.revenue"));
                for (int i = 0; i < clients.get(b).size(); i++) {
                    Placement p = clients.get(b).get(i);
                    XSSFRow row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                    row.createCell(col).setCellValue(p.client().name());
                    row.createCell(col + 1).setCellValue(p.relationship().rounded().doubleValue());
                    row.createCell(col + 2).setCellValue(p.attractiveness().rounded().doubleValue());
                    row.createCell(col + 3).setCellValue(revenue(p.client()) > 0 ? revenue(p.client()) : smallest);
                }
            }
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new java.io.UncheckedIOException(e instanceof java.io.IOException io ? io : new java.io.IOException(e));
        }
    }

    /**
     * The chart's text in the deck's font at 12 pt (axis numbers, axis titles, legend): left unset, an
     * office suite picks its own default font and size, in PowerPoint as in LibreOffice below the deck's floor.
     */
    private static void textStyle(XSLFChart chart) {
        var tx = chart.getCTChartSpace().addNewTxPr();
        tx.addNewBodyPr();
        tx.addNewLstStyle();
        var rpr = tx.addNewP().addNewPPr().addNewDefRPr();
        rpr.setSz(1200);
        rpr.addNewLatin().setTypeface(TextMeasure.DECLARED_FONT);
        rpr.addNewCs().setTypeface(TextMeasure.DECLARED_FONT);
    }

    /** A client's revenue as the chart sizes it: 0 when it does not count in the shares. */
    private double revenue(com.scorecardstudio.domain.scoring.Client c) {
        return matrix.countsRevenue(c) && c.revenue() != null ? c.revenue().doubleValue() : 0;
    }

    private static XDDFColor colour(Color c) {
        return XDDFColor.from(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()});
    }

    private void matrixSlide() {
        XSLFSlide slide = deck.slide(m.get("deck.matrix.title"), Palette.NEUTRAL);
        Rectangle2D body = Slides.BODY;
        List<Para> notes = notes();
        double notesH = 0;
        if (!notes.isEmpty()) {
            double w = body.getWidth() - 2 * Slides.INSET_X;
            double s = Slides.fitSize(notes, w, 96, 12);
            notesH = Math.min(100, Slides.height(notes, Double.isNaN(s) ? TextMeasure.MIN_SIZE : s, w) + 2 * Slides.INSET_Y + 2);
        }
        double gridLeft = body.getX() + ROW_HEAD;
        double gridTop = body.getY() + 44;
        double gridBottom = body.getMaxY() - (notesH > 0 ? notesH + 8 : 0);
        double cellW = (body.getMaxX() - gridLeft) / 3;
        double cellH = (gridBottom - gridTop) / 3;

        XSLFGroupShape group = slide.createGroup();
        Rectangle2D all = new Rectangle2D.Double(body.getX(), body.getY(), body.getWidth(), gridBottom - body.getY());
        group.setAnchor(all);
        group.setInteriorAnchor(all);
        Slides.name(group, m.get("deck.matrix.title"));
        Slides.fitted(group, new Rectangle2D.Double(gridLeft, body.getY(), cellW * 3, 20),
                List.of(Para.bold(m.get("scoring.axis.relationship") + " →").colour(Palette.MUTED)), 12, VerticalAlignment.MIDDLE,
                TextAlign.CENTER);
        Slides.fitted(group, new Rectangle2D.Double(body.getX(), body.getY() + 20, ROW_HEAD - 6, 24),
                List.of(Para.bold(m.get("scoring.axis.attractiveness") + " ↑").colour(Palette.MUTED)), 12, VerticalAlignment.MIDDLE,
                TextAlign.LEFT);
        Band[] bands = Band.values();
        for (int c = 0; c < 3; c++) {
            Slides.fitted(group, new Rectangle2D.Double(gridLeft + c * cellW, body.getY() + 20, cellW, 24),
                    List.of(Para.bold(m.get("scoring.band.relationship." + bands[c].key(Axis.RELATIONSHIP)))), 12,
                    VerticalAlignment.MIDDLE, TextAlign.CENTER);
        }
        for (int r = 0; r < 3; r++) {
            Band a = bands[2 - r];
            double y = gridTop + r * cellH;
            Slides.fitted(group, new Rectangle2D.Double(body.getX(), y, ROW_HEAD - 6, cellH),
                    List.of(Para.bold(m.get("scoring.band.attractiveness." + a.key(Axis.ATTRACTIVENESS)))), 12,
                    VerticalAlignment.MIDDLE, TextAlign.LEFT);
            for (int c = 0; c < 3; c++) {
                Cell cell = new Cell(a, bands[c]);
                Rectangle2D rect = new Rectangle2D.Double(gridLeft + c * cellW, y, cellW, cellH);
                XSLFAutoShape box = Slides.rect(group, rect, Palette.zoneFill(cell.zone()), Color.WHITE, 2);
                Slides.name(box, "Cell " + cell.key());
                Slides.fitInto(box, rect, cellText(matrix.cell(cell)), List.of(), 14, VerticalAlignment.TOP, TextAlign.LEFT);
            }
        }
        if (!notes.isEmpty()) {
            Slides.fitted(slide, new Rectangle2D.Double(body.getX(), gridBottom + 8, body.getWidth(), notesH), notes, 12,
                    VerticalAlignment.TOP, TextAlign.LEFT);
        }
        deck.notes(slide, m.get("deck.matrix.notes"));
    }

    private List<Para> cellText(Matrix.CellSummary cell) {
        Zone zone = cell.cell().zone();
        List<Para> paras = new ArrayList<>();
        paras.add(Para.bold(StrategyTexts.zoneName(zone, m)).colour(Palette.zoneInk(zone)));
        String count = m.get("scoring.cell.count", cell.clients().size());
        if (cell.share() != null && !cell.clients().isEmpty()) {
            count += " · " + m.get("scoring.cell.share", LocalNumbers.of(m.locale()).percent(cell.share()));
        }
        paras.add(Para.bold(count).before(2));
        if (!cell.clients().isEmpty()) {
            paras.add(Para.of(names(cell.clients())).colour(Palette.MUTED).before(2));
        }
        return paras;
    }

    private static String names(List<Placement> placements) {
        return String.join(", ", placements.stream().map(p -> p.client().name()).toList());
    }

    /** The dependence warning, the clients not placed and those left out of the shares. */
    private List<Para> notes() {
        List<Para> out = new ArrayList<>();
        for (Matrix.Concentration c : matrix.concentrated()) {
            out.add(Para.bold("⚠ " + m.get("scoring.concentration.warning", c.placement().client().name(),
                    LocalNumbers.of(m.locale()).percentBeside(c.share(), matrix.concentrationLimit().movePointLeft(2)), LocalNumbers.of(m.locale()).percent(matrix.concentrationLimit().movePointLeft(2))))
                    .colour(Palette.WARNING));
        }
        if (!matrix.notPlaced().isEmpty()) {
            out.add(Para.of(m.get("scoring.md.notPlaced", names(matrix.notPlaced()))).colour(Palette.MUTED));
        }
        if (!matrix.otherCurrency().isEmpty()) {
            out.add(Para.of(m.get("scoring.matrix.otherCurrency", matrix.otherCurrency().size(), matrix.currency())).colour(Palette.MUTED));
        }
        return out;
    }

    private void strategiesSlides() {
        List<Row> rows = new ArrayList<>();
        for (Zone zone : ZONES) {
            Matrix.ZoneSummary z = matrix.zone(zone);
            List<String> names = z.clients().stream().map(p -> p.client().name()).toList();
            String share = z.share() != null ? LocalNumbers.of(m.locale()).percent(z.share()) : "—";
            String clients = m.get("scoring.md.zoneCount", names.size()) + (names.isEmpty() ? "" : ": " + String.join(", ", names));
            rows.add(Row.of(StrategyTexts.zoneName(zone, m), clients, share, StrategyTexts.strategy(zone, settings, m))
                    .inks(Palette.zoneInk(zone), Palette.INK, Palette.INK, Palette.INK));
        }
        new Tables(deck, List.of(new Column(m.get("deck.matrix.col.zone"), 2), new Column(m.get("deck.matrix.col.clients"), 2.6),
                new Column(m.get("deck.matrix.col.share"), 1.1), new Column(m.get("deck.matrix.col.strategy"), 4)))
                .write(m.get("deck.matrix.strategies"), Palette.NEUTRAL, rows, null, Slides.BODY);
    }
}
