package com.scorecardstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.sessionfile.SessionFiles;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Import a .scorecard file on the home screen; the backups dialog lists the backups. */
@ExtendWith(ApplicationExtension.class)
class SessionFileUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private Path chosen;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
        app.answerFileDialogsWith(() -> chosen);
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Session> table(FxRobot robot) {
        return (TableView<Session>) robot.lookup("#sessionTable").queryAs(TableView.class);
    }

    @Test
    void anImportedFileBecomesASessionAndASecondImportAsksReplaceOrKeepBoth(FxRobot robot) throws Exception {
        Path other = dir.resolve("other-" + run);
        Files.createDirectories(other);
        chosen = other.resolve("from-a-colleague.scorecard");
        try (Database db = TestDatabases.open(other.resolve("colleague.mv.db"))) {
            long id = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
            new SessionFiles(db.store(TestDatabases.fixedClock())).export(id, chosen);
        }
        app.launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#importSessionFile"));

        robot.clickOn("#importSessionFile");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionFileInfo"));
        robot.clickOn(robot.lookup("#sessionFileInfo .button").queryButton());
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("Strategy session 2027");

        robot.clickOn("#importSessionFile");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#conflictKeepBoth"));
        robot.clickOn("#conflictKeepBoth");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionFileInfo"));
        robot.clickOn(robot.lookup("#sessionFileInfo .button").queryButton());
        AppHarness.waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(Session::title)
                .containsExactlyInAnyOrder("Strategy session 2027", "Strategy session 2027 (imported)");

        // a broken file is refused in words and nothing changes
        chosen = Files.writeString(other.resolve("broken.scorecard"), "PK truncated");
        robot.clickOn("#importSessionFile");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionFileError"));
        assertThat(robot.lookup("#sessionFileError .content").queryLabeled().getText()).contains("damaged");
        robot.clickOn(robot.lookup("#sessionFileError .button").queryButton());
        assertThat(table(robot).getItems()).hasSize(2);

        // the restart backs the database up; the dialog lists it
        app.restart(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#showBackups") && table(robot).getItems().size() == 2);
        robot.clickOn("#showBackups");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#backupsTable"));
        assertThat(robot.lookup("#backupsTable").queryAs(TableView.class).getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#backupsDialog .button-bar .button").queryButton());
    }
}
