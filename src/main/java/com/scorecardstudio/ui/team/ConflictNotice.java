package com.scorecardstudio.ui.team;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.ui.common.Icons;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A goal two people changed differently (team workspaces): shown over the workspace until decided,
 * with who changed it and when, and each changed field theirs beside mine; "Keep theirs" and "Keep
 * mine". Nothing of either was overwritten before the choice. One notice at a time, oldest first.
 */
public final class ConflictNotice {
    private ConflictNotice() {
    }

    /** Shows the conflicts of {@code goals} over {@code host} as they come; returns what stops it. */
    public static Runnable install(StackPane host, GoalsModel goals, Messages messages) {
        ListChangeListener<GoalsModel.Conflict> listener = c -> show(host, goals, messages);
        goals.conflicts().addListener(listener);
        show(host, goals, messages);
        return () -> {
            goals.conflicts().removeListener(listener);
            host.getChildren().removeIf(n -> "conflictNotice".equals(n.getId()));
        };
    }

    private static void show(StackPane host, GoalsModel goals, Messages messages) {
        host.getChildren().removeIf(n -> "conflictNotice".equals(n.getId()));
        if (goals.conflicts().isEmpty()) {
            return;
        }
        GoalsModel.Conflict c = goals.conflicts().get(0);
        String who = c.changedBy().isBlank() ? messages.get("team.conflict.someone") : c.changedBy();
        String when = c.changedAt().map(t -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(t.atZone(ZoneId.systemDefault()))).orElse("");
        Label headline = new Label(messages.get(when.isEmpty() ? "team.conflict.headlineNoTime" : "team.conflict.headline",
                c.theirs().title(), who, when));
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE); // wraps to two lines rather than ending in "…"
        headline.setPrefWidth(660);
        headline.getStyleClass().add(Styles.TEXT_BOLD);

        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(4);
        fields.addRow(0, new Label(""), bold(messages.get("team.conflict.theirs", who)), bold(messages.get("team.conflict.mine")));
        int row = 1;
        for (String[] f : differences(c.theirs(), c.mine(), messages)) {
            fields.addRow(row++, muted(f[0]), value(f[1]), value(f[2]));
        }
        Label more = new Label(goals.conflicts().size() > 1 ? messages.get("team.conflict.more", goals.conflicts().size() - 1) : "");
        more.getStyleClass().add(Styles.TEXT_MUTED);
        more.setManaged(goals.conflicts().size() > 1);
        more.setVisible(goals.conflicts().size() > 1);
        headline.setGraphic(Icons.of(Feather.USERS));
        Card notice = new Card();
        notice.setHeader(headline);
        notice.setBody(new VBox(8, fields, more));
        notice.setId("conflictNotice");
        notice.getStyleClass().addAll(Styles.ELEVATED_2);
        notice.setMaxSize(720, Region.USE_PREF_SIZE);
        Button theirs = new Button(messages.get("team.conflict.keepTheirs"));
        theirs.setId("keepTheirs");
        theirs.setOnAction(e -> goals.keepTheirs(c));
        Button mine = new Button(messages.get("team.conflict.keepMine"));
        mine.setId("keepMine");
        mine.getStyleClass().add(Styles.ACCENT);
        mine.setOnAction(e -> goals.keepMine(c));
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, theirs, mine);
        actions.setAlignment(Pos.CENTER_RIGHT);
        notice.setFooter(actions);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(72, 16, 0, 16));
        host.getChildren().add(notice);
    }

    /** The goal's own fields that differ: name, theirs, mine. */
    private static List<String[]> differences(Goal theirs, Goal mine, Messages messages) {
        List<String[]> out = new ArrayList<>();
        add(out, messages.get("team.conflict.field.title"), theirs.title(), mine.title());
        add(out, messages.get("team.conflict.field.description"), theirs.description(), mine.description());
        add(out, messages.get("team.conflict.field.owner"), theirs.owner(), mine.owner());
        add(out, messages.get("team.conflict.field.priority"), messages.get("priority." + theirs.priority().key()),
                messages.get("priority." + mine.priority().key()));
        return out;
    }

    private static void add(List<String[]> out, String name, String theirs, String mine) {
        if (!theirs.equals(mine)) {
            out.add(new String[] {name, theirs.isBlank() ? "—" : theirs, mine.isBlank() ? "—" : mine});
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPrefWidth(280);
        l.setMaxWidth(280);
        l.setMinHeight(Region.USE_PREF_SIZE); // the whole text, on as many lines as it needs: the user compares them
        return l;
    }
}
