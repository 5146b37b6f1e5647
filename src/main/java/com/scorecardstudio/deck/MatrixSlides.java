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
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The client matrix as native shapes: the 3 × 3 cells (attractiveness upwards, relationship to the
 * right) in their zone colours with the number of clients, their share of revenue and their names,
 * the dependence warning under it; then the strategy of each zone as a table. No slides for a
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
        strategiesSlides();
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
