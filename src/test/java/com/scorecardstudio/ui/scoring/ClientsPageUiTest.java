package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.session.ClientRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.AppContext;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.testing.AppHarness;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Clients page in the real window, headless: a client scored from the keyboard moves on the matrix. */
@ExtendWith(ApplicationExtension.class)
class ClientsPageUiTest {
    @TempDir
    static Path dir;
    private static int run;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    private void launchWithDemo(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        robot.clickOn("#nav-clients");
        waitUntil(() -> shown(robot, "#clientsPage") && page(robot).viewModel().loadedProperty().get());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }


    private static ClientsPage page(FxRobot robot) {
        return robot.lookup("#clientsPage").queryAs(ClientsPage.class);
    }

    private static long clientId(FxRobot robot, String name) {
        return page(robot).viewModel().rows().stream().filter(r -> r.client().name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String cellOfBubble(FxRobot robot, long clientId) {
        return robot.lookup("#bubble-" + clientId).tryQuery().map(b -> b.getParent().getId()).orElse("none");
    }

    @SuppressWarnings("unchecked")
    private static TableCell<ClientRow, ?> scoreCell(FxRobot robot, String clientName, String criterionKey) {
        return robot.lookup(".score-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ClientRow) c.getTableRow().getItem()).client().name().equals(clientName)
                        && ("score-" + criterionKey).equals(c.getTableColumn().getId()))
                .map(c -> (TableCell<ClientRow, ?>) c)
                .findFirst().orElseThrow();
    }

    @Test
    void aClientScoredWithTheKeyboardMovesToAnotherCell(FxRobot robot) throws Exception {
        launchWithDemo(robot);
        long taxi = clientId(robot, "Smart Taxi");
        assertThat(cellOfBubble(robot, taxi)).isEqualTo("cell-low-weak");

        robot.clickOn("#view-clients");
        robot.clickOn("#clientSearch").write("smart");
        waitUntil(() -> page(robot).table().getItems().size() == 1);
        robot.clickOn(scoreCell(robot, "Smart Taxi", "revenue_potential"));
        // five times 5: each digit scores the focused criterion and moves on to the next one
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.DIGIT5);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#result-attractiveness").tryQuery()).isPresent();
        assertThat(scoreCell(robot, "Smart Taxi", "payment_discipline").getText()).isEqualTo("5");
        assertThat(page(robot).viewModel().row(taxi).orElseThrow().placement().attractiveness().rounded())
                .isEqualByComparingTo("5.00");

        robot.clickOn("#view-matrix");
        waitUntil(() -> shown(robot, "#bubble-" + taxi));
        assertThat(cellOfBubble(robot, taxi)).isEqualTo("cell-high-weak");
        assertThat(robot.lookup("#cell-high-weak-stats").queryLabeled().getText()).startsWith("4 clients");

        // Delete clears a score, Ctrl+Z brings it back
        robot.clickOn("#view-clients");
        ClientsPage page = page(robot);
        ClientRow row = page.viewModel().row(taxi).orElseThrow();
        robot.interact(() -> page.table().focusScore(row, page.viewModel().criteria().get(1)));
        waitUntil(() -> robot.lookup(".score-cell").queryAll().stream().anyMatch(Node::isVisible));
        robot.clickOn(scoreCell(robot, "Smart Taxi", "margin"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scoreCell(robot, "Smart Taxi", "margin").getText()).isEqualTo("·");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scoreCell(robot, "Smart Taxi", "margin").getText()).isEqualTo("5");
    }

    @Test
    void clickingABubbleOpensTheClientAndAnEditIsSaved(FxRobot robot) throws Exception {
        launchWithDemo(robot);
        long metro = clientId(robot, "City Metro");
        robot.clickOn("#bubble-" + metro);
        waitUntil(() -> shown(robot, "#clientName"));
        TextField name = robot.lookup("#clientName").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("City Metro");
        robot.doubleClickOn(name).eraseText(20).write("City Metro Authority");
        robot.clickOn("#saveClient");
        waitUntil(() -> page(robot).viewModel().row(metro).orElseThrow().client().name().equals("City Metro Authority"));
        assertThat(cellOfBubble(robot, metro)).isEqualTo("cell-high-weak");
        assertThat(page(robot).viewModel().goalTitle(new com.scorecardstudio.domain.scoring.Cell(
                com.scorecardstudio.domain.scoring.Band.HIGH, com.scorecardstudio.domain.scoring.Band.LOW)).orElseThrow())
                .contains("City Metro Authority");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCellBecomesACustomerGoalThatUndoTakesBack(FxRobot robot) throws Exception {
        launchWithDemo(robot);
        robot.clickOn("#cell-high-weak-goal");
        waitUntil(() -> shown(robot, "#cellActionTitle"));
        String title = robot.lookup("#cellActionTitle").queryTextInputControl().getText();
        assertThat(title).startsWith("Build loyalty with").contains("City Metro");
        robot.clickOn("#cellActionCreate");
        waitUntil(() -> shown(robot, "#goalToast"));

        robot.clickOn("#nav-customer");
        waitUntil(() -> shown(robot, "#goals-service"));
        javafx.scene.control.ListView<com.scorecardstudio.session.GoalItem> service =
                robot.lookup("#goals-service").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> service.getItems().stream().anyMatch(g -> g.titleProperty().get().equals(title)));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> service.getItems().stream().noneMatch(g -> g.titleProperty().get().equals(title)));
    }
}
