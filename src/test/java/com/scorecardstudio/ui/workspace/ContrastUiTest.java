package com.scorecardstudio.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.ContrastCheck;
import com.scorecardstudio.ui.scoring.ClientsPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text on every page of the demo session, in the light and the dark theme, stands out from
 * what is behind it by at least WCAG's 4.5:1 (3:1 for large text).
 */
@ExtendWith(ApplicationExtension.class)
class ContrastUiTest {
    @TempDir
    static Path dir;
    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, dir.resolve("home"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    @Test
    void everyTextReadsInBothThemes(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            for (WorkspaceSection section : WorkspaceSection.values()) {
                if (section == WorkspaceSection.MAP) {
                    continue; // the map canvas (its dark theme, its lanes drawn as shapes) is judged with the map's own work
                }
                robot.interact(() -> robot.lookup("#workspaceView").queryAs(WorkspaceView.class).show(section));
                if (section == WorkspaceSection.CLIENTS) {
                    for (ClientsPage.View view : ClientsPage.View.values()) {
                        robot.interact(() -> robot.lookup("#clientsPage").queryAs(ClientsPage.class).show(view));
                        problems.addAll(check(robot, theme + " " + section + "/" + view));
                    }
                } else {
                    problems.addAll(check(robot, theme + " " + section));
                }
                if (section.stage().isPresent()) { // the goal editor with its hints
                    robot.interact(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("goals-") && n.isVisible())
                            .queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(0));
                    problems.addAll(check(robot, theme + " " + section + "/goal"));
                }
            }
            robot.interact(() -> robot.lookup("#themeToggle").queryAs(ButtonBase.class).fire());
            AppHarness.waitUntil(() -> AppHarness.shown(robot, "#workspaceView"));
        }
        assertThat(problems).isEmpty();
    }

    private List<String> check(FxRobot robot, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.addAll(ContrastCheck.problems(stage.getScene(), where)));
        return found;
    }
}
