package com.scorecardstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.AppHarness;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fields people type in during a session: a keystroke lays out the field alone, while anything
 * that does change its size (a larger font, more columns or rows) still makes its page make room.
 */
@ExtendWith(ApplicationExtension.class)
class TypingFieldUiTest {
    private TypingField field;
    private TypingArea area;
    private VBox page;

    @Start
    void start(Stage stage) {
        field = new TypingField();
        field.setId("typing");
        area = new TypingArea();
        area.setId("notes");
        area.setPrefRowCount(2);
        page = new VBox(8, field, area);
        AppHarness.show(stage, page, 500, 400);
    }

    @Test
    void typingLaysOutTheFieldAloneAndItsTextIsShown(FxRobot robot) {
        AtomicInteger pageLaidOut = AppHarness.layoutRequests(page);
        robot.clickOn("#typing").write("Grow revenue by a tenth");
        robot.clickOn("#notes").write("Why it matters\nto the board");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(field.getText()).isEqualTo("Grow revenue by a tenth");
        assertThat(area.getText()).isEqualTo("Why it matters\nto the board");
        assertThat(((javafx.scene.text.Text) field.lookup(".text")).getText()).isEqualTo("Grow revenue by a tenth");
        assertThat(pageLaidOut.get()).as("the page laid out again by typing").isZero();
    }

    @Test
    void aLargerFontOrMoreRowsStillMakeThePageMakeRoom(FxRobot robot) {
        double fieldHeight = field.getHeight();
        double areaTop = area.getLayoutY();
        AtomicInteger pageLaidOut = AppHarness.layoutRequests(page);
        robot.interact(() -> field.setStyle("-fx-font-size: 28px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageLaidOut.get()).isPositive();
        assertThat(field.getHeight()).isGreaterThan(fieldHeight);
        assertThat(area.getLayoutY()).as("the area moved down under the taller field").isGreaterThan(areaTop);

        double areaHeight = area.getHeight();
        robot.interact(() -> area.setPrefRowCount(6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getHeight()).isGreaterThan(areaHeight);
    }
}
