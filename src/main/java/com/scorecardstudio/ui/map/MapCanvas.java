package com.scorecardstudio.ui.map;

import com.scorecardstudio.session.LinkItem;
import com.scorecardstudio.session.MapModel;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.LaneBands;
import com.scorecardstudio.domain.map.LinkRouter;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.domain.map.TextMeasure;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.MapChecks;
import com.scorecardstudio.domain.map.MapLayout;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.GoalItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * The drawing of the map and its mouse work: lanes with their titles and area labels, a card per
 * goal, an arrow per link. Drag a card to move it (with the selection), drag from a card's handle
 * to another card to link cause → effect, click a link to select it, drag the background to pan,
 * Shift+drag to select with a rectangle, the wheel zooms around the pointer. Nothing here is stored:
 * each gesture ends in one view-model call.
 *
 * <p>Links follow the routes the model computes round the cards; while a card is dragged its links
 * are drawn as simple elbows, and stay so after the drop until the model's layout, run off the FX
 * thread, brings their routes. The lanes' names stay at the left
 * edge and at the top of what is visible of each lane, however the map is panned and zoomed.
 *
 * <p>While it is in a showing window the canvas {@linkplain MapModel#observe() observes} the model and
 * draws what changes; while it is not (another page shown, the presenter showing a stage) it does no
 * work at all, cards' texts included, and catches up when shown again.
 */
public final class MapCanvas extends Pane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final double MIN_ZOOM = 0.15;
    private static final double MAX_ZOOM = 3;
    /** Lays out and routes the map after a drop, off the FX thread: one thread for every map, as one is shown at a time. */
    private static final com.scorecardstudio.session.TaskRunner LAYOUT =
            com.scorecardstudio.ui.common.FxTaskRunner.onOwnThread("scorecard-map-layout");

    private final MapModel vm;
    /** For the room: nothing of editing drawn, nothing edited. */
    private final boolean bare;
    private final Messages messages;
    private final Consumer<GoalItem> openGoal;
    /** What is drawn, in map units; what is exported as an image. */
    private final Group world = new Group();
    private final Group lanes = new Group();
    private final Group linkLayer = new Group();
    private final Group cardLayer = new Group();
    private final Group overlay = new Group();
    /** Whether the links' hypotheses are written beside them. */
    private final javafx.beans.property.BooleanProperty showHypotheses = new javafx.beans.property.SimpleBooleanProperty(false);
    /** The lanes' colour strips and names: kept in view at the left while panning (see {@link #placeGutter}). */
    private final Group gutter = new Group();
    private final Translate gutterShift = new Translate(0, 0);
    private final List<Label> laneTitles = new ArrayList<>();
    private final Scale zoom = new Scale(1, 1);
    private final Translate pan = new Translate(0, 0);
    private final Map<GoalItem, CardNode> cards = new IdentityHashMap<>();
    private final Map<LinkItem, LinkShape> linkShapes = new IdentityHashMap<>();
    private final Rectangle band = new Rectangle();
    private final Line preview = new Line();

    // the gesture under way
    private Point2D pressScreen;
    private Point2D panStart;
    private Map<GoalItem, Point2D> dragStart;
    private boolean dragged;
    private CardNode linkFrom;
    private CardNode linkTarget;
    private boolean fitPending = true;
    /** True while the canvas is in a showing window; held here, since a derived value is only weakly observed. */
    private final ObservableValue<Boolean> showing = sceneProperty().flatMap(Scene::windowProperty)
            .flatMap(Window::showingProperty).orElse(false);
    private Subscription observing;
    /** The model's revision last drawn. */
    private int drawn = -1;

    /**
     * The map for the room (projector, room view): no link handles, pins, warning marks or selection,
     * no editing with the mouse; it fits itself to its size whenever that changes.
     */
    public static MapCanvas forRoom(MapModel vm, Messages messages) {
        return new MapCanvas(vm, messages, g -> { }, true);
    }

    public MapCanvas(MapModel vm, Messages messages, Consumer<GoalItem> openGoal) {
        this(vm, messages, openGoal, false);
    }

    private MapCanvas(MapModel vm, Messages messages, Consumer<GoalItem> openGoal, boolean bare) {
        this.bare = bare;
        this.vm = vm;
        this.messages = messages;
        this.openGoal = openGoal;
        getStyleClass().add("map-canvas");
        setId("mapCanvas");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        band.getStyleClass().add("map-band");
        band.setVisible(false);
        preview.getStyleClass().add("map-link-preview");
        preview.setVisible(false);
        preview.setMouseTransparent(true);
        overlay.getChildren().addAll(band, preview);
        world.getChildren().addAll(lanes, linkLayer, cardLayer, overlay);
        Group view = new Group(world);
        view.getTransforms().addAll(pan, zoom);
        Scale gutterZoom = new Scale(1, 1);
        gutterZoom.xProperty().bind(zoom.xProperty());
        gutterZoom.yProperty().bind(zoom.yProperty());
        gutter.getTransforms().addAll(gutterShift, gutterZoom);
        gutter.getStyleClass().add("map-gutter-layer");
        getChildren().addAll(view, gutter);
        vm.setTextMeasure(MapFonts.INSTANCE);
        vm.setLayoutRunner(LAYOUT);
        pan.xProperty().addListener((o, a, b) -> placeGutter());
        pan.yProperty().addListener((o, a, b) -> placeGutter());
        zoom.xProperty().addListener((o, a, b) -> placeGutter());
        heightProperty().addListener((o, a, b) -> placeGutter());

        vm.revisionProperty().addListener((o, a, b) -> {
            if (observing != null) {
                redraw();
            }
        });
        vm.selection().addListener((javafx.collections.SetChangeListener<GoalItem>) c -> {
            if (observing != null) {
                restyle();
            }
        });
        vm.selectedLinkProperty().addListener((o, a, b) -> {
            if (observing != null) {
                restyle();
            }
        });
        showing.subscribe(this::showingChanged);
        if (bare) {
            getStyleClass().add("map-canvas-room");
            widthProperty().addListener((o, a, b) -> requestFit());
            heightProperty().addListener((o, a, b) -> requestFit());
            vm.revisionProperty().addListener((o, a, b) -> requestFit());
        } else {
            setOnMousePressed(this::backgroundPressed);
            setOnMouseDragged(this::backgroundDragged);
            setOnMouseReleased(this::backgroundReleased);
        }
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
                e.consume();
            }
        });
    }

    private void showingChanged(boolean now) {
        if (now && observing == null) {
            observing = vm.observe(); // lays out first if the map changed while not shown
            if (drawn != vm.revisionProperty().get()) {
                redraw();
            } else {
                restyle(); // the selection may have changed meanwhile
            }
        } else if (!now && observing != null) {
            observing.unsubscribe();
            observing = null;
        }
    }

    /** True while the canvas is in a showing window (and so draws). */
    ObservableValue<Boolean> showingProperty() {
        return showing;
    }

    // ------------------------------------------------------------------ drawing

    private void redraw() {
        int revision = vm.revisionProperty().get();
        java.util.Set<GoalItem> alone = vm.cardsChangedAlone();
        if (alone != null && drawn == revision - 1) {
            drawn = revision;
            redrawCards(alone); // a card grown by typing: the rest of the map stays as drawn until the pause
            return;
        }
        drawn = revision;
        drawLanes();
        Map<GoalItem, CardBox> boxes = vm.boxes();
        int shapes = cards.size() + linkShapes.size();
        boolean removed = cards.keySet().removeIf(g -> {
            if (!boxes.containsKey(g)) {
                cardLayer.getChildren().remove(cards.get(g));
                return true;
            }
            return false;
        });
        for (var e : boxes.entrySet()) {
            CardNode card = cards.computeIfAbsent(e.getKey(), this::newCard);
            card.setCardHeight(e.getValue().height());
            card.showStage(e.getKey().stageProperty().get());
            if (!dragging(e.getKey())) { // a layout that comes mid-drag leaves the dragged cards under the pointer
                card.relocate(e.getValue().x(), e.getValue().y());
            }
        }
        java.util.Set<LinkItem> links = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        links.addAll(vm.links());
        removed |= linkShapes.keySet().removeIf(l -> {
            if (!links.contains(l)) {
                linkLayer.getChildren().remove(linkShapes.get(l));
                linkShapes.get(l).dispose();
                return true;
            }
            return false;
        });
        for (LinkItem l : vm.links()) {
            linkShapes.computeIfAbsent(l, this::newLink).update();
        }
        // most redraws (a card grown, a drop) change no shape, finding, pin or selection: the marks stay as they are
        if (removed || cards.size() + linkShapes.size() != shapes || !marks().equals(marksShown)) {
            restyle();
        }
    }

    /** Only these cards changed (their height) and their links: a keystroke redraws those, not 200 cards and 400 links. */
    private void redrawCards(java.util.Set<GoalItem> changed) {
        for (GoalItem g : changed) {
            CardNode card = cards.get(g);
            CardBox b = vm.boxes().get(g);
            if (card != null && b != null) {
                card.setCardHeight(b.height());
            }
        }
        for (GoalItem g : changed) {
            for (LinkItem l : vm.linksOf(g)) {
                LinkShape shape = linkShapes.get(l);
                if (shape != null) {
                    shape.update();
                }
            }
        }
    }

    /** What the cards' and links' marks show: findings, pins, the selection. */
    private List<Object> marks() {
        java.util.Set<GoalItem> selected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        selected.addAll(vm.selection());
        return java.util.Arrays.asList(vm.findings(), vm.pinnedGoals(), selected, vm.selectedLinkProperty().get());
    }

    /** The marks last shown. */
    private List<Object> marksShown = List.of();

    /** What the lanes were last drawn from: most redraws (a drop, a link) leave them as they are. */
    private List<Object> lanesDrawn = List.of();

    private void drawLanes() {
        LaneBands bands = vm.lanes();
        List<Object> now = new ArrayList<>(List.of(vm.width(), vm.areaLabels()));
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            now.addAll(List.of(bands.top(s), bands.header(s), bands.height(s)));
        }
        if (now.equals(lanesDrawn)) {
            return; // new labels would cost a CSS pass for nothing
        }
        boolean sameLabels = lanesDrawn.size() > 2 && now.subList(0, 2).equals(lanesDrawn.subList(0, 2));
        lanesDrawn = now;
        if (sameLabels) {
            moveLanes(bands, vm.areaLabels()); // a card grew or shrank: the same lanes, other heights
        } else {
            lanes.getChildren().setAll(drawLanes(bands, vm.width(), vm.areaLabels(), messages, false));
            gutter.getChildren().setAll(drawGutter(bands, messages, laneTitles));
        }
        placeGutter();
    }

    /** The nodes {@link #drawLanes(LaneBands, double, List, Messages, boolean)} made, moved to other lane heights. */
    private void moveLanes(LaneBands bands, List<MapLayout.AreaLabel> labels) {
        List<Node> nodes = lanes.getChildren();
        int i = 0;
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            Rectangle lane = (Rectangle) nodes.get(i++);
            lane.setY(bands.top(s));
            lane.setHeight(bands.height(s));
        }
        for (MapLayout.AreaLabel a : labels) {
            nodes.get(i++).relocate(a.x(), areaLabelY(bands, a));
            Line rule = (Line) nodes.get(i++);
            rule.setStartY(ruleY(bands, a));
            rule.setEndY(ruleY(bands, a));
        }
        List<Node> strips = gutter.getChildren();
        for (int j = 0; j < Lanes.TOP_TO_BOTTOM.size(); j++) {
            Stage s = Lanes.TOP_TO_BOTTOM.get(j);
            Rectangle strip = (Rectangle) strips.get(2 * j); // then its title, which placeGutter places
            strip.setY(bands.top(s));
            strip.setHeight(bands.height(s));
        }
    }

    private static double areaLabelY(LaneBands bands, MapLayout.AreaLabel a) {
        return bands.top(a.stage()) + 6;
    }

    private static double ruleY(LaneBands bands, MapLayout.AreaLabel a) {
        return bands.top(a.stage()) + bands.header(a.stage()) - 4;
    }

    /** The lanes' backgrounds and area labels (whole, wrapped to the width of their cards). */
    static List<Node> drawLanes(LaneBands bands, double width, List<MapLayout.AreaLabel> labels, Messages messages, boolean withGutter) {
        List<Node> out = new ArrayList<>();
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            Rectangle lane = new Rectangle(0, bands.top(s), width, bands.height(s));
            lane.getStyleClass().addAll("map-lane", "map-lane-" + s.key());
            out.add(lane);
        }
        for (MapLayout.AreaLabel a : labels) {
            String text = messages.get("area." + a.stage().key() + "." + a.area());
            Label area = new Label(MapFonts.INSTANCE.lines(text, a.width(), TextMeasure.Role.AREA));
            area.getStyleClass().add("map-area-label");
            area.setStyle(MapFonts.style(TextMeasure.Role.AREA));
            area.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            area.relocate(a.x(), areaLabelY(bands, a));
            Line rule = new Line(a.x(), ruleY(bands, a), a.x() + a.width(), ruleY(bands, a));
            rule.getStyleClass().add("map-area-rule");
            out.addAll(List.of(area, rule));
        }
        if (withGutter) {
            out.addAll(drawGutter(bands, messages, new ArrayList<>()));
        }
        return out;
    }

    /** The lanes' colour strips with their names. */
    static List<Node> drawGutter(LaneBands bands, Messages messages, List<Label> titles) {
        List<Node> out = new ArrayList<>();
        titles.clear();
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            Rectangle strip = new Rectangle(0, bands.top(s), Lanes.GUTTER, bands.height(s));
            strip.getStyleClass().addAll("map-gutter", "map-gutter-" + s.key());
            Label title = new Label(messages.get("stage." + s.key()));
            title.getStyleClass().addAll("map-lane-title", "map-lane-title-" + s.key());
            title.setWrapText(true);
            title.setPrefWidth(Lanes.GUTTER - 24);
            title.setMinHeight(Region.USE_PREF_SIZE);
            title.relocate(14, bands.top(s) + 14);
            title.setUserData(s);
            titles.add(title);
            out.addAll(List.of(strip, title));
        }
        return out;
    }

    /**
     * Keeps the lanes' names in view: the strip sticks to the left edge when the map is panned to the
     * left, and each name to the top of the visible part of its lane when the map is taller than the view.
     */
    private void placeGutter() {
        gutterShift.setX(Math.max(0, pan.getX()));
        gutterShift.setY(pan.getY());
        LaneBands bands = vm.lanes();
        double visibleTop = -pan.getY() / zoom.getY();
        for (Label t : laneTitles) {
            Stage s = (Stage) t.getUserData();
            double h = t.prefHeight(Lanes.GUTTER - 24);
            double y = Math.max(bands.top(s) + 14, Math.min(visibleTop + 14, bands.bottom(s) - h - 8));
            t.setLayoutY(y);
        }
    }

    private void restyle() {
        marksShown = marks();
        if (bare) {
            cards.forEach((g, c) -> c.update(false, false, List.of()));
            linkShapes.forEach((l, s) -> s.restyle(false, List.of()));
            return;
        }
        Map<GoalItem, List<String>> goalFindings = new IdentityHashMap<>();
        Map<LinkItem, List<String>> linkFindings = new IdentityHashMap<>();
        Map<MapChecks.Kind, String> texts = new java.util.EnumMap<>(MapChecks.Kind.class); // each message made once, not per finding
        for (MapModel.Finding f : vm.findings()) {
            String text = texts.computeIfAbsent(f.kind(), k -> messages.get(kindKey(k)));
            if (f.link() != null) {
                linkFindings.computeIfAbsent(f.link(), k -> new ArrayList<>()).add(text);
            } else if (f.goal() != null) {
                goalFindings.computeIfAbsent(f.goal(), k -> new ArrayList<>()).add(text);
            }
        }
        cards.forEach((g, c) -> c.update(vm.isPinned(g), vm.selection().contains(g), goalFindings.getOrDefault(g, List.of())));
        linkShapes.forEach((l, s) -> s.restyle(vm.selectedLinkProperty().get() == l, linkFindings.getOrDefault(l, List.of())));
    }

    private CardNode newCard(GoalItem goal) {
        CardNode card = new CardNode(goal, messages, showing, bare);
        if (bare) {
            cardLayer.getChildren().add(card);
            return card;
        }
        card.setOnMousePressed(e -> cardPressed(card, e));
        card.setOnMouseDragged(e -> cardDragged(card, e));
        card.setOnMouseReleased(e -> cardReleased(card, e));
        // a session that may only be read: cards are selected and opened, never moved or linked
        card.handle.setVisible(vm.editableProperty().get()); // read-only for the whole time the session is open
        card.handle.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && vm.editableProperty().get()) {
                linkFrom = card;
                e.consume();
            }
        });
        card.handle.setOnMouseDragged(this::linkDragged);
        card.handle.setOnMouseReleased(this::linkReleased);
        cardLayer.getChildren().add(card);
        return card;
    }

    private LinkShape newLink(LinkItem link) {
        LinkShape shape = new LinkShape(link);
        linkLayer.getChildren().add(shape);
        return shape;
    }

    /**
     * A link's arrow: its route from the cause's edge to the effect's, an arrowhead, a wide invisible
     * line to click, and (when asked for) its hypothesis written along its longest segment.
     */
    final class LinkShape extends Group {
        final LinkItem link;
        final Polyline line = new Polyline();
        final Polygon head = new Polygon();
        final Polyline hit = new Polyline();
        final Label note = new Label();
        private final Tooltip tip = new Tooltip();
        private List<String> findings = List.of();
        private Route drawnRoute;
        /** The route the line's points were made from (the drawing may be translated since). */
        private Route pointsDrawn;
        private LinkStrength drawnStrength;
        private Boolean drawnSelected;

        LinkShape(LinkItem link) {
            this.link = link;
            getStyleClass().add("map-link");
            line.getStyleClass().add("map-link-line");
            head.getStyleClass().add("map-link-head");
            hit.getStyleClass().add("map-link-hit");
            getChildren().addAll(line, head);
            note.getStyleClass().add("map-link-note");
            note.setWrapText(true);
            note.setMaxWidth(200);
            note.setMouseTransparent(true);
            note.textProperty().bind(link.hypothesisProperty());
            note.visibleProperty().bind(showHypotheses.and(link.hypothesisProperty().isNotEmpty()));
            // sized by hand, and only when shown: 400 hidden notes cost the drag's layout pass nothing
            note.setManaged(false);
            note.visibleProperty().addListener((o, was, now) -> {
                if (now) {
                    note.autosize();
                    placeNote();
                }
            });
            note.textProperty().addListener((o, a, b) -> {
                if (note.isVisible()) {
                    note.autosize();
                }
            });
            getChildren().add(note); // under the cards: a note never hides a title
            if (bare) {
                return;
            }
            getChildren().add(hit);
            hit.setOnMousePressed(e -> {
                vm.selectedLinkProperty().set(link);
                e.consume();
            });
            hit.setOnMouseClicked(e -> e.consume());
            // one tooltip per link, its text made again when it shows: the goals' titles may have changed since
            tip.setText(tipText());
            tip.setOnShowing(e -> tip.setText(tipText()));
            Tooltip.install(hit, tip);
        }

        private String tipText() {
            String hypothesis = link.hypothesisProperty().get();
            return link + (hypothesis.isBlank() ? "" : "\n" + hypothesis)
                    + (findings.isEmpty() ? "" : "\n⚠ " + String.join("\n⚠ ", findings));
        }

        void update() {
            CardBox a = box(link.cause());
            CardBox b = box(link.effect());
            if (a == null || b == null) {
                return;
            }
            Route route = vm.routes().get(link);
            boolean moved = !a.equals(vm.boxes().get(link.cause())) || !b.equals(vm.boxes().get(link.effect()));
            if (route == null || moved) {
                route = LinkRouter.elbow(a, b); // mid-drag: routed round the cards when dropped
            }
            LinkStrength strength = link.strengthProperty().get();
            if (route.equals(drawnRoute) && strength == drawnStrength) {
                return; // a redraw touches only the links whose path changed
            }
            drawnRoute = route;
            if (strength == drawnStrength && shifted(route)) {
                return; // a card that grew moves the lanes below it: their links move whole
            }
            drawnStrength = strength;
            pointsDrawn = route;
            setTranslateX(0);
            setTranslateY(0);
            LinkPaths.draw(route, strength, line, head, hit);
            placeNote();
        }

        /**
         * Whether the route is the one the points were drawn from, moved as a whole: then it is shown by
         * translating the drawing (one transform) instead of new points for the line, its hit area and
         * its arrowhead, and the next pulse's bounds work for them.
         */
        private boolean shifted(Route route) {
            double[] offset = pointsDrawn == null ? null : LinkPaths.movedWhole(pointsDrawn.points(), route.points());
            if (offset == null) {
                return false;
            }
            setTranslateX(offset[0]);
            setTranslateY(offset[1]);
            return true;
        }

        /** The hypothesis beside the middle of the longest segment; placed only while it is shown. */
        private void placeNote() {
            Route route = pointsDrawn;
            if (!note.isVisible() || route == null) {
                return;
            }
            int longest = 1;
            for (int i = 1; i < route.size(); i++) {
                double len = Math.abs(route.x(i) - route.x(i - 1)) + Math.abs(route.y(i) - route.y(i - 1));
                double best = Math.abs(route.x(longest) - route.x(longest - 1)) + Math.abs(route.y(longest) - route.y(longest - 1));
                if (len > best) {
                    longest = i;
                }
            }
            double mx = (route.x(longest) + route.x(longest - 1)) / 2;
            double my = (route.y(longest) + route.y(longest - 1)) / 2;
            note.relocate(mx + 6, my + 4);
        }

        /** The points of the line where it is drawn, in the map's units (tests). */
        List<Double> points() {
            List<Double> p = new ArrayList<>(line.getPoints());
            for (int i = 0; i < p.size(); i++) {
                p.set(i, p.get(i) + (i % 2 == 0 ? getTranslateX() : getTranslateY()));
            }
            return p;
        }

        /** The arrowhead's tip where it is drawn, in the map's units (tests). */
        Point2D tip() {
            return new Point2D(head.getPoints().get(0) + head.getTranslateX() + getTranslateX(),
                    head.getPoints().get(1) + head.getTranslateY() + getTranslateY());
        }

        void dispose() {
            note.textProperty().unbind();
            note.visibleProperty().unbind();
        }

        void restyle(boolean selected, List<String> findings) {
            if (drawnSelected != null && drawnSelected == selected && findings.equals(this.findings)) {
                return; // the tooltip's text is made again only when it changes
            }
            drawnSelected = selected;
            pseudoClassStateChanged(SELECTED, selected);
            pseudoClassStateChanged(WARNING, !findings.isEmpty());
            this.findings = findings;
            tip.setText(tipText());
        }
    }

    private CardBox box(GoalItem g) {
        CardNode c = cards.get(g);
        CardBox b = vm.boxes().get(g);
        if (c == null || b == null) {
            return b;
        }
        if (c.getLayoutX() == b.x() && c.getLayoutY() == b.y()) {
            return b;
        }
        return b.at(c.getLayoutX(), c.getLayoutY()); // where it is drawn now, also mid-drag
    }

    // ------------------------------------------------------------------ cards: select, move, open

    private void cardPressed(CardNode card, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        if (e.isShortcutDown() || e.isShiftDown()) {
            if (!vm.selection().remove(card.goal)) {
                vm.selection().add(card.goal);
            }
        } else if (!vm.selection().contains(card.goal)) {
            vm.selection().clear();
            vm.selection().add(card.goal);
        }
        pressScreen = new Point2D(e.getSceneX(), e.getSceneY());
        dragStart = new LinkedHashMap<>();
        for (GoalItem g : vm.selection()) {
            CardNode c = cards.get(g);
            if (c != null) {
                dragStart.put(g, new Point2D(c.getLayoutX(), c.getLayoutY()));
            }
        }
        dragged = false;
        if (e.getClickCount() == 2) {
            openGoal.accept(card.goal);
        }
        e.consume();
    }

    private boolean dragging(GoalItem g) {
        return dragged && dragStart != null && dragStart.containsKey(g);
    }

    private void cardDragged(CardNode card, MouseEvent e) {
        if (dragStart == null || pressScreen == null || !vm.editableProperty().get()) {
            return;
        }
        double dx = (e.getSceneX() - pressScreen.getX()) / zoom.getX();
        double dy = (e.getSceneY() - pressScreen.getY()) / zoom.getY();
        if (!dragged && Math.hypot(dx, dy) < 3) {
            return;
        }
        boolean starting = !dragged;
        dragged = true;
        List<LinkItem> touching = new ArrayList<>();
        dragStart.forEach((g, p) -> {
            CardNode c = cards.get(g);
            c.relocate(p.getX() + dx, p.getY() + dy);
            if (starting) {
                c.toFront(); // once: reordering the layer every frame costs a CSS pass
            }
        });
        for (LinkItem l : vm.links()) {
            if (dragStart.containsKey(l.cause()) || dragStart.containsKey(l.effect())) {
                touching.add(l);
            }
        }
        touching.forEach(l -> linkShapes.get(l).update());
        e.consume();
    }

    private void cardReleased(CardNode card, MouseEvent e) {
        Map<GoalItem, Point2D> to = new LinkedHashMap<>();
        if (dragged && dragStart != null) {
            dragStart.keySet().forEach(g -> to.put(g, new Point2D(cards.get(g).getLayoutX(), cards.get(g).getLayoutY())));
        }
        dragStart = null; // the drag is over before the model redraws: the dropped cards go to their snapped places
        pressScreen = null;
        dragged = false;
        if (!to.isEmpty()) {
            int before = vm.revisionProperty().get();
            vm.move(to); // redraws when it changes the map
            if (vm.revisionProperty().get() == before) {
                redraw(); // back in place when nothing changed (dropped where it was)
            }
        }
        e.consume();
    }

    // ------------------------------------------------------------------ links: drag from a handle

    private void linkDragged(MouseEvent e) {
        if (linkFrom == null) {
            return;
        }
        Point2D p = world.sceneToLocal(e.getSceneX(), e.getSceneY());
        CardBox from = box(linkFrom.goal);
        preview.setStartX(from.right());
        preview.setStartY(from.centerY());
        preview.setEndX(p.getX());
        preview.setEndY(p.getY());
        preview.setVisible(true);
        CardNode over = cardAt(p);
        if (over != linkTarget) {
            if (linkTarget != null) {
                linkTarget.pseudoClassStateChanged(CardNode.TARGET, false);
            }
            linkTarget = over == linkFrom ? null : over;
            if (linkTarget != null) {
                linkTarget.pseudoClassStateChanged(CardNode.TARGET, true);
            }
        }
        e.consume();
    }

    private void linkReleased(MouseEvent e) {
        if (linkFrom != null && linkTarget != null) {
            linkTarget.pseudoClassStateChanged(CardNode.TARGET, false);
            vm.link(linkFrom.goal, linkTarget.goal).ifPresent(l -> vm.selectedLinkProperty().set(l));
        }
        preview.setVisible(false);
        linkFrom = null;
        linkTarget = null;
        e.consume();
    }

    private CardNode cardAt(Point2D p) {
        for (CardNode c : cards.values()) {
            if (c.getBoundsInParent().contains(p)) {
                return c;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ background: pan, band select

    private void backgroundPressed(MouseEvent e) {
        requestFocus();
        pressScreen = new Point2D(e.getX(), e.getY());
        if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY) {
            Point2D p = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            band.setX(p.getX());
            band.setY(p.getY());
            band.setWidth(0);
            band.setHeight(0);
            band.setVisible(true);
        } else {
            panStart = new Point2D(pan.getX(), pan.getY());
        }
    }

    private void backgroundDragged(MouseEvent e) {
        if (pressScreen == null) {
            return;
        }
        if (band.isVisible()) {
            Point2D a = world.sceneToLocal(localToScene(pressScreen));
            Point2D b = world.sceneToLocal(e.getSceneX(), e.getSceneY());
            band.setX(Math.min(a.getX(), b.getX()));
            band.setY(Math.min(a.getY(), b.getY()));
            band.setWidth(Math.abs(a.getX() - b.getX()));
            band.setHeight(Math.abs(a.getY() - b.getY()));
        } else if (panStart != null) {
            pan.setX(panStart.getX() + e.getX() - pressScreen.getX());
            pan.setY(panStart.getY() + e.getY() - pressScreen.getY());
            dragged = true;
        }
    }

    private void backgroundReleased(MouseEvent e) {
        if (band.isVisible()) {
            Bounds area = band.getBoundsInParent();
            if (!e.isShortcutDown()) {
                vm.selection().clear();
            }
            cards.forEach((g, c) -> {
                if (area.contains(c.getBoundsInParent())) {
                    vm.selection().add(g);
                }
            });
            band.setVisible(false);
        } else if (!dragged && pressScreen != null) {
            vm.selection().clear(); // a click on the background
            vm.selectedLinkProperty().set(null);
        }
        pressScreen = null;
        panStart = null;
        dragged = false;
    }

    // ------------------------------------------------------------------ zoom

    public void zoomAt(double factor, double x, double y) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.getX() * factor));
        double f = z / zoom.getX();
        pan.setX(x - (x - pan.getX()) * f);
        pan.setY(y - (y - pan.getY()) * f);
        zoom.setX(z);
        zoom.setY(z);
    }

    public void zoomBy(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    /** Shows the whole map as large as the view allows, centred (Ctrl+0). */
    public void fit() {
        double w = vm.width();
        double h = vm.height();
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double margin = 8;
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.min((getWidth() - 2 * margin) / w, (getHeight() - 2 * margin) / h)));
        zoom.setX(z);
        zoom.setY(z);
        pan.setX((getWidth() - w * z) / 2);
        pan.setY((getHeight() - h * z) / 2);
    }

    /** Writes each link's hypothesis beside it (off by default: the map stays light). */
    public javafx.beans.property.BooleanProperty showHypothesesProperty() {
        return showHypotheses;
    }

    /** The map's drawn size on screen at the current zoom (tests: Fit fills the view). */
    double[] drawnSize() {
        return new double[] {vm.width() * zoom.getX(), vm.height() * zoom.getY()};
    }

    List<Label> laneTitles() {
        return laneTitles;
    }

    Map<LinkItem, LinkShape> linkShapes() {
        return linkShapes;
    }

    /** Fits the map once it has a size and its content (on first showing and after loading). */
    public void requestFit() {
        fitPending = true;
        requestLayout();
    }

    /*
     * The map takes the room its page gives it and fits, pans and zooms its drawing within: its size
     * never follows the drawing (which Pane would measure, every card and route, whenever one changes).
     */
    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    /** Its size never follows the drawing (above): a change in the drawing is laid out within the map. */
    @Override
    public void requestLayout() {
        setNeedsLayout(true);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        placeGutter();
        if (fitPending && getWidth() > 0 && getHeight() > 0 && vm.loadedProperty().get()) {
            fitPending = false;
            fit();
        }
    }

    public double zoomLevel() {
        return zoom.getX();
    }

    /** The drawing in map units, for the image export. */
    Node world() {
        return world;
    }

    /** The card of a goal (tests and keyboard focus). */
    public Node cardOf(GoalItem g) {
        return cards.get(g);
    }

    Map<GoalItem, CardNode> cards() {
        return cards;
    }

    Map<String, Integer> findingCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (MapModel.Finding f : vm.findings()) {
            counts.merge(f.kind().key(), 1, Integer::sum);
        }
        return counts;
    }

    static String kindKey(MapChecks.Kind k) {
        return "map.check." + k.key();
    }
}
