package com.scorecardstudio.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.FitCheck;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs in Russian (the longest texts): each opens at a size that shows its content, within
 * the screen, styled like the app, with every button's whole label; the backups speak Russian.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFitUiTest {
    @TempDir
    static Path dir;
    private AppHarness app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
    void dialogsShowTheirContentWithinTheScreenStyledAsTheApp(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            Demo.create(db.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22));
        }
        app.launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable"));
        robot.interact(() -> robot.lookup("#languageChoice").queryAs(ComboBox.class).setValue(Language.RU));
        TableView<?> sessions = robot.lookup("#sessionTable").queryAs(TableView.class);
        AppHarness.waitUntil(() -> !sessions.getItems().isEmpty());
        List<String> problems = new ArrayList<>();

        // backups: the Russian words for Close and for the sizes
        fire(robot, "#showBackups");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#backupsDialog"));
        DialogPane backups = robot.lookup("#backupsDialog").queryAs(DialogPane.class);
        assertThat(backups.getButtonTypes()).extracting(t -> t.getText()).containsExactly("Закрыть");
        TableView<?> table = robot.lookup("#backupsTable").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        Object size = ((TableColumn<?, ?>) table.getColumns().get(1)).getCellObservableValue(0).getValue();
        assertThat(String.valueOf(size)).matches("[\\d\\u00A0 ,]+ (КБ|МБ)");
        problems.addAll(checkDialog(robot, backups, "backups"));
        closeDialog(robot, backups);

        // a confirmation: the theme's line icon, not the stock picture
        robot.interact(() -> sessions.getSelectionModel().select(0));
        fire(robot, "#deleteSession");
        AppHarness.waitUntil(() -> robot.lookup("#confirmDelete").tryQuery().isPresent());
        DialogPane confirm = (DialogPane) robot.lookup("#confirmDelete").query().getParent().getParent().getParent();
        assertThat(confirm.getStyleClass()).contains("app-dialog");
        assertThat(confirm.getGraphic()).isInstanceOf(FontIcon.class);
        problems.addAll(checkDialog(robot, confirm, "delete confirmation"));
        closeDialog(robot, confirm);

        robot.interact(() -> robot.lookup("#openSession").queryAs(ButtonBase.class).fire());
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#workspaceView"));

        // the summary opens at its reading size although its text arrives after it opens
        fire(robot, "#sessionSummary");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#summaryText"));
        DialogPane summary = robot.lookup("#summaryDialog").queryAs(DialogPane.class);
        Window summaryWindow = summary.getScene().getWindow();
        assertThat(summaryWindow.getWidth()).isGreaterThanOrEqualTo(700);
        assertThat(summaryWindow.getHeight()).isGreaterThanOrEqualTo(500);
        problems.addAll(checkDialog(robot, summary, "summary"));
        closeDialog(robot, summary);

        // the session's details, participants and their roles included
        fire(robot, "#sessionDetails");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#titleField"));
        DialogPane details = (DialogPane) robot.lookup("#titleField").query().getScene().getRoot();
        assertThat(details.getScene().getWindow().getWidth()).isGreaterThanOrEqualTo(780);
        problems.addAll(checkDialog(robot, details, "session details"));
        closeDialog(robot, details);

        assertThat(problems).isEmpty();
    }

    /** What is wrong with an open dialog: outside the screen, or something cut or outside its window. */
    private static List<String> checkDialog(FxRobot robot, DialogPane pane, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            Window w = pane.getScene().getWindow();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            if (w.getX() < screen.getMinX() - 1 || w.getY() < screen.getMinY() - 1
                    || w.getX() + w.getWidth() > screen.getMaxX() + 1 || w.getY() + w.getHeight() > screen.getMaxY() + 1) {
                found.add(name + ": the window (" + w.getX() + "," + w.getY() + " " + w.getWidth() + "×" + w.getHeight()
                        + ") is not within the screen " + screen);
            }
            for (var type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof Button b && FitCheck.cutShort(b)) {
                    found.add(name + ": the button \"" + b.getText() + "\" is cut");
                }
            }
            found.addAll(FitCheck.problems(pane.getScene(), name));
        });
        return found;
    }

    /** Fires a button that may open a dialog and wait for it (so not waiting for the action to end). */
    private static void fire(FxRobot robot, String query) {
        ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
        javafx.application.Platform.runLater(button::fire);
    }

    /** Closes a dialog with its Cancel or Close button, as a user would. */
    private static void closeDialog(FxRobot robot, DialogPane pane) throws Exception {
        Window window = pane.getScene().getWindow();
        var cancel = pane.getButtonTypes().stream().filter(t -> t.getButtonData().isCancelButton()).findFirst().orElseThrow();
        javafx.application.Platform.runLater(() -> ((Button) pane.lookupButton(cancel)).fire());
        AppHarness.waitUntil(() -> !window.isShowing());
    }
}
