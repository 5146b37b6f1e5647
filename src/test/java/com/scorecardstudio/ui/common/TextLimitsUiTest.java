package com.scorecardstudio.ui.common;

import com.scorecardstudio.testing.AppHarness;
import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one text limiter, as a user meets it: typing and pasting past the limit are refused alike (never
 * cut short without a word), a longer text from an older file can still be shortened.
 */
@ExtendWith(ApplicationExtension.class)
class TextLimitsUiTest {
    private TextArea field;

    @Start
    void start(Stage stage) {
        field = TextLimits.limit(new TextArea(), 10, new Messages(Language.EN));
        field.setId("limited");
        AppHarness.show(stage, new VBox(field), 400, 200);
    }

    @Test
    void typingStopsAtTheLimitAndAPasteThatWouldPassItIsRefusedWhole(FxRobot robot) {
        robot.clickOn("#limited").write("Quarterly plan");
        assertThat(field.getText()).isEqualTo("Quarterly ");

        robot.interact(() -> {
            field.clear();
            field.setText("abc");
            field.positionCaret(3);
            ClipboardContent c = new ClipboardContent();
            c.putString("defghijklmnop");
            Clipboard.getSystemClipboard().setContent(c);
            field.paste();
        });
        assertThat(field.getText()).as("a paste past the limit changes nothing").isEqualTo("abc");

        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("defg");
            Clipboard.getSystemClipboard().setContent(c);
            field.paste();
        });
        assertThat(field.getText()).isEqualTo("abcdefg");
    }

    @Test
    void aTextLongerAlreadyCanBeShortenedAndSelected(FxRobot robot) {
        robot.interact(() -> {
            // a stored text longer than today's limit, in the field before the limit is put on it
            field.setTextFormatter(null);
            field.setText("a text that is far too long");
            TextLimits.limit(field, 10, new Messages(Language.EN));
        });
        robot.clickOn("#limited").type(KeyCode.END).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("a text that is far too lon");
        robot.interact(() -> field.selectAll());
        assertThat(field.getSelectedText()).isEqualTo("a text that is far too lon");
        robot.write("x");
        assertThat(field.getText()).as("typing over a selection shortens it").isEqualTo("x");
    }
}
