package com.scorecardstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.FitCheck;
import com.scorecardstudio.testing.Screenshots;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import com.scorecardstudio.ui.map.MapPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: a partner opens a team workspace with a role that may only read (SELECT, as
 * docs/team-workspace.md grants it), in the real window against a real PostgreSQL. What they notice:
 * one line says why nothing can be changed; a goal's title can be read but typing changes nothing;
 * adding and deleting goals is greyed; a map card cannot be dragged, while zoom and fit still work;
 * the workbook is still exported. The team's own role, on the same workspace, edits as before.
 */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWorkspaceUiTest {
    private static final String GOAL = "Bring the cost of an outpatient visit down";
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private javafx.stage.Stage stage;
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();
    private String reader;
    private Path deck;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
        deck = dir.resolve("deck-" + run + ".pptx");
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    /** The demo session on the server, and a role that may only read it. */
    private void workspaceWithAReader() throws Exception {
        try (Database db = Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()))) {
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 2));
            db.store(TestDatabases.fixedClock()).sessions().update(s.withTitle("Shared engagement"));
        }
        reader = target.database() + "_reader";
        target.reader(reader);
    }

    /** Starts the app in {@code language} at 1280×720, connects as {@code user} and opens the shared session. */
    private void openAs(FxRobot robot, Language language, String user, String password) throws Exception {
        openAs(robot, language, user, password, () -> { });
    }

    private void openAs(FxRobot robot, Language language, String user, String password, Runnable atHome) throws Exception {
        app.answerFileDialogsWith(() -> deck);
        app.launch(robot, settings -> {
            settings.setLanguage(language);
            return new com.scorecardstudio.AppContext(new com.scorecardstudio.config.AppPaths(app.home()), app.database(), settings,
                    java.time.Clock.systemDefaultZone());
        });
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        ConnectForm.fill(robot, TestPostgres.server().port(), target.database(), user, password);
        robot.clickOn("#teamConnect");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "Shared engagement"));
        atHome.run();
        robot.doubleClickOn("Shared engagement");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, GOAL));
        robot.clickOn(GOAL);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#goalTitle"));
    }

    private static TextField titleField(FxRobot robot) {
        return robot.lookup("#goalTitle").queryAs(TextField.class);
    }

    private static TextField addGoalField(FxRobot robot) {
        return (TextField) robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("addGoal-")
                && n.isVisible()).query();
    }

    @Test
    void aReaderSeesWhyNothingCanBeChangedCannotTypeOrDragAndStillExports(FxRobot robot) throws Exception {
        workspaceWithAReader();
        openAs(robot, Language.EN, reader, "reader-secret", () -> {
            // the list: sessions are opened and found; nothing that adds, changes or deletes one is offered
            assertThat(AppHarness.shown(robot, "#openSession")).isTrue();
            assertThat(AppHarness.shown(robot, "#newSession")).isFalse();
            assertThat(AppHarness.shown(robot, "#deleteSession")).isFalse();
            assertThat(AppHarness.shown(robot, "#editSession")).isFalse();
            assertThat(robot.lookup("#importSessionFile").queryButton().isDisabled()).isTrue();
            assertThat(robot.lookup("#exportSessionFile").tryQuery().isPresent()).as("a session file is exported too").isTrue();
        });

        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).endsWith("(read-only)");
        Label banner = robot.lookup("#readOnlyBanner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("Read-only: your role on this workspace may not change sessions");

        // the title is there to read and to select, not greyed, and typing into it changes nothing
        TextField title = titleField(robot);
        assertThat(title.getText()).isEqualTo(GOAL);
        assertThat(title.isDisabled()).as("readable, not greyed").isFalse();
        assertThat(title.isEditable()).isFalse();
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END).write(" and more");
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(title.getText()).isEqualTo(GOAL);
        robot.interact(title::selectAll);
        assertThat(title.getSelectedText()).as("selectable, to copy").isEqualTo(GOAL);
        assertThat(robot.lookup("#goalOwner").queryAs(TextField.class).isEditable()).isFalse();

        // adding, deleting and undoing: greyed, and the keys do nothing either
        assertThat(addGoalField(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteGoal").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#addIndicator").queryButton().isDisabled()).isTrue();
        assertThat(AppHarness.shown(robot, "#sessionDetails")).as("the details are a change too").isFalse();
        assertThat(robot.lookup("#parkingLot").queryButton().isDisabled()).as("the parking lot opens to read").isFalse();
        // the plan of the day opens to read: minutes shown, none changed, no break started
        assertThat(robot.lookup("#agendaChip").queryButton().isDisabled()).isFalse();
        robot.clickOn("#agendaChip");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#agendaEditor"));
        assertThat(robot.lookup("#agendaBreakToggle").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#agendaStage-financial").queryAs(javafx.scene.control.Spinner.class).getEditor().isEditable()).isFalse();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                .ifPresent(w -> Screenshots.save(w.getScene(), "read-only-agenda-en")));
        robot.type(KeyCode.ESCAPE);
        AppHarness.waitUntil(() -> !AppHarness.shown(robot, "#agendaEditor"));
        robot.clickOn(GOAL).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(AppHarness.shown(robot, GOAL)).as("Delete on the list deletes nothing").isTrue();
        assertThat(titleOnServer()).isEqualTo(GOAL);

        robot.interact(() -> Screenshots.save(stage.getScene(), "read-only-stage-en"));
        List<String> problems = new java.util.ArrayList<>();
        robot.interact(() -> problems.addAll(FitCheck.problems(stage.getScene(), "read-only stage 1280x720 en")));
        assertThat(problems).isEmpty();
        // further down the goal: indicators' dates, units and measured values, readable, not greyed
        robot.interact(() -> robot.lookup("#goalEditor").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0.45));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#baseline0Date").query().getStyleClass()).contains(com.scorecardstudio.ui.common.EditLock.LOCKED_VALUE);
        robot.interact(() -> Screenshots.save(stage.getScene(), "read-only-indicators-en"));
        // the customer stage: its checklist and assessment shown as chosen
        robot.clickOn("#nav-customer");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(stage.getScene(), "read-only-customer-en"));

        // the clients: found and looked through, not added, imported or scored
        robot.clickOn("#nav-clients");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#clientsPage"));
        assertThat(robot.lookup("#addClient").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#importClients").queryButton().isDisabled()).isTrue();
        robot.clickOn("#view-clients");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#clientSearch"));
        assertThat(robot.lookup("#clientSearch").queryAs(TextField.class).isEditable()).as("finding changes nothing").isTrue();
        robot.interact(() -> Screenshots.save(stage.getScene(), "read-only-clients-en"));
        // a client's details and scores open to read: nothing to type into, Close only
        robot.doubleClickOn((Node) robot.lookup("#clientsPage .table-row-cell").query(), MouseButton.PRIMARY);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#closeClient"));
        assertThat(robot.lookup("#clientName").queryAs(TextField.class).getText()).isNotBlank();
        assertThat(robot.lookup("#clientName").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#clientNotes").queryAs(javafx.scene.control.TextArea.class).isEditable()).isFalse();
        assertThat(AppHarness.shown(robot, "#saveClient")).isFalse();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                .ifPresent(w -> Screenshots.save(w.getScene(), "read-only-client-details-en")));
        robot.clickOn("#closeClient");
        AppHarness.waitUntil(() -> !AppHarness.shown(robot, "#closeClient"));

        // the check-in: every period can be looked at and the owners' workbook exported, nothing typed
        robot.clickOn("#nav-checkin");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#checkinPage"));
        assertThat(robot.lookup("#checkinSchedule").queryButton().isDisabled()).as("setting the periods is a change").isTrue();
        assertThat(robot.lookup("#checkinCadence").query().getStyleClass()).as("shown in full, not changed")
                .contains(com.scorecardstudio.ui.common.EditLock.LOCKED_VALUE);
        assertThat(robot.lookup("#checkinImportBook").queryButton().isDisabled()).isTrue();
        robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("actual-")).queryAll()
                .forEach(n -> assertThat(((TextField) n).isEditable()).as(n.getId()).isFalse());
        robot.interact(() -> Screenshots.save(stage.getScene(), "read-only-checkin-en"));
        assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList())
                .as("no error told on the way: nothing was written").isEmpty();

        // the map: a card stays where it is when dragged; looking around still works
        robot.clickOn("#nav-map");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#mapPage") && map(robot).viewModel().loadedProperty().get()
                && robot.lookup("#mapPage .map-card").queryAll().size() == 17);
        assertThat(robot.lookup("#mapAddGoal").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#mapArrange").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#mapFit").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#mapImage").queryButton().isDisabled()).isFalse();
        Node card = robot.lookup("#mapPage .map-card").query();
        assertThat(card.lookup(".map-card-handle").isVisible()).as("no handle to draw a link from").isFalse();
        Point2D before = new Point2D(card.getLayoutX(), card.getLayoutY());
        Bounds b = card.localToScreen(card.getBoundsInLocal());
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY())).press(MouseButton.PRIMARY)
                .moveBy(80, 0).moveBy(80, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new Point2D(card.getLayoutX(), card.getLayoutY())).isEqualTo(before);
        robot.clickOn("#mapFit");
        robot.interact(() -> Screenshots.save(stage.getScene(), "read-only-map-en"));

        // the deck: a file, not the database, so a reader exports it from the (unlocked) export page
        robot.clickOn("#nav-export");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#exportDeck"));
        assertThat(robot.lookup("#exportDeck").queryButton().isDisabled()).isFalse();
        robot.clickOn("#exportDeck");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#deckOpen"));
        assertThat(Files.size(deck)).isPositive();
        assertThat(titleOnServer()).isEqualTo(GOAL);
    }

    @Test
    void inRussianTheReasonFitsTheWindowAboveTheLockedStage(FxRobot robot) throws Exception {
        workspaceWithAReader();
        openAs(robot, Language.RU, reader, "reader-secret");
        Label banner = robot.lookup("#readOnlyBanner").queryAs(Label.class);
        assertThat(banner.getText()).startsWith("Только чтение:");
        assertThat(titleField(robot).isEditable()).isFalse();
        robot.interact(() -> Screenshots.save(stage.getScene(), "read-only-stage-ru"));
        List<String> problems = new java.util.ArrayList<>();
        robot.interact(() -> problems.addAll(FitCheck.problems(stage.getScene(), "read-only stage 1280x720 ru")));
        assertThat(problems).isEmpty();
        // the whole reason shows: wrapped, never cut with "…"
        robot.interact(() -> assertThat(banner.getHeight()).isGreaterThanOrEqualTo(banner.prefHeight(banner.getWidth()) - 0.5));
    }

    @Test
    void theTeamsOwnRoleEditsTheSamePagesAsBefore(FxRobot robot) throws Exception {
        workspaceWithAReader();
        openAs(robot, Language.EN, target.user(), target.password(), () -> {
            assertThat(AppHarness.shown(robot, "#newSession")).isTrue();
            assertThat(AppHarness.shown(robot, "#deleteSession")).isTrue();
            assertThat(robot.lookup("#importSessionFile").queryButton().isDisabled()).isFalse();
        });
        assertThat(AppHarness.shown(robot, "#readOnlyBanner")).isFalse();
        TextField title = titleField(robot);
        assertThat(title.isEditable()).isTrue();
        assertThat(addGoalField(robot).isDisabled()).isFalse();
        assertThat(robot.lookup("#deleteGoal").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#addIndicator").queryButton().isDisabled()).isFalse();
        assertThat(AppHarness.shown(robot, "#sessionDetails")).isTrue();
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END).write(" now");
        assertThat(title.getText()).isEqualTo(GOAL + " now");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> titleOnServer().equals(GOAL + " now"));
        robot.clickOn("#nav-map");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#mapPage") && map(robot).viewModel().loadedProperty().get());
        assertThat(robot.lookup("#mapAddGoal").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#mapArrange").queryButton().isDisabled()).isFalse();

        // the session's details: the partner renames the session while the dialog is open here; the
        // header follows at once, and a different title typed here is not written over theirs: both
        // are shown, and the user keeps one
        robot.clickOn("#sessionDetails");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#titleField"));
        TextField details = robot.lookup("#titleField").queryAs(TextField.class);
        assertThat(details.getText()).isEqualTo("Shared engagement");
        try (var c = target.connect(); var st = c.createStatement()) {
            st.execute("UPDATE session SET title = 'Renamed by the partner', changed_by = 'partner', row_version = row_version + 1");
        }
        AppHarness.waitUntil(() -> robot.lookup("#sessionTitle").queryAs(Label.class).getText().equals("Renamed by the partner"));
        robot.interact(() -> details.setText("Shared engagement, day 2"));
        robot.clickOn("#saveSession");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#conflictNotice"));
        assertThat(AppHarness.shown(robot, "Renamed by the partner")).isTrue();
        assertThat(AppHarness.shown(robot, "Shared engagement, day 2")).isTrue();
        robot.interact(() -> Screenshots.save(stage.getScene(), "conflict-session-en"));
        robot.clickOn("#keepMine");
        AppHarness.waitUntil(() -> !AppHarness.shown(robot, "#conflictNotice"));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> sessionTitleOnServer().equals("Shared engagement, day 2"));
        AppHarness.waitUntil(() -> robot.lookup("#sessionTitle").queryAs(Label.class).getText().equals("Shared engagement, day 2"));
    }

    private String sessionTitleOnServer() throws Exception {
        try (var c = target.connect(); var rs = c.createStatement().executeQuery("SELECT title FROM session")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static MapPage map(FxRobot robot) {
        return robot.lookup("#mapPage").queryAs(MapPage.class);
    }

    private String titleOnServer() throws Exception {
        try (var c = target.connect(); var rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM goal WHERE title = '" + GOAL + "'")) {
            rs.next();
            return rs.getInt(1) == 1 ? GOAL : titleChanged(c);
        }
    }

    private static String titleChanged(java.sql.Connection c) throws Exception {
        try (var rs = c.createStatement().executeQuery("SELECT title FROM goal WHERE title LIKE 'Bring the cost%'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
