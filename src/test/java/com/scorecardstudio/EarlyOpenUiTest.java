package com.scorecardstudio;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A real start opens the database while JavaFX starts ({@link EarlyOpen}): the home list comes from
 * that open, and the routine backup with its full integrity scan follows once the list is drawn.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyOpenUiTest {
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

    /** As a real start does: the open begins on the database thread before the window is built. */
    private void launch(FxRobot robot) {
        EarlyOpen early = EarlyOpen.start(app.database(), AppContext.libraries(Clock.systemDefaultZone()));
        app.launch(robot, settings -> new AppContext(new AppPaths(app.home()), app.database(), settings,
                Clock.systemDefaultZone(), early));
    }

    @Test
    void theHomeListComesFromTheEarlyOpenAndTheBackupFollowsIt(FxRobot robot) throws Exception {
        Path db = app.database();
        try (Database d = TestDatabases.open(db)) {
            new SessionRepository(d.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22))
                    .withTitle("Opened early"));
        }
        assertThat(new Backups(Clock.systemDefaultZone(), 10).list(db)).isEmpty();

        launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable")
                && !robot.lookup("#sessionTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(((Session) robot.lookup("#sessionTable").queryAs(TableView.class).getItems().get(0)).title())
                .isEqualTo("Opened early");
        AppHarness.waitUntil(() -> new Backups(Clock.systemDefaultZone(), 10).list(db).size() == 1);
        assertThat(Backups.verify(new Backups(Clock.systemDefaultZone(), 10).list(db).get(0))).isTrue();
    }

    @Test
    void aNewDatabaseOpensEarlyToTheEmptyHomeScreen(FxRobot robot) throws Exception {
        launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#emptyState"));
        assertThat(Files.exists(app.database())).isTrue();
    }

    @Test
    void aDamagedFileFoundByTheEarlyOpenIsExplained(FxRobot robot) throws Exception {
        Path db = app.database();
        TestDatabases.open(db).close();
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            raf.write(new byte[8192]);
        }
        launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#databaseProblem"));
        assertThat(robot.lookup("#databaseProblemText").queryLabeled().getText()).contains("damaged");
    }
}
