package com.scorecardstudio.ui.facilitation;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.i18n.Messages;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Stops a note field at {@link Limits#NOTE_TEXT} characters and says so, instead of letting the
 * text grow past what is stored: typing beyond it does nothing, a paste is cut to fit.
 */
final class LimitedText {
    private LimitedText() {
    }

    static void install(TextInputControl field, Messages messages) {
        Tooltip message = new Tooltip(messages.get("validation.atLimit", Limits.NOTE_TEXT));
        message.getStyleClass().add("limit-tooltip");
        PauseTransition hide = new PauseTransition(Duration.seconds(3));
        hide.setOnFinished(e -> message.hide());
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (!change.isContentChange()) {
                return change;
            }
            int after = Text.length(change.getControlNewText());
            if (after <= Limits.NOTE_TEXT) {
                return change;
            }
            int room = Limits.NOTE_TEXT - (Text.length(change.getControlText())
                    - Text.length(change.getControlText().substring(change.getRangeStart(), change.getRangeEnd())));
            String added = change.getText();
            String fits = room <= 0 ? "" : added.substring(0, added.offsetByCodePoints(0, Math.min(room, Text.length(added))));
            change.setText(fits);
            change.selectRange(change.getRangeStart() + fits.length(), change.getRangeStart() + fits.length());
            if (field.getScene() != null && field.getScene().getWindow() != null) {
                var at = field.localToScreen(0, field.getHeight());
                if (at != null) {
                    message.show(field, at.getX(), at.getY() + 2);
                    hide.playFromStart();
                }
            }
            return change;
        }));
    }
}
