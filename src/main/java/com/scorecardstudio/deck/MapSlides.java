package com.scorecardstudio.deck;

import com.scorecardstudio.deck.Slides.Para;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Progress;
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
import com.scorecardstudio.ooxml.RouteConnector;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationShape;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationSize;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/**
 * The strategy map as native, editable shapes: a group per lane (its band, its title, the focus areas'
 * labels and its cards, so a lane moves as one), a rounded card per goal with its title, owner and a
 * dot per indicator, and a connector per link glued to the cards' connection sites ({@code stCxn} /
 * {@code endCxn}), so that moving a card in PowerPoint drags its connectors; weak links dashed, line
 * weight by strength. The layout is the app's ({@link MapLayout}, pinned cards where the user put
 * them); links follow the app's routes round the cards ({@link LinkRouter}), drawn as elbow connectors
 * ({@link RouteConnector}) that PowerPoint re-routes only when a card is moved.
 *
 * <p>A map whose cards would be too narrow to read becomes an overview slide plus slides per lane.
 */
final class MapSlides {
    /** The map's area on its slide. */
    static final Rectangle2D AREA = new Rectangle2D.Double(24, 72, Slides.WIDTH - 48, 432);
    /** Cards narrower than this (pt) make the map "large": overview plus a slide per lane. */
    static final double READABLE_CARD = 100;
    /** Cards narrower than this carry no text (the overview of a very large map). */
    static final double TEXT_CARD = 44;
    private static final double LANE_CARD_W = 164;
    private static final double LANE_CARD_H = 74;
    private static final double LANE_GAP_X = 16;
    private static final double LANE_GAP_Y = 30;
    private static final int MAX_DOTS = 10;
    private static final double EMU_PER_POINT = 12_700;
    /** The least side of a connector's box, pt (a route over a row between card tops at one height has none). */
    private static final double MIN_EXTENT = 0.5;
    /** Map units per point on the lane slides, whose cards are drawn at their own size: the app's margins between them. */
    private static final double LANE_SCALE = 0.5;
    /** Between the indicator dots and the goal's dots from dot-voting. */
    private static final String VOTES_GAP = "   ";
    /** The lane titles' column on the map slide, pt. */
    static final double GUTTER = 100;
    /** The rounded rectangle's default corner: 16667 / 100000 of its shorter side. */
    static final double ROUNDING = 0.16667;

    private final Slides deck;
    private final Map<Long, Goal> goals = new LinkedHashMap<>();
    private final List<GoalLink> links;
    private final MapLayout.Result layout;
    private final MapLinks linkStyle;

    MapSlides(Slides deck, List<Goal> allGoals, StrategyMap map, MapLinks linkStyle) {
        this.deck = deck;
        this.linkStyle = linkStyle;
        List<MapCard> cards = new ArrayList<>();
        for (Goal g : allGoals) {
            if (g.id() != null) {
                goals.put(g.id(), g);
                cards.add(new MapCard(g.id(), g.stage(), g.area()));
            }
        }
        this.links = map.links().stream()
                .filter(l -> goals.containsKey(l.causeGoalId()) && goals.containsKey(l.effectGoalId())).toList();
        this.layout = MapLayout.layout(cards, links, map.pinned());
    }

    /** Writes the map slide(s); returns how many. */
    int write(String notes) {
        double mapWidth = Math.max(layout.width(), Lanes.MIN_WIDTH);
        // the lane titles keep a fixed column; the cards share the rest of the width
        double sx = (AREA.getWidth() - GUTTER) / (mapWidth - Lanes.GUTTER);
        double sy = AREA.getHeight() / Math.max(layout.height(), Lanes.height());
        String title = deck.m.get("deck.map.title");
        XSLFSlide slide = deck.slide(title, Palette.NEUTRAL);
        drawWholeMap(slide, sx, sy);
        deck.notes(slide, notes);
        int slides = 1;
        if (Lanes.CARD_WIDTH * sx < READABLE_CARD) {
            for (Stage lane : Lanes.TOP_TO_BOTTOM) {
                slides += laneSlides(lane, notes);
            }
        }
        return slides;
    }

    /** The whole map on one slide, scaled to {@link #AREA}. */
    private void drawWholeMap(XSLFSlide slide, double sx, double sy) {
        double gutter = GUTTER;
        double x0 = AREA.getX() + GUTTER - Lanes.GUTTER * sx; // where map x = 0 would be
        Map<Long, XSLFAutoShape> shapes = new HashMap<>();
        Map<Long, Rectangle2D> rects = new HashMap<>();
        List<CardBox> labelAreas = new ArrayList<>(); // routes would rather not run along the area names
        for (Stage lane : Lanes.TOP_TO_BOTTOM) {
            Rectangle2D band = new Rectangle2D.Double(AREA.getX(), AREA.getY() + Lanes.top(lane) * sy, AREA.getWidth(), Lanes.LANE_HEIGHT * sy);
            XSLFGroupShape group = slide.createGroup();
            Slides.name(group, deck.m.get("stage." + lane.key()));
            group.setAnchor(band);
            group.setInteriorAnchor(band);
            Slides.rect(group, band, Palette.tint(lane), Color.WHITE, 1.5);
            Rectangle2D head = new Rectangle2D.Double(band.getX(), band.getY(), gutter, band.getHeight());
            XSLFAutoShape laneTitle = Slides.rect(group, head, Palette.strong(lane), Color.WHITE, 1.5);
            Slides.name(laneTitle, "Lane title");
            Slides.fitInto(laneTitle, head, List.of(Para.bold(deck.m.get("stage." + lane.key())).colour(Color.WHITE)), List.of(), 14,
                    VerticalAlignment.MIDDLE, TextAlign.CENTER);
            List<MapLayout.AreaLabel> labels = layout.areaLabels().stream().filter(a -> a.stage() == lane)
                    .sorted(Comparator.comparingDouble(MapLayout.AreaLabel::x)).toList();
            for (int i = 0; i < labels.size(); i++) {
                MapLayout.AreaLabel a = labels.get(i);
                // a label may run on over the gap up to the next area's label
                double until = i + 1 < labels.size() ? x0 + labels.get(i + 1).x() * sx - 6 : band.getMaxX();
                double lx = x0 + a.x() * sx - Slides.INSET_X;
                Rectangle2D r = new Rectangle2D.Double(lx, band.getY() + 1, Math.max(until - lx, (a.width() + 2 * Slides.INSET_X) * sx),
                        Math.max(Lanes.HEADER * sy - 2, 16));
                if (r.getMaxX() > band.getMaxX()) {
                    r.setRect(r.getX(), r.getY(), band.getMaxX() - r.getX(), r.getHeight());
                }
                if (r.getWidth() >= 30) {
                    labelAreas.add(new CardBox(-1, r.getX(), r.getY(), r.getWidth(), r.getHeight()));
                    Slides.fitted(group, r, List.of(Para.bold(deck.m.get("area." + lane.key() + "." + a.area())).colour(Palette.MUTED)),
                            11, VerticalAlignment.TOP, TextAlign.LEFT);
                }
            }
            for (CardBox b : layout.boxes().values()) {
                Goal g = goals.get(b.goalId());
                if (g == null || g.stage() != lane) {
                    continue;
                }
                Rectangle2D r = new Rectangle2D.Double(x0 + b.x() * sx, AREA.getY() + b.y() * sy, b.width() * sx, b.height() * sy);
                shapes.put(g.id(), card(group, g, r));
                rects.put(g.id(), r);
            }
        }
        connectAll(slide, shapes, rects, sx, sy, labelAreas);
    }

    /** The cards of one lane in rows, readable, with the links between them; as many slides as it takes. */
    private int laneSlides(Stage lane, String notes) {
        List<CardBox> boxes = layout.boxes().values().stream()
                .filter(b -> goals.containsKey(b.goalId()) && goals.get(b.goalId()).stage() == lane)
                .sorted(Comparator.comparingDouble(CardBox::x).thenComparingDouble(CardBox::y)).toList();
        if (boxes.isEmpty()) {
            return 0;
        }
        Rectangle2D area = Slides.BODY;
        int columns = (int) Math.floor((area.getWidth() + LANE_GAP_X) / (LANE_CARD_W + LANE_GAP_X));
        int rows = (int) Math.floor((area.getHeight() + LANE_GAP_Y) / (LANE_CARD_H + LANE_GAP_Y));
        int perSlide = columns * rows;
        String title = deck.m.get("deck.map.lane", deck.m.get("stage." + lane.key()));
        int slides = 0;
        for (int from = 0; from < boxes.size(); from += perSlide) {
            List<CardBox> page = boxes.subList(from, Math.min(boxes.size(), from + perSlide));
            XSLFSlide slide = deck.slide(from == 0 ? title : deck.m.get("deck.continued", title), Palette.strong(lane));
            int usedRows = (page.size() + columns - 1) / columns;
            Rectangle2D bounds = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                    usedRows * (LANE_CARD_H + LANE_GAP_Y) - LANE_GAP_Y);
            XSLFGroupShape group = slide.createGroup();
            Slides.name(group, deck.m.get("stage." + lane.key()));
            group.setAnchor(bounds);
            group.setInteriorAnchor(bounds);
            Map<Long, XSLFAutoShape> shapes = new HashMap<>();
            Map<Long, Rectangle2D> rects = new HashMap<>();
            for (int i = 0; i < page.size(); i++) {
                int row = i / columns;
                int col = i % columns;
                Rectangle2D r = new Rectangle2D.Double(area.getX() + col * (LANE_CARD_W + LANE_GAP_X),
                        area.getY() + row * (LANE_CARD_H + LANE_GAP_Y), LANE_CARD_W, LANE_CARD_H);
                Goal g = goals.get(page.get(i).goalId());
                shapes.put(g.id(), card(group, g, r));
                rects.put(g.id(), r);
            }
            connectAll(slide, shapes, rects, LANE_SCALE, LANE_SCALE, List.of());
            deck.notes(slide, notes);
            slides++;
        }
        return slides;
    }

    /**
     * A goal's card: rounded, edged in its perspective's colour, with title, owner and indicator dots,
     * and after them, in the perspective's colour, the dots the goal got in dot-voting when it got any.
     */
    private XSLFAutoShape card(XSLFGroupShape group, Goal g, Rectangle2D r) {
        XSLFAutoShape card = group.createAutoShape();
        card.setShapeType(ShapeType.ROUND_RECT);
        card.setAnchor(r);
        card.setFillColor(Color.WHITE);
        card.setLineColor(Palette.strong(g.stage()));
        card.setLineWidth(1.5);
        Slides.name(card, shapeName(g));
        if (r.getWidth() < TEXT_CARD) {
            return card; // the overview of a very large map: the lane slides carry the titles
        }
        List<Para> paras = new ArrayList<>();
        paras.add(Para.bold(g.title().isEmpty() ? deck.m.get("summary.untitled") : g.title()));
        if (!g.owner().isEmpty()) {
            paras.add(Para.of(g.owner()).colour(Palette.MUTED));
        }
        String dots = dots(g.indicators());
        int votes = g.totalVotes();
        String voted = votes == 0 ? "" : deck.m.get("deck.map.card.votes", votes);
        // the indicator dots, then the goal's dots from dot-voting, on one line
        String last = dots.isEmpty() ? voted : voted.isEmpty() ? dots : dots + VOTES_GAP + voted;
        List<Para> reserved = last.isEmpty() ? List.of() : List.of(Para.of(last));
        // a rounded rectangle's text area is inset by its corners (the preset's il = 0.29289 × corner radius)
        double corner = Math.min(r.getWidth(), r.getHeight()) * ROUNDING * 0.29289;
        Rectangle2D text = new Rectangle2D.Double(r.getX() + corner, r.getY() + corner, r.getWidth() - 2 * corner, r.getHeight() - 2 * corner);
        double size = Slides.fitInto(card, text, paras, reserved, 12, VerticalAlignment.MIDDLE, TextAlign.CENTER);
        if (!last.isEmpty()) {
            XSLFTextParagraph p = card.addNewTextParagraph();
            addDots(p, g.indicators(), Slides.pt(size, 1));
            if (!voted.isEmpty()) {
                run(p, (dots.isEmpty() ? "" : VOTES_GAP) + voted, Palette.strong(g.stage()), Slides.pt(size, 1));
            }
        }
        return card;
    }

    static String shapeName(Goal g) {
        return "Goal " + g.id();
    }

    /** A dot per indicator: reached, on the way, not yet measured (at most {@link #MAX_DOTS}, then "+n"). */
    private static String dots(List<Indicator> indicators) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_DOTS, indicators.size()); i++) {
            sb.append(state(indicators.get(i)) == null ? '○' : '●');
        }
        if (indicators.size() > MAX_DOTS) {
            sb.append(" +").append(indicators.size() - MAX_DOTS);
        }
        return sb.toString();
    }

    /** The colour of an indicator's dot: green reached, amber on the way, null not yet measured. */
    static Color state(Indicator ind) {
        Optional<Double> p = Progress.of(ind);
        if (p.isEmpty()) {
            return null;
        }
        return p.get() >= 1.0 ? Palette.REACHED : Palette.MOVING;
    }

    private static void addDots(XSLFTextParagraph p, List<Indicator> indicators, double size) {
        p.setTextAlign(TextAlign.CENTER);
        p.setLineSpacing(100.0);
        for (int i = 0; i < Math.min(MAX_DOTS, indicators.size()); i++) {
            Color c = state(indicators.get(i));
            run(p, c == null ? "○" : "●", c == null ? Palette.NOT_MEASURED : c, size);
        }
        if (indicators.size() > MAX_DOTS) {
            run(p, " +" + (indicators.size() - MAX_DOTS), Palette.MUTED, size);
        }
    }

    private static void run(XSLFTextParagraph p, String text, Color c, double size) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontFamily(TextMeasure.DECLARED_FONT);
        r.setFontSize(size);
        r.setFontColor(c);
    }

    /**
     * The links as connectors along the app's routes ({@link LinkRouter}, run on the cards as drawn here
     * with the map's proportions), glued to their cards.
     *
     * @param scaleX the drawing's points per map unit across, so that the routes keep the app's margins
     */
    private void connectAll(XSLFSlide slide, Map<Long, XSLFAutoShape> shapes, Map<Long, Rectangle2D> rects, double scaleX,
                            double scaleY, List<CardBox> avoid) {
        Map<Long, CardBox> boxes = new HashMap<>();
        rects.forEach((id, r) -> boxes.put(id, new CardBox(id, r.getX(), r.getY(), r.getWidth(), r.getHeight())));
        List<GoalLink> drawn = links.stream()
                .filter(l -> shapes.containsKey(l.causeGoalId()) && shapes.containsKey(l.effectGoalId())).toList();
        List<Route> routes = LinkRouter.route(boxes, drawn, avoid, scaleX, scaleY);
        for (int i = 0; i < drawn.size(); i++) {
            if (routes.get(i) != null) {
                GoalLink l = drawn.get(i);
                if (linkStyle == MapLinks.DRAWN) {
                    arrow(slide, l, routes.get(i));
                } else {
                    connect(slide, l, shapes.get(l.causeGoalId()), shapes.get(l.effectGoalId()), routes.get(i));
                }
            }
        }
    }

    /** One link as a freeform arrow along its route, drawn exactly in every office suite, not attached to its cards. */
    static XSLFAutoShape arrow(XSLFSlide slide, GoalLink link, Route route) {
        XSLFAutoShape a = slide.createAutoShape();
        Slides.name(a, "Link " + link.causeGoalId() + " → " + link.effectGoalId());
        RouteConnector.path(route.points(), MIN_EXTENT).applyTo(((org.openxmlformats.schemas.presentationml.x2006.main.CTShape)
                a.getXmlObject()).getSpPr(), EMU_PER_POINT);
        a.setFillColor(null);
        stroke(a, link);
        a.setLineTailDecoration(DecorationShape.TRIANGLE);
        a.setLineTailWidth(DecorationSize.MEDIUM);
        a.setLineTailLength(DecorationSize.MEDIUM);
        return a;
    }

    /** A link's line: weight by strength, dashed when weak. */
    private static void stroke(org.apache.poi.xslf.usermodel.XSLFSimpleShape c, GoalLink link) {
        c.setLineColor(Palette.CONNECTOR);
        c.setLineWidth(switch (link.strength()) {
            case WEAK -> 1.0;
            case MEDIUM -> 1.75;
            case STRONG -> 2.75;
        });
        if (link.strength() == LinkStrength.WEAK) {
            c.setLineDash(LineDash.DASH);
        }
    }

    /** One link as a connector along its route, glued to its cards: weight by strength, dashed when weak. */
    static XSLFConnectorShape connect(XSLFSlide slide, GoalLink link, XSLFAutoShape from, XSLFAutoShape to, Route route) {
        XSLFConnectorShape c = slide.createConnector();
        Slides.name(c, "Link " + link.causeGoalId() + " → " + link.effectGoalId());
        stroke(c, link);
        CTConnector ct = (CTConnector) c.getXmlObject();
        RouteConnector shape = RouteConnector.of(route.points(), MIN_EXTENT);
        shape.applyTo(ct.getSpPr(), EMU_PER_POINT);
        if (shape.arrowAtStart()) {
            c.setLineHeadDecoration(DecorationShape.TRIANGLE);
            c.setLineHeadWidth(DecorationSize.MEDIUM);
            c.setLineHeadLength(DecorationSize.MEDIUM);
        } else {
            c.setLineTailDecoration(DecorationShape.TRIANGLE);
            c.setLineTailWidth(DecorationSize.MEDIUM);
            c.setLineTailLength(DecorationSize.MEDIUM);
        }
        shape.glue(ct.getNvCxnSpPr().getCNvCxnSpPr(), from.getShapeId(), to.getShapeId());
        return c;
    }
}
