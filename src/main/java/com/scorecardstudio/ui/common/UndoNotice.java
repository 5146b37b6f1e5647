package com.scorecardstudio.ui.common;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.EditHistory;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Goal “…” deleted — Undo" at the bottom of the workspace for a few seconds after every delete, so a
 * slip of the Delete key in front of the room is taken back with one click (Ctrl+Z does the same).
 */
public final class UndoNotice {
    /** How long the notice stays. */
    public static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final int SUBJECT_MAX = 60;

    private UndoNotice() {
    }

    /** Shows the notice over {@code host} for every delete the history records; returns what stops it. */
    public static Runnable install(StackPane host, EditHistory history, Messages messages) {
        return history.onRecorded(job -> {
            if (job instanceof EditHistory.Named named && named.deletes()) {
                show(host, history, named, messages);
            }
        });
    }

    private static void show(StackPane host, EditHistory history, EditHistory.Named job, Messages messages) {
        host.getChildren().removeIf(n -> n instanceof Notification);
        String subject = job.subject().isEmpty() ? "…" : job.subject().length() > SUBJECT_MAX
                ? job.subject().substring(0, SUBJECT_MAX - 1).strip() + "…" : job.subject();
        Notification notice = new Notification(messages.get(job.key(), subject), Icons.of(Feather.TRASH_2));
        notice.setId("undoNotice");
        notice.getStyleClass().add(Styles.ELEVATED_2);
        notice.setMaxSize(620, Region.USE_PREF_SIZE);
        Button undo = new Button(messages.get("common.undo"), Icons.of(Feather.ROTATE_CCW));
        undo.setId("undoDelete");
        undo.getStyleClass().add(Styles.ACCENT);
        undo.setOnAction(e -> {
            // only while the delete is still the last step: never takes back something else
            if (history.last().filter(last -> last == job).isPresent()) {
                history.undo();
            }
            host.getChildren().remove(notice);
        });
        notice.setPrimaryActions(undo);
        notice.setOnClose(e -> host.getChildren().remove(notice));
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        StackPane.setMargin(notice, new Insets(0, 0, 24, 0));
        host.getChildren().add(notice);
        PauseTransition hide = new PauseTransition(SHOWN_FOR);
        hide.setOnFinished(e -> host.getChildren().remove(notice));
        hide.play();
    }
}
