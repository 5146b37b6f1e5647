package com.scorecardstudio.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.FitCheck;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.ui.scoring.ClientsPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app at the sizes of a laptop, a common office screen, a projector and an old projector
 * (1024 × 768, where the navigation folds to icons), in each language:
 * the home screen and every page of the demo session (the four stages, the map, the clients' three
 * views, the check-in, the export). Nothing the user can click lies outside the window, and the
 * navigation, the header, the buttons and the page titles show their whole text.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.Tag("slow")
class FitsEveryScreenUiTest {
    private static final int[][] SIZES = {{1280, 720}, {1366, 768}, {1920, 1080}, {1024, 768}};

    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
        resize(robot, 1280, 800); // the window is shared with the tests after this one: its usual size
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageFitsEverySize(Language language, FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            Demo.create(db.store(TestDatabases.fixedClock()), language, LocalDate.of(2026, 11, 22));
        }
        app.launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable"));
        robot.interact(() -> robot.lookup("#languageChoice").queryAs(ComboBox.class).setValue(language));
        @SuppressWarnings("unchecked")
        TableView<com.scorecardstudio.domain.Session> table = robot.lookup("#sessionTable").queryAs(TableView.class);
        AppHarness.waitUntil(() -> !table.getItems().isEmpty());

        List<String> problems = new ArrayList<>();
        for (int[] size : SIZES) {
            resize(robot, size[0], size[1]);
            problems.addAll(check(robot, language + " " + size[0] + "x" + size[1] + " home"));
        }

        robot.interact(() -> {
            robot.lookup("#sessionTable").queryAs(TableView.class).getSelectionModel().select(0);
            robot.lookup("#openSession").queryAs(ButtonBase.class).fire();
        });
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#workspaceView"));
        for (int[] size : SIZES) {
            resize(robot, size[0], size[1]);
            for (WorkspaceSection section : WorkspaceSection.values()) {
                String where = language + " " + size[0] + "x" + size[1] + " " + section;
                robot.interact(() -> workspace(robot).show(section));
                WaitForAsyncUtils.waitForFxEvents();
                if (section == WorkspaceSection.CLIENTS) {
                    for (ClientsPage.View view : ClientsPage.View.values()) {
                        robot.interact(() -> robot.lookup("#clientsPage").queryAs(ClientsPage.class).show(view));
                        problems.addAll(check(robot, where + "/" + view));
                    }
                } else {
                    problems.addAll(check(robot, where));
                }
                if (section.stage().isPresent() && size == SIZES[0]) {
                    // and on the narrowest screen with a goal open in the editor beside the areas
                    robot.interact(() -> firstGoalList(robot).getSelectionModel().select(0));
                    problems.addAll(check(robot, where + "/goal"));
                    robot.interact(() -> firstGoalList(robot).getSelectionModel().clearSelection());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static javafx.scene.control.ListView<?> firstGoalList(FxRobot robot) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("goals-") && n.isVisible())
                .queryAs(javafx.scene.control.ListView.class);
    }

    private static WorkspaceView workspace(FxRobot robot) {
        return robot.lookup("#workspaceView").queryAs(WorkspaceView.class);
    }

    private List<String> check(FxRobot robot, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            found.addAll(FitCheck.problems(stage.getScene(), where));
            // -Dscorecard.screenshots=docs/screenshots: the docs' pictures of every page, at the sizes
            // of the docs (the sweep's others are checked, not pictured)
            if (where.contains("1280x720") || where.contains("1920x1080")) {
                com.scorecardstudio.testing.Screenshots.save(stage.getScene(), where.toLowerCase(java.util.Locale.ROOT));
            }
        });
        return found;
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
