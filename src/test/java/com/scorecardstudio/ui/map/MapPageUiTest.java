package com.scorecardstudio.ui.map;

import com.scorecardstudio.session.LinkItem;
import com.scorecardstudio.session.MapModel;
import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.CardPosition;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.session.GoalItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The facilitator links two goals and moves a card with the mouse, takes both back, does them again, restarts. */
@ExtendWith(ApplicationExtension.class)
class MapPageUiTest {
    private static final String CLINIC = "Decide on a fourth clinic in the growing northern district";
    private static final String REVENUE = "Grow revenue from corporate contracts";
    private static final String CALLS = "Answer every call within a minute";

    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private long sessionId;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    private void openTheMap(FxRobot robot) throws Exception {
        app.launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable")
                && !robot.lookup("#sessionTable").queryAs(TableView.class).getItems().isEmpty());
        robot.doubleClickOn("Strategy session 2027");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#nav-map"));
        robot.clickOn("#nav-map");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#mapPage") && page(robot).viewModel().loadedProperty().get()
                && page(robot).canvas().cards().size() == 17);
    }

    private static MapPage page(FxRobot robot) {
        return robot.lookup("#mapPage").queryAs(MapPage.class);
    }

    private static GoalItem goal(FxRobot robot, String title) {
        return page(robot).viewModel().goals().stream().filter(g -> g.titleProperty().get().equals(title)).findFirst().orElseThrow();
    }

    private static CardNode card(FxRobot robot, String title) {
        return page(robot).canvas().cards().get(goal(robot, title));
    }

    /** Whether a card shows its warning mark. */
    private static boolean warned(CardNode card) {
        return card.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("warning"));
    }

    private static Point2D centre(Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private void dragLink(FxRobot robot, String from, String to) {
        robot.moveTo(centre(card(robot, from).handle)).press(MouseButton.PRIMARY)
                .moveTo(centre(card(robot, to))).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void dragCard(FxRobot robot, String title, double dx) {
        Point2D c = centre(card(robot, title));
        robot.moveTo(c).press(MouseButton.PRIMARY).moveBy(dx / 2, 0).moveBy(dx / 2, 0).release(MouseButton.PRIMARY);
        laidOut(robot);
    }

    private void undo(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        laidOut(robot);
    }

    /** Waits for the layout a drop (or its undo) runs off the FX thread. */
    /** Whether a point lies on a card's outline (within a pixel). */
    private static boolean onEdge(Point2D p, CardBox b) {
        boolean inX = p.getX() >= b.x() - 1 && p.getX() <= b.right() + 1;
        boolean inY = p.getY() >= b.y() - 1 && p.getY() <= b.bottom() + 1;
        return (inY && (Math.abs(p.getX() - b.x()) <= 1 || Math.abs(p.getX() - b.right()) <= 1))
                || (inX && (Math.abs(p.getY() - b.y()) <= 1 || Math.abs(p.getY() - b.bottom()) <= 1));
    }

    private static void laidOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            AppHarness.waitUntil(() -> !page(robot).viewModel().layoutPendingProperty().get());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private StrategyMap stored() throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            return new MapRepository(db.dsl()).read(sessionId);
        }
    }

    private long storedId(String title) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            return new GoalRepository(db.dsl()).list(sessionId).stream().filter(g -> g.title().equals(title))
                    .map(Goal::id).findFirst().orElseThrow();
        }
    }

    /**
     * A title typed until it needs more lines makes its card taller and its lane with it; the lanes
     * are moved to their new heights (not drawn again) and every card still sits inside its lane.
     */
    @Test
    void aTitleNeedingMoreLinesGrowsItsCardAndTheLanesFollow(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
        }
        openTheMap(robot);
        GoalItem g = page(robot).viewModel().goals().get(0);
        String stage = g.stageProperty().get().key();
        javafx.scene.shape.Rectangle lane = (javafx.scene.shape.Rectangle) page(robot).canvas()
                .lookup(".map-lane-" + stage);
        double laneHeight = lane.getHeight();
        double cardHeight = card(robot, g.titleProperty().get()).getHeight();
        MapModel vm = page(robot).viewModel();
        Map<LinkItem, Route> routesBefore = new HashMap<>(vm.routes());
        CardBox before = vm.boxes().get(g);
        assertThat(vm.linksOf(g)).as("the grown card's links").isNotEmpty();
        robot.interact(() -> {
            g.titleProperty().set(g.titleProperty().get() + " and a good deal more that needs a line or two of its own on the card");
            // at once, in the keystroke: the card at its new height where it stands, its links drawn to its
            // new edges (unrouted until the pause); the lanes and every other card stay until typing pauses
            CardBox grown = vm.boxes().get(g);
            assertThat(grown.height()).isGreaterThan(cardHeight);
            assertThat(grown.y()).isEqualTo(before.y());
            assertThat(page(robot).canvas().cards().get(g).getPrefHeight()).isEqualTo(grown.height());
            assertThat(lane.getHeight()).as("the lane waits for the pause").isEqualTo(laneHeight);
            assertThat(vm.layoutPendingProperty().get()).isTrue();
            for (LinkItem l : vm.linksOf(g)) {
                var shape = page(robot).canvas().linkShapes().get(l);
                List<Double> drawn = shape.points();
                Point2D start = new Point2D(drawn.get(0), drawn.get(1));
                Point2D tip = shape.tip();
                CardBox cause = vm.boxes().get(l.cause());
                CardBox effect = vm.boxes().get(l.effect());
                assertThat(onEdge(start, cause)).as(l + " starts on its cause's edge " + start + " " + cause).isTrue();
                assertThat(onEdge(tip, effect)).as(l + " ends on its effect's edge " + tip + " " + effect).isTrue();
            }
            com.scorecardstudio.testing.Screenshots.save(lane.getScene(), "map-card-grown-while-typing");
        });
        laidOut(robot);
        robot.interact(() -> com.scorecardstudio.testing.Screenshots.save(lane.getScene(), "map-card-grown-after-pause"));
        WaitForAsyncUtils.waitForFxEvents();

        // every link drawn along its new route, its arrowhead at the route's end: those moved whole with
        // the lanes below (drawn by a translation) as well as those that changed shape
        robot.interact(() -> {
            int movedWhole = 0;
            int reshaped = 0;
            for (LinkItem l : vm.links()) {
                Route r = vm.routes().get(l);
                Route was = routesBefore.get(l);
                if (!r.equals(was) && LinkPaths.movedWhole(was.points(), r.points()) != null) {
                    movedWhole++;
                } else if (!r.equals(was)) {
                    reshaped++;
                }
                var shape = page(robot).canvas().linkShapes().get(l);
                List<Double> drawn = shape.points();
                assertThat(drawn).as(l.toString()).hasSize(2 * r.size());
                for (int i = 0; i + 1 < r.size(); i++) { // the line's last point stops inside the arrowhead
                    assertThat(drawn.get(2 * i)).as(l + " x" + i).isEqualTo(r.x(i));
                    assertThat(drawn.get(2 * i + 1)).as(l + " y" + i).isEqualTo(r.y(i));
                }
                assertThat(shape.tip()).as(l + " arrowhead").isEqualTo(new Point2D(r.x(r.size() - 1), r.y(r.size() - 1)));
            }
            assertThat(movedWhole).as("links moved whole with the lanes").isPositive();
            assertThat(reshaped).as("links that changed shape").isPositive();
        });

        assertThat(page(robot).canvas().cards().get(g).getHeight()).isGreaterThan(cardHeight);
        assertThat(lane.getHeight()).as("the same lane, taller").isGreaterThan(laneHeight);
        for (var e : page(robot).canvas().cards().entrySet()) {
            javafx.scene.shape.Rectangle own = (javafx.scene.shape.Rectangle) page(robot).canvas()
                    .lookup(".map-lane-" + e.getKey().stageProperty().get().key());
            Bounds c = e.getValue().getBoundsInParent();
            assertThat(c.getMinY()).as(e.getKey().titleProperty().get()).isGreaterThanOrEqualTo(own.getY());
            assertThat(c.getMaxY()).as(e.getKey().titleProperty().get()).isLessThanOrEqualTo(own.getY() + own.getHeight());
        }
    }

    @Test
    void aLinkDraggedAndACardMovedAreUndoneRedoneAndThereAfterARestart(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            sessionId = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
        }
        openTheMap(robot);
        MapModel vm = page(robot).viewModel();
        int demoLinks = vm.links().size();
        assertThat(vm.findings()).anyMatch(f -> f.goal() == goal(robot, CLINIC));
        assertThat(warned(card(robot, CLINIC))).as("the clinic card's warning mark").isTrue();

        // drag from the clinic goal's handle onto the revenue goal: a link, selected, and the warning gone
        dragLink(robot, CLINIC, REVENUE);
        assertThat(vm.linkBetween(goal(robot, CLINIC), goal(robot, REVENUE))).isPresent();
        assertThat(vm.links()).hasSize(demoLinks + 1);
        assertThat(vm.selectedLinkProperty().get()).isNotNull();
        assertThat(vm.findings()).noneMatch(f -> f.goal() == goal(robot, CLINIC));
        assertThat(warned(card(robot, CLINIC))).as("the clinic card's warning mark, linked").isFalse();

        // move a card to the right: it is pinned there, snapped to the grid
        CardBox before = vm.boxes().get(goal(robot, CALLS));
        dragCard(robot, CALLS, 160);
        CardBox after = vm.boxes().get(goal(robot, CALLS));
        assertThat(vm.isPinned(goal(robot, CALLS))).isTrue();
        assertThat(card(robot, CALLS).lookup(".map-card-pin").isVisible()).as("the pin mark").isTrue();
        assertThat(after.x()).isGreaterThan(before.x() + 100);
        assertThat(after.x() % 8).isZero();

        // Ctrl+Z twice: the card goes back to the layout's place, the link goes
        robot.clickOn("#mapFit");
        undo(robot);
        assertThat(vm.isPinned(goal(robot, CALLS))).isFalse();
        assertThat(card(robot, CALLS).lookup(".map-card-pin").isVisible()).as("the pin mark, the move undone").isFalse();
        assertThat(vm.boxes().get(goal(robot, CALLS)).x()).isEqualTo(before.x());
        undo(robot);
        assertThat(vm.linkBetween(goal(robot, CLINIC), goal(robot, REVENUE))).isEmpty();
        assertThat(warned(card(robot, CLINIC))).as("the clinic card's warning mark, the link undone").isTrue();

        // and again, for keeps; then close and start the app
        dragLink(robot, CLINIC, REVENUE);
        dragCard(robot, CALLS, 160);
        CardBox placed = vm.boxes().get(goal(robot, CALLS));
        app.shutdown(robot);

        long clinic = storedId(CLINIC);
        long revenue = storedId(REVENUE);
        StrategyMap map = stored();
        assertThat(map.links()).hasSize(demoLinks + 1)
                .anyMatch(l -> l.causeGoalId() == clinic && l.effectGoalId() == revenue);
        CardPosition pin = map.pinned().get(storedId(CALLS));
        assertThat(pin).isNotNull();
        assertThat(pin.x()).isEqualTo(placed.x());

        openTheMap(robot);
        MapModel reopened = page(robot).viewModel();
        assertThat(reopened.isPinned(goal(robot, CALLS))).isTrue();
        assertThat(reopened.boxes().get(goal(robot, CALLS)).x()).isEqualTo(placed.x());
        assertThat(reopened.linkBetween(goal(robot, CLINIC), goal(robot, REVENUE))).isPresent();
        assertThat(reopened.links().stream().map(LinkItem::hypothesisProperty).filter(h -> !h.get().isEmpty())).hasSize(demoLinks);
    }

    @Test
    void aCardOpensTheGoalEditorAndAGoalDeletedWithItsLinksGetsThemBackOnUndo(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            sessionId = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
        }
        openTheMap(robot);
        MapModel vm = page(robot).viewModel();
        int demoLinks = vm.links().size();
        GoalItem revenue = goal(robot, REVENUE);


        long touching = vm.links().stream().filter(l -> l.touches(revenue)).count();
        assertThat(touching).isGreaterThan(1);

        robot.interact(() -> vm.goalsViewModel().deleteGoal(revenue));
        assertThat(vm.links()).hasSize(demoLinks - (int) touching);
        undo(robot);
        assertThat(vm.links()).hasSize(demoLinks);

        // double-click opens the stages' goal editor beside the map; an owner typed there shows on the card
        robot.doubleClickOn(card(robot, CALLS));
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#mapPage #goalEditor"));
        robot.clickOn("#goalOwner").write("Olga Morozova");
        AppHarness.waitUntil(() -> "Olga Morozova".equals(goal(robot, CALLS).ownerProperty().get()));
        assertThat(robot.from(card(robot, CALLS)).lookup(".map-card-owner").queryLabeled().getText()).isEqualTo("Olga Morozova");
        app.shutdown(robot);
        long id = storedId(REVENUE);
        assertThat(stored().links().stream().filter(l -> l.touches(id)).map(GoalLink::hypothesis))
                .hasSize((int) touching).allMatch(h -> !h.isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMapIsSavedAsAnImageAndThePresenterShowsItWhileTheMapPageIsOpen(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            sessionId = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
        }
        openTheMap(robot);
        // the image for slides: the whole map at 300 dpi (300/96 of the screen's pixels)
        Path png = dir.resolve("map-" + run + ".png");
        java.util.concurrent.Future<Path>[] task = new java.util.concurrent.Future[1];
        robot.interact(() -> task[0] = page(robot).writeImage(png));
        assertThat(task[0].get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo((int) (3 * page(robot).viewModel().width()) - 3);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo((int) (3 * com.scorecardstudio.domain.map.Lanes.height()) - 3);

        // and as SVG for slides that scale: well-formed, a card per goal, an arrow per link
        Path svg = dir.resolve("map-" + run + ".svg");
        robot.interact(() -> task[0] = page(robot).writeSvg(svg));
        assertThat(task[0].get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(svg);
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        // an arrow per link along its route, besides the legend's three samples; the session's title as heading
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(page(robot).viewModel().links().size() + 3);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Strategy session 2027 — strategy map", "Legend");

        robot.clickOn("#presenterView");
        AppHarness.waitUntil(() -> robot.lookup("#presenter").tryQuery().isPresent());
        AppHarness.waitUntil(() -> robot.lookup("#presenter .map-card").queryAll().size() == 17);
        assertThat(robot.lookup("#presenterStage").queryLabeled().getText()).isEqualTo("Strategy map");

        // the presenter window lies over the main one here (one screen): go to the stage without the mouse
        robot.interact(() -> robot.lookup("#nav-financial").queryAs(javafx.scene.control.ButtonBase.class).fire());
        AppHarness.waitUntil(() -> robot.lookup("#presenterStage").queryLabeled().getText().startsWith("Financial"));
        assertThat(robot.lookup("#presenter .map-card").queryAll()).isEmpty();
    }
}
