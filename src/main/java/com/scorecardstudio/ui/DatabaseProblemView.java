package com.scorecardstudio.ui;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.db.DatabaseOpenException;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Shown instead of a crash when the database cannot be opened: what is wrong, in words, and the
 * ways out — the newest backup (when one can help), another file, try again, or quit.
 */
public final class DatabaseProblemView extends StackPane {
    /** What the user chose. */
    public interface Actions {
        void restore(Path backup);

        void chooseOtherFile();

        void retry();

        void quit();
    }

    public DatabaseProblemView(DatabaseOpenException problem, Optional<Path> newestBackup,
                               Optional<LocalDateTime> backupTime, Messages messages, Actions actions) {
        setId("databaseProblem");
        Label icon = new Label(null, Icons.of(Feather.ALERT_TRIANGLE, 40));
        icon.getStyleClass().add(Styles.DANGER);
        Label title = new Label(messages.get("db.problem.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(messages.get(problem.messageKey(), problem.file()));
        text.setId("databaseProblemText");
        text.setWrapText(true);

        FlowPane buttons = new FlowPane(10, 10);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (problem.backupCanHelp()) {
            if (newestBackup.isPresent()) {
                String when = backupTime.map(t -> messages.formatDate(t.toLocalDate()) + " "
                        + String.format("%02d:%02d", t.getHour(), t.getMinute())).orElse("");
                Button restore = new Button(messages.get("db.problem.restore", when), Icons.of(Feather.ROTATE_CCW));
                restore.setId("restoreBackup");
                restore.getStyleClass().add(Styles.ACCENT);
                restore.setOnAction(e -> actions.restore(newestBackup.get()));
                buttons.getChildren().add(restore);
            } else {
                Label none = new Label(messages.get("db.problem.noBackup"));
                none.getStyleClass().add(Styles.TEXT_MUTED);
                text.setText(text.getText() + " " + none.getText());
            }
        }
        Button other = new Button(messages.get("db.problem.other"), Icons.of(Feather.FOLDER));
        other.setId("openOtherDatabase");
        other.setOnAction(e -> actions.chooseOtherFile());
        Button retry = new Button(messages.get("common.retry"), Icons.of(Feather.REFRESH_CW));
        retry.setId("retryDatabase");
        retry.setOnAction(e -> actions.retry());
        Button quit = new Button(messages.get("common.quit"));
        quit.setId("quitApp");
        quit.getStyleClass().add(Styles.FLAT);
        quit.setOnAction(e -> actions.quit());
        buttons.getChildren().addAll(other, retry, quit);

        VBox card = new VBox(16, icon, title, text, buttons);
        card.getStyleClass().add("problem-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(720);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        setPadding(new Insets(32));
    }
}
