package com.scorecardstudio;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Settings;
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
    Path dir;
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (context != null) {
            robot.interact(context::shutdown);
        }
    }

    private void launch(FxRobot robot, Path home) {
        Path db = home.resolve("scorecard.mv.db");
        EarlyOpen early = EarlyOpen.start(db, new Backups(Clock.systemDefaultZone(), AppContext.BACKUPS_KEPT),
                Clock.systemDefaultZone());
        robot.interact(() -> {
            Settings settings = Settings.load(home.resolve("settings.properties"));
            settings.setLanguage(Language.EN);
            context = new AppContext(new AppPaths(home), db, settings, Clock.systemDefaultZone(), early);
            context.start(stage);
        });
    }

    @Test
    void theHomeListComesFromTheEarlyOpenAndTheBackupFollowsIt(FxRobot robot) throws Exception {
        Path home = dir.resolve("home");
        Path db = home.resolve("scorecard.mv.db");
        try (Database d = TestDatabases.open(db)) {
            new SessionRepository(d.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22))
                    .withTitle("Opened early"));
        }
        assertThat(new Backups(Clock.systemDefaultZone(), 10).list(db)).isEmpty();

        launch(robot, home);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable")
                && !robot.lookup("#sessionTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(((Session) robot.lookup("#sessionTable").queryAs(TableView.class).getItems().get(0)).title())
                .isEqualTo("Opened early");
        AppHarness.waitUntil(() -> new Backups(Clock.systemDefaultZone(), 10).list(db).size() == 1);
        assertThat(Backups.verify(new Backups(Clock.systemDefaultZone(), 10).list(db).get(0))).isTrue();
    }

    @Test
    void aNewDatabaseOpensEarlyToTheEmptyHomeScreen(FxRobot robot) throws Exception {
        Path home = dir.resolve("fresh");
        launch(robot, home);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#emptyState"));
        assertThat(Files.exists(home.resolve("scorecard.mv.db"))).isTrue();
    }

    @Test
    void aDamagedFileFoundByTheEarlyOpenIsExplained(FxRobot robot) throws Exception {
        Path home = dir.resolve("damaged");
        Path db = home.resolve("scorecard.mv.db");
        TestDatabases.open(db).close();
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            raf.write(new byte[8192]);
        }
        launch(robot, home);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#databaseProblem"));
        assertThat(robot.lookup("#databaseProblemText").queryLabeled().getText()).contains("damaged");
    }
}
