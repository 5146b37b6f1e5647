package com.scorecardstudio.ui.common;

import com.scorecardstudio.domain.Text;
import com.scorecardstudio.i18n.Messages;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The one text limiter of the app: input that would take a field past its stated limit (in
 * characters as the user counts them) is refused at the keyboard, a paste as much as a keystroke,
 * with a short message at the field, instead of ever reaching the database as an error or being cut
 * short without a word. A text that is longer already (from an older file) can still be shortened.
 */
public final class TextLimits {
    private TextLimits() {
    }

    public static <T extends TextInputControl> T limit(T field, int maxChars, Messages messages) {
        Tooltip message = new Tooltip(messages.get("validation.atLimit", maxChars));
        message.getStyleClass().add("limit-tooltip");
        message.setShowDelay(Duration.ZERO);
        PauseTransition hide = new PauseTransition(Duration.seconds(3));
        hide.setOnFinished(e -> message.hide());
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (!change.isContentChange()) {
                return change;
            }
            int after = Text.length(change.getControlNewText());
            if (after <= maxChars || after < Text.length(change.getControlText())) {
                return change;
            }
            if (field.getScene() != null && field.getScene().getWindow() != null) {
                var at = field.localToScreen(0, field.getHeight());
                if (at != null) {
                    message.show(field, at.getX(), at.getY() + 2);
                    hide.playFromStart();
                }
            }
            return null;
        }));
        return field;
    }
}
