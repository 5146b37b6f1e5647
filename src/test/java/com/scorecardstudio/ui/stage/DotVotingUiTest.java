package com.scorecardstudio.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.testing.AppHarness;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dot-voting as a facilitator runs it on the projector, in the real app on the demo session: the
 * participants' numbers give dots on the selected goal, the ranking follows, the room sees it, and
 * it is all there after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class DotVotingUiTest {
    @TempDir
    Path home;
    private AppHarness app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, home);
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        StringBuilder s = new StringBuilder();
        if (n instanceof Label l) {
            return l.getText();
        }
        ((HBox) n).getChildren().forEach(c -> s.append(((Label) c).getText()).append(' '));
        return s.toString().strip();
    }

    @SuppressWarnings("unchecked")
    @Test
    void numberKeysGiveDotsOnTheSelectedGoalTheRankingFollowsAndItStaysAfterARestart(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-learning_growth"));
        robot.clickOn("#stage-learning_growth #dotVoting");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#votingPanel"));
        assertThat(text(robot, "#voter-1")).startsWith("1 Igor Belov");
        String igorBefore = text(robot, "#voter-1");

        ListView<GoalItem> people = robot.lookup("#stage-learning_growth #goals-people").queryAs(ListView.class);
        GoalItem goal = people.getItems().get(0);
        String title = goal.titleProperty().get();
        int before = goal.totalVotesProperty().get();
        robot.clickOn(title);
        // Igor gives two of his dots, Marina one
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1).type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(goal.totalVotesProperty().get()).isEqualTo(before + 3);
        assertThat(goal.dotsOf("Igor Belov")).isEqualTo(2);
        assertThat(text(robot, "#voter-1")).isNotEqualTo(igorBefore).endsWith("●○○");
        assertThat(text(robot, "#ranked-1")).startsWith("1. " + title).endsWith("● " + (before + 3) + " dots");

        // his third dot goes; a fourth is refused with the reason, and nothing changes
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(goal.dotsOf("Igor Belov")).isEqualTo(3);
        assertThat(robot.lookup("#votingMessage").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#votingMessage")).startsWith("Igor Belov has put all 3 dots on this stage");
        // Shift with his number takes one back; Ctrl+Z gives it again
        robot.press(KeyCode.SHIFT).type(KeyCode.DIGIT1).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(goal.dotsOf("Igor Belov")).isEqualTo(2);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        AppHarness.waitUntil(() -> goal.dotsOf("Igor Belov") == 3);
        // the card says it too, and the room view ranks the stage's goals
        AppHarness.waitUntil(() -> robot.lookup(".goal-votes").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("● " + (before + 4) + " dots")));
        robot.type(KeyCode.F5);
        AppHarness.waitUntil(() -> room() != null && room().getScene().lookup("#roomRanking") != null);
        Node first = room().getScene().lookup("#roomRanked-1");
        assertThat(((HBox) first).getChildren()).extracting(c -> ((Label) c).getText())
                .containsExactly("1.", title, "● " + (before + 4) + " dots");
        robot.type(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> room() == null);

        app.restart(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable"));
        List<Node> rows = List.copyOf(robot.lookup(".table-row-cell").queryAll());
        robot.doubleClickOn(rows.get(0));
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#workspaceView"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-learning_growth"));
        ListView<GoalItem> again = robot.lookup("#stage-learning_growth #goals-people").queryAs(ListView.class);
        AppHarness.waitUntil(() -> again.getItems().get(0).dotsOf("Igor Belov") == 3);
        assertThat(again.getItems().get(0).dotsOf("Marina Orlova")).isEqualTo(1);
    }

    private javafx.stage.Stage room() {
        return app.roomWindow();
    }
}
