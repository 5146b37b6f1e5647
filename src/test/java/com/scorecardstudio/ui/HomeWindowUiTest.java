package com.scorecardstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.AppContext;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.ui.workspace.WorkspaceView;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Drives the real window, as a facilitator would, on a real H2 file database. */
@ExtendWith(ApplicationExtension.class)
class HomeWindowUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    private void launch(FxRobot robot) {
        app.launch(robot);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        AppHarness.waitUntil(condition);
    }

    private static boolean shown(FxRobot robot, String query) {
        return AppHarness.shown(robot, query);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Session> table(FxRobot robot) {
        return (TableView<Session>) robot.lookup("#sessionTable").queryAs(TableView.class);
    }

    @Test
    void aSessionCreatedInTheHomeWindowIsThereAfterARestart(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> shown(robot, "#emptyState"));

        robot.clickOn("#emptyNewSession");
        robot.clickOn("#titleField").write("Board retreat 2027");
        robot.clickOn("#organizationField").write("Northwind Logistics");
        robot.clickOn("#facilitatorField").write("Anna");
        robot.clickOn("#addParticipant").write("Igor Belov").type(KeyCode.TAB).write("CEO");
        robot.clickOn("#saveSession");

        // saving opens the new session's workspace
        waitUntil(() -> shown(robot, "#sessionTitle"));
        assertThat(robot.lookup("#sessionTitle").queryAs(Label.class).getText()).isEqualTo("Board retreat 2027");

        app.restart(robot);
        waitUntil(() -> shown(robot, "#sessionTable") && !table(robot).getItems().isEmpty());
        Session s = table(robot).getItems().get(0);
        assertThat(s.title()).isEqualTo("Board retreat 2027");
        assertThat(s.organization()).isEqualTo("Northwind Logistics");
        assertThat(s.participants()).extracting(p -> p.name() + "/" + p.role()).containsExactly("Igor Belov/CEO");

        // the last session is one click away
        robot.clickOn("#reopenLast");
        waitUntil(() -> shown(robot, "#workspaceView"));
        assertThat(robot.lookup("#sessionTitle").queryAs(Label.class).getText()).isEqualTo("Board retreat 2027");
    }

    @Test
    void saveStaysDisabledWithAReasonUntilTheTitleIsThere(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> shown(robot, "#emptyState"));
        robot.clickOn("#emptyNewSession");
        assertThat(robot.lookup("#saveSession").queryButton().isDisabled()).isTrue();
        // nothing is typed yet: the reason is not shown in red before the user has had a chance
        assertThat(robot.lookup("#titleError").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#horizonField").eraseText(4).write("2O27");
        assertThat(robot.lookup("#titleError").queryAs(Label.class).getText()).isEqualTo("Title is required.");
        assertThat(robot.lookup("#titleError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#horizonYearError").queryAs(Label.class).getText()).contains("whole number");
        robot.clickOn("#titleField").write("Q1 review");
        assertThat(robot.lookup("#saveSession").queryButton().isDisabled()).isTrue();
        robot.doubleClickOn("#horizonField").eraseText(4).write("2027");
        assertThat(robot.lookup("#saveSession").queryButton().isDisabled()).isFalse();
        robot.clickOn("#saveSession");
        waitUntil(() -> shown(robot, "#workspaceView"));
    }

    @Test
    void aDeletedSessionComesBackWithUndoAndStaysAfterARestart(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> shown(robot, "#createDemo"));
        robot.clickOn("#createDemo");
        waitUntil(() -> table(robot).getItems().size() == 1);
        String title = table(robot).getItems().get(0).title();

        robot.clickOn(title);
        robot.clickOn("#deleteSession");
        robot.clickOn("#confirmDelete");
        waitUntil(() -> table(robot).getItems().isEmpty() && shown(robot, "#undoDelete"));

        robot.clickOn("#undoDelete");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo(title);

        app.restart(robot);
        waitUntil(() -> shown(robot, "#sessionTable") && table(robot).getItems().size() == 1);
    }

    @Test
    void nextYearStartsANewSessionFromTheSelectedOneAndSaysWhatCameAlong(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> shown(robot, "#createDemo"));
        robot.clickOn("#createDemo");
        waitUntil(() -> table(robot).getItems().size() == 1);
        Session lastYear = table(robot).getItems().get(0);

        robot.clickOn(lastYear.title());
        robot.clickOn("#nextYearSession");
        waitUntil(() -> table(robot).getItems().size() == 2 && shown(robot, "#nextYearToast"));
        Session next = table(robot).getSelectionModel().getSelectedItem();
        assertThat(next.id()).isNotEqualTo(lastYear.id());
        assertThat(next.horizonYear()).isEqualTo(lastYear.horizonYear() + 1);
        assertThat(next.title()).isNotEqualTo(lastYear.title()).contains(String.valueOf(next.horizonYear()));
        String notice = robot.lookup("#nextYearToast").queryAs(atlantafx.base.controls.Notification.class).getMessage();
        assertThat(notice).startsWith("Started “" + next.title() + "” from “" + lastYear.title() + "”: 17 goals")
                .contains("stay with last year's session");

        // it opens like any session, with last year's goals
        robot.doubleClickOn(next.title());
        waitUntil(() -> shown(robot, "#workspaceView"));
        assertThat(robot.lookup("#sessionTitle").queryAs(Label.class).getText()).isEqualTo(next.title());
    }

    @Test
    void theWorkspaceNavigatesTheStagesByKeyboard(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> shown(robot, "#createDemo"));
        robot.clickOn("#createDemo");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.doubleClickOn(table(robot).getItems().get(0).title());
        waitUntil(() -> shown(robot, "#workspaceView"));
        WorkspaceView ws = robot.lookup("#workspaceView").queryAs(WorkspaceView.class);
        assertThat(shown(robot, "#stage-financial")).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#stage-customer"));
        assertThat(robot.lookup("Physical accessibility of sales").tryQuery()).isPresent();
        robot.clickOn("#nav-map");
        waitUntil(() -> shown(robot, "#mapPage"));
        assertThat(ws.shown().name()).isEqualTo("MAP");
        robot.clickOn("#nav-export");
        waitUntil(() -> shown(robot, "#exportWorkbook") && shown(robot, "#exportSummary"));

        // the whole session as Markdown, ready to paste into an e-mail
        robot.clickOn("#sessionSummary");
        waitUntil(() -> shown(robot, "#summaryText"));
        String markdown = robot.lookup("#summaryText").queryTextInputControl().getText();
        assertThat(markdown).startsWith("# Strategy session").contains("## Financial stage").contains("## Customer stage")
                .contains("### Physical accessibility of sales");
        robot.clickOn("#copySummary");
        assertThat(robot.lookup("#summaryStatus").queryLabeled().getText()).startsWith("Copied");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#backToSessions");
        waitUntil(() -> shown(robot, "#homeView"));
    }

    /**
     * The list ends below its last session (no page of empty striped rows), grows with the sessions
     * added, and with more than fit it fills the page and scrolls; without sessions the empty state fills it.
     */
    @Test
    void theSessionListIsAsTallAsItsSessionsUpToThePage(FxRobot robot) throws Exception {
        try (Database db = Database.open(app.database(), new Backups(TestDatabases.tickingClock(), 10),
                Database.BackupOnOpen.BEFORE_MIGRATION)) {
            SessionRepository sessions = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            sessions.insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("First"));
            sessions.insert(Session.draft(LocalDate.of(2026, 11, 23)).withTitle("Second"));
        }
        launch(robot);
        waitUntil(() -> shown(robot, "#sessionTable") && table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Session> table = table(robot);
        javafx.scene.layout.Region page = (javafx.scene.layout.Region) table.getParent();
        double two = table.getHeight();
        double row = table.getFixedCellSize();
        assertThat(row).isPositive();
        assertThat(two).isLessThan(page.getHeight() / 2).isGreaterThan(2 * row);
        // every row of the two in view, without a scroll bar
        assertThat(table.lookupAll(".scroll-bar:vertical")).allSatisfy(b -> assertThat(b.isVisible()).isFalse());

        // filtered to nothing: the "no match" text has the page
        robot.clickOn("#sessionFilter").write("no such session");
        waitUntil(() -> table(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getHeight()).isGreaterThan(page.getHeight() / 2);
        robot.interact(() -> robot.lookup("#sessionFilter").queryAs(javafx.scene.control.TextField.class).clear());
        waitUntil(() -> table(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getHeight()).isEqualTo(two);

        // more sessions than the page holds: the list fills the page and scrolls
        app.shutdown(robot);
        try (Database db = Database.open(app.database(), new Backups(TestDatabases.tickingClock(), 10),
                Database.BackupOnOpen.BEFORE_MIGRATION)) {
            SessionRepository sessions = new SessionRepository(db.dsl(), TestDatabases.fixedClock());
            for (int i = 0; i < 40; i++) {
                sessions.insert(Session.draft(LocalDate.of(2026, 10, 1).plusDays(i)).withTitle("Session " + i));
            }
        }
        launch(robot);
        waitUntil(() -> shown(robot, "#sessionTable") && table(robot).getItems().size() == 42);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Session> full = table(robot);
        javafx.scene.layout.Region fullPage = (javafx.scene.layout.Region) full.getParent();
        assertThat(full.getHeight()).isCloseTo(fullPage.getHeight() - fullPage.snappedTopInset() - fullPage.snappedBottomInset(),
                org.assertj.core.api.Assertions.within(1.0));
        assertThat(full.lookupAll(".scroll-bar:vertical")).anySatisfy(b -> assertThat(b.isVisible()).isTrue());
    }

    @Test
    void aDamagedDatabaseIsExplainedAndItsBackupRestoredWithoutLosingTheSession(FxRobot robot) throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        try (Database db = Database.open(app.database(), backups, Database.BackupOnOpen.ALWAYS)) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                    .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Precious session"));
        }
        Database.open(app.database(), backups, Database.BackupOnOpen.ALWAYS).close();
        try (RandomAccessFile raf = new RandomAccessFile(app.database().toFile(), "rw")) {
            raf.write(new byte[8192]);
        }

        launch(robot);
        waitUntil(() -> shown(robot, "#databaseProblem"));
        assertThat(robot.lookup("#databaseProblemText").queryAs(Label.class).getText())
                .contains("damaged").contains(app.database().toString());
        robot.clickOn("#restoreBackup");
        robot.clickOn("#confirmRestore");
        waitUntil(() -> shown(robot, "#sessionTable") && table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("Precious session");
    }

    /**
     * One bit of a stored title flipped on disk, the file's size and time unchanged (bit rot): H2 opens it
     * and would show the changed title; the content checksums kept at the last clean close find it, and
     * the problem screen offers the newest good backup (issue 19, item 5).
     */
    @Test
    void aBitFlippedInAStoredTitleIsExplainedAsDamageAndTheBackupRestoresTheTitle(FxRobot robot) throws Exception {
        Backups backups = new Backups(TestDatabases.tickingClock(), 10);
        String title = "Precious ZQXJ session";
        try (Database db = Database.open(app.database(), backups, Database.BackupOnOpen.ALWAYS)) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock())
                    .insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle(title));
        }
        Database.open(app.database(), backups, Database.BackupOnOpen.ALWAYS).close();
        java.nio.file.attribute.FileTime closedAt = java.nio.file.Files.getLastModifiedTime(app.database());
        byte[] bytes = java.nio.file.Files.readAllBytes(app.database());
        byte[] marker = "ZQXJ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int flipped = 0;
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                bytes[i] ^= 0x01; // 'Z' becomes '['
                flipped++;
            }
        }
        assertThat(flipped).isPositive();
        java.nio.file.Files.write(app.database(), bytes);
        java.nio.file.Files.setLastModifiedTime(app.database(), closedAt);

        launch(robot);
        waitUntil(() -> shown(robot, "#databaseProblem"));
        assertThat(robot.lookup("#databaseProblemText").queryAs(Label.class).getText())
                .contains("damaged").contains(app.database().toString());
        robot.clickOn("#restoreBackup");
        robot.clickOn("#confirmRestore");
        waitUntil(() -> shown(robot, "#sessionTable") && table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).title()).isEqualTo(title);
    }

    /** Starts on an empty database and switches the window to Russian from its language menu. */
    private void launchInRussian(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> shown(robot, "#emptyState"));
        robot.interact(() -> robot.lookup("#languageChoice").queryComboBox().setValue(Language.RU));
        waitUntil(() -> shown(robot, "#emptyNewSession"));
    }

    @Test
    void theRussianToolbarShowsWholeLabelsOnA1280PixelScreen(FxRobot robot) throws Exception {
        launchInRussian(robot);
        robot.interact(() -> {
            app.stage().setWidth(1280);
            app.stage().setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : java.util.List.of("#newSession", "#openSession", "#editSession", "#duplicateSession", "#deleteSession")) {
            javafx.scene.control.Button b = robot.lookup(id).queryButton();
            assertThat(b.getWidth()).as("%s (%s) at 1280 px", id, b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        // the least used action folds first: whole in the row, or in the "more" menu, never cut
        javafx.scene.control.Button nextYear = robot.lookup("#nextYearSession").queryButton();
        if (nextYear.isVisible()) {
            assertThat(nextYear.getWidth()).isGreaterThanOrEqualTo(nextYear.prefWidth(-1) - 0.5);
        } else {
            assertThat(robot.lookup("#homeMore").queryAs(javafx.scene.control.MenuButton.class).getItems())
                    .extracting(javafx.scene.control.MenuItem::getId).contains("nextYearSession-menu");
        }
    }

    @Test
    void switchingToRussianRelabelsTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        launchInRussian(robot);
        assertThat(robot.lookup("#emptyNewSession").queryButton().getText()).isEqualTo("Новая сессия");
        assertThat(Settings.load(app.home().resolve("settings.properties")).language()).isEqualTo(Language.RU);
    }
}
