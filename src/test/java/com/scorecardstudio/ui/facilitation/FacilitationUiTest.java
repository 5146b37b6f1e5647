package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.session.CustomerExtrasModel;
import com.scorecardstudio.session.ParkingItem;
import com.scorecardstudio.session.OpenSession;
import com.scorecardstudio.session.ParkingLotModel;
import com.scorecardstudio.session.StageTimers;
import com.scorecardstudio.ui.common.FxScheduler;
import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.session.IndicatorItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The facilitation tools in a plain window on a real H2 file, driven with the mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class FacilitationUiTest {
    @TempDir
    static Path dir;
    private static int run;

    private Database db;
    private DbExecutor executor;
    private long sessionId;
    private FacilitationRepository repository;
    private GoalsModel goals;
    private StageTimers timer;
    private ParkingLotModel parking;
    private javafx.stage.Stage window;
    private PresenterWindow presenter;
    private Autosave autosave;
    /** The timers' clock, moved by the test: nothing waits for real seconds. */
    private final java.util.concurrent.atomic.AtomicLong ticker = new java.util.concurrent.atomic.AtomicLong();

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        window = stage;
        db = TestDatabases.open(dir.resolve("ui-" + (++run) + ".mv.db"));
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Board retreat 2027")).id();
        repository = new FacilitationRepository(db.dsl(), TestDatabases.tickingClock());
        executor = new DbExecutor();
        Messages messages = new Messages(Language.EN);
        // the session's model as the app builds it, on the app's database thread and FX timers
        OpenSession open = new OpenSession(new SessionRepository(db.dsl(), TestDatabases.fixedClock()).find(sessionId).orElseThrow(),
                db.store(TestDatabases.tickingClock()), new FxTaskRunner(executor), FxScheduler.create(), ticker::get, messages,
                e -> { throw new AssertionError(e); });
        autosave = open.autosave();
        CustomerExtrasModel extras = open.extras();
        parking = open.parking();
        timer = open.timers();
        goals = open.goals();
        open.load();

        BorderPane root = new BorderPane();
        root.setTop(new StageTimerView(timer, messages));
        ScrollPane scroll = new ScrollPane(new CustomerExtrasView(extras, messages));
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setRight(new ParkingLotView(parking, messages));
        AppHarness.show(stage, root, 1200, 760);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (presenter != null) {
                presenter.close();
            }
            window.close();
            autosave.flush(); // typing still waiting for its pause is written before the database thread stops
        });
        executor.close();
        db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads the database on its own thread, after every write queued before. */
    private <T> T read(java.util.concurrent.Callable<T> query) throws Exception {
        return executor.submit(query).get(20, TimeUnit.SECONDS);
    }

    /** Scrolls the page as a user would until the control is in view (the page is taller than the window). */
    private static FxRobot reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            javafx.scene.Node node = robot.lookup(query).query();
            javafx.scene.Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / range)));
            }
        });
        return robot;
    }

    @SuppressWarnings("unchecked")
    private ListView<ParkingItem> parkingList(FxRobot robot) {
        return robot.lookup("#parkingList").queryAs(ListView.class);
    }

    @Test
    void aTopicIsParkedWithTheKeyboardTickedOffRemovedAndPutBack(FxRobot robot) throws Exception {
        waitUntil(() -> parking.loadedProperty().get());
        robot.clickOn("#parkingInput").write("Move the warehouse").type(KeyCode.ENTER);
        robot.write("Sales bonuses").type(KeyCode.ENTER);
        waitUntil(() -> parkingList(robot).getItems().size() == 2);
        assertThat(parkingList(robot).getItems()).extracting(n -> n.textProperty().get())
                .containsExactly("Sales bonuses", "Move the warehouse");
        assertThat(read(() -> repository.parkingLot(sessionId))).extracting(ParkingNote::text)
                .containsExactly("Move the warehouse", "Sales bonuses");

        robot.clickOn("Move the warehouse").type(KeyCode.SPACE);
        waitUntil(() -> parking.openCountProperty().get() == 1);
        assertThat(read(() -> repository.parkingLot(sessionId).get(0).done())).isTrue();

        robot.type(KeyCode.DELETE);
        waitUntil(() -> parkingList(robot).getItems().size() == 1);
        assertThat(read(() -> repository.parkingLot(sessionId))).extracting(ParkingNote::text).containsExactly("Sales bonuses");
        robot.clickOn("#parkingUndo");
        waitUntil(() -> parkingList(robot).getItems().size() == 2);
        List<ParkingNote> back = read(() -> repository.parkingLot(sessionId));
        assertThat(back).extracting(n -> n.text() + (n.done() ? " ✓" : "")).containsExactly("Move the warehouse ✓", "Sales bonuses");

        // reworded in place: double-click, type, Enter
        robot.doubleClickOn("Sales bonuses").type(KeyCode.END).eraseText(7).write("targets").type(KeyCode.ENTER);
        waitUntil(() -> parkingList(robot).getItems().get(0).textProperty().get().equals("Sales targets"));
        assertThat(read(() -> repository.parkingLot(sessionId).get(1).text())).isEqualTo("Sales targets");
    }

    @Test
    void aPolicyIsMarkedAndTheTimerStartsAndPauses(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#customerExtras").query().isDisabled());
        reveal(robot, "#policy-service-needs_work").clickOn("#policy-service-needs_work");
        assertThat(robot.lookup("#policy-service-needs_work").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#count-needs_work").queryAs(Label.class).getText()).isEqualTo("Needs work: 1");
        waitUntil(() -> {
            try {
                return read(() -> repository.policies(sessionId).get(CustomerPolicy.SERVICE.ordinal()).status())
                        == CustomerPolicy.Status.NEEDS_WORK;
            } catch (Exception e) {
                return false;
            }
        });
        reveal(robot, "#policy-note-service").clickOn("#policy-note-service").write("No complaint standard");
        waitUntil(() -> {
            try {
                return read(() -> repository.policies(sessionId).get(CustomerPolicy.SERVICE.ordinal()).note())
                        .equals("No complaint standard");
            } catch (Exception e) {
                return false;
            }
        });

        reveal(robot, "#area-service-2").clickOn("#area-service-2");
        reveal(robot, "#area-pricing-4").clickOn("#area-pricing-4");
        waitUntil(() -> robot.lookup("#weakestSummary").queryAs(Label.class).getText().equals("Weakest: Service"));

        assertThat(robot.lookup("#timerDisplay").queryAs(Label.class).getText()).isEqualTo("60:00");
        robot.clickOn("#timerToggle");
        assertThat(timer.runningProperty().get()).isTrue();
        ticker.addAndGet(java.time.Duration.ofMillis(1200).toNanos());
        robot.interact(timer::tick);
        assertThat(robot.lookup("#timerDisplay").queryAs(Label.class).getText()).isEqualTo("59:59");
        robot.clickOn("#timerToggle");
        assertThat(timer.runningProperty().get()).isFalse();
        String paused = robot.lookup("#timerDisplay").queryAs(Label.class).getText();
        ticker.addAndGet(java.time.Duration.ofSeconds(5).toNanos());
        robot.interact(timer::tick);
        assertThat(robot.lookup("#timerDisplay").queryAs(Label.class).getText()).isEqualTo(paused);
        robot.clickOn("#timerPlusFive");
        assertThat(robot.lookup("#timerCaption").queryAs(Label.class).getText()).isEqualTo("of 60 min (+5)");

        // the time-box: letters are not taken, a number is stored
        robot.doubleClickOn("#timerMinutes .text-field").write("4x5").type(KeyCode.ENTER);
        assertThat(timer.minutesProperty().get()).isEqualTo(45);
        waitUntil(() -> {
            try {
                return Integer.valueOf(45).equals(read(() -> repository.timeboxes(sessionId).get(Stage.FINANCIAL)));
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void thePresenterFollowsTheGoalsAsTheyAreTypedAndTheStage(FxRobot robot) throws Exception {
        waitUntil(() -> goals.loadedProperty().get());
        SimpleObjectProperty<Stage> current = new SimpleObjectProperty<>(Stage.FINANCIAL);
        GoalItem[] goal = new GoalItem[1];
        robot.interact(() -> {
            goal[0] = goals.addGoal(Stage.FINANCIAL, "profit_growth", "Enter the corporate market");
            goal[0].ownerProperty().set("Igor Belov");
            IndicatorItem revenue = goals.addIndicator(goal[0], "Revenue from corporate clients");
            revenue.unitProperty().set("m RUB");
            revenue.baseline().textProperty().set("12");
            revenue.target().textProperty().set("20");
            presenter = new PresenterWindow(window, goals, current, "Board retreat 2027", goals.messages());
            presenter.show();
        });
        waitUntil(() -> presenter.isShowing());
        assertThat(robot.lookup("#presenterStage").queryAs(Label.class).getText()).isEqualTo("Financial stage");
        Label title = robot.lookup("#presenterGoal-0").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Enter the corporate market");
        assertThat(robot.lookup("Owner: Igor Belov").tryQuery()).isPresent();
        assertThat(robot.lookup("12 → 20\u00a0m RUB").tryQuery()).isPresent();
        // text that is not a number never reaches the room: the last number stays on the wall
        robot.interact(() -> goals.goals().get(0).indicators().get(0).target().textProperty().set("20abc"));
        assertThat(robot.lookup("12 → 20\u00a0m RUB").tryQuery()).isPresent();
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("20abc")).tryQuery()).isEmpty();
        robot.interact(() -> goals.goals().get(0).indicators().get(0).target().textProperty().set("25"));
        assertThat(robot.lookup("12 → 25\u00a0m RUB").tryQuery()).isPresent();

        robot.interact(() -> goal[0].titleProperty().set("Enter the corporate market in 2027"));
        assertThat(robot.lookup("#presenterGoal-0").queryAs(Label.class).getText()).isEqualTo("Enter the corporate market in 2027");

        robot.interact(() -> current.set(Stage.CUSTOMER));
        assertThat(robot.lookup("#presenterStage").queryAs(Label.class).getText()).isEqualTo("Customer stage");
        assertThat(robot.lookup("#presenterEmpty").tryQuery()).isPresent();
        robot.interact(() -> goals.addGoal(Stage.CUSTOMER, "service", "Answer the same day"));
        assertThat(robot.lookup("Answer the same day").tryQuery()).isPresent();

        // the goal being typed is scrolled into view
        GoalItem[] last = new GoalItem[1];
        robot.interact(() -> {
            for (int i = 1; i <= 8; i++) {
                last[0] = goals.addGoal(Stage.CUSTOMER, "completeness", "Goal " + i);
            }
        });
        ScrollPane scroll = robot.lookup(".presenter-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));
        robot.interact(() -> last[0].titleProperty().set("Goal 8, the last one"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isGreaterThan(0.9);

        robot.interact(() -> presenter.window().requestFocus());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !presenter.isShowing());

        // it can be opened again, and it closes with the main window
        robot.interact(() -> presenter.show());
        robot.interact(() -> goal[0].titleProperty().set("Reopened"));
        robot.interact(() -> current.set(Stage.FINANCIAL));
        assertThat(robot.lookup("#presenterGoal-0").queryAs(Label.class).getText()).isEqualTo("Reopened");
        robot.interact(() -> window.close());
        assertThat(presenter.isShowing()).isFalse();
    }
}
