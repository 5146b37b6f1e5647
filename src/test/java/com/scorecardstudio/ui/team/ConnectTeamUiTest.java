package com.scorecardstudio.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Connect to a team workspace…" in the real window against a real PostgreSQL: a wrong password is
 * said in the dialog with the fields kept, the right one shows the server's sessions and names the
 * workspace in the status bar (no backups button: the server has its own), and the way back leads to the
 * laptop's own file.
 */
@Tag("postgres")
@ExtendWith(ApplicationExtension.class)
class ConnectTeamUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#databaseLabel").queryAs(Label.class).getText();
    }

    @Test
    void aConsultantConnectsWithAWrongThenTheRightPasswordTypesThroughAServerOutageAndGoesBack() throws Exception {
        Session onServer;
        try (Database db = Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()))) {
            onServer = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 2));
            db.store(TestDatabases.fixedClock()).sessions().update(onServer.withTitle("Shared engagement"));
        }
        app.launch(robot());
        FxRobot robot = robot();
        ConnectForm.fill(robot, TestPostgres.server().port(), target.database(), target.user(), "wrong password");
        robot.clickOn("#teamConnect");
        AppHarness.waitUntil(() -> robot.lookup("#teamProblem").queryAs(Label.class).getText().contains("refused"));
        assertThat(robot.lookup("#teamProblem").queryAs(Label.class).getText())
                .contains("refused the user name or password").doesNotContain("wrong password");
        assertThat(robot.lookup("#teamHost").queryAs(TextField.class).getText()).as("what was typed stays").isEqualTo("127.0.0.1");

        robot.doubleClickOn("#teamPassword").eraseText(20).write(target.password());
        robot.clickOn("#teamConnect");
        AppHarness.waitUntil(() -> status(robot).startsWith("Team workspace: "));
        assertThat(status(robot)).contains(target.user() + "@127.0.0.1:" + TestPostgres.server().port() + "/" + target.database());
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "Shared engagement"));
        assertThat(AppHarness.shown(robot, "#showBackups")).as("a server is backed up by its administrator").isFalse();

        // the server goes away while the consultant types: a banner, no error, and the text arrives once it is back
        robot.doubleClickOn("Shared engagement");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "Bring the cost of an outpatient visit down"));
        robot.clickOn("Bring the cost of an outpatient visit down");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#goalOwner"));
        TestPostgres.server().stopNow();
        robot.clickOn("#goalOwner").eraseText(40).write("Olga Petrova");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#offlineBanner"));
        assertThat(robot.lookup("#offlineBanner").queryAs(Label.class).getText()).contains("does not answer");
        TestPostgres.server().startAgain();
        AppHarness.waitUntil(() -> !AppHarness.shown(robot, "#offlineBanner"));
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> ownerOnServer().equals("Olga Petrova"));
        robot.clickOn("#backToSessions");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#backToFile"));

        robot.clickOn("#backToFile");
        AppHarness.waitUntil(() -> status(robot).startsWith("Database: "));
        assertThat(AppHarness.shown(robot, "Shared engagement")).isFalse();
    }

    private String ownerOnServer() throws Exception {
        try (var c = target.connect(); var rs = c.createStatement().executeQuery(
                "SELECT owner FROM goal WHERE title = 'Bring the cost of an outpatient visit down'")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    @AfterEach
    void serverUp() throws Exception {
        TestPostgres.server().ensureRunning();
    }

    private FxRobot robot() {
        return new FxRobot();
    }
}
