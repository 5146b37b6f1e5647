package com.scorecardstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.AppContext;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.session.GoalItem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A facilitator walks a whole session through the four stages with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class StagesUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    private void launch(FxRobot robot) {
        app.launch(robot);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        AppHarness.waitUntil(condition);
    }

    private static boolean shown(FxRobot robot, String query) {
        return AppHarness.shown(robot, query);
    }

    @SuppressWarnings("unchecked")
    private static ListView<GoalItem> goals(FxRobot robot, String area) {
        return robot.lookup("#goals-" + area).queryAs(ListView.class);
    }

    private void openTheSession(FxRobot robot) throws Exception {
        waitUntil(() -> shown(robot, "#sessionTable")
                && !robot.lookup("#sessionTable").queryAs(TableView.class).getItems().isEmpty());
        robot.doubleClickOn("Board retreat");
        waitUntil(() -> shown(robot, "#stage-financial"));
    }

    private void typeGoal(FxRobot robot, String title) {
        robot.write(title).type(KeyCode.ENTER);
    }

    private static void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
    }

    private boolean focusedOn(FxRobot robot, String id) {
        Node focus = app.stage().getScene().getFocusOwner();
        return focus != null && id.equals(focus.getId());
    }

    @Test
    void aWholeSessionIsCapturedWithTheKeyboardAndIsThereAfterARestart(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Board retreat"));
        }
        launch(robot);
        openTheSession(robot);

        // stage 1: the cursor is already in the first area's field; Enter adds and stays for the next goal
        waitUntil(() -> focusedOn(robot, "addGoal-cost_structure"));
        typeGoal(robot, "Cut the cost of a visit");
        typeGoal(robot, "Lower supply costs");
        waitUntil(() -> goals(robot, "cost_structure").getItems().size() == 2);

        int n = 2;
        for (Stage s : List.of(Stage.INTERNAL_PROCESSES, Stage.CUSTOMER, Stage.LEARNING_GROWTH)) {
            robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(String.valueOf(s.ordinal() + 1))).release(KeyCode.CONTROL);
            String area = s.areas().get(0);
            waitUntil(() -> shown(robot, "#stage-" + s.key()) && focusedOn(robot, "addGoal-" + area));
            typeGoal(robot, "Goal " + (++n) + " of " + s.key());
            waitUntil(() -> goals(robot, area).getItems().size() == 1);
        }

        // the stage badges count the goals
        assertThat(robot.lookup("#badge-learning_growth").queryLabeled().getText()).startsWith("1");

        // give the last goal an owner in the editor, then delete it and take the deletion back
        robot.clickOn("Goal 5 of learning_growth");
        robot.clickOn("#goalOwner").write("Olga");
        robot.clickOn("Goal 5 of learning_growth").type(KeyCode.DELETE);
        waitUntil(() -> goals(robot, "it_stack").getItems().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> goals(robot, "it_stack").getItems().size() == 1);
        // a delete says so, and its notice takes it back as Ctrl+Z does
        robot.clickOn("Goal 5 of learning_growth").type(KeyCode.DELETE);
        waitUntil(() -> goals(robot, "it_stack").getItems().isEmpty() && shown(robot, "#undoNotice"));
        assertThat(robot.lookup(node -> node instanceof atlantafx.base.controls.Notification no
                && "Goal “Goal 5 of learning_growth” deleted.".equals(no.getMessage())).tryQuery()).isPresent();
        robot.clickOn("#undoDelete");
        waitUntil(() -> goals(robot, "it_stack").getItems().size() == 1 && !shown(robot, "#undoNotice"));

        // restart and find everything
        app.shutdown(robot);
        launch(robot);
        openTheSession(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#stage-learning_growth") && goals(robot, "it_stack").getItems().size() == 1);
        GoalItem last = goals(robot, "it_stack").getItems().get(0);
        assertThat(last.titleProperty().get()).isEqualTo("Goal 5 of learning_growth");
        assertThat(last.ownerProperty().get()).isEqualTo("Olga");
        app.shutdown(robot);
        try (Database db = TestDatabases.open(app.database())) {
            long id = new SessionRepository(db.dsl(), TestDatabases.fixedClock()).list().get(0).id();
            List<Goal> stored = new GoalRepository(db.dsl()).list(id);
            assertThat(stored).extracting(Goal::title).containsExactly("Cut the cost of a visit", "Lower supply costs",
                    "Goal 3 of internal_processes", "Goal 4 of customer", "Goal 5 of learning_growth");
        }
    }

    @Test
    void themeAndLanguageChangeTheScreenNotTheSession(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Board retreat"));
        }
        launch(robot);
        openTheSession(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#stage-internal_processes") && focusedOn(robot, "addGoal-operational"));
        typeGoal(robot, "Shorten the wait for a visit");
        waitUntil(() -> goals(robot, "operational").getItems().size() == 1);
        robot.clickOn("#timerToggle");
        var en = new com.scorecardstudio.i18n.Messages(com.scorecardstudio.config.Language.EN);
        waitUntil(() -> robot.lookup("#timerToggle").queryButton().getTooltip().getText().equals(en.get("timer.pause")));

        // the app bar stays whole over a workspace wider than the window: its theme button is there to click
        robot.clickOn("#themeToggle");
        robot.interact(() -> robot.lookup("#languageChoice").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(com.scorecardstudio.config.Language.RU));
        var ru = new com.scorecardstudio.i18n.Messages(com.scorecardstudio.config.Language.RU);

        // the same page, in Russian, with the goal, and the timer still running
        waitUntil(() -> shown(robot, "#stage-internal_processes")
                && robot.lookup("#timerToggle").queryButton().getTooltip().getText().equals(ru.get("timer.pause")));
        assertThat(goals(robot, "operational").getItems()).extracting(g -> g.titleProperty().get())
                .containsExactly("Shorten the wait for a visit");
        // and the history: the goal added before the switch is the step Undo takes back
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> goals(robot, "operational").getItems().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> goals(robot, "operational").getItems().size() == 1);
    }

    @Test
    void anIndicatorsNumbersAreCheckedAndItsProgressShows(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Board retreat"));
        }
        launch(robot);
        openTheSession(robot);
        waitUntil(() -> focusedOn(robot, "addGoal-cost_structure"));
        typeGoal(robot, "Cut the cost of a visit");
        waitUntil(() -> shown(robot, "#goalEditor"));
        robot.clickOn("#addIndicator");
        waitUntil(() -> shown(robot, "#indicatorName0"));
        robot.write("Cost of a visit").type(KeyCode.TAB).write("RUB");
        // Tab from the name goes on to the unit, not onto the indicator's delete button
        waitUntil(() -> "RUB".equals(((TextField) robot.lookup("#indicatorUnit0").query()).getText()));
        // and wherever Tab lands, the focus shows: a ring on a button reached with the keyboard
        Node reached = null;
        for (int i = 0; i < 40 && !(reached instanceof javafx.scene.control.Button); i++) {
            robot.type(KeyCode.TAB);
            reached = app.stage().getScene().getFocusOwner();
        }
        Node button = reached;
        assertThat(button).isInstanceOf(javafx.scene.control.Button.class);
        waitUntil(() -> button.getEffect() instanceof javafx.scene.effect.DropShadow);
        focus(robot, "#indicatorName0");
        // in the narrow editor the direction is under the unit, below the fold: chosen from the keyboard
        focus(robot, "#direction0-down");
        robot.type(KeyCode.SPACE);
        // the editor scrolls; fields below the fold are reached as with Tab, by focusing them
        focus(robot, "#baseline0Value");
        robot.write("2,400");
        focus(robot, "#target0Value");
        robot.write("2.2OO");
        waitUntil(() -> robot.lookup("Enter a number like 1,234.5.").tryQuery().isPresent());
        // the status bar does not claim it is saved: it names the field
        waitUntil(() -> robot.lookup("#savingState").queryLabeled().getText()
                .equals("Not saved, not a number: Cost of a visit: Target"));
        robot.eraseText(5).write("2200");
        waitUntil(() -> robot.lookup("#savingState").queryLabeled().getText().equals("All changes saved"));
        focus(robot, "#measurementValue0");
        robot.write("2300").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().startsWith("50% of the way")).tryQuery().isPresent());
        assertThat(((TextField) robot.lookup("#target0Value").query()).getText()).isEqualTo("2200");
    }
}
