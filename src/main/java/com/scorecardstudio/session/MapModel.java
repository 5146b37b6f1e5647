package com.scorecardstudio.session;

import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.CardPosition;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.LaneBands;
import com.scorecardstudio.domain.map.LinkRouter;
import com.scorecardstudio.domain.map.MapText;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.domain.map.TextMeasure;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.MapCard;
import com.scorecardstudio.domain.map.MapChecks;
import com.scorecardstudio.domain.map.MapLayout;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Point2D;

/**
 * The strategy map of the open session: the session's goals as cards in their lanes, the links
 * between them, where each card is (placed by hand = pinned, or by the automatic layout), the
 * selection and what the checks find. Every change goes through the session's undo stack and is
 * written on the database thread as it happens, in order with the goals' own writes.
 *
 * <p>The layout, the links' routes and the checks depend on the goals' stages, areas and order, on
 * the links and on the pins, and on a title only through the number of lines it takes (a card is as
 * tall as its whole title): they run again only when one of those changes (the goals' {@linkplain
 * GoalsModel#structureRevisionProperty() structure revision}, a link, a pin, Arrange), so typing a
 * title costs the map one line-wrap here. A title that needs another number of lines gives its card
 * the new height at once and the map makes room for it when typing pauses ({@link
 * #SETTLE_AFTER_TYPING}), not on the keystroke: one layout per pause, not per line. And they run only
 * while a view {@linkplain #observe() observes} the map; otherwise the change is noted and the work
 * done when a view starts observing, or when something reads the geometry or the findings.
 *
 * <p>After a drop (a pin set or removed, also by undo) on an observed map the layout and routing,
 * tens of milliseconds on a large map, run off the FX thread on the view's {@linkplain
 * #setLayoutRunner runner}, as after that pause; until their result comes the geometry is provisional
 * (the dropped cards where they were dropped, a grown card at its new height where it stood, their
 * links without routes) and {@link #layoutPendingProperty} is true.
 */
public final class MapModel {
    /** How to line up the selected cards. */
    public enum Align { LEFT, CENTER, TOP, DISTRIBUTE }

    private final long sessionId;
    private final GoalsModel goals;
    private final MapRepository repository;
    private final Autosave autosave;
    private final EditHistory undo;

    private final ObservableList<LinkItem> links = FXCollections.observableArrayList();
    /** Each goal's links, kept with {@link #links}: a grown card's few links are found without going through all 400. */
    private final Map<GoalItem, List<LinkItem>> linksOf = new IdentityHashMap<>();
    private final Map<GoalItem, Point2D> pinned = new IdentityHashMap<>();
    /** Links of deleted goals, brought back if the deletion is undone. */
    private final List<LinkItem> detached = new ArrayList<>();
    private final Map<GoalItem, Long> keys = new IdentityHashMap<>();
    private long nextKey = 1;
    /** The links the layout orders the cards by: those of the last arrange, so cards do not jump while linking. */
    private List<LinkItem> layoutLinks = List.of();

    private final ObjectProperty<Map<GoalItem, CardBox>> boxes = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<List<MapLayout.AreaLabel>> areaLabels = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(List.of());
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableSet<GoalItem> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<LinkItem> selectedLink = new SimpleObjectProperty<>();
    private final BooleanProperty snap = new SimpleBooleanProperty(true);
    private double width = Lanes.MIN_WIDTH;
    private LaneBands lanes = LaneBands.FIXED;
    private Map<LinkItem, Route> routes = Map.of();
    /** How the map's texts are measured: the screen's fonts once a view sets them, else an estimate. */
    private TextMeasure measure = TextMeasure.ESTIMATE;
    /** Each card's height at the last layout: a title that needs another line lays out again. */
    private final Map<GoalItem, Double> heights = new IdentityHashMap<>();
    /** Goals whose title changed since their card's height was last checked. */
    private final java.util.Set<GoalItem> titlesChanged = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<GoalItem, javafx.beans.value.ChangeListener<String>> titleWatchers = new IdentityHashMap<>();
    private java.util.function.Supplier<String> sessionTitle = () -> "";
    private long layoutRuns;
    /** The goals, links or pins changed since the last layout. */
    private boolean stale = true;
    /** The views showing the map now. */
    private int observers;
    /** Runs the layout after a drop off the FX thread; null: on the FX thread. */
    private TaskRunner layoutRunner;
    /** Counts the changes to what the layout depends on: a layout's result is shown only if none came after it. */
    private volatile long generation;
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(false);
    /** Raised by every write of this laptop's own: a live read sent before one is read again. */
    private int localEdits;
    private final LiveRead<StrategyMap> live;
    /** A link read live whose goal has not arrived here yet: read again when the goals change. */
    private boolean linksWaitForGoals;
    /** The widths of the texts measured for layouts off the FX thread, in the current measure. */
    private MeasuredWidths widths = new MeasuredWidths(TextMeasure.ESTIMATE);
    /** Each title's card height at the last layout: a title not changed since is not wrapped again. */
    private Map<String, Double> titleHeights = new HashMap<>();
    /**
     * The last plan while nothing but cards' heights changed since (titles typed onto another line),
     * with the messages its area texts came from: the next plan is this one with the new heights,
     * instead of a new snapshot of every card and link on the FX thread. Null after any other change.
     */
    private Plan lastPlan;
    private com.scorecardstudio.i18n.Messages lastPlanMessages;
    /** The new heights of the cards whose title changed their height since {@link #lastPlan}. */
    private final Map<GoalItem, Double> heightsChanged = new IdentityHashMap<>();
    /**
     * How long typing pauses before the map makes room for a card whose title changed its height: the
     * pause that saves what was typed. Until then the card grows where it stands.
     */
    public static final java.time.Duration SETTLE_AFTER_TYPING = OpenSession.QUIET;
    /** Cancels the wait for that pause; null while no card waits for it. */
    private Runnable cancelSettle;

    /** A check's finding as the view shows it: about a link, or about a goal. */
    public record Finding(MapChecks.Kind kind, GoalItem goal, LinkItem link) {
    }

    /** @param repository used only in work run on the database thread */
    public MapModel(long sessionId, GoalsModel goals, MapRepository repository, Autosave autosave, EditHistory undo) {
        this.sessionId = sessionId;
        this.goals = goals;
        this.repository = repository;
        this.autosave = autosave;
        this.undo = undo;
        this.live = new LiveRead<>(autosave.tasks(), () -> repository.read(sessionId), this::merge, () -> localEdits);
        goals.onDeleted(this::goalDeleted);
        goals.onStored(this::goalStored);
        goals.structureRevisionProperty().addListener((o, a, b) -> invalidate());
        links.addListener((javafx.collections.ListChangeListener<LinkItem>) c -> {
            while (c.next()) {
                for (LinkItem l : c.getRemoved()) {
                    for (GoalItem g : List.of(l.cause(), l.effect())) {
                        linksOf.computeIfPresent(g, (k, of) -> of.remove(l) && of.isEmpty() ? null : of);
                    }
                }
                for (LinkItem l : c.getAddedSubList()) {
                    linksOf.computeIfAbsent(l.cause(), g -> new ArrayList<>(2)).add(l);
                    linksOf.computeIfAbsent(l.effect(), g -> new ArrayList<>(2)).add(l);
                }
            }
        });
        goals.goals().forEach(this::watchTitle);
        goals.goals().addListener((javafx.collections.ListChangeListener<GoalItem>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(g -> Optional.ofNullable(titleWatchers.remove(g)).ifPresent(l -> g.titleProperty().removeListener(l)));
                c.getAddedSubList().forEach(this::watchTitle);
            }
            if (linksWaitForGoals) {
                live.request();
            }
        });
        selection.addListener((javafx.collections.SetChangeListener<GoalItem>) c -> {
            if (!selection.isEmpty()) {
                selectedLink.set(null);
            }
        });
        selectedLink.addListener((o, a, link) -> {
            if (link != null) {
                selection.clear();
            }
        });
    }

    /** Reads the links and pins after the goals (the writes and reads are queued in this order). */
    public void load() {
        autosave.run(() -> repository.read(sessionId), this::show);
    }

    void show(StrategyMap map) {
        Map<Long, GoalItem> byId = new HashMap<>();
        goals.goals().forEach(g -> byId.put(g.storedId(), g));
        links.clear();
        pinned.clear();
        for (GoalLink l : map.links()) {
            GoalItem cause = byId.get(l.causeGoalId());
            GoalItem effect = byId.get(l.effectGoalId());
            if (cause != null && effect != null) {
                LinkItem item = new LinkItem(cause, effect);
                item.dbId.set(l.id());
                item.show(l);
                links.add(item);
            }
        }
        map.pinned().forEach((id, p) -> Optional.ofNullable(byId.get(id)).ifPresent(g -> pinned.put(g, new Point2D(p.x(), p.y()))));
        layoutLinks = List.copyOf(links);
        loaded.set(true);
        invalidate();
    }

    /**
     * Another laptop linked, unlinked, edited a link or pinned a card (a team workspace): the map is
     * read again and merged by id. Links stay the same objects (this laptop's undo steps hold them), a
     * hypothesis still being typed here keeps its text, and pins follow what is stored. FX thread.
     */
    public void changedElsewhere() {
        live.request();
    }

    private void merge(StrategyMap map) {
        Map<Long, GoalItem> byId = new HashMap<>();
        goals.goals().forEach(g -> byId.put(g.storedId(), g));
        Map<Long, GoalLink> stored = new HashMap<>();
        map.links().forEach(l -> stored.put(l.id(), l));
        List<LinkItem> gone = links.stream().filter(l -> l.dbId.get() != 0 && !stored.containsKey(l.dbId.get())).toList();
        links.removeAll(gone);
        if (gone.contains(selectedLink.get())) {
            selectedLink.set(null);
        }
        java.util.Set<Long> shown = new java.util.HashSet<>();
        for (LinkItem item : links) {
            GoalLink l = stored.get(item.dbId.get());
            if (l != null) {
                shown.add(l.id());
                if (!autosave.pending(item)) { // a hypothesis typed here and not yet written stays
                    item.show(l);
                }
            }
        }
        linksWaitForGoals = false;
        for (GoalLink l : map.links()) {
            if (shown.contains(l.id())) {
                continue;
            }
            GoalItem cause = byId.get(l.causeGoalId());
            GoalItem effect = byId.get(l.effectGoalId());
            if (cause == null || effect == null) {
                linksWaitForGoals = true; // its goal is read live too, perhaps a moment later
            } else if (linkBetween(cause, effect).isEmpty()) {
                LinkItem item = new LinkItem(cause, effect);
                item.dbId.set(l.id());
                item.show(l);
                links.add(item);
            }
        }
        for (GoalItem g : goals.goals()) {
            CardPosition p = map.pinned().get(g.storedId());
            if (g.storedId() == 0) {
                continue; // not stored yet: its pin is written with it
            } else if (p == null) {
                pinned.remove(g);
            } else {
                pinned.put(g, new Point2D(p.x(), p.y()));
            }
        }
        invalidate();
    }

    // ------------------------------------------------------------------ layout and checks

    private long key(GoalItem g) {
        return keys.computeIfAbsent(g, k -> nextKey++);
    }

    /**
     * A view showing the map: while one observes, the layout and the checks follow every change at
     * once; when none does, they wait. Observing brings them up to date. Call the returned
     * subscription's {@code unsubscribe} when the view is no longer shown.
     */
    public javafx.util.Subscription observe() {
        checkTitles(); // titles typed while no view looked: laid out now, not at a pause
        observers++;
        if (stale) {
            refresh();
        }
        boolean[] ended = {false};
        return () -> {
            if (!ended[0]) {
                ended[0] = true;
                observers--;
            }
        };
    }

    /** True while a view observes the map. */
    public boolean isObserved() {
        return observers > 0;
    }

    /** What the layout depends on changed: lay out now if a view shows the map, else when one does. */
    private void invalidate() {
        stale = true;
        lastPlan = null;
        generation++; // a layout still running off the FX thread is out of date
        stopWaitingForPause(); // the next layout takes every title's height
        pending.set(false);
        if (observers > 0) {
            refresh();
        }
    }

    /** Brings the geometry and the findings up to date before they are read. */
    private void ensureLaidOut() {
        checkTitles();
        if (stale) {
            refresh();
        }
    }

    private void watchTitle(GoalItem g) {
        if (!titleWatchers.containsKey(g)) {
            javafx.beans.value.ChangeListener<String> l = (o, a, b) -> titleChanged(g);
            titleWatchers.put(g, l);
            g.titleProperty().addListener(l);
        }
    }

    /**
     * A title was typed. If its card needs another height, the card takes it at once where it stands
     * and the map makes room for it (lays out again) when typing pauses: the lanes below do not move,
     * nor 400 links get new routes, on every keystroke that adds a line. While no view shows the map the
     * title is only noted.
     */
    private void titleChanged(GoalItem g) {
        titlesChanged.add(g);
        if (observers > 0) {
            checkTitles();
        }
    }

    /**
     * Wraps only the titles typed since the last check (a keystroke costs one title's wrap). A card
     * that needs another height: shown at it until the pause while a view observes, else laid out when
     * next read.
     */
    private void checkTitles() {
        if (titlesChanged.isEmpty() || stale) {
            return;
        }
        java.util.Set<GoalItem> changed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (GoalItem g : titlesChanged) {
            Double laid = heights.get(g);
            if (laid != null) {
                double now = MapText.cardHeight(g.titleProperty().get(), measure);
                if (now != heightsChanged.getOrDefault(g, laid)) {
                    heightsChanged.put(g, now);
                    changed.add(g);
                }
            }
        }
        titlesChanged.clear();
        if (changed.isEmpty()) {
            return;
        }
        if (observers == 0) {
            stale = true;
            return;
        }
        showGrown(changed);
        if (cancelSettle != null) {
            cancelSettle.run();
        }
        pending.set(true); // the geometry is provisional until the layout after the pause
        cancelSettle = autosave.scheduler().schedule(SETTLE_AFTER_TYPING, this::typingPaused);
    }

    /** Until the pause: the grown cards where the last layout put them, their links unrouted (drawn as elbows). */
    private void showGrown(java.util.Set<GoalItem> changed) {
        // changed in place: the maps are read on the FX thread and not kept, and a keystroke should not
        // copy 200 boxes and 400 routes (hashing each)
        if (!(boxes.get() instanceof IdentityHashMap)) {
            boxes.set(new IdentityHashMap<>(boxes.get()));
        }
        if (!(routes instanceof IdentityHashMap)) {
            routes = new IdentityHashMap<>(routes);
        }
        grow(changed, boxes.get(), routes);
        revise(changed);
    }

    /** Gives {@code cards} (waiting for the pause) their new height in {@code shown}, their links no route. */
    private void grow(java.util.Collection<GoalItem> cards, Map<GoalItem, CardBox> shown, Map<LinkItem, Route> routed) {
        for (GoalItem g : cards) {
            CardBox b = shown.get(g);
            Double h = heightsChanged.get(g);
            if (b != null && h != null) {
                shown.put(g, b.withHeight(h));
            }
        }
        for (GoalItem g : cards) {
            linksOf(g).forEach(routed::remove);
        }
    }

    /** Typing paused with a card at a new height: the map makes room for it, off the FX thread when it can. */
    private void typingPaused() {
        cancelSettle = null;
        if (observers > 0 && layoutRunner != null) {
            layOutOffThread(() -> { });
        } else {
            invalidate(); // at once on this thread, or when next shown or read
        }
    }

    private void stopWaitingForPause() {
        if (cancelSettle != null) {
            cancelSettle.run();
            cancelSettle = null;
        }
    }

    /** Measures the map's texts with the screen's fonts (set by the view); lays out again. */
    public void setTextMeasure(TextMeasure m) {
        if (m != measure) {
            measure = m;
            widths = new MeasuredWidths(m);
            titleHeights = new HashMap<>();
            invalidate();
        }
    }

    public TextMeasure textMeasure() {
        return measure;
    }

    /** Where the session's title comes from, for the image's heading. */
    public void setSessionTitle(java.util.function.Supplier<String> title) {
        sessionTitle = title;
    }

    public String sessionTitle() {
        return sessionTitle.get();
    }

    /** What the views draw changed without a change to the layout (a link's strength). */
    private void repaint() {
        lastPlan = null; // the plan holds the strengths too
        revise(null);
    }

    /** Lays out, routes and checks now, on this thread; drops any layout still running off it. */
    private void refresh() {
        stale = false;
        generation++;
        stopWaitingForPause();
        pending.set(false);
        Plan plan = nextPlan();
        apply(plan, compute(plan.input(), widths.learning()));
    }

    /**
     * What one layout works from, taken on the FX thread as plain values, so that it may run on any
     * thread: the goals as cards, the links by the goals' keys, the pins, the cards' heights and the
     * areas' labels ("stage.area" → text).
     */
    private record Input(List<MapCard> cards, List<GoalLink> layoutLinks, Map<Long, CardPosition> pins,
                         Map<Long, Double> cardHeights, Map<String, String> areaTexts, List<GoalLink> routed,
                         List<GoalLink> checked) {
    }

    /** An input with what maps its keys back to the goals and links. */
    private record Plan(Input input, Map<Long, GoalItem> byKey, List<LinkItem> routed, Map<Long, LinkItem> checked) {
    }

    private record Output(MapLayout.Result layout, List<Route> routes, List<MapChecks.Finding> findings) {
    }

    /**
     * The plan of the next layout: the last one with the cards' new heights when nothing else changed
     * since (a keystroke that gives a title another line on a 200-card map copies 200 heights, not every
     * card, link and label), else a whole new one. Counts a layout run.
     */
    private Plan nextPlan() {
        if (lastPlan == null || goals.messages() != lastPlanMessages) {
            return plan();
        }
        for (GoalItem g : titlesChanged) { // typed while a layout was already due
            if (heights.containsKey(g)) {
                heightsChanged.put(g, MapText.cardHeight(g.titleProperty().get(), measure));
            }
        }
        titlesChanged.clear();
        Map<Long, Double> cardHeights = new HashMap<>(lastPlan.input().cardHeights());
        heightsChanged.forEach((g, h) -> {
            heights.put(g, h);
            cardHeights.put(key(g), h);
            titleHeights.put(g.titleProperty().get(), h);
        });
        heightsChanged.clear();
        layoutRuns++;
        Input was = lastPlan.input();
        lastPlan = new Plan(new Input(was.cards(), was.layoutLinks(), was.pins(), Map.copyOf(cardHeights), was.areaTexts(),
                was.routed(), was.checked()), lastPlan.byKey(), lastPlan.routed(), lastPlan.checked());
        return lastPlan;
    }

    /** Takes what the layout depends on (FX thread); counts a layout run. */
    private Plan plan() {
        List<GoalItem> all = goals.goals();
        Map<Long, GoalItem> byKey = new HashMap<>();
        List<MapCard> cards = new ArrayList<>(all.size());
        Map<Long, CardPosition> pins = new HashMap<>();
        for (GoalItem g : all) {
            long k = key(g);
            byKey.put(k, g);
            Stage stage = g.stageProperty().get();
            cards.add(new MapCard(k, stage, g.areaProperty().get()));
            Point2D p = pinned.get(g);
            // a pin left in another lane (the goal moved to another stage) no longer holds
            if (p != null && p.getY() >= Lanes.top(stage) && p.getY() + Lanes.CARD_HEIGHT <= Lanes.bottom(stage)) {
                pins.put(k, new CardPosition(k, p.getX(), p.getY()));
            }
        }
        layoutRuns++;
        heights.clear();
        Map<Long, Double> cardHeights = new HashMap<>();
        Map<String, Double> measured = new HashMap<>();
        for (GoalItem g : all) {
            String title = g.titleProperty().get();
            // a title wrapped at an earlier layout is not wrapped again: a drop measures no title
            Double h = measured.get(title);
            if (h == null) {
                h = titleHeights.get(title);
                if (h == null) {
                    h = MapText.cardHeight(title, measure);
                }
                measured.put(title, h);
            }
            heights.put(g, h);
            cardHeights.put(key(g), h);
        }
        titleHeights = measured; // only the titles there are now
        titlesChanged.clear();
        com.scorecardstudio.i18n.Messages messages = goals.messages();
        Map<String, String> areaTexts = new HashMap<>();
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            s.areas().forEach(a -> areaTexts.put(s.key() + "." + a, messages.get("area." + s.key() + "." + a)));
        }
        areaTexts.values().forEach(t -> widths.learnRuns(t, TextMeasure.Role.AREA));

        List<LinkItem> routedItems = new ArrayList<>();
        List<GoalLink> routed = new ArrayList<>();
        Map<Long, LinkItem> linkByKey = new HashMap<>();
        List<GoalLink> checked = new ArrayList<>();
        for (LinkItem l : links) {
            long c = key(l.cause());
            long e = key(l.effect());
            if (byKey.containsKey(c) && byKey.containsKey(e)) {
                routedItems.add(l);
                routed.add(new GoalLink(null, c, e, "", l.strengthProperty().get()));
            }
            linkByKey.put((long) checked.size(), l);
            checked.add(new GoalLink((long) checked.size(), c, e, "", LinkStrength.MEDIUM));
        }
        Input in = new Input(List.copyOf(cards), toDomain(layoutLinks, byKey), Map.copyOf(pins), Map.copyOf(cardHeights),
                Map.copyOf(areaTexts), List.copyOf(routed), List.copyOf(checked));
        heightsChanged.clear();
        lastPlan = new Plan(in, byKey, routedItems, linkByKey);
        lastPlanMessages = messages;
        return lastPlan;
    }

    /**
     * The layout, the routes round the cards and the checks: plain domain work over the input and
     * the widths given, touching nothing of the model, so it runs on any thread.
     */
    private static Output compute(Input in, TextMeasure m) {
        MapLayout.Result r = MapLayout.layout(in.cards(), in.layoutLinks(), in.pins(), new MapLayout.Sizing() {
            @Override
            public double cardHeight(long goalId) {
                return in.cardHeights().getOrDefault(goalId, Lanes.CARD_HEIGHT);
            }

            @Override
            public double areaLabelHeight(Stage stage, String area, double w) {
                return MapText.areaLabelHeight(in.areaTexts().get(stage.key() + "." + area), w, m);
            }
        });
        List<Route> found = LinkRouter.route(r.boxes(), in.routed(), labelAreas(r.areaLabels(), r.lanes(), in.areaTexts(), m));
        return new Output(r, found, MapChecks.check(in.cards(), in.checked()));
    }

    /** Shows a layout's result (FX thread). */
    private void apply(Plan plan, Output out) {
        MapLayout.Result r = out.layout();
        Map<GoalItem, CardBox> placed = new IdentityHashMap<>();
        r.boxes().forEach((k, b) -> placed.put(plan.byKey().get(k), b));
        width = r.width();
        lanes = r.lanes();
        areaLabels.set(r.areaLabels());
        Map<LinkItem, Route> routed = new IdentityHashMap<>();
        for (int i = 0; i < plan.routed().size(); i++) {
            if (out.routes().get(i) != null) {
                routed.put(plan.routed().get(i), out.routes().get(i));
            }
        }
        if (cancelSettle != null) {
            grow(heightsChanged.keySet(), placed, routed); // a drop's layout came while a grown card waits for the pause
        }
        routes = routed;
        boxes.set(placed);
        List<Finding> found = new ArrayList<>();
        for (MapChecks.Finding f : out.findings()) {
            found.add(new Finding(f.kind(), plan.byKey().get(f.goalId()), f.link() == null ? null : plan.checked().get(f.link().id())));
        }
        findings.set(found);
        revise(null);
    }

    /**
     * Pins changed (a drop, its undo, a card let go) while a view shows the map: the layout and the
     * routing (tens of milliseconds on a large map) run off the FX thread and their result is shown when
     * it comes. Meanwhile the dropped cards stay where they were dropped and their links, unrouted, are
     * drawn as elbows. A newer change supersedes this one: its result is never shown.
     */
    private void pinsChanged(Map<GoalItem, Point2D> changed) {
        if (observers == 0 || layoutRunner == null || stale) {
            invalidate();
            return;
        }
        lastPlan = null;
        layOutOffThread(() -> showDropped(changed));
    }

    /**
     * Lays out, routes and checks off the FX thread from a plan taken here, showing the result when it
     * comes unless a newer change came first; {@code meanwhile} shows what to draw until then.
     */
    private void layOutOffThread(Runnable meanwhile) {
        long run = ++generation;
        stopWaitingForPause(); // the plan takes the cards' new heights
        Plan plan = nextPlan();
        TextMeasure recorded = widths.recorded();
        pending.set(true);
        meanwhile.run();
        layoutRunner.run(() -> run == generation ? compute(plan.input(), recorded) : null, out -> {
            if (run == generation && out != null) {
                apply(plan, out);
                pending.set(cancelSettle != null); // a card grown meanwhile still waits for its pause
            }
        }, failed -> {
            if (run == generation) {
                refresh(); // a text not measured beforehand (a word wider than its label): measured here, for next time
            }
        });
    }

    /** Until the layout comes: the dropped cards at their pins as the last layout's lanes place them, their links unrouted. */
    private void showDropped(Map<GoalItem, Point2D> changed) {
        Map<GoalItem, CardBox> shown = new IdentityHashMap<>(boxes.get());
        java.util.Set<GoalItem> moved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        changed.forEach((g, p) -> {
            CardBox b = shown.get(g);
            if (p != null && b != null) {
                shown.put(g, b.at(p.getX(), lanes.fromStored(g.stageProperty().get(), p.getY())));
                moved.add(g);
            }
        });
        Map<LinkItem, Route> kept = new IdentityHashMap<>(routes);
        kept.keySet().removeIf(l -> moved.contains(l.cause()) || moved.contains(l.effect()));
        routes = kept;
        boxes.set(shown);
        revise(null);
    }

    /**
     * Brings a layout still running off the FX thread to an end now, here: for what must have the
     * final geometry (an image, aligning cards); rare, as the layout takes a few frames.
     */
    public void settle() {
        ensureLaidOut();
        if (pending.get()) {
            refresh();
        }
    }

    /** True while a layout is due after a drop or a typing pause, or runs off the FX thread; the geometry shown is provisional until then. */
    public ReadOnlyBooleanProperty layoutPendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /**
     * Lays out after a drop off the FX thread, on {@code runner} (set by the view; without one, or
     * while no view observes, the layout runs on the calling thread as every other layout does).
     */
    public void setLayoutRunner(TaskRunner runner) {
        layoutRunner = runner;
    }

    /** Where the area labels' text lies: routes would rather not run along it. */
    private static List<CardBox> labelAreas(List<MapLayout.AreaLabel> labels, LaneBands bands, Map<String, String> texts,
                                            TextMeasure measure) {
        List<CardBox> out = new ArrayList<>();
        for (MapLayout.AreaLabel a : labels) {
            String text = texts.get(a.stage().key() + "." + a.area());
            double w = Math.min(a.width(), measure.width(text, TextMeasure.Role.AREA) + 4);
            out.add(new CardBox(-1, a.x(), bands.top(a.stage()) + 4, w, bands.header(a.stage()) - 8));
        }
        return out;
    }

    private List<GoalLink> toDomain(List<LinkItem> items, Map<Long, GoalItem> present) {
        java.util.Set<LinkItem> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(links);
        List<GoalLink> out = new ArrayList<>();
        for (LinkItem l : items) {
            long c = key(l.cause());
            long e = key(l.effect());
            if (present.containsKey(c) && present.containsKey(e) && current.contains(l)) {
                out.add(new GoalLink(null, c, e, "", l.strengthProperty().get()));
            }
        }
        return List.copyOf(out);
    }

    /** Lays out the unpinned cards again, ordered by the links as they are now. Undoable. */
    public void arrange() {
        List<LinkItem> before = layoutLinks;
        List<LinkItem> after = List.copyOf(links);
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                layoutLinks = after;
                invalidate();
            }

            @Override
            public void undo() {
                layoutLinks = before;
                invalidate();
            }
        });
    }

    // ------------------------------------------------------------------ links

    /** Links cause → effect; empty when it is the same goal or the link exists already. Undoable. */
    public Optional<LinkItem> link(GoalItem cause, GoalItem effect) {
        if (cause == effect || linkBetween(cause, effect).isPresent()) {
            return Optional.empty();
        }
        LinkItem item = new LinkItem(cause, effect);
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                attach(item);
                invalidate();
            }

            @Override
            public void undo() {
                detachAndDelete(item);
                invalidate();
            }
        });
        return Optional.of(item);
    }

    public Optional<LinkItem> linkBetween(GoalItem cause, GoalItem effect) {
        return links.stream().filter(l -> l.cause() == cause && l.effect() == effect).findFirst();
    }

    public void deleteLink(LinkItem item) {
        if (!links.contains(item)) {
            return;
        }
        undo.execute(EditHistory.named("history.delete.link", item.cause().titleProperty().get() + " → " + item.effect().titleProperty().get(), new EditHistory.Job() {
            @Override
            public void redo() {
                detachAndDelete(item);
                invalidate();
            }

            @Override
            public void undo() {
                attach(item);
                invalidate();
            }
        }));
    }

    private void attach(LinkItem item) {
        links.add(item);
        GoalLink snapshot = GoalLink.between(1, 2).withHypothesis(item.hypothesisProperty().get())
                .withStrength(item.strengthProperty().get());
        item.seen = snapshot; // a new row: its next write expects what this one stores
        localEdits++;
        autosave.run(() -> {
            GoalLink stored = repository.insertLink(sessionId,
                    snapshot.withEnds(item.cause().storedId(), item.effect().storedId()));
            item.dbId.set(stored.id());
            return null;
        }, ok -> { });
    }

    private void detachAndDelete(LinkItem item) {
        links.remove(item);
        if (selectedLink.get() == item) {
            selectedLink.set(null);
        }
        localEdits++;
        autosave.saveNow(item, () -> () -> {
            repository.deleteLink(item.dbId.get());
            return null;
        });
    }

    /** The hypothesis as it is typed: saved after a pause, like the stages' fields. */
    public void typeHypothesis(LinkItem item, String text) {
        item.hypothesisProperty().set(text);
        autosave.changed(item, () -> saveLink(item));
    }

    /** Ends a burst of typing in the hypothesis: one undo step from {@code before} to what is there now. */
    public void hypothesisDone(LinkItem item, String before) {
        String after = item.hypothesisProperty().get();
        if (Objects.equals(before, after)) {
            return;
        }
        undo.push(new EditHistory.Job() {
            @Override
            public void redo() {
                item.hypothesisProperty().set(after);
                autosave.saveNow(item, () -> saveLink(item));
            }

            @Override
            public void undo() {
                item.hypothesisProperty().set(before);
                autosave.saveNow(item, () -> saveLink(item));
            }
        });
    }

    public void setStrength(LinkItem item, LinkStrength strength) {
        LinkStrength before = item.strengthProperty().get();
        if (before == strength) {
            return;
        }
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                item.strengthProperty().set(strength);
                autosave.saveNow(item, () -> saveLink(item));
                repaint(); // the layout and the checks do not depend on a link's strength
            }

            @Override
            public void undo() {
                item.strengthProperty().set(before);
                autosave.saveNow(item, () -> saveLink(item));
                repaint(); // the layout and the checks do not depend on a link's strength
            }
        });
    }

    private java.util.concurrent.Callable<?> saveLink(LinkItem item) {
        String hypothesis = com.scorecardstudio.domain.Text.cleanMultiline(item.hypothesisProperty().get());
        LinkStrength strength = item.strengthProperty().get();
        GoalLink base = item.seen;
        GoalLink mine = base.withHypothesis(hypothesis).withStrength(strength);
        item.seen = mine;
        localEdits++; // asked for the write as it is sent
        return () -> {
            writeLink(item, base, mine);
            return null;
        };
    }

    /**
     * On the database thread: a link's hypothesis and strength, expecting {@code base} stored (team
     * workspaces). Another user's change to the other field is kept; the same one changed differently
     * is a conflict for the user to decide.
     */
    private void writeLink(LinkItem item, GoalLink base, GoalLink mine) {
        try {
            repository.updateLink(item.dbId.get(), base, mine);
        } catch (com.scorecardstudio.db.StaleWriteException stale) {
            GoalLink theirs = stale.theirs(GoalLink.class).orElseThrow();
            Optional<GoalLink> merged = com.scorecardstudio.domain.RowMerge.merge(base, mine, theirs);
            if (merged.isPresent()) {
                writeLink(item, theirs, merged.get());
                autosave.run(() -> null, ok -> item.show(merged.get()));
                return;
            }
            autosave.run(() -> null, ok -> {
                conflicts.add("goal_link", null, item, mine, theirs, stale,
                        () -> {
                            localEdits++;
                            autosave.run(() -> {
                                writeLink(item, theirs, mine);
                                return null;
                            }, done -> { });
                        },
                        () -> item.show(theirs));
            });
        }
    }

    private final Conflicts conflicts = new Conflicts();

    /** Links another user changed in the same way differently, waiting for the user's choice. */
    public javafx.collections.ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    // ------------------------------------------------------------------ moving cards

    /** Pins the cards where they were dropped (kept in their lane, snapped to the grid when on). Undoable. */
    public void move(Map<GoalItem, Point2D> to) {
        Map<GoalItem, Point2D> target = new LinkedHashMap<>();
        to.forEach((g, p) -> target.put(g, fit(g, p)));
        Map<GoalItem, Point2D> before = new LinkedHashMap<>();
        target.keySet().forEach(g -> before.put(g, pinned.get(g)));
        if (target.entrySet().stream().allMatch(e -> e.getValue().equals(before.get(e.getKey())))) {
            return;
        }
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                setPins(target);
            }

            @Override
            public void undo() {
                setPins(before);
            }
        });
    }

    /** Lets the layout place these cards again. Undoable. */
    public void unpin(Collection<GoalItem> cards) {
        Map<GoalItem, Point2D> before = new LinkedHashMap<>();
        Map<GoalItem, Point2D> none = new LinkedHashMap<>();
        cards.stream().filter(pinned::containsKey).forEach(g -> {
            before.put(g, pinned.get(g));
            none.put(g, null);
        });
        if (before.isEmpty()) {
            return;
        }
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                setPins(none);
            }

            @Override
            public void undo() {
                setPins(before);
            }
        });
    }

    /** Where a card dropped at {@code p} (as drawn) is stored: in its lane, in the terms of {@link Lanes}. */
    private Point2D fit(GoalItem g, Point2D p) {
        Stage stage = g.stageProperty().get();
        double x = Lanes.clampX(snap.get() ? Lanes.snap(p.getX()) : p.getX());
        double stored = lanes.toStored(stage, p.getY());
        double y = snap.get() ? Lanes.snap(stored) : stored;
        return new Point2D(x, Lanes.clampY(stage, y));
    }

    /** Sets (or with null removes) pins, and writes them in one go on the database thread. */
    private void setPins(Map<GoalItem, Point2D> positions) {
        Map<GoalItem, Point2D> copy = new LinkedHashMap<>(positions);
        copy.forEach((g, p) -> {
            if (p == null) {
                pinned.remove(g);
            } else {
                pinned.put(g, p);
            }
        });
        localEdits++;
        autosave.run(() -> {
            copy.forEach((g, p) -> {
                if (p == null) {
                    repository.unpin(g.storedId());
                } else {
                    repository.pin(new CardPosition(g.storedId(), p.getX(), p.getY()));
                }
            });
            return null;
        }, ok -> { });
        pinsChanged(copy);
    }

    /** Lines up the selected cards (two or more; three or more to distribute). Undoable. */
    public void align(Align how) {
        settle();
        List<CardBox> sel = selection.stream().map(g -> boxes.get().get(g)).filter(Objects::nonNull).toList();
        if (sel.size() < (how == Align.DISTRIBUTE ? 3 : 2)) {
            return;
        }
        Map<GoalItem, Point2D> to = new LinkedHashMap<>();
        Map<CardBox, GoalItem> owner = new IdentityHashMap<>();
        selection.forEach(g -> Optional.ofNullable(boxes.get().get(g)).ifPresent(b -> owner.put(b, g)));
        switch (how) {
            case LEFT -> {
                double left = sel.stream().mapToDouble(CardBox::x).min().orElseThrow();
                sel.forEach(b -> to.put(owner.get(b), new Point2D(left, b.y())));
            }
            case CENTER -> {
                double center = sel.stream().mapToDouble(CardBox::centerX).average().orElseThrow();
                sel.forEach(b -> to.put(owner.get(b), new Point2D(center - b.width() / 2, b.y())));
            }
            case TOP -> {
                // cards keep to their lanes: each lane's selected cards line up with that lane's topmost
                Map<Stage, Double> top = new HashMap<>();
                owner.forEach((b, g) -> top.merge(g.stageProperty().get(), b.y(), Math::min));
                owner.forEach((b, g) -> to.put(g, new Point2D(b.x(), top.get(g.stageProperty().get()))));
            }
            case DISTRIBUTE -> {
                List<CardBox> byX = sel.stream().sorted(Comparator.comparingDouble(CardBox::x)).toList();
                double first = byX.get(0).x();
                double step = (byX.get(byX.size() - 1).x() - first) / (byX.size() - 1);
                for (int i = 0; i < byX.size(); i++) {
                    to.put(owner.get(byX.get(i)), new Point2D(first + i * step, byX.get(i).y()));
                }
            }
            default -> throw new IllegalStateException();
        }
        move(to);
    }

    // ------------------------------------------------------------------ goals deleted and restored

    private void goalDeleted(GoalItem g) {
        List<LinkItem> gone = links.stream().filter(l -> l.touches(g)).toList();
        links.removeAll(gone); // their rows go with the goal's (ON DELETE CASCADE)
        detached.addAll(gone);
        selection.remove(g);
        if (selectedLink.get() != null && gone.contains(selectedLink.get())) {
            selectedLink.set(null);
        }
        // laid out again when the goals' structure revision follows
    }

    private void goalStored(GoalItem g) {
        List<GoalItem> present = goals.goals();
        List<LinkItem> back = detached.stream().filter(l -> present.contains(l.cause()) && present.contains(l.effect())).toList();
        detached.removeAll(back);
        back.forEach(this::attach);
        Point2D p = pinned.get(g);
        if (p != null) {
            localEdits++;
            autosave.run(() -> {
                repository.pin(new CardPosition(g.storedId(), p.getX(), p.getY()));
                return null;
            }, ok -> { });
        }
        // laid out again when the goals' structure revision follows
    }

    /** The map as SVG, drawn from its geometry (taken on the FX thread; cheap). */
    public String svg(com.scorecardstudio.i18n.Messages messages) {
        return svg(messages, "");
    }

    /**
     * The map as SVG for slides: the session's title as heading, whole titles, routed links, a legend,
     * no editing marks. {@code fontFamily}: the screen's, whose widths the titles were wrapped with.
     */
    public String svg(com.scorecardstudio.i18n.Messages messages, String fontFamily) {
        settle();
        Map<GoalItem, CardBox> at = boxes.get();
        List<com.scorecardstudio.excel.MapSvg.Card> cards = new ArrayList<>();
        at.forEach((g, b) -> cards.add(new com.scorecardstudio.excel.MapSvg.Card(g.stageProperty().get(),
                MapText.wrap(g.titleProperty().get(), MapText.TITLE_WIDTH, measure, TextMeasure.Role.TITLE),
                g.ownerProperty().get(), b)));
        List<com.scorecardstudio.excel.MapSvg.Arrow> arrows = new ArrayList<>();
        for (LinkItem l : links) {
            Route r = routes.get(l);
            if (r != null) {
                arrows.add(new com.scorecardstudio.excel.MapSvg.Arrow(r, l.strengthProperty().get()));
            }
        }
        return com.scorecardstudio.excel.MapSvg.render(new com.scorecardstudio.excel.MapSvg.Picture(imageHeading(messages), cards,
                arrows, areaLabels.get(), lanes, width, measure, fontFamily), messages);
    }

    /** The image's heading: the session's title and what it shows. */
    public String imageHeading(com.scorecardstudio.i18n.Messages messages) {
        String title = sessionTitle.get();
        return title == null || title.isBlank() ? messages.get("map.title") : messages.get("map.image.heading", title);
    }

    // ------------------------------------------------------------------ accessors

    public ObservableList<LinkItem> links() {
        return links;
    }

    /** The links that start or end at {@code g}. */
    public List<LinkItem> linksOf(GoalItem g) {
        List<LinkItem> of = linksOf.get(g);
        return of == null ? List.of() : java.util.Collections.unmodifiableList(of);
    }

    public ObservableList<GoalItem> goals() {
        return goals.goals();
    }

    public GoalsModel goalsViewModel() {
        return goals;
    }

    /** Where each card is drawn: the map's own, changed as the map changes; read it on the FX thread, do not keep it. */
    public Map<GoalItem, CardBox> boxes() {
        ensureLaidOut();
        return boxes.get();
    }

    public ObjectProperty<Map<GoalItem, CardBox>> boxesProperty() {
        return boxes;
    }

    public List<MapLayout.AreaLabel> areaLabels() {
        ensureLaidOut();
        return areaLabels.get();
    }

    public double width() {
        ensureLaidOut();
        return width;
    }

    /** The lanes as laid out: grown for tall cards and wrapped labels. */
    public LaneBands lanes() {
        ensureLaidOut();
        return lanes;
    }

    /** The map's height as laid out. */
    public double height() {
        ensureLaidOut();
        return lanes.totalHeight();
    }

    /** Each link's route round the cards, as laid out (none while it is provisional); like {@link #boxes()}, not to be kept. */
    public Map<LinkItem, Route> routes() {
        ensureLaidOut();
        return routes;
    }

    public boolean isPinned(GoalItem g) {
        return pinned.containsKey(g);
    }

    /** The goals whose cards are pinned, as they are now (a copy). */
    public java.util.Set<GoalItem> pinnedGoals() {
        java.util.Set<GoalItem> copy = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        copy.addAll(pinned.keySet());
        return copy;
    }

    public List<Finding> findings() {
        ensureLaidOut();
        return findings.get();
    }

    public ObjectProperty<List<Finding>> findingsProperty() {
        return findings;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The cards the last revision changed, where it changed nothing else; null when it may have changed anything. */
    private java.util.Set<GoalItem> changedAlone;

    private void revise(java.util.Set<GoalItem> alone) {
        changedAlone = alone;
        revision.set(revision.get() + 1);
    }

    /**
     * What the last revision changed, if it changed only some cards' heights and those cards' links (a
     * title typed onto another line, until the pause): a view that drew the revision before may redraw
     * just these cards and their links. Null when the revision may have changed anything.
     */
    public java.util.Set<GoalItem> cardsChangedAlone() {
        return changedAlone == null ? null : java.util.Collections.unmodifiableSet(changedAlone);
    }

    /** How many times the automatic layout (and with it the checks) ran: for tests and the benchmark. */
    public long layoutRuns() {
        return layoutRuns;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableSet<GoalItem> selection() {
        return selection;
    }

    public ObjectProperty<LinkItem> selectedLinkProperty() {
        return selectedLink;
    }

    public BooleanProperty snapProperty() {
        return snap;
    }

    /** False when the session may only be read (a read-only role on a team workspace): the page locks its editing. */
    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return undo.editableProperty();
    }

    public EditHistory undoStack() {
        return undo;
    }
}
