package com.scorecardstudio.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.session.CheckinRow;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The facilitator sets review periods, types an actual (a wrong one first), closes and unlocks the period. */
@ExtendWith(ApplicationExtension.class)
class CheckinPageUiTest {
    @TempDir
    static Path dir;
    private static int run;
    private AppHarness app;
    private long sessionId;

    @Start
    void start(javafx.stage.Stage stage) {
        app = new AppHarness(stage, dir.resolve("home-" + (++run)));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    private static CheckinPage page(FxRobot robot) {
        return robot.lookup("#checkinPage").queryAs(CheckinPage.class);
    }

    private Checkins stored() throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            return db.store(TestDatabases.fixedClock()).checkins().read(sessionId);
        }
    }

    private boolean closedNow(FxRobot robot) {
        try {
            return stored().isClosed(page(robot).viewModel().periodProperty().get());
        } catch (Exception e) {
            return false;
        }
    }

    private int storedCount() {
        try {
            return stored().actuals().size();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void anActualIsTypedCheckedStoredAndLockedWithItsPeriod(FxRobot robot) throws Exception {
        try (Database db = TestDatabases.open(app.database())) {
            sessionId = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22)).id();
        }
        app.launch(robot);
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#sessionTable")
                && !robot.lookup("#sessionTable").queryAs(TableView.class).getItems().isEmpty());
        robot.doubleClickOn("Strategy session 2027");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#nav-checkin"));
        robot.clickOn("#nav-checkin");
        AppHarness.waitUntil(() -> AppHarness.shown(robot, "#checkinPage") && page(robot).viewModel().loadedProperty().get());
        assertThat(page(robot).viewModel().rows()).isEmpty();
        assertThat(robot.lookup("#checkinPeriodState").queryAs(Label.class).getText()).startsWith("Set the review periods");

        // quarterly from the start of this year: the current quarter is chosen, one row per indicator
        LocalDate start = LocalDate.now().withDayOfYear(1);
        robot.interact(() -> {
            robot.lookup("#checkinCadence").queryAs(ComboBox.class).getSelectionModel().select(Cadence.QUARTERLY);
            robot.lookup("#checkinStart").queryAs(DatePicker.class).setValue(start);
        });
        robot.clickOn("#checkinSchedule");
        AppHarness.waitUntil(() -> !page(robot).viewModel().rows().isEmpty());
        CheckinRow first = page(robot).viewModel().rows().stream()
                .filter(r -> r.indicator().baselineValue() != null && r.indicator().targetValue() != null).findFirst().orElseThrow();
        String field = "#actual-" + first.indicatorId();
        assertThat(robot.lookup("#status-" + first.indicatorId()).queryAs(Label.class).getText()).isEqualTo("not rated");

        // a number written the other language's way is explained and kept; nothing is stored
        robot.clickOn(field).write("1,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#checkinMessage").queryAs(Label.class).getText()).isEqualTo("Write 1.5: a point before the decimals, commas between thousands.");
        assertThat(robot.lookup(field).queryAs(TextField.class).getText()).isEqualTo("1,5");
        assertThat(stored().actuals()).isEmpty();

        // the target itself: stored, on track
        String target = first.indicator().targetValue().toPlainString();
        robot.interact(() -> robot.lookup(field).queryAs(TextField.class).setText(target));
        robot.clickOn(field).type(KeyCode.ENTER);
        AppHarness.waitUntil(() -> storedCount() == 1);
        Actual a = stored().actuals().get(0);
        assertThat(a.indicatorId()).isEqualTo(first.indicatorId());
        assertThat(a.value()).isEqualByComparingTo(target);
        assertThat(robot.lookup("#checkinMessage").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#status-" + first.indicatorId()).queryAs(Label.class).getText()).isEqualTo("on track");

        // closing locks the fields; an unlock needs a reason, and undo closes it again
        robot.clickOn("#checkinClose");
        AppHarness.waitUntil(() -> closedNow(robot));
        assertThat(robot.lookup(field).queryAs(TextField.class).isEditable()).isFalse();
        robot.clickOn("#checkinUnlock");
        assertThat(robot.lookup("#checkinMessage").queryAs(Label.class).getText()).startsWith("Say why the period is unlocked");
        robot.clickOn("#checkinUnlockReason").write("Finance corrected the quarter");
        robot.clickOn("#checkinUnlock");
        AppHarness.waitUntil(() -> !closedNow(robot));
        assertThat(robot.lookup(field).queryAs(TextField.class).isEditable()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        AppHarness.waitUntil(() -> closedNow(robot));
        assertThat(robot.lookup(field).queryAs(TextField.class).isEditable()).isFalse();
    }
}
