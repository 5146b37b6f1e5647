package com.scorecardstudio.ui.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.testing.AppHarness;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing a goal's title on a stage page, in the real app on the demo session: the goal's line in its
 * area and the editor follow every keystroke, while the page around them is not measured again (the
 * focus areas and the editor panel each sit in a scroll pane that measured all its content whenever
 * anything inside asked for layout: most of a keystroke's time on a large session).
 */
@ExtendWith(ApplicationExtension.class)
class TypingUiTest {
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

    @SuppressWarnings("unchecked")
    @Test
    void theGoalsLineFollowsTheTitleWhileThePageAroundIsNotLaidOutAgain(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-financial"));
        ListView<GoalItem> list = robot.lookup("#stage-financial .goal-list").queryAs(ListView.class);
        GoalItem goal = list.getItems().get(0);
        robot.clickOn(goal.titleProperty().get());
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-financial #goalTitle"));
        TextField title = robot.lookup("#stage-financial #goalTitle").queryAs(TextField.class);
        robot.clickOn(title);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Grow revenue");
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane areas = scrollPaneAbove(list);
        ScrollPane editor = scrollPaneAbove(title);
        AtomicInteger areasLaidOut = AppHarness.layoutRequests(areas);
        AtomicInteger editorLaidOut = AppHarness.layoutRequests(editor);
        robot.write(" by a tenth");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(goal.titleProperty().get()).isEqualTo("Grow revenue by a tenth");
        assertThat(title.getText()).isEqualTo("Grow revenue by a tenth");
        // the line in the area shows the new title as drawn, not only as set
        Label line = (Label) list.lookupAll(".goal-title").stream()
                .filter(n -> n.isVisible() && "Grow revenue by a tenth".equals(((Label) n).getText())).findFirst().orElseThrow();
        assertThat(((Text) line.lookup(".text")).getText()).isEqualTo("Grow revenue by a tenth");
        assertThat(areasLaidOut.get()).as("the focus areas measured again while typing").isZero();
        assertThat(editorLaidOut.get()).as("the editor panel measured again while typing").isZero();

        // an emptied title still says so under the field, and the field makes room for it
        Label error = robot.lookup("#goalTitleError").queryAs(Label.class);
        double fieldBottom = title.localToScene(title.getBoundsInLocal()).getMaxY();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isNotBlank();
        assertThat(error.getHeight()).isPositive();
        assertThat(error.localToScene(error.getBoundsInLocal()).getMinY()).isGreaterThanOrEqualTo(fieldBottom - 1);
        robot.write("Grow revenue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(error.isManaged()).isFalse();
    }

    private static ScrollPane scrollPaneAbove(Node node) {
        Parent p = node.getParent();
        while (!(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        return (ScrollPane) p;
    }
}
