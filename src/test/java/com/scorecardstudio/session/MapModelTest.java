package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.MapChecks;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import javafx.util.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map without a window: the layout and the checks run when goals, links or pins change, never
 * while a title or an owner is typed, and only while a view observes the map; deleting a goal is one
 * step of the history that takes its links and pin along and brings them back.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(com.scorecardstudio.testing.Engine.class)
class MapModelTest {
    @org.junit.jupiter.params.Parameter
    com.scorecardstudio.testing.Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private long sessionId;
    private final ManualScheduler clock = new ManualScheduler();
    private final EditHistory history = new EditHistory();
    private final List<Throwable> errors = new ArrayList<>();
    private GoalsModel goals;
    private MapModel map;

    @BeforeEach
    void open() throws Exception {
        db = engine.open(dir.resolve("m.mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("S")).id();
        Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500), Duration.ofSeconds(1), errors::add);
        history.closeTypingWith(autosave::flush);
        goals = new GoalsModel(sessionId, new GoalRepository(db.dsl()), autosave, history, new Messages(Language.EN));
        map = new MapModel(sessionId, goals, new MapRepository(db.dsl()), autosave, history);
        goals.load();
        map.load();
    }

    @AfterEach
    void close() {
        db.close();
        assertThat(errors).isEmpty();
    }

    private StrategyMap stored() {
        return new MapRepository(db.dsl()).read(sessionId);
    }

    private long storedId(String title) {
        return new GoalRepository(db.dsl()).list(sessionId).stream().filter(g -> g.title().equals(title))
                .map(Goal::id).findFirst().orElseThrow();
    }

    /** Runs {@code edit} and says how many times the map was laid out meanwhile. */
    private long runs(Runnable edit) {
        long before = map.layoutRuns();
        edit.run();
        return map.layoutRuns() - before;
    }

    /** Types {@code title} into {@code g} and pauses as long as the map waits before it makes room for the card. */
    private void typeAndPause(GoalItem g, String title) {
        g.titleProperty().set(title);
        clock.advance(MapModel.SETTLE_AFTER_TYPING);
    }

    @Test
    void aTitleThatNeedsMoreLinesMakesItsCardTallerAndMovesTheLanesBelowDown() {
        Subscription view = map.observe();
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem serve = goals.addGoal(Stage.CUSTOMER, "service", "Serve");
        double height = map.boxes().get(grow).height();
        double serveY = map.boxes().get(serve).y();
        double growY = map.boxes().get(grow).y();
        // a keystroke that keeps the card's lines: no layout
        assertThat(runs(() -> grow.titleProperty().set("Grow sales"))).isZero();
        assertThat(map.layoutPendingProperty().get()).isFalse();
        // keystrokes that need more lines: the card grows at once where it stands, the lanes wait for the pause
        String longer = "Grow sales to corporate clients in the northern district by a fifth through contracts with "
                + "the three largest employers and a dedicated account manager for each of them";
        String longest = longer + " in the first half of the year";
        assertThat(runs(() -> {
            grow.titleProperty().set(longer);
            clock.advance(MapModel.SETTLE_AFTER_TYPING.minusMillis(100)); // typing goes on before the pause
        })).isZero();
        double typed = map.boxes().get(grow).height();
        assertThat(typed).isGreaterThan(height);
        assertThat(map.boxes().get(grow).y()).isEqualTo(growY);
        assertThat(map.boxes().get(serve).y()).isEqualTo(serveY);
        assertThat(map.layoutPendingProperty().get()).as("provisional until the pause").isTrue();
        assertThat(runs(() -> grow.titleProperty().set(longest))).isZero();
        assertThat(map.boxes().get(grow).height()).isGreaterThan(typed);
        assertThat(runs(() -> clock.advance(MapModel.SETTLE_AFTER_TYPING.minusMillis(1)))).isZero();
        // the pause: one layout, the lane below lower
        assertThat(runs(() -> clock.advance(Duration.ofMillis(1)))).isEqualTo(1);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(grow).height()).isGreaterThan(typed);
        assertThat(map.boxes().get(grow).bottom()).isLessThanOrEqualTo(map.lanes().bottom(Stage.FINANCIAL));
        assertThat(map.boxes().get(serve).y()).isGreaterThan(serveY);
        assertThat(map.boxes().get(serve).y()).isGreaterThan(map.boxes().get(grow).bottom());
        assertThat(runs(() -> clock.advance(Duration.ofSeconds(5)))).isZero();
        // a card grown and not yet made room for: an image or an export takes the final layout at once
        grow.titleProperty().set(longer);
        assertThat(runs(map::settle)).isEqualTo(1);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(runs(() -> clock.advance(Duration.ofSeconds(5)))).isZero();
        view.unsubscribe();
        // while no view shows the map, typing costs no layout; the next view lays out once
        assertThat(runs(() -> grow.titleProperty().set("Grow"))).isZero();
        assertThat(runs(() -> map.observe().unsubscribe())).isEqualTo(1);
        assertThat(map.boxes().get(grow).height()).isEqualTo(height);
    }

    /**
     * A title that needs another line is laid out from the last layout's plan with the new height only:
     * every other change in between (a link, a pin, a goal moved to another stage) must reach that plan.
     */
    @Test
    void aCardThatGrowsAfterALinkAPinOrAMoveIsLaidOutWithThemAll() {
        Subscription view = map.observe();
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem serve = goals.addGoal(Stage.CUSTOMER, "service", "Serve");
        GoalItem keep = goals.addGoal(Stage.CUSTOMER, "service", "Keep");
        String longer = "Grow sales to corporate clients in the northern district by a fifth through contracts with "
                + "the three largest employers and a dedicated account manager for each of them";
        assertThat(runs(() -> typeAndPause(grow, longer))).isEqualTo(1);
        double grown = map.boxes().get(grow).height();

        LinkItem link = map.link(serve, grow).orElseThrow();
        // until the pause the grown card's link is drawn without a route, then routed from its new edge
        serve.titleProperty().set(longer + " and serve");
        assertThat(map.routes()).doesNotContainKey(link);
        assertThat(runs(() -> clock.advance(MapModel.SETTLE_AFTER_TYPING))).isEqualTo(1);
        assertThat(map.routes()).containsKey(link);
        assertThat(onEdge(map.routes().get(link), 0, map.boxes().get(serve))).isTrue();
        assertThat(map.boxes().get(grow).height()).isEqualTo(grown);

        double keepY = map.boxes().get(keep).y();
        map.move(Map.of(keep, new Point2D(800, keepY)));
        assertThat(runs(() -> typeAndPause(keep, longer + " and keep"))).isEqualTo(1);
        assertThat(map.boxes().get(keep).x()).isEqualTo(800);
        assertThat(map.isPinned(keep)).isTrue();

        goals.moveGoal(keep, Stage.INTERNAL_PROCESSES, "operational", 0);
        assertThat(runs(() -> typeAndPause(grow, "Grow"))).isEqualTo(1);
        assertThat(map.boxes().get(keep).y()).isGreaterThanOrEqualTo(map.lanes().top(Stage.INTERNAL_PROCESSES));
        assertThat(map.boxes().get(keep).bottom()).isLessThanOrEqualTo(map.lanes().bottom(Stage.INTERNAL_PROCESSES));
        assertThat(map.boxes().get(grow).height()).isLessThan(grown);
        assertThat(map.routes()).containsKey(link);
        view.unsubscribe();
    }

    @Test
    void theLayoutRunsWhenGoalsLinksOrPinsChangeAndNeverWhileATitleOrOwnerIsTyped() {
        Subscription view = map.observe();
        GoalItem[] added = new GoalItem[2];
        assertThat(runs(() -> added[0] = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow"))).isEqualTo(1);
        GoalItem grow = added[0];
        assertThat(runs(() -> added[1] = goals.addGoal(Stage.CUSTOMER, "service", "Serve"))).isEqualTo(1);
        GoalItem serve = added[1];

        // typing: keystroke after keystroke, the pause, the save, the undo step: no layout, no checks
        List<MapModel.Finding> findings = map.findings();
        assertThat(runs(() -> {
            for (String t : List.of("Grow s", "Grow sa", "Grow sal", "Grow sale", "Grow sales")) {
                grow.titleProperty().set(t);
                clock.advance(Duration.ofMillis(100));
            }
            grow.ownerProperty().set("CFO");
            clock.advance(Duration.ofSeconds(2));
        })).isZero();
        assertThat(new GoalRepository(db.dsl()).list(sessionId)).extracting(Goal::title, Goal::owner)
                .contains(org.assertj.core.groups.Tuple.tuple("Grow sales", "CFO"));
        assertThat(map.findings()).isSameAs(findings);
        // what the map shows carries the new title, from the same layout
        long before = map.layoutRuns();
        assertThat(map.svg(new Messages(Language.EN))).contains(">Grow sales<", ">CFO<");
        assertThat(map.layoutRuns()).isEqualTo(before);
        assertThat(map.boxes()).containsKeys(grow, serve);

        // every structural change lays out once
        LinkItem[] link = new LinkItem[1];
        assertThat(runs(() -> link[0] = map.link(serve, grow).orElseThrow())).isEqualTo(1);
        assertThat(runs(() -> map.move(Map.of(serve, new Point2D(600, 700))))).isEqualTo(1);
        assertThat(map.isPinned(serve)).isTrue();
        assertThat(runs(() -> map.unpin(List.of(serve)))).isEqualTo(1);
        assertThat(runs(() -> goals.moveGoal(serve, Stage.CUSTOMER, Stage.CUSTOMER.areas().get(1), 0))).isEqualTo(1);
        assertThat(runs(map::arrange)).isEqualTo(1);
        // a link's strength is drawn, but neither the layout nor the checks depend on it
        assertThat(runs(() -> map.setStrength(link[0], LinkStrength.STRONG))).isZero();
        assertThat(runs(() -> map.deleteLink(link[0]))).isEqualTo(1);
        assertThat(runs(history::undo)).isEqualTo(1); // the link is back
        assertThat(map.links()).containsExactly(link[0]);
        assertThat(runs(() -> goals.deleteGoal(serve))).isEqualTo(1);
        assertThat(map.boxes()).containsOnlyKeys(grow);
        view.unsubscribe();
    }

    @Test
    void theChecksFollowAGoalMovedToAnotherStageButNotItsTitle() {
        map.observe();
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem serve = goals.addGoal(Stage.CUSTOMER, "service", "Serve");
        map.link(serve, grow);
        assertThat(kinds()).doesNotContain(MapChecks.Kind.EFFECT_BELOW_CAUSE);
        serve.titleProperty().set("Serve every patient well");
        assertThat(kinds()).doesNotContain(MapChecks.Kind.EFFECT_BELOW_CAUSE);
        // the cause moved above its effect: the link now points down
        goals.moveGoal(grow, Stage.LEARNING_GROWTH, Stage.LEARNING_GROWTH.areas().get(0), 0);
        assertThat(kinds()).contains(MapChecks.Kind.EFFECT_BELOW_CAUSE);
    }

    private List<MapChecks.Kind> kinds() {
        return map.findings().stream().map(MapModel.Finding::kind).toList();
    }

    @Test
    void whileNoViewObservesTheMapTheLayoutWaitsUntilOneDoes() {
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem serve = goals.addGoal(Stage.CUSTOMER, "service", "Serve");
        map.link(serve, grow);
        map.move(Map.of(serve, new Point2D(600, 700)));
        assertThat(map.layoutRuns()).isZero();

        // a view shows the map: one layout for all of it
        Subscription view = map.observe();
        assertThat(map.layoutRuns()).isEqualTo(1);
        assertThat(map.boxes()).containsKeys(grow, serve);
        assertThat(map.isPinned(serve)).isTrue();
        // nothing changed: a second view costs nothing
        Subscription presenter = map.observe();
        assertThat(map.layoutRuns()).isEqualTo(1);

        view.unsubscribe();
        presenter.unsubscribe();
        presenter.unsubscribe(); // twice is once
        assertThat(map.isObserved()).isFalse();
        assertThat(runs(() -> goals.addGoal(Stage.CUSTOMER, "service", "Serve more"))).isZero();
        // something that reads the geometry (the image, the export) gets it up to date
        assertThat(runs(() -> assertThat(map.boxes()).hasSize(3))).isEqualTo(1);
        assertThat(runs(() -> map.findings())).isZero();
    }

    @Test
    void deletingAGoalIsOneStepThatTakesItsLinksAndPinAlongAndUndoBringsThemBack() {
        map.observe();
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem serve = goals.addGoal(Stage.CUSTOMER, "service", "Serve");
        GoalItem train = goals.addGoal(Stage.LEARNING_GROWTH, Stage.LEARNING_GROWTH.areas().get(0), "Train");
        map.link(serve, grow);
        map.link(train, serve);
        map.link(train, grow);
        map.move(Map.of(serve, new Point2D(600, 700)));
        assertThat(stored().links()).hasSize(3);
        double x = map.boxes().get(serve).x();
        long steps = history.revisionProperty().get();

        assertThat(runs(() -> goals.deleteGoal(serve))).isEqualTo(1);
        assertThat(history.revisionProperty().get()).isEqualTo(steps + 1); // one job
        assertThat(map.links()).extracting(LinkItem::cause, LinkItem::effect).containsExactly(
                org.assertj.core.groups.Tuple.tuple(train, grow));
        assertThat(stored().links()).hasSize(1);
        assertThat(stored().pinned()).isEmpty();

        // one undo brings the goal back with both its links and its pin, in the model and stored
        assertThat(runs(history::undo)).isEqualTo(1);
        assertThat(goals.goals()).contains(serve);
        assertThat(map.links()).hasSize(3);
        assertThat(map.linkBetween(serve, grow)).isPresent();
        assertThat(map.linkBetween(train, serve)).isPresent();
        long serveId = storedId("Serve");
        assertThat(stored().links()).hasSize(3).filteredOn(l -> l.touches(serveId)).hasSize(2);
        assertThat(stored().pinned()).containsOnlyKeys(serveId);
        assertThat(map.isPinned(serve)).isTrue();
        assertThat(map.boxes().get(serve).x()).isEqualTo(x);
        assertThat(map.findings()).allMatch(f -> f.goal() != null || f.link() != null);

        // and redo takes them away again, undo brings them back again
        history.redo();
        assertThat(map.links()).hasSize(1);
        assertThat(stored().links()).hasSize(1);
        history.undo();
        assertThat(stored().links()).extracting(GoalLink::id).hasSize(3);
        assertThat(map.links()).hasSize(3);
    }

    /** Does the work when asked, but hands each result back only when the test says: results come late, in any order. */
    private static final class LateResults implements TaskRunner {
        private final List<Runnable> results = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                T result = work.call();
                results.add(() -> onSuccess.accept(result));
            } catch (Exception e) {
                results.add(() -> onFailure.accept(e));
            }
        }

        void handBack(int i) {
            results.set(i, () -> { }).run();
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }
    }

    /** Whether a route begins (or ends) on the edge of a card. */
    private static boolean onEdge(Route r, int i, CardBox b) {
        double x = r.x(i);
        double y = r.y(i);
        boolean inX = x >= b.x() - 1 && x <= b.right() + 1;
        boolean inY = y >= b.y() - 1 && y <= b.bottom() + 1;
        return (inY && (Math.abs(x - b.x()) <= 1 || Math.abs(x - b.right()) <= 1))
                || (inX && (Math.abs(y - b.y()) <= 1 || Math.abs(y - b.bottom()) <= 1));
    }

    @Test
    void aTitleTypedWhileTheMapIsShownIsLaidOutAtThePauseAwayFromTheFxThreadAndTheLatestTitleWins() {
        LateResults late = new LateResults();
        map.setLayoutRunner(late);
        Subscription view = map.observe();
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem serve = goals.addGoal(Stage.CUSTOMER, "service", "Serve");
        LinkItem link = map.link(serve, grow).orElseThrow();
        double height = map.boxes().get(grow).height();
        String longer = "Grow sales to corporate clients in the northern district by a fifth through contracts with "
                + "the three largest employers and a dedicated account manager for each of them";
        // the keystroke that needs more lines lays nothing out: the card takes its height at once
        grow.titleProperty().set(longer);
        assertThat(late.results).isEmpty();
        assertThat(map.layoutPendingProperty().get()).isTrue();
        assertThat(map.boxes().get(grow).height()).isGreaterThan(height);
        assertThat(map.routes()).doesNotContainKey(link);
        // typed back before the pause: the card shrinks back at once; the pause lays out once
        grow.titleProperty().set("Grow");
        assertThat(map.boxes().get(grow).height()).isEqualTo(height);
        clock.advance(MapModel.SETTLE_AFTER_TYPING);
        assertThat(late.results).hasSize(1);
        // typed on while that layout runs: its result comes with this card still at its new height
        grow.titleProperty().set(longer);
        late.handBack(0);
        assertThat(map.boxes().get(grow).height()).isGreaterThan(height);
        assertThat(map.routes()).doesNotContainKey(link);
        assertThat(map.layoutPendingProperty().get()).isTrue();
        clock.advance(MapModel.SETTLE_AFTER_TYPING);
        late.handBack(1);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(grow).height()).isGreaterThan(height);
        assertThat(map.boxes().get(grow).bottom()).isLessThanOrEqualTo(map.lanes().bottom(Stage.FINANCIAL));
        assertThat(onEdge(map.routes().get(link), map.routes().get(link).size() - 1, map.boxes().get(grow))).isTrue();
        // a drop while a grown card waits for the pause: the drop's layout takes the new height along
        grow.titleProperty().set("Grow");
        map.move(Map.of(serve, new Point2D(800, map.boxes().get(serve).y())));
        late.handBack(2);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(grow).height()).isEqualTo(height);
        assertThat(runs(() -> clock.advance(Duration.ofSeconds(5)))).isZero();
        // the view gone before the pause: laid out when next read
        grow.titleProperty().set(longer);
        view.unsubscribe();
        clock.advance(MapModel.SETTLE_AFTER_TYPING);
        assertThat(late.results).hasSize(3);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(grow).bottom()).isLessThanOrEqualTo(map.lanes().bottom(Stage.FINANCIAL));
        assertThat(map.boxes().get(grow).height()).isGreaterThan(height);
    }

    @Test
    void aDropIsLaidOutAwayFromTheViewAndOnlyTheLatestDropsLayoutIsShown() {
        LateResults late = new LateResults();
        map.setLayoutRunner(late);
        Subscription view = map.observe();
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem serve = goals.addGoal(Stage.CUSTOMER, "service", "Serve");
        goals.addGoal(Stage.CUSTOMER, "service", "Keep");
        LinkItem link = map.link(serve, grow).orElseThrow();
        assertThat(map.layoutPendingProperty().get()).isFalse(); // only a drop is laid out late
        double y = map.boxes().get(serve).y();

        // a drop: the card is at once where it was dropped (snapped), its link unrouted (drawn as an elbow)
        map.move(Map.of(serve, new Point2D(603, y)));
        assertThat(map.layoutPendingProperty().get()).isTrue();
        assertThat(map.boxes().get(serve).x()).isEqualTo(600);
        double droppedY = map.boxes().get(serve).y();
        assertThat(droppedY).isCloseTo(y, org.assertj.core.api.Assertions.within(8.0)); // snapped to the grid
        assertThat(map.routes()).doesNotContainKey(link);
        // a second drop before the first's layout came: the second's result is shown, the first's never
        map.move(Map.of(serve, new Point2D(800, y)));
        late.handBack(1);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(serve).x()).isEqualTo(800);
        assertThat(map.boxes().get(serve).y()).isEqualTo(droppedY); // the layout keeps it where it was shown
        Route routed = map.routes().get(link);
        assertThat(routed).isNotNull();
        assertThat(onEdge(routed, 0, map.boxes().get(serve))).as(routed.toString()).isTrue();
        assertThat(onEdge(routed, routed.size() - 1, map.boxes().get(grow))).as(routed.toString()).isTrue();
        int revision = map.revisionProperty().get();
        late.handBack(0);
        assertThat(map.boxes().get(serve).x()).isEqualTo(800);
        assertThat(map.routes().get(link)).isEqualTo(routed);
        assertThat(map.revisionProperty().get()).isEqualTo(revision);
        assertThat(stored().pinned().get(storedId("Serve")).x()).isEqualTo(800);

        // undone: at once where the first drop put it, routed when its layout comes; undone again: where the layout puts it
        history.undo();
        assertThat(map.boxes().get(serve).x()).isEqualTo(600);
        assertThat(map.routes()).doesNotContainKey(link);
        late.handBack(2);
        assertThat(map.boxes().get(serve).x()).isEqualTo(600);
        assertThat(onEdge(map.routes().get(link), 0, map.boxes().get(serve))).isTrue();
        assertThat(stored().pinned().get(storedId("Serve")).x()).isEqualTo(600);
        history.undo();
        assertThat(map.boxes().get(serve).x()).isEqualTo(600); // unpinned: stays until the layout places it
        late.handBack(3);
        assertThat(map.isPinned(serve)).isFalse();
        assertThat(map.boxes().get(serve).x()).isLessThan(600);
        assertThat(stored().pinned()).isEmpty();

        // a change of another kind while a drop's layout is under way: laid out at once, the late result dropped
        map.move(Map.of(serve, new Point2D(1000, y)));
        map.deleteLink(link);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(serve).x()).isEqualTo(1000);
        revision = map.revisionProperty().get();
        late.handBack(4);
        assertThat(map.revisionProperty().get()).isEqualTo(revision);
        // an image or aligning takes the final layout at once
        map.move(Map.of(serve, new Point2D(1200, y)));
        map.settle();
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(serve).x()).isEqualTo(1200);
        view.unsubscribe();
        // no view: a drop is laid out when next read, as any change
        map.move(Map.of(serve, new Point2D(400, y)));
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(serve).x()).isEqualTo(400);
        assertThat(late.results).hasSize(6);
    }

    @Test
    void aDropWhoseLayoutNeedsAWidthNotMeasuredBeforehandIsLaidOutOnTheFxThreadInstead() {
        // a measure in which area labels' words are wider than a card: wrapping splits them, at each
        // width into other pieces, which nobody measured beforehand; the layout off the FX thread gives up
        com.scorecardstudio.domain.map.TextMeasure wide = (text, role) -> role == com.scorecardstudio.domain.map.TextMeasure.Role.AREA
                ? text.length() * 40 : com.scorecardstudio.domain.map.TextMeasure.ESTIMATE.width(text, role);
        map.setTextMeasure(wide);
        LateResults late = new LateResults();
        map.setLayoutRunner(late);
        // added while no view observes: laid out only with both cards in the area, so only at that width
        GoalItem grow = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow");
        GoalItem sell = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Sell");
        Subscription view = map.observe();
        double y = map.boxes().get(grow).y();
        double labelHeight = map.lanes().header(Stage.FINANCIAL);
        // pinned far away: its area keeps one free card, so its label wraps at another width
        map.move(Map.of(grow, new Point2D(2400, y)));
        assertThat(map.layoutPendingProperty().get()).isTrue();
        late.handBack(0);
        assertThat(map.layoutPendingProperty().get()).isFalse();
        assertThat(map.boxes().get(grow).x()).isEqualTo(2400);
        assertThat(map.lanes().header(Stage.FINANCIAL)).isGreaterThan(labelHeight); // the narrower label: more lines
        assertThat(map.boxes().get(sell)).isNotNull();
        view.unsubscribe();
    }
}
