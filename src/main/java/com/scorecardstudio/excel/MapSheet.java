package com.scorecardstudio.excel;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.MapCard;
import com.scorecardstudio.domain.map.MapLayout;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFConnector;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.TextAutofit;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.openxmlformats.schemas.drawingml.x2006.main.CTConnection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualConnectorProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STLineEndLength;
import org.openxmlformats.schemas.drawingml.x2006.main.STLineEndType;
import org.openxmlformats.schemas.drawingml.x2006.main.STLineEndWidth;

/**
 * The strategy map drawn with native shapes: the four perspective lanes (financial on top, learning
 * & growth at the bottom), a rounded box per goal with its title, and an arrow connector per link,
 * glued to the boxes it joins (so moving a box in Excel drags its arrows along). The drawing is laid
 * out on a grid of equal small cells and the sheet prints on one A4 landscape page.
 */
final class MapSheet {
    /** The grid the drawing is anchored to, in pixels. */
    static final int CELL_W = 16;
    static final int CELL_H = 16;
    /** Column width in 1/256 of a character (7 px per character in Calibri 11). */
    private static final int COLUMN_WIDTH = Math.round(CELL_W / 7f * 256);
    private static final int EMU_PER_PX = 9525;
    static final int TOP = 48;
    static final int WIDTH = 1120;
    static final int LANE_HEIGHT = 190;
    static final int LABEL_WIDTH = 118;
    /** The canvas height that fits an A4 landscape page at {@link #WIDTH} wide. */
    static final int PAGE_HEIGHT = 840;
    /** The narrowest lane-title column, in pixels, however wide the map. */
    static final double MIN_GUTTER = 96;
    /** The lanes from the top of the page down, as the method draws a map. */
    static final List<Stage> LANES = List.of(Stage.FINANCIAL, Stage.CUSTOMER, Stage.INTERNAL_PROCESSES, Stage.LEARNING_GROWTH);

    /** A lane band of the map, in pixels. */
    record Lane(Stage stage, double y, double height) {
    }

    /** One goal's box, in pixels. */
    record Box(long goalId, Stage stage, String title, double x, double y, double width, double height) {
    }

    /** A focus area's name over its cards in a lane, in pixels. */
    record Label(Stage stage, String area, double x, double y, double width, double height) {
    }

    /** A cause → effect link between two goals, drawn {@code lineWidth} points wide (its strength). */
    record Link(long causeGoalId, long effectGoalId, double lineWidth) {
        Link(long causeGoalId, long effectGoalId) {
            this(causeGoalId, effectGoalId, 1.25);
        }
    }

    /** What the sheet draws: the lanes, the boxes and the links, on a canvas {@code width × height} px. */
    record Input(double width, double height, List<Lane> lanes, List<Box> boxes, List<Link> links, double labelWidth,
                 List<Label> areaLabels) {
        Input(double width, double height, List<Lane> lanes, List<Box> boxes, List<Link> links) {
            this(width, height, lanes, boxes, links, LABEL_WIDTH, List.of());
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
                        b.width() * s, h));
            }
            List<Label> labels = new ArrayList<>();
            for (MapLayout.AreaLabel a : layout.areaLabels()) {
                labels.add(new Label(a.stage(), a.area(), gutter + (a.x() - Lanes.GUTTER) * s, TOP + (Lanes.top(a.stage()) + 4) * sy, a.width() * s,
                        Math.max(12, (Lanes.HEADER - 6) * sy)));
            }
            boxes.sort(java.util.Comparator.comparingDouble(Box::y).thenComparingDouble(Box::x));
            List<Link> out = new ArrayList<>();
            for (GoalLink l : links) {
                double w = switch (l.strength()) {
                    case WEAK -> 0.75;
                    case MEDIUM -> 1.5;
                    case STRONG -> 2.5;
                };
                out.add(new Link(l.causeGoalId(), l.effectGoalId(), w));
            }
            return new Input(gutter + (mapWidth - Lanes.GUTTER) * s, TOP + mapHeight * sy + 8, lanes, boxes, out, gutter, labels);
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
                        boxes.add(new Box(g.id() == null ? -1 - i : g.id(), stage, g.title(), x, by, boxW, boxH));
                    }
                }
                y += LANE_HEIGHT;
            }
            return new Input(WIDTH, y + 8, lanes, boxes, List.of());
        }
    }

    private MapSheet() {
    }

    /**
     * Draws the map on {@code sheet}, whose drawing is {@code drawing} (the streaming workbook's
     * sheets keep their drawing in the underlying XSSF sheet).
     */
    static void write(Sheet sheet, XSSFDrawing drawing, XSSFWorkbook xwb, Styles styles, Messages m, Input input,
                      String sessionTitle, String date) {
        SheetWriter w = new SheetWriter(sheet, styles);
        int columns = (int) Math.ceil(input.width() / CELL_W) + 1;
        int rows = (int) Math.ceil(input.height() / CELL_H) + 1;
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTH);
        }
        sheet.setDefaultRowHeightInPoints(CELL_H * 0.75f);
        w.text(0, 0, m.get("export.map.title") + " — " + sessionTitle, styles.title);
        w.row(0).setHeightInPoints(CELL_H * 0.75f * 2);
        w.text(1, 0, m.get("export.map.subtitle"), styles.subtitle);

        Map<String, XSSFFont> fonts = new HashMap<>(); // a handful, shared by every box
        for (Lane lane : input.lanes()) {
            String colour = Styles.STAGE_COLOURS.get(lane.stage());
            XSSFSimpleShape body = drawing.createSimpleShape(anchor(input.labelWidth(), lane.y(), input.width() - input.labelWidth(), lane.height()));
            body.setShapeType(ShapeTypes.RECT);
            fill(body, Styles.STAGE_TINTS.get(lane.stage()));
            line(body, "FFFFFF", 2);
            XSSFSimpleShape label = drawing.createSimpleShape(anchor(0, lane.y(), input.labelWidth(), lane.height()));
            label.setShapeType(ShapeTypes.RECT);
            fill(label, colour);
            line(label, "FFFFFF", 2);
            label.setText(rich(fonts, xwb, m.get("stage." + lane.stage().key()), true, 11, "FFFFFF"));
            label.setWordWrap(true);
            label.setVerticalAlignment(VerticalAlignment.CENTER);
            centre(label);
            label.setLeftInset(6);
            label.setRightInset(6);
        }
        for (Label a : input.areaLabels()) {
            XSSFSimpleShape label = drawing.createSimpleShape(anchor(a.x(), a.y(), a.width(), a.height()));
            label.setShapeType(ShapeTypes.RECT);
            label.setNoFill(true);
            label.setLineStyle(-1);
            label.setLineWidth(0);
            label.setText(rich(fonts, xwb, m.get("area." + a.stage().key() + "." + a.area()), false, 6, "6B7280"));
            label.setWordWrap(true);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            label.setLeftInset(0);
            label.setTopInset(0);
        }
        Map<Long, XSSFSimpleShape> shapes = new HashMap<>(); // by goal id
        Map<Long, Box> boxes = new HashMap<>();
        for (Box b : input.boxes()) {
            XSSFSimpleShape box = drawing.createSimpleShape(anchor(b.x(), b.y(), b.width(), b.height()));
            box.setShapeType(ShapeTypes.ROUND_RECT);
            fill(box, "FFFFFF");
            line(box, Styles.STAGE_COLOURS.get(b.stage()), 1.5);
            box.setText(rich(fonts, xwb, shorten(b.title(), 110), false, b.height() < 24 ? 5 : b.height() < 44 ? 7 : 9, "1F2937"));
            box.setWordWrap(true);
            box.setVerticalAlignment(VerticalAlignment.CENTER);
            centre(box);
            box.setLeftInset(3);
            box.setRightInset(3);
            box.setTopInset(2);
            box.setBottomInset(2);
            box.setTextAutofit(TextAutofit.NORMAL);
            shapes.put(b.goalId(), box);
            boxes.put(b.goalId(), b);
        }
        // POI numbers every connector 1: give each its own id after the shapes', as Excel expects unique ids
        int nextId = shapes.values().stream().mapToInt(XSSFSimpleShape::getShapeId).max().orElse(0) + input.lanes().size() * 2
                + input.areaLabels().size() + 100;
        for (Link link : input.links()) {
            Box from = boxes.get(link.causeGoalId());
            Box to = boxes.get(link.effectGoalId());
            if (from == null || to == null || from == to) {
                continue;
            }
            boolean between = input.boxes().stream().anyMatch(b -> b != from && b != to && b.stage() == from.stage()
                    && b.x() > Math.min(from.x(), to.x()) && b.x() < Math.max(from.x(), to.x()));
            XSSFConnector c = connect(drawing, from, shapes.get(from.goalId()), to, shapes.get(to.goalId()), link.lineWidth(), between);
            c.getCTConnector().getNvCxnSpPr().getCNvPr().setId(nextId);
            c.getCTConnector().getNvCxnSpPr().getCNvPr().setName("Connector " + nextId);
            nextId++;
        }
        int lastColumn = columns - 1;
        int lastRow = rows - 1;
        w.row(lastRow); // the print area's last row exists
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        SheetWriter.printSetUp(sheet, m, sessionTitle, date, -1, -1, true);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    /** Connection sites of a rectangle and a rounded rectangle: top, left, bottom, right. */
    private static final int TOP_SITE = 0;
    private static final int LEFT_SITE = 1;
    private static final int BOTTOM_SITE = 2;
    private static final int RIGHT_SITE = 3;

    private static XSSFConnector connect(XSSFDrawing drawing, Box from, XSSFSimpleShape fromShape, Box to, XSSFSimpleShape toShape,
                                double lineWidth, boolean cardsBetween) {
        double fx;
        double fy;
        double tx;
        double ty;
        int fromSite;
        int toSite;
        boolean overTheTop = false;
        if (from.stage() == to.stage() && cardsBetween) { // the same lane, cards in between: top to top, curving over them
            overTheTop = true;
            fromSite = TOP_SITE;
            toSite = TOP_SITE;
            fx = from.x() + from.width() / 2;
            tx = to.x() + to.width() / 2;
            fy = from.y();
            ty = to.y();
        } else if (from.stage() == to.stage()) { // the same lane, side by side
            boolean right = to.x() > from.x();
            fromSite = right ? RIGHT_SITE : LEFT_SITE;
            toSite = right ? LEFT_SITE : RIGHT_SITE;
            fx = right ? from.x() + from.width() : from.x();
            tx = right ? to.x() : to.x() + to.width();
            fy = from.y() + from.height() / 2;
            ty = to.y() + to.height() / 2;
        } else if (to.y() < from.y()) { // up the map: from the cause's top to the effect's bottom
            fromSite = TOP_SITE;
            toSite = BOTTOM_SITE;
            fx = from.x() + from.width() / 2;
            fy = from.y();
            tx = to.x() + to.width() / 2;
            ty = to.y() + to.height();
        } else {
            fromSite = BOTTOM_SITE;
            toSite = TOP_SITE;
            fx = from.x() + from.width() / 2;
            fy = from.y() + from.height();
            tx = to.x() + to.width() / 2;
            ty = to.y();
        }
        double x = Math.min(fx, tx);
        double y = Math.min(fy, ty);
        XSSFConnector c = drawing.createConnector(anchor(x, y, Math.max(1, Math.abs(tx - fx)), Math.max(1, Math.abs(ty - fy))));
        c.setShapeType(overTheTop ? ShapeTypes.CURVED_CONNECTOR_3 : ShapeTypes.STRAIGHT_CONNECTOR_1);
        c.setLineStyleColor(0x4B, 0x55, 0x63);
        c.setLineWidth(lineWidth);
        CTShapeProperties sp = c.getCTConnector().getSpPr();
        CTTransform2D xfrm = sp.isSetXfrm() ? sp.getXfrm() : sp.addNewXfrm();
        if (tx < fx) {
            xfrm.setFlipH(true);
        }
        if (ty < fy) {
            xfrm.setFlipV(true);
        }
        CTLineProperties ln = sp.isSetLn() ? sp.getLn() : sp.addNewLn();
        var tail = ln.isSetTailEnd() ? ln.getTailEnd() : ln.addNewTailEnd();
        tail.setType(STLineEndType.TRIANGLE);
        tail.setW(STLineEndWidth.MED);
        tail.setLen(STLineEndLength.MED);
        CTNonVisualConnectorProperties glue = c.getCTConnector().getNvCxnSpPr().getCNvCxnSpPr();
        CTConnection start = glue.addNewStCxn();
        start.setId(fromShape.getShapeId());
        start.setIdx(fromSite);
        CTConnection end = glue.addNewEndCxn();
        end.setId(toShape.getShapeId());
        end.setIdx(toSite);
        return c;
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

    private static void centre(XSSFSimpleShape s) {
        s.getTextParagraphs().forEach(p -> p.setTextAlign(org.apache.poi.xssf.usermodel.TextAlign.CENTER));
    }

    private static XSSFRichTextString rich(Map<String, XSSFFont> fonts, XSSFWorkbook wb, String text, boolean bold, int points,
                                           String colour) {
        XSSFRichTextString s = new XSSFRichTextString(text);
        XSSFFont f = fonts.computeIfAbsent(bold + "/" + points + "/" + colour, k -> {
            XSSFFont font = wb.createFont();
            font.setFontName("Calibri");
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            font.setColor(Styles.colour(colour));
            return font;
        });
        s.applyFont(f);
        return s;
    }

    static String shorten(String s, int max) {
        if (s == null || s.isBlank()) {
            return "—";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
