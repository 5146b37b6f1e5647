package com.scorecardstudio.ui.common;

import com.scorecardstudio.i18n.Messages;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Keeps text within its stated limit at the keyboard: input past the limit is refused with a short
 * message at the field, instead of ever reaching the database as an error.
 */
public final class TextLimits {
    private TextLimits() {
    }

    public static <T extends TextInputControl> T limit(T field, int maxChars, Messages messages) {
        Tooltip tip = new Tooltip(messages.get("validation.atLimit", maxChars));
        tip.setShowDelay(Duration.ZERO);
        field.setTextFormatter(new TextFormatter<String>(change -> {
            String next = change.getControlNewText();
            if (next.codePointCount(0, next.length()) <= maxChars) {
                return change;
            }
            javafx.geometry.Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null && field.getScene() != null) {
                tip.show(field, b.getMinX(), b.getMaxY() + 2);
                javafx.animation.PauseTransition hide = new javafx.animation.PauseTransition(Duration.seconds(2.5));
                hide.setOnFinished(e -> tip.hide());
                hide.play();
            }
            return null;
        }));
        return field;
    }
}
