package com.scorecardstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.Screenshots;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Moving a session between this laptop and the team's server from the home list, in the real window
 * against a real PostgreSQL: published with its goals while the laptop's file stays open, asked before
 * it replaces the copy already there, and copied back to the laptop from the team workspace.
 */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class PublishSessionUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private javafx.stage.Stage stage;
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Session> table(FxRobot robot) {
        return robot.lookup("#sessionTable").queryAs(TableView.class);
    }

    private List<Session> onServer() throws Exception {
        try (Database db = Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()))) {
            return db.store(TestDatabases.fixedClock()).sessions().list();
        }
    }

    private List<Goal> goalsOnServer(long sessionId) throws Exception {
        try (Database db = Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()))) {
            return db.store(TestDatabases.fixedClock()).goals().list(sessionId);
        }
    }

    private void fillAndPress(FxRobot robot) throws Exception {
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#teamHost"));
        typeOver(robot, "#teamHost", "127.0.0.1");
        typeOver(robot, "#teamPort", String.valueOf(TestPostgres.server().port()));
        typeOver(robot, "#teamDatabase", target.database());
        typeOver(robot, "#teamUser", target.user());
        robot.clickOn("#teamPassword").write(target.password());
        robot.clickOn("#teamConnect");
    }

    /** Selects what a field holds (the remembered workspace, say) and types over it, as a user does. */
    private static void typeOver(FxRobot robot, String field, String text) {
        robot.clickOn(field).push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.A).write(text);
    }

    @Test
    void aLocalSessionIsPublishedWithItsGoalsAskedBeforeReplacingAndCopiedBackFromTheTeamWorkspace() throws Exception {
        String title;
        int goals;
        try (Database db = TestDatabases.open(app.database())) {
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
            title = s.title();
            goals = db.store(TestDatabases.fixedClock()).goals().list(s.id()).size();
        }
        app.launch(robot());
        FxRobot robot = robot();
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable") && !table(robot).getItems().isEmpty());
        assertThat(robot.lookup("#publishSession").queryButton().isDisabled()).as("nothing selected yet").isTrue();
        robot.clickOn(title);
        sessionAction(robot, "#publishSession");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#teamHost"));
        assertThat(AppHarness.shown(robot, "Publish “" + title + "” to your team's PostgreSQL server")).isTrue();
        fillAndPress(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#publishInfo"));
        assertThat(info(robot)).startsWith("“" + title + "” is now on the team workspace");
        assertThat(robot.lookup("#databaseLabel").queryAs(Label.class).getText()).as("this laptop's file stays open")
                .startsWith("Database: ");
        assertThat(onServer()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo(title));
        assertThat(goalsOnServer(onServer().get(0).id())).hasSize(goals);
        robot.interact(() -> Screenshots.save(stage.getScene(), "publish-done-en"));
        robot.clickOn(robot.lookup("#publishInfo .button").queryButton());

        // again: it is there already, so the user is asked; keeping both adds a copy
        robot.clickOn(title);
        sessionAction(robot, "#publishSession");
        fillAndPress(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#conflictKeepBoth"));
        robot.clickOn("#conflictKeepBoth");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#publishInfo"));
        robot.clickOn(robot.lookup("#publishInfo .button").queryButton());
        assertThat(onServer()).hasSize(2);

        // on the team workspace, the copy comes back to this laptop as a second session
        robot.clickOn("#connectTeam");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#teamHost"));
        assertThat(robot.lookup("#teamDatabase").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the workspace published to is remembered").isEqualTo(target.database());
        robot.clickOn("#teamPassword").write(target.password());
        robot.clickOn("#teamConnect");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#databaseLabel") && AppHarness.shown(robot, "#sessionTable")
                && robot.lookup("#databaseLabel").queryAs(Label.class).getText().startsWith("Team workspace: ")
                && table(robot).getItems().size() == 2);
        String copy = table(robot).getItems().stream().map(Session::title).filter(t -> !t.equals(title)).findFirst().orElseThrow();
        robot.clickOn(copy);
        sessionAction(robot, "#copyToFile");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#publishInfo"));
        assertThat(info(robot)).startsWith("“" + copy + "” was copied to the database");
        robot.clickOn(robot.lookup("#publishInfo .button").queryButton());
        robot.clickOn("#backToFile");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#databaseLabel") && AppHarness.shown(robot, "#sessionTable")
                && robot.lookup("#databaseLabel").queryAs(Label.class).getText().startsWith("Database: ")
                && table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(Session::title).contains(title, copy);
    }

    /** A session action of the home list: in the row, or folded into its "more" menu on a narrower window. */
    private static void sessionAction(FxRobot robot, String id) {
        if (robot.lookup(id).query().isVisible()) {
            robot.clickOn(id);
        } else {
            robot.clickOn("#homeMore");
            robot.clickOn(id + "-menu");
        }
    }

    private static String info(FxRobot robot) {
        return robot.lookup("#publishInfo").queryAs(javafx.scene.control.DialogPane.class).getContentText();
    }

    @AfterEach
    void serverUp() throws Exception {
        TestPostgres.server().ensureRunning();
    }

    private FxRobot robot() {
        return new FxRobot();
    }
}
