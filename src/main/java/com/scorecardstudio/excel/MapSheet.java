package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.LinkRouter;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.MapCard;
import com.scorecardstudio.domain.map.MapLayout;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ooxml.RouteConnector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFConnector;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFTextParagraph;
import org.apache.poi.xssf.usermodel.XSSFTextRun;
import org.apache.poi.xssf.usermodel.TextAlign;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.TextAutofit;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetLineDashVal;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STLineEndLength;
import org.openxmlformats.schemas.drawingml.x2006.main.STLineEndType;
import org.openxmlformats.schemas.drawingml.x2006.main.STLineEndWidth;

/**
 * The strategy map drawn with native shapes: the four perspective lanes (financial on top, learning
 * & growth at the bottom), a rounded box per goal with its title, and an arrow per link along the app's
 * route round the cards ({@link LinkRouter}), drawn under the cards. The drawing is laid
 * out on a grid of equal small cells and the sheet prints on one A4 landscape page.
 */
final class MapSheet {
    /** The grid the drawing is anchored to, in pixels. */
    static final int CELL_W = 16;
    static final int CELL_H = 16;
    /** Column width in 1/256 of a character (7 px per character in Calibri 11). */
    private static final int COLUMN_WIDTH = Math.round(CELL_W / 7f * 256);
    private static final int EMU_PER_PX = 9525;
    /** The least side of a connector's box, px (a route over a row between card tops at one height has none). */
    private static final double MIN_EXTENT = 0.5;
    static final int TOP = 48;
    static final int WIDTH = 1120;
    static final int LANE_HEIGHT = 190;
    static final int LABEL_WIDTH = 118;
    /** The canvas height that, with the title rows and the legend, fits an A4 landscape page at {@link #WIDTH} wide. */
    static final int PAGE_HEIGHT = 696;
    /** The narrowest lane-title column, in pixels, however wide the map. */
    static final double MIN_GUTTER = 96;
    /** The lanes from the top of the page down, as the method draws a map. */
    static final List<Stage> LANES = List.of(Stage.FINANCIAL, Stage.CUSTOMER, Stage.INTERNAL_PROCESSES, Stage.LEARNING_GROWTH);

    /** A lane band of the map, in pixels. */
    record Lane(Stage stage, double y, double height) {
    }

    /** How far an indicator is, as the app's card dots show it. */
    enum Dot {
        /** the target is reached (filled green) */
        REACHED,
        /** measured, on the way (filled yellow) */
        MOVING,
        /** not yet measured (white) */
        NONE;

        static Dot of(com.scorecardstudio.domain.Indicator i) {
            java.util.Optional<Double> p = com.scorecardstudio.domain.Progress.of(i);
            return p.isEmpty() ? NONE : p.get() >= 1.0 ? REACHED : MOVING;
        }
    }

    /**
     * One goal's box, in pixels, with what its card shows besides the title: the owner, a dot per
     * indicator and the dots the goal got in dot-voting ({@code votes}, 0 when none).
     */
    record Box(long goalId, Stage stage, String title, double x, double y, double width, double height, String owner,
               List<Dot> dots, int votes) {
        Box(long goalId, Stage stage, String title, double x, double y, double width, double height) {
            this(goalId, stage, title, x, y, width, height, "", List.of(), 0);
        }

        Box(long goalId, Stage stage, String title, double x, double y, double width, double height, String owner,
            List<Dot> dots) {
            this(goalId, stage, title, x, y, width, height, owner, dots, 0);
        }

        Box {
            owner = owner == null ? "" : owner;
            dots = List.copyOf(dots);
        }

        static List<Dot> dotsOf(Goal g) {
            return g.indicators().stream().map(Dot::of).toList();
        }
    }

    /** A focus area's name over its cards in a lane, in pixels. */
    record Label(Stage stage, String area, double x, double y, double width, double height) {
    }

    /** A cause → effect link between two goals, drawn as its strength says (weight, and dashed when weak). */
    record Link(long causeGoalId, long effectGoalId, LinkStrength strength, String hypothesis) {
        Link(long causeGoalId, long effectGoalId) {
            this(causeGoalId, effectGoalId, LinkStrength.MEDIUM, "");
        }

        Link {
            strength = strength == null ? LinkStrength.MEDIUM : strength;
            hypothesis = hypothesis == null ? "" : hypothesis;
        }

        /** Line weight in points, as the app draws the strengths. */
        double lineWidth() {
            return switch (strength) {
                case WEAK -> 1.0;
                case MEDIUM -> 1.5;
                case STRONG -> 2.5;
            };
        }
    }

    /** What the sheet draws: the lanes, the boxes and the links, on a canvas {@code width × height} px. */
    record Input(double width, double height, List<Lane> lanes, List<Box> boxes, List<Link> links, double labelWidth,
                 List<Label> areaLabels, double scaleX, double scaleY) {
        /** Pixels per map unit of a layout of our own, whose cards are drawn at their own size: the app's margins between them. */
        static final double OWN_SCALE = 0.5;

        Input(double width, double height, List<Lane> lanes, List<Box> boxes, List<Link> links) {
            this(width, height, lanes, boxes, links, LABEL_WIDTH, List.of(), OWN_SCALE, OWN_SCALE);
        }

        Input {
            areaLabels = List.copyOf(areaLabels);
            lanes = List.copyOf(lanes);
            boxes = List.copyOf(boxes);
            links = List.copyOf(links);
        }

        /**
         * The app's own map (issue 4): its layout ({@link MapLayout}, pinned cards where the user put
         * them) and its links, scaled to fit the page's canvas with the aspect kept.
         */
        static Input fromMap(List<Goal> goals, StrategyMap map) {
            List<MapCard> cards = new ArrayList<>();
            Map<Long, Goal> byId = new HashMap<>();
            for (Goal g : goals) {
                if (g.id() != null) {
                    cards.add(new MapCard(g.id(), g.stage(), g.area()));
                    byId.put(g.id(), g);
                }
            }
            List<GoalLink> links = map.links().stream()
                    .filter(l -> byId.containsKey(l.causeGoalId()) && byId.containsKey(l.effectGoalId())).toList();
            MapLayout.Result layout = MapLayout.layout(cards, links, map.pinned());
            double mapWidth = Math.max(layout.width(), Lanes.MIN_WIDTH);
            double mapHeight = Math.max(layout.height(), Lanes.height());
            // across: the map's width fills the page, the lane titles keep a readable gutter; down: the
            // lanes fill the page's height, which leaves room between them for the arrows, and the cards
            // grow at most 2.5 times taller than their width's scale (a wide map gets narrow tall cards)
            double s = Math.min(WIDTH / mapWidth, (PAGE_HEIGHT - TOP) / mapHeight);
            double gutter = Math.max(MIN_GUTTER, Lanes.GUTTER * s);
            double sx = (WIDTH - gutter) / (mapWidth - Lanes.GUTTER);
            s = Math.min(s, sx);
            double sy = (PAGE_HEIGHT - TOP) / mapHeight;
            List<Lane> lanes = new ArrayList<>();
            for (Stage stage : Lanes.TOP_TO_BOTTOM) {
                lanes.add(new Lane(stage, TOP + Lanes.top(stage) * sy, Lanes.LANE_HEIGHT * sy));
            }
            List<Box> boxes = new ArrayList<>();
            for (CardBox b : layout.boxes().values()) {
                Goal g = byId.get(b.goalId());
                double h = Math.min(b.height() * sy * 0.8, b.height() * s * 2.5);
                double centreY = TOP + (b.y() + b.height() / 2) * sy;
                boxes.add(new Box(b.goalId(), g.stage(), g.title(), gutter + (b.x() - Lanes.GUTTER) * s, centreY - h / 2,
                        b.width() * s, h, g.owner(), Box.dotsOf(g), g.totalVotes()));
            }
            List<Label> labels = new ArrayList<>();
            for (MapLayout.AreaLabel a : layout.areaLabels()) {
                labels.add(new Label(a.stage(), a.area(), gutter + (a.x() - Lanes.GUTTER) * s, TOP + (Lanes.top(a.stage()) + 4) * sy, a.width() * s,
                        Math.max(12, (Lanes.HEADER - 6) * sy)));
            }
            boxes.sort(java.util.Comparator.comparingDouble(Box::y).thenComparingDouble(Box::x));
            List<Link> out = new ArrayList<>();
            for (GoalLink l : links) {
                out.add(new Link(l.causeGoalId(), l.effectGoalId(), l.strength(), l.hypothesis()));
            }
            return new Input(gutter + (mapWidth - Lanes.GUTTER) * s, TOP + mapHeight * sy + 8, lanes, boxes, out, gutter, labels, s, sy);
        }

        /**
         * A simple layout of our own: four lanes of equal height, the goals of each stage spread
         * evenly across their lane (in rows when there are many), no links.
         */
        static Input laneLayout(List<Goal> goals) {
            List<Lane> lanes = new ArrayList<>();
            List<Box> boxes = new ArrayList<>();
            double y = TOP;
            for (Stage stage : LANES) {
                lanes.add(new Lane(stage, y, LANE_HEIGHT));
                List<Goal> inLane = goals.stream().filter(g -> g.stage() == stage).toList();
                int n = inLane.size();
                if (n > 0) {
                    int columns = Math.min(n, 6);
                    int rows = (n + columns - 1) / columns;
                    double areaX = LABEL_WIDTH + 12;
                    double areaW = WIDTH - areaX - 12;
                    double slotW = areaW / columns;
                    double slotH = (LANE_HEIGHT - 16) / (double) rows;
                    double boxW = Math.min(168, slotW - 14);
                    double boxH = Math.min(74, slotH - 8);
                    for (int i = 0; i < n; i++) {
                        int row = i / columns;
                        int col = i % columns;
                        int inRow = row == rows - 1 ? n - row * columns : columns;
                        double rowSlot = areaW / inRow;
                        double x = areaX + col * rowSlot + (rowSlot - boxW) / 2;
                        double by = y + 8 + row * slotH + (slotH - boxH) / 2;
                        Goal g = inLane.get(i);
                        boxes.add(new Box(g.id() == null ? -1 - i : g.id(), stage, g.title(), x, by, boxW, boxH, g.owner(),
                                Box.dotsOf(g), g.totalVotes()));
                    }
                }
                y += LANE_HEIGHT;
            }
            return new Input(WIDTH, y + 8, lanes, boxes, List.of());
        }
    }

    private MapSheet() {
    }

    /** Points of text on the map: printed at the page's fit scale (about 0.93), never below 8 pt. */
    static final double TEXT_PT = 9;
    static final double LANE_TITLE_PT = 11;
    /** The legend's band under the lanes, in pixels. */
    static final int LEGEND_HEIGHT = 34;
    /** Map margins, inches: small, so that the page's fit scale stays high. */
    static final double MARGIN = 0.4;
    static final String TEXT_COLOUR = "1F2937";
    static final String MUTED_COLOUR = "4B5563";
    static final String LINK_COLOUR = "4B5563";
    static final Map<Dot, String> DOT_COLOURS = Map.of(Dot.REACHED, "16A34A", Dot.MOVING, "CA8A04", Dot.NONE, "9CA3AF");

    /** Unique shape ids in the drawing, handed out in order (connectors are glued to cards by id). */
    private static final class Ids {
        private long next = 2;

        long take() {
            return next++;
        }
    }

    /**
     * Draws the map on {@code sheet}, whose drawing is {@code drawing} (the streaming workbook's
     * sheets keep their drawing in the underlying XSSF sheet). Lanes first, then the links, then the
     * cards, so that a card is always drawn above a line that passes it.
     */
    static void write(Sheet sheet, XSSFDrawing drawing, XSSFWorkbook xwb, Styles styles, Messages m, Input input,
                      String sessionTitle, String date) {
        SheetWriter w = new SheetWriter(sheet, styles);
        double height = input.height() + LEGEND_HEIGHT;
        int columns = (int) Math.ceil(input.width() / CELL_W) + 1;
        int rows = (int) Math.ceil(height / CELL_H) + 1;
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTH);
        }
        sheet.setDefaultRowHeightInPoints(CELL_H * 0.75f);
        w.text(0, 0, m.get("export.map.title") + " — " + sessionTitle, styles.title);
        w.row(0).setHeightInPoints(CELL_H * 0.75f * 2);
        w.text(1, 0, m.get("export.map.subtitle"), styles.subtitle);

        Ids ids = new Ids();
        for (Lane lane : input.lanes()) {
            String colour = Styles.STAGE_COLOURS.get(lane.stage());
            String laneName = m.get("stage." + lane.stage().key());
            XSSFSimpleShape body = shape(drawing, ids, m.get("export.map.shape.lane", laneName),
                    anchor(input.labelWidth(), lane.y(), input.width() - input.labelWidth(), lane.height()), ShapeTypes.RECT);
            fill(body, Styles.STAGE_TINTS.get(lane.stage()));
            line(body, "FFFFFF", 2);
            XSSFSimpleShape label = shape(drawing, ids, laneName, anchor(0, lane.y(), input.labelWidth(), lane.height()),
                    ShapeTypes.RECT);
            fill(label, colour);
            line(label, "FFFFFF", 2);
            paragraph(label, TextAlign.CENTER).run(laneName, LANE_TITLE_PT, true, "FFFFFF");
            label.setWordWrap(true);
            label.setVerticalAlignment(VerticalAlignment.CENTER);
            label.setLeftInset(6);
            label.setRightInset(6);
        }
        for (Label a : input.areaLabels()) {
            String area = m.get("area." + a.stage().key() + "." + a.area());
            XSSFSimpleShape label = shape(drawing, ids, area, anchor(a.x(), a.y(), a.width(), Math.max(16, a.height())),
                    ShapeTypes.RECT);
            label.setNoFill(true);
            noLine(label);
            paragraph(label, TextAlign.LEFT).run(area, TEXT_PT, false, MUTED_COLOUR);
            label.setWordWrap(true);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            label.setLeftInset(0);
            label.setTopInset(0);
        }
        Map<Long, Box> boxes = new HashMap<>();
        Map<Long, Long> cardIds = new HashMap<>(); // goal id → shape id
        for (Box b : input.boxes()) {
            boxes.put(b.goalId(), b);
            cardIds.put(b.goalId(), ids.take());
        }
        // the app's routes (LinkRouter on the boxes as drawn here, in the map's proportions): round the cards,
        // a link within a lane over the cards between
        List<Link> drawn = input.links().stream().filter(l -> boxes.containsKey(l.causeGoalId()) && boxes.containsKey(l.effectGoalId())
                && l.causeGoalId() != l.effectGoalId()).toList();
        Map<Long, CardBox> routed = new HashMap<>();
        boxes.forEach((id, b) -> routed.put(id, new CardBox(id, b.x(), b.y(), b.width(), b.height())));
        List<CardBox> avoid = input.areaLabels().stream().map(a -> new CardBox(-1, a.x(), a.y(), a.width(), a.height())).toList();
        List<Route> routes = LinkRouter.route(routed, drawn.stream()
                .map(l -> new GoalLink(null, l.causeGoalId(), l.effectGoalId(), l.hypothesis(), l.strength())).toList(), avoid,
                input.scaleX(), input.scaleY());
        for (int i = 0; i < drawn.size(); i++) {
            Link link = drawn.get(i);
            if (routes.get(i) == null) {
                continue;
            }
            Box from = boxes.get(link.causeGoalId());
            Box to = boxes.get(link.effectGoalId());
            String name = m.get("export.map.shape.link", shorten(from.title(), 40), shorten(to.title(), 40));
            arrow(drawing, ids, name, routes.get(i), link);
        }
        for (Box b : input.boxes()) {
            card(drawing, cardIds.get(b.goalId()), b, m);
        }
        legend(drawing, ids, m, input.labelWidth(), input.height() + 4);
        int lastColumn = columns - 1;
        int lastRow = rows - 1;
        w.row(lastRow); // the print area's last row exists
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        SheetWriter.printSetUp(sheet, m, sessionTitle, date, -1, -1, true);
        SheetWriter.margins(sheet, MARGIN);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    /**
     * A goal's card: its title, then its owner, a dot per indicator and the goal's dots from dot-voting
     * ("5 dots", bold in the lane's colour), cut to what fits at {@link #TEXT_PT}. The dots' count shares
     * the owner's line when both fit whole; otherwise it takes a line of its own if the title still
     * fits whole above it, and only then squeezes the owner.
     */
    private static void card(XSSFDrawing drawing, long id, Box b, Messages m) {
        XSSFSimpleShape box = drawing.createSimpleShape(anchor(b.x(), b.y(), b.width(), b.height()));
        box.setShapeType(ShapeTypes.ROUND_RECT);
        var nv = box.getCTShape().getNvSpPr().getCNvPr();
        nv.setId(id);
        nv.setName(shorten(b.title(), 120));
        fill(box, "FFFFFF");
        line(box, Styles.STAGE_COLOURS.get(b.stage()), 1.5);
        double insetX = 3;
        double insetY = 2;
        box.setLeftInset(insetX);
        box.setRightInset(insetX);
        box.setTopInset(insetY);
        box.setBottomInset(insetY);
        box.setWordWrap(true);
        box.setVerticalAlignment(VerticalAlignment.CENTER);
        box.setTextAutofit(TextAutofit.NONE);
        // the lines that fit: a 9-point line is about 14.5 px high, a character about 6 px wide
        int perLine = Math.max(6, (int) ((b.width() - 2 * insetX * 4 / 3) / 6.0));
        int lines = Math.max(1, (int) ((b.height() - 2 * insetY * 4 / 3) / 14.5));
        int dotsWidth = b.dots().size() * 2;
        String votes = b.votes() == 0 ? "" : m.get("export.map.card.votes", b.votes());
        if (dotsWidth + (b.dots().isEmpty() ? 0 : 2) + votes.length() > perLine) {
            votes = ""; // a card too narrow for the count keeps its indicator dots
        }
        boolean meta = lines >= 2 && (!b.owner().isBlank() || !b.dots().isEmpty() || !votes.isEmpty());
        int ownerWidth = b.owner().isBlank() ? 0 : b.owner().length() + 1;
        boolean ownLine = !votes.isEmpty() && !b.owner().isBlank() && ownerWidth + dotsWidth + votes.length() + 2 > perLine
                && lines >= 3 && SheetWriter.lines(b.title().strip(), perLine) <= lines - 2;
        int titleLines = lines - (meta ? 1 : 0) - (ownLine ? 1 : 0);
        paragraph(box, TextAlign.CENTER).run(fit(b.title(), perLine, titleLines), TEXT_PT, false, TEXT_COLOUR);
        if (meta) {
            String shared = ownLine ? "" : votes;
            Paragraph p = paragraph(box, TextAlign.CENTER);
            int room = perLine - dotsWidth - 1 - (shared.isEmpty() ? 0 : shared.length() + 2);
            if (!b.owner().isBlank() && room >= 4) {
                p.run(shorten(b.owner(), room) + (b.dots().isEmpty() && shared.isEmpty() ? "" : " "), TEXT_PT, false, MUTED_COLOUR);
            }
            for (Dot d : b.dots()) {
                p.run(d == Dot.NONE ? "○" : "●", TEXT_PT, false, DOT_COLOURS.get(d));
            }
            if (!shared.isEmpty()) {
                p.run((b.dots().isEmpty() ? "" : "  ") + shared, TEXT_PT, true, Styles.STAGE_COLOURS.get(b.stage()));
            }
            if (ownLine) {
                paragraph(box, TextAlign.CENTER).run(votes, TEXT_PT, true, Styles.STAGE_COLOURS.get(b.stage()));
            }
        }
    }

    /** The text cut to {@code lines} lines of {@code perLine} characters, breaking at spaces, "…" when cut. */
    static String fit(String text, int perLine, int lines) {
        String t = text == null || text.isBlank() ? "—" : text.strip();
        if (SheetWriter.lines(t, perLine) <= lines) {
            return t;
        }
        int lo = 1;
        int hi = t.length();
        while (lo < hi) { // the longest prefix that, with "…", still fits
            int mid = (lo + hi + 1) / 2;
            if (SheetWriter.lines(t.substring(0, mid).strip() + "…", perLine) <= lines) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return t.substring(0, lo).strip() + "…";
    }

    /** What the lines and dots mean, in a band under the lanes. */
    private static void legend(XSSFDrawing drawing, Ids ids, Messages m, double x0, double y) {
        double x = x0;
        for (LinkStrength strength : LinkStrength.values()) {
            Link sample = new Link(0, 0, strength, "");
            XSSFConnector c = drawing.createConnector(anchor(x, y + 13, 30, 1));
            c.setShapeType(ShapeTypes.STRAIGHT_CONNECTOR_1);
            var nv = c.getCTConnector().getNvCxnSpPr().getCNvPr();
            nv.setId(ids.take());
            nv.setName(m.get("export.map.legend.link", m.get("map.strength." + strength.key())));
            stroke(c.getCTConnector().getSpPr(), sample, false);
            String text = m.get("export.map.legend.link", m.get("map.strength." + strength.key()));
            legendText(drawing, ids, x + 34, y, 110, text, List.of());
            x += 34 + 110 + 6;
        }
        for (Dot d : Dot.values()) {
            String text = m.get("export.map.legend.dot." + d.name().toLowerCase(java.util.Locale.ROOT));
            legendText(drawing, ids, x, y, 170, text, List.of(d));
            x += 170 + 6;
        }
    }

    private static void legendText(XSSFDrawing drawing, Ids ids, double x, double y, double width, String text, List<Dot> dots) {
        XSSFSimpleShape t = shape(drawing, ids, text, anchor(x, y, width, 26), ShapeTypes.RECT);
        t.setNoFill(true);
        noLine(t);
        t.setVerticalAlignment(VerticalAlignment.CENTER);
        t.setWordWrap(true);
        t.setLeftInset(0);
        Paragraph p = paragraph(t, TextAlign.LEFT);
        for (Dot d : dots) {
            p.run((d == Dot.NONE ? "○" : "●") + " ", TEXT_PT, false, DOT_COLOURS.get(d));
        }
        p.run(text, TEXT_PT, false, TEXT_COLOUR);
    }

    /** A simple shape with its own id and a name a reader sees in Excel's selection pane. */
    private static XSSFSimpleShape shape(XSSFDrawing drawing, Ids ids, String name, XSSFClientAnchor anchor, int type) {
        XSSFSimpleShape s = drawing.createSimpleShape(anchor);
        s.setShapeType(type);
        var nv = s.getCTShape().getNvSpPr().getCNvPr();
        nv.setId(ids.take());
        nv.setName(shorten(name, 120));
        return s;
    }

    /** One paragraph of a shape's text, its runs written with explicit RGB colours (6 hex digits, as the schema wants). */
    private record Paragraph(XSSFTextParagraph p) {
        Paragraph run(String text, double points, boolean bold, String colour) {
            XSSFTextRun r = p.addNewTextRun();
            r.setText(SafeText.fit(text));
            r.setFontSize(points);
            r.setBold(bold);
            r.setFont("Calibri");
            r.setFontColor(new java.awt.Color(Integer.parseInt(colour, 16)));
            return this;
        }
    }

    /** The shape's next paragraph: its first, still empty one (every new shape has one), then new ones. */
    private static Paragraph paragraph(XSSFSimpleShape s, TextAlign align) {
        List<XSSFTextParagraph> existing = s.getTextParagraphs();
        if (existing.size() == 1 && existing.get(0).getTextRuns().isEmpty()) {
            s.clearText(); // the new shape's empty paragraph gives way to the first real one
        }
        XSSFTextParagraph p = s.addNewTextParagraph();
        p.setTextAlign(align);
        return new Paragraph(p);
    }

    /** Connection sites of a rectangle and a rounded rectangle: top, left, bottom, right. */
    /**
     * An arrow along the link's route, as a freeform of its own: Excel and LibreOffice both draw it
     * exactly as routed (LibreOffice re-routes glued connectors its own way, through cards), which is
     * what a map that is read and printed needs; the deck keeps glued connectors for editing.
     */
    private static void arrow(XSSFDrawing drawing, Ids ids, String name, Route route, Link link) {
        RouteConnector shape = RouteConnector.path(route.points(), MIN_EXTENT);
        double[] at = shape.bounds();
        XSSFSimpleShape s = shape(drawing, ids, name, anchor(at[0], at[1], Math.max(1, at[2]), Math.max(1, at[3])), ShapeTypes.RECT);
        CTShapeProperties sp = s.getCTShape().getSpPr();
        shape.applyTo(sp, EMU_PER_PX);
        s.setNoFill(true);
        stroke(sp, link, false);
    }

    /** The line of a link: its strength's weight, dashed when weak, an arrowhead at the effect (the line's start when it runs backwards). */
    private static void stroke(CTShapeProperties sp, Link link, boolean arrowAtStart) {
        CTLineProperties ln = sp.isSetLn() ? sp.getLn() : sp.addNewLn();
        ln.setW((int) Math.round(link.lineWidth() * 12700));
        CTSolidColorFillProperties solid = ln.isSetSolidFill() ? ln.getSolidFill() : ln.addNewSolidFill();
        solid.addNewSrgbClr().setVal(rgb(LINK_COLOUR));
        if (link.strength() == LinkStrength.WEAK) {
            (ln.isSetPrstDash() ? ln.getPrstDash() : ln.addNewPrstDash()).setVal(STPresetLineDashVal.DASH);
        }
        var arrow = arrowAtStart ? (ln.isSetHeadEnd() ? ln.getHeadEnd() : ln.addNewHeadEnd())
                : ln.isSetTailEnd() ? ln.getTailEnd() : ln.addNewTailEnd();
        arrow.setType(STLineEndType.TRIANGLE);
        arrow.setW(STLineEndWidth.MED);
        arrow.setLen(STLineEndLength.MED);
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
                (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }

    /** No outline at all (POI's {@code setLineStyle(-1)} writes an empty dash value, which the schema refuses). */
    private static void noLine(XSSFSimpleShape s) {
        CTShapeProperties sp = s.getCTShape().getSpPr();
        CTLineProperties ln = sp.isSetLn() ? sp.getLn() : sp.addNewLn();
        if (ln.isSetSolidFill()) {
            ln.unsetSolidFill();
        }
        if (!ln.isSetNoFill()) {
            ln.addNewNoFill();
        }
    }

    /** A two-cell anchor for a rectangle in pixels on the map's grid. */
    static XSSFClientAnchor anchor(double x, double y, double width, double height) {
        int x1 = (int) Math.round(x);
        int y1 = (int) Math.round(y);
        int x2 = (int) Math.round(x + width);
        int y2 = (int) Math.round(y + height);
        return new XSSFClientAnchor((x1 % CELL_W) * EMU_PER_PX, (y1 % CELL_H) * EMU_PER_PX,
                (x2 % CELL_W) * EMU_PER_PX, (y2 % CELL_H) * EMU_PER_PX,
                x1 / CELL_W, y1 / CELL_H, x2 / CELL_W, y2 / CELL_H);
    }

    private static void fill(XSSFSimpleShape s, String hex) {
        s.setFillColor(Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
                Integer.parseInt(hex.substring(4, 6), 16));
    }

    private static void line(XSSFSimpleShape s, String hex, double width) {
        s.setLineStyleColor(Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
                Integer.parseInt(hex.substring(4, 6), 16));
        s.setLineWidth(width);
    }

    static String shorten(String s, int max) {
        if (s == null || s.isBlank()) {
            return "—";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
