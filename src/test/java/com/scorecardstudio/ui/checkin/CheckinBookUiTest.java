package com.scorecardstudio.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The facilitator exports the owners' workbook from the Check-in page, an owner fills in two actuals,
 * the facilitator imports it, and one Ctrl+Z takes the whole import back; a workbook that is not ours
 * is refused in words on the page.
 */
@ExtendWith(ApplicationExtension.class)
class CheckinBookUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private long sessionId;
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

    /** The stored check-ins; null when a read beside the running app failed (never taken for "none"). */
    private Checkins stored() {
        try (Database db = TestDatabases.open(app.database())) {
            return db.store(TestDatabases.fixedClock()).checkins().read(sessionId);
        } catch (Exception e) {
            return null;
        }
    }

    /** Waits until a read of the stored check-ins succeeds and satisfies {@code wanted}; returns that read. */
    private Checkins storedWhen(java.util.function.Predicate<Checkins> wanted) throws Exception {
        Checkins[] read = new Checkins[1];
        AppHarness.waitUntil(() -> {
            Checkins c = stored();
            read[0] = c;
            return c != null && wanted.test(c);
        });
        return read[0];
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The demo with quarterly review periods from the start of this year, opened from the home list. */
    private void openQuarterlyDemo(FxRobot robot) throws Exception {
        app.launchOnDemo(robot, (store, id) -> {
            sessionId = id;
            store.checkins().saveSchedule(id, ReviewSchedule.of(Cadence.QUARTERLY, LocalDate.now().withDayOfYear(1)));
        });
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#nav-checkin"));
    }

    @Test
    void theOwnersWorkbookGoesOutComesBackAndOneUndoTakesTheImportBack(FxRobot robot) throws Exception {
        openQuarterlyDemo(robot);
        robot.clickOn("#nav-checkin");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#checkinExportBook")
                && robot.lookup("#checkinPage").queryAs(CheckinPage.class).viewModel().loadedProperty().get());

        chosen = dir.resolve("owners-" + run + ".xlsx");
        robot.clickOn("#checkinExportBook");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#checkinBookChoice"));
        robot.clickOn("Export…");
        AppHarness.waitUntil(() -> text(robot, "#checkinBookMessage").startsWith("Exported "));
        assertThat(chosen).exists();

        // the owner types two actuals, in the workbook's first two rows
        Path filled = dir.resolve("filled-" + run + ".xlsx");
        List<String> keys = new ArrayList<>();
        try (InputStream in = Files.newInputStream(chosen); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                Cell key = r.getCell(9);
                if (key != null && key.getStringCellValue().startsWith("S") && keys.size() < 2) {
                    r.getCell(7).setCellValue(41 + keys.size());
                    keys.add(key.getStringCellValue());
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        chosen = filled;
        robot.clickOn("#checkinImportBook");
        assertThat(storedWhen(c -> c.actuals().size() == 2).actuals()).extracting(Actual::value).map(BigDecimal::intValue).containsExactlyInAnyOrder(41, 42);
        assertThat(text(robot, "#checkinBookMessage")).isEqualTo("Imported 2 actuals. Ctrl+Z takes the whole import back.");

        robot.clickOn("#checkinPage");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        storedWhen(c -> c.actuals().isEmpty());

        // not ours: refused in words, nothing changed
        chosen = Files.writeString(dir.resolve("notes-" + run + ".xlsx"), "not a workbook");
        robot.clickOn("#checkinImportBook");
        AppHarness.waitUntil(() -> text(robot, "#checkinMessage").startsWith("The workbook was refused: it is not a check-in workbook"));
        assertThat(storedWhen(c -> true).actuals()).isEmpty();
    }

    @Test
    void aConflictIsShownSideBySideAndKeepingTheirsImportsIt(FxRobot robot) throws Exception {
        openQuarterlyDemo(robot);
        robot.clickOn("#nav-checkin");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#checkinExportBook")
                && robot.lookup("#checkinPage").queryAs(CheckinPage.class).viewModel().loadedProperty().get());
        CheckinPage page = robot.lookup("#checkinPage").queryAs(CheckinPage.class);
        String period = page.viewModel().periodProperty().get().id();
        long indicator = page.viewModel().rows().get(0).indicatorId();

        chosen = dir.resolve("conflict-" + run + ".xlsx");
        robot.clickOn("#checkinExportBook");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#checkinBookChoice"));
        // for the first indicator's owner only, with the instructions in Russian
        String firstOwner = page.viewModel().rows().get(0).owner();
        robot.interact(() -> {
            robot.lookup("#checkinBookOwner").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel().select(firstOwner);
            robot.lookup("#checkinBookLanguage").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel().select(Language.RU);
        });
        robot.clickOn("Export…");
        AppHarness.waitUntil(() -> text(robot, "#checkinBookMessage").startsWith("Exported "));
        try (InputStream in = Files.newInputStream(chosen); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Замеры");
            for (Row r : wb.getSheetAt(0)) {
                Cell key = r.getCell(9);
                if (key != null && key.getStringCellValue().startsWith("S")) {
                    assertThat(r.getCell(2).getStringCellValue()).isEqualTo(firstOwner);
                }
            }
        }
        Path filled = dir.resolve("conflict-filled-" + run + ".xlsx");
        try (InputStream in = Files.newInputStream(chosen); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                Cell key = r.getCell(9);
                if (key != null && key.getStringCellValue().endsWith("-I" + indicator + "-" + period)) {
                    r.getCell(7).setCellValue(41);
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        // meanwhile the facilitator typed the same actual in the app
        robot.clickOn("#actual-" + indicator).write("40").type(KeyCode.ENTER);
        Checkins typed = storedWhen(c -> c.actuals().size() == 1);

        chosen = filled;
        robot.clickOn("#checkinImportBook");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#checkinBookConflicts"));
        @SuppressWarnings("unchecked")
        TableView<com.scorecardstudio.checkinbook.CheckinImport.Conflict> conflicts =
                robot.lookup("#checkinBookConflicts").queryAs(TableView.class);
        assertThat(conflicts.getItems()).singleElement().satisfies(c -> {
            assertThat(c.mine()).isEqualTo("40");
            assertThat(c.theirs()).isEqualTo("41");
        });
        assertThat(typed.actuals()).extracting(Actual::value).map(BigDecimal::intValue).containsExactly(40);
        robot.clickOn("Keep theirs");
        storedWhen(c -> c.actuals().stream().anyMatch(a -> a.value().intValue() == 41));
        assertThat(text(robot, "#checkinBookMessage")).isEqualTo("Imported 1 actual. Ctrl+Z takes the whole import back.");
    }
}
