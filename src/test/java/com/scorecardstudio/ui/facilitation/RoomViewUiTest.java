package com.scorecardstudio.ui.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.AgendaModel;
import com.scorecardstudio.session.OpenSession;
import com.scorecardstudio.session.StageTimers;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.ui.common.FxScheduler;
import com.scorecardstudio.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The room view and the agenda over a session's real model on an H2 file, the timers driven by a
 * hand-moved clock (nothing waits for real minutes).
 */
@ExtendWith(ApplicationExtension.class)
class RoomViewUiTest {
    @TempDir
    static Path dir;
    private static int run;

    private Database db;
    private DbExecutor executor;
    private long sessionId;
    private OpenSession open;
    private StageTimers timers;
    private AgendaModel agenda;
    private javafx.stage.Stage window;
    private PresenterWindow room;
    private final SimpleObjectProperty<Stage> current = new SimpleObjectProperty<>(Stage.FINANCIAL);
    private final AtomicLong ticker = new AtomicLong(1_000_000_000L);

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        window = stage;
        Path file = dir.resolve("room-" + (++run) + ".mv.db");
        db = TestDatabases.open(file);
        sessionId = new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Board retreat 2027")).id();
        executor = new DbExecutor();
        Messages messages = new Messages(Language.EN);
        open = new OpenSession(new SessionRepository(db.dsl(), TestDatabases.fixedClock()).find(sessionId).orElseThrow(),
                db.store(TestDatabases.tickingClock()), new FxTaskRunner(executor), FxScheduler.create(), ticker::get, messages,
                e -> { throw new AssertionError(e); });
        timers = open.timers();
        agenda = open.agenda();
        timers.stageProperty().bind(current);
        open.load();
        VBox root = new VBox(12, AgendaView.button(agenda, messages), AgendaView.editor(agenda, messages));
        AppHarness.show(stage, root, 900, 700);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (room != null) {
                room.dispose();
            }
            window.close();
            open.autosave().flush();
        });
        executor.close();
        db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pass(FxRobot robot, Duration d) {
        ticker.addAndGet(d.toNanos());
        robot.interact(() -> {
            timers.tick();
            agenda.tick();
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private void openRoom(FxRobot robot) throws Exception {
        robot.interact(() -> {
            room = new PresenterWindow(window, open.goals(), current, "Board retreat 2027", open.messages());
            room.showTimer(timers, agenda);
            room.showParking(open.parking());
            room.show();
        });
        waitUntil(() -> room.isShowing());
    }

    @Test
    void theRoomSeesTheGoalsLargeTheParkingCountAndTheTimerWarningAtFiveAndOneMinute(FxRobot robot) throws Exception {
        waitUntil(() -> open.goals().loadedProperty().get() && agenda.loadedProperty().get());
        robot.interact(() -> {
            open.goals().addGoal(Stage.FINANCIAL, "profit_growth", "Enter the corporate market");
            open.parking().add("Move the warehouse");
            open.parking().add("Sales bonuses");
        });
        openRoom(robot);
        assertThat(room.window().isFullScreen()).as("full screen on the only display").isTrue();
        Label goal = robot.lookup("#presenterGoal-0").queryAs(Label.class);
        assertThat(goal.getText()).isEqualTo("Enter the corporate market");
        assertThat(goal.getFont().getSize()).as("large type for the back row").isGreaterThanOrEqualTo(28);
        assertThat(text(robot, "#roomParking")).isEqualTo("Parking lot: 2");
        robot.interact(() -> open.parking().setDone(open.parking().notes().get(0), true));
        assertThat(text(robot, "#roomParking")).isEqualTo("Parking lot: 1");

        Node timerBox = robot.lookup("#roomTimer").query();
        assertThat(text(robot, "#roomTimerDisplay")).isEqualTo("60:00");
        assertThat(robot.lookup("#roomTimerDisplay").queryAs(Label.class).getFont().getSize()).isGreaterThanOrEqualTo(60);
        robot.interact(timers::start);
        pass(robot, Duration.ofMinutes(54));
        assertThat(text(robot, "#roomTimerNote")).isEmpty();
        assertThat(has(timerBox, "warning")).isFalse();
        pass(robot, Duration.ofMinutes(1));
        assertThat(text(robot, "#roomTimerDisplay")).isEqualTo("05:00");
        assertThat(text(robot, "#roomTimerNote")).isEqualTo("5 minutes left");
        assertThat(has(timerBox, "warning")).isTrue();
        pass(robot, Duration.ofMinutes(4));
        assertThat(text(robot, "#roomTimerDisplay")).isEqualTo("01:00");
        assertThat(text(robot, "#roomTimerNote")).isEqualTo("1 minute left");
        assertThat(has(timerBox, "last-minute")).isTrue();
        assertThat(has(timerBox, "warning")).isFalse();
        pass(robot, Duration.ofMinutes(3));
        assertThat(text(robot, "#roomTimerDisplay")).isEqualTo("+02:00");
        assertThat(text(robot, "#roomTimerNote")).isEqualTo("Time is up");
        assertThat(has(timerBox, "overrun")).isTrue();
        assertThat(text(robot, "#roomPlan")).isEqualTo("2 min behind plan");
        assertThat(text(robot, "#roomSessionClock")).isEqualTo("Session 1:02:00");

        // B blanks the room screen and brings it back; Ctrl+plus makes the text larger; Esc returns
        robot.interact(() -> room.window().requestFocus());
        robot.type(KeyCode.B);
        assertThat(robot.lookup("#roomBlank").query().isVisible()).isTrue();
        robot.type(KeyCode.B);
        assertThat(robot.lookup("#roomBlank").query().isVisible()).isFalse();
        double before = goal.getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(room.fontSizeProperty().get()).isEqualTo(PresenterWindow.DEFAULT_FONT + 2);
        assertThat(robot.lookup("#presenterGoal-0").queryAs(Label.class).getFont().getSize()).isGreaterThan(before);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !room.isShowing());
    }

    @Test
    void theAgendaIsPlannedInItsEditorAndTheRoomSeesAheadOrBehindPlanAndTheBreak(FxRobot robot) throws Exception {
        waitUntil(() -> agenda.loadedProperty().get() && timers.loadedProperty().get());
        robot.doubleClickOn("#agendaBreak-financial .text-field").write("15").type(KeyCode.ENTER);
        robot.doubleClickOn("#agendaStage-financial .text-field").write("40").type(KeyCode.ENTER);
        assertThat(agenda.breakMinutesProperty(Stage.FINANCIAL).get()).isEqualTo(15);
        assertThat(timers.minutes(Stage.FINANCIAL)).isEqualTo(40);
        assertThat(text(robot, "#agendaTotal")).isEqualTo("Whole day as planned: 4:10"); // 40 + 15 + 60 + 90 + 45
        waitUntil(() -> {
            try {
                FacilitationRepository stored = new FacilitationRepository(db.dsl(), TestDatabases.fixedClock());
                return executor.submit(() -> stored.agendaBreaks(sessionId)).get(20, TimeUnit.SECONDS)
                        .get(Stage.FINANCIAL).minutes() == 15
                        && executor.submit(() -> stored.timeboxes(sessionId)).get(20, TimeUnit.SECONDS).get(Stage.FINANCIAL) == 40;
            } catch (Exception e) {
                return false;
            }
        });
        // undone through the session's one history
        robot.interact(() -> open.undo());
        assertThat(timers.minutes(Stage.FINANCIAL)).isEqualTo(60);
        assertThat(robot.lookup("#agendaStage-financial").queryAs(Spinner.class).getValue()).isEqualTo(60);
        robot.interact(() -> open.redo());

        openRoom(robot);
        robot.interact(timers::start);
        pass(robot, Duration.ofMinutes(30));
        assertThat(text(robot, "#roomPlan")).isEqualTo("On plan");
        robot.interact(agenda::startBreak); // the stage ended ten minutes early
        assertThat(text(robot, "#roomPlan")).isEqualTo("10 min ahead of plan");
        assertThat(text(robot, "#roomTimerNote")).isEqualTo("Break");
        pass(robot, Duration.ofMinutes(20));
        assertThat(text(robot, "#roomTimerDisplay")).isEqualTo("+05:00");
        assertThat(text(robot, "#roomPlan")).isEqualTo("5 min ahead of plan");
        assertThat(robot.lookup("#agendaChip").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("5 min ahead");
        robot.interact(() -> current.set(Stage.INTERNAL_PROCESSES));
        robot.interact(timers::start);
        assertThat(agenda.onBreakProperty().get()).isNull();
        assertThat(text(robot, "#roomTimerDisplay")).isEqualTo("60:00");
    }
}
