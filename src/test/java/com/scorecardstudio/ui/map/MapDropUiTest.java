package com.scorecardstudio.ui.map;

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
import com.scorecardstudio.domain.map.LinkRouter;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.session.LinkItem;
import com.scorecardstudio.session.MapModel;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Dropping a card on a large map (120 goals, 240 links): the layout and the routing run off the FX
 * thread, so until they come the card stays where it was dropped and its links are drawn as elbows;
 * then every link goes round the cards. Of two quick drops the later wins, and a layout that comes
 * while a card is dragged leaves it under the pointer.
 */
@ExtendWith(ApplicationExtension.class)
class MapDropUiTest {
    private static final int GOALS = 120;
    private static final int LINKS = 240;

    @TempDir
    static Path dir;
    private javafx.stage.Stage stage;
    private Database db;
    private long session;
    private MapModel vm;
    private MapPage page;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.hide());
        if (db != null) {
            db.close();
        }
    }

    private void showLargeMap(FxRobot robot) throws Exception {
        db = TestDatabases.open(dir.resolve("drop.mv.db"));
        session = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Large")).id();
        GoalRepository goalRows = new GoalRepository(db.dsl());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < GOALS; i++) {
            Stage s = Stage.values()[i % 4];
            String area = s.areas().get((i / 4) % s.areas().size());
            ids.add(goalRows.insert(session, Goal.titled(s, area, "Goal " + (i + 1) + (i % 3 == 0 ? " with a title long enough for two lines" : "")), i).id());
        }
        MapRepository mapRows = new MapRepository(db.dsl());
        Random r = new Random(5);
        Set<String> seen = new HashSet<>();
        while (seen.size() < LINKS) {
            int a = r.nextInt(GOALS);
            int b = r.nextInt(GOALS);
            if (a != b && seen.add(a + ">" + b)) {
                mapRows.insertLink(session, GoalLink.between(ids.get(a), ids.get(b)));
            }
        }
        robot.interact(() -> {
            Autosave autosave = new Autosave(new DirectTaskRunner(), new ManualScheduler(), Duration.ofMillis(500),
                    Duration.ofSeconds(1), Throwable::printStackTrace);
            EditHistory history = new EditHistory();
            GoalsModel goals = new GoalsModel(session, goalRows, autosave, history, new Messages(Language.EN));
            vm = new MapModel(session, goals, mapRows, autosave, history);
            goals.load();
            vm.load();
            page = new MapPage(vm, List::of, List.of(), () -> stage, new DirectTaskRunner());
            AppHarness.show(stage, page, 1280, 720);
        });
        AppHarness.waitUntil(() -> vm.loadedProperty().get() && vm.links().size() == LINKS
                && page.canvas().cards().size() == GOALS && !vm.layoutPendingProperty().get());
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                false, false, false, null);
    }

    /** Presses on the card and drags it {@code dx} pixels to the right (on the FX thread). */
    private static void drag(CardNode card, double dx) {
        Bounds b = card.localToScene(card.getBoundsInLocal());
        Event.fireEvent(card, mouse(MouseEvent.MOUSE_PRESSED, b.getCenterX(), b.getCenterY()));
        Event.fireEvent(card, mouse(MouseEvent.MOUSE_DRAGGED, b.getCenterX() + dx / 2, b.getCenterY()));
        Event.fireEvent(card, mouse(MouseEvent.MOUSE_DRAGGED, b.getCenterX() + dx, b.getCenterY()));
    }

    private static void release(CardNode card) {
        Event.fireEvent(card, mouse(MouseEvent.MOUSE_RELEASED, 0, 0));
    }

    private CardBox box(GoalItem g) {
        return vm.boxes().get(g);
    }

    @Test
    void aDroppedCardsLinksGoRoundTheCardsOnceLaidOutAndTheLaterOfTwoQuickDropsWins(FxRobot robot) throws Exception {
        showLargeMap(robot);
        GoalItem moved = vm.goals().stream().filter(g -> vm.links().stream().filter(l -> l.touches(g)).count() >= 4)
                .findFirst().orElseThrow();
        CardNode card = page.canvas().cards().get(moved);
        List<LinkItem> its = vm.links().stream().filter(l -> l.touches(moved)).toList();
        List<Double> shownAfterSecond = new ArrayList<>();
        double[] dropped = new double[2];
        robot.interact(() -> {
            drag(card, 40);
            release(card);
            // at once: the card where it was dropped, its links elbows from it, the layout under way
            assertThat(vm.layoutPendingProperty().get()).isTrue();
            dropped[0] = box(moved).x();
            assertThat(card.getLayoutX()).isEqualTo(dropped[0]);
            for (LinkItem l : its) {
                Route elbow = LinkRouter.elbow(box(l.cause()), box(l.effect()));
                List<Double> drawn = page.canvas().linkShapes().get(l).points();
                assertThat(drawn.get(0)).isEqualTo(elbow.x(0));
                assertThat(drawn.get(1)).isEqualTo(elbow.y(0));
                assertThat(drawn).hasSize(2 * elbow.size());
            }
            // dropped again before that layout came
            drag(card, 40);
            release(card);
            dropped[1] = box(moved).x();
            vm.boxesProperty().addListener((o, a, now) -> shownAfterSecond.add(now.get(moved).x()));
        });
        assertThat(dropped[1]).isGreaterThan(dropped[0]);
        AppHarness.waitUntil(() -> !vm.layoutPendingProperty().get());

        // the later drop's layout is the one shown, the earlier one's never
        assertThat(shownAfterSecond).isNotEmpty().containsOnly(dropped[1]);
        assertThat(box(moved).x()).isEqualTo(dropped[1]);
        assertThat(card.getLayoutX()).isEqualTo(dropped[1]);
        assertThat(new MapRepository(db.dsl()).read(session).pinned().get(moved.storedId()).x()).isEqualTo(dropped[1]);
        // every link routed round the cards, and drawn along its route
        Map<GoalItem, CardBox> boxes = vm.boxes();
        robot.interact(() -> {
            for (LinkItem l : vm.links()) {
                Route r = vm.routes().get(l);
                assertThat(r).as(l.toString()).isNotNull();
                boxes.forEach((g, b) -> {
                    if (g != l.cause() && g != l.effect()) {
                        assertThat(r.crosses(b)).as(l + " crosses " + g.titleProperty().get()).isFalse();
                    }
                });
                List<Double> drawn = page.canvas().linkShapes().get(l).points();
                assertThat(drawn.get(0)).isEqualTo(r.x(0));
                assertThat(drawn.get(1)).isEqualTo(r.y(0));
                assertThat(drawn).hasSize(2 * r.size());
            }
        });

        // a layout that comes while a card is dragged leaves that card under the pointer
        GoalItem other = vm.goals().stream().filter(g -> g != moved && g.stageProperty().get() == moved.stageProperty().get())
                .findFirst().orElseThrow();
        CardNode otherCard = page.canvas().cards().get(other);
        double[] held = new double[1];
        robot.interact(() -> {
            drag(card, 40);
            release(card);
            drag(otherCard, 60);
            held[0] = otherCard.getLayoutX();
        });
        AppHarness.waitUntil(() -> !vm.layoutPendingProperty().get());
        robot.interact(() -> {
            assertThat(otherCard.getLayoutX()).isEqualTo(held[0]);
            release(otherCard);
        });
        AppHarness.waitUntil(() -> !vm.layoutPendingProperty().get());
        assertThat(vm.isPinned(other)).isTrue();
        assertThat(otherCard.getLayoutX()).isEqualTo(box(other).x());
    }
}
