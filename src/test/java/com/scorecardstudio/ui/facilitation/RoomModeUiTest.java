package com.scorecardstudio.ui.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Settings;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.ui.stage.StagePage;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Room mode and the session's keys in the real app on the demo session (its own H2 file). */
@ExtendWith(ApplicationExtension.class)
class RoomModeUiTest {
    @TempDir
    Path home;
    private AppHarness app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, home);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != app.stage()).toList()
                .forEach(w -> ((javafx.stage.Stage) w).close()));
        app.shutdown(robot);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.stage.Stage roomWindow() {
        return app.roomWindow();
    }

    private String shortcutsShown(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#shortcutsDialog"));
        assertThat(robot.lookup("#shortcutsPage").queryAs(Label.class).getText()).startsWith("On this page: ");
        StringBuilder text = new StringBuilder();
        robot.lookup(".shortcutsPage").queryAllAs(Label.class).forEach(l -> text.append(l.getText()).append('\n'));
        robot.lookup(".shortcutsGeneral").queryAllAs(Label.class).forEach(l -> text.append(l.getText()).append('\n'));
        // the dialog lies within the screen
        javafx.stage.Window dialog = robot.lookup("#shortcutsDialog").query().getScene().getWindow();
        assertThat(dialog.getY()).isGreaterThanOrEqualTo(javafx.stage.Screen.getPrimary().getVisualBounds().getMinY());
        robot.interact(() -> robot.lookup("#shortcutsDialog").query().getScene().getWindow().hide());
        return text.toString();
    }

    @Test
    void f5OpensTheRoomViewFullScreenWithTheStageGoalsAndEscReturns(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-financial"));
        long start = System.nanoTime();
        robot.type(KeyCode.F5);
        AppHarness.waitUntil(() -> roomWindow() != null);
        javafx.stage.Stage room = roomWindow();
        assertThat(room.isFullScreen()).isTrue();
        assertThat(((Label) room.getScene().lookup("#presenterStage")).getText()).isEqualTo("Financial stage");
        Label first = (Label) room.getScene().lookup("#presenterGoal-0");
        assertThat(first.getText()).isNotBlank();
        assertThat(first.getFont().getSize()).isGreaterThanOrEqualTo(28);
        assertThat(((Label) room.getScene().lookup("#roomParking")).getText()).startsWith("Parking lot: ");
        assertThat(room.getScene().lookup("#roomTimerDisplay")).isNotNull();
        // how to leave, said in the room view itself for a few seconds
        Label hint = (Label) room.getScene().lookup("#roomExitHint");
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith("Esc returns").contains("B blanks the screen");
        System.out.printf("room view opened in %d ms (with the test robot)%n", (System.nanoTime() - start) / 1_000_000);

        robot.type(KeyCode.B);
        assertThat(room.getScene().lookup("#roomBlank").isVisible()).isTrue();
        robot.type(KeyCode.B);
        assertThat(room.getScene().lookup("#roomBlank").isVisible()).isFalse();
        // on two screens the keyboard stays with the laptop's window: B and Esc work from there too,
        // but never while a text field has the keys (a "b" typed into a title is a letter)
        javafx.stage.Window laptop = robot.lookup("#stage-financial").query().getScene().getWindow();
        Node nav = robot.lookup("#stage-financial").query();
        robot.interact(() -> {
            laptop.requestFocus();
            nav.requestFocus();
        });
        AppHarness.waitUntil(() -> laptop.isFocused() && nav.isFocused());
        robot.type(KeyCode.B);
        assertThat(room.getScene().lookup("#roomBlank").isVisible()).as("B on the laptop blanks the room").isTrue();
        robot.type(KeyCode.B);
        assertThat(room.getScene().lookup("#roomBlank").isVisible()).isFalse();
        javafx.scene.control.TextInputControl field = robot.lookup(".text-field").queryAllAs(javafx.scene.control.TextInputControl.class)
                .stream().filter(Node::isVisible).filter(f -> f.isEditable()).findFirst().orElseThrow();
        robot.interact(field::requestFocus);
        robot.type(KeyCode.B);
        assertThat(room.getScene().lookup("#roomBlank").isVisible()).as("typing, not blanking").isFalse();
        javafx.stage.Stage roomNow = room;
        robot.interact(roomNow::requestFocus);
        AppHarness.waitUntil(roomNow::isFocused);
        // the room's text size: Ctrl+plus there, remembered in the app's settings
        double size = first.getFont().getSize();
        ctrl(robot, KeyCode.EQUALS);
        assertThat(((Label) room.getScene().lookup("#presenterGoal-0")).getFont().getSize()).isGreaterThan(size);
        robot.type(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> roomWindow() == null);
        AppHarness.waitUntil(() -> Settings.load(home.resolve("settings.properties")).roomTextSize().orElse(0.0) == 22.0);

        // on the map page the room sees the map, fitted, without editing marks
        ctrl(robot, KeyCode.DIGIT5);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#mapCanvas"));
        robot.type(KeyCode.F5);
        AppHarness.waitUntil(() -> roomWindow() != null);
        room = roomWindow();
        Node map = room.getScene().lookup("#mapCanvas");
        assertThat(map).isNotNull();
        assertThat(map.getStyleClass()).contains("room-map");
        assertThat(((Label) room.getScene().lookup("#presenterStage")).getText()).isEqualTo("Strategy map");
        javafx.stage.Stage shown = room;
        AppHarness.waitUntil(() -> !shown.getScene().getRoot().lookupAll(".map-card").isEmpty());
        assertThat(shown.getScene().getRoot().lookupAll(".map-card-handle")).allMatch(h -> !h.isVisible());
        assertThat(shown.getScene().getRoot().lookupAll(".map-card-warning")).allMatch(h -> !h.isVisible());
        // fitted: the map's drawing fills the room's width or height, not a corner of it
        javafx.geometry.Bounds cards = cardsBounds(shown);
        assertThat(cards.getWidth() / map.getBoundsInLocal().getWidth() > 0.6
                || cards.getHeight() / map.getBoundsInLocal().getHeight() > 0.6).as("fitted: %s in %s", cards, map.getBoundsInLocal()).isTrue();
        robot.type(KeyCode.F5);
        AppHarness.waitUntil(() -> roomWindow() == null);
    }

    /** The union of the map cards' bounds in the scene. */
    private static javafx.geometry.Bounds cardsBounds(javafx.stage.Stage room) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Node n : room.getScene().getRoot().lookupAll(".map-card")) {
            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Test
    void ctrl5And6ReachTheMapAndTheClientsAndF1ListsEachPagesOwnShortcuts(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-financial"));
        String onStage = shortcutsShown(robot);
        assertThat(onStage).contains("Alt+↑ / Alt+↓", "Ctrl+5", "the strategy map", "Ctrl+6", "F5");

        ctrl(robot, KeyCode.DIGIT5);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#mapCanvas"));
        String onMap = shortcutsShown(robot);
        assertThat(onMap).contains("Ctrl+0", "fit the map to the window", "Ctrl+L", "link the goals");

        ctrl(robot, KeyCode.DIGIT6);
        AppHarness.waitUntil(() -> robot.lookup("#nav-clients").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        String onClients = shortcutsShown(robot);
        assertThat(onClients).contains("Ctrl+N", "add a client", "1…5 in a score cell").doesNotContain("Ctrl+0");

        ctrl(robot, KeyCode.DIGIT2);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-internal_processes"));
    }

    @Test
    void theHintsChipSelectsTheGoalsWithHintsOneAfterAnother(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-financial"));
        // the first stage whose goals have hints (the demo has some), reached with Ctrl+1…4
        String[] stages = {"financial", "internal_processes", "customer", "learning_growth"};
        String id = null;
        for (int i = 0; i < stages.length && id == null; i++) {
            ctrl(robot, KeyCode.getKeyCode(String.valueOf(i + 1)));
            String candidate = "#stage-" + stages[i];
            AppHarness.waitUntil(() -> AppHarness.shown(robot, candidate));
            if (AppHarness.shown(robot, candidate + " #stageHints")) {
                id = candidate;
            }
        }
        assertThat(id).as("a stage of the demo with hints").isNotNull();
        StagePage page = robot.lookup(id).queryAs(StagePage.class);
        var goals = com.scorecardstudio.ui.facilitation.RoomModeUiTest.goalsModel(page);
        com.scorecardstudio.domain.Stage stage = com.scorecardstudio.domain.Stage.valueOf(id.substring(7).toUpperCase(java.util.Locale.ROOT));
        robot.interact(() -> page.selectedProperty().set(null));
        assertThat(page.selectedProperty().get()).isNull();
        robot.clickOn(id + " #stageHints");
        GoalItem first = page.selectedProperty().get();
        assertThat(first).isNotNull();
        assertThat(goals.hintsOf(first)).isNotEmpty();
        long withHints = goals.goals().stream().filter(g -> g.stageProperty().get() == stage
                && !goals.hintsOf(g).isEmpty()).count();
        robot.clickOn(id + " #stageHints");
        GoalItem second = page.selectedProperty().get();
        assertThat(goals.hintsOf(second)).isNotEmpty();
        if (withHints > 1) {
            assertThat(second).isNotSameAs(first);
        }
        // the goal's editor is open on it
        assertThat(robot.lookup(".goal-title-field").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(second.titleProperty().get());

        // the navigation's ⚠ count of another stage leads there, to a goal with a hint
        robot.clickOn("#nav-map");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#mapPage"));
        String badge = "#badge-" + stage.name().toLowerCase(java.util.Locale.ROOT);
        assertThat(robot.lookup(badge).queryAs(Label.class).getText()).contains("⚠");
        robot.clickOn(badge);
        String pageId = id;
        AppHarness.waitUntil(() -> AppHarness.shown(robot, pageId));
        assertThat(page.selectedProperty().get()).isNotNull();
        assertThat(goals.hintsOf(page.selectedProperty().get())).isNotEmpty();
    }

    @Test
    void ctrlPlusAndMinusSetTheAppsTextSizeAndItIsRemembered(FxRobot robot) throws Exception {
        app.launchOnDemo(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#stage-financial"));
        Label title = robot.lookup("#sessionTitle").queryAs(Label.class);
        double before = robot.lookup("#backToSessions").queryAs(javafx.scene.control.Button.class).getFont().getSize();
        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        double after = robot.lookup("#backToSessions").queryAs(javafx.scene.control.Button.class).getFont().getSize();
        assertThat(after).isEqualTo(before + 2);
        assertThat(title).isNotNull();
        app.restart(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable"));
        assertThat(Settings.load(home.resolve("settings.properties")).textSize()).contains(16.0);
        // remembered: the next start shows the larger text at once
        AppHarness.waitUntil(() -> robot.lookup(".app-name").tryQuery().isPresent());
        assertThat(app.stage().getScene().getRoot().getStyle()).contains("-fx-font-size: 16px");
        ctrl(robot, KeyCode.MINUS);
        assertThat(app.stage().getScene().getRoot().getStyle()).contains("-fx-font-size: 15px");
    }

    /** The stage page's goals model, reached through its editor's field for the test's checks. */
    static com.scorecardstudio.session.GoalsModel goalsModel(StagePage page) {
        try {
            var f = StagePage.class.getDeclaredField("vm");
            f.setAccessible(true);
            return (com.scorecardstudio.session.GoalsModel) f.get(page);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
