package com.scorecardstudio.ui.team;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.ui.common.Icons;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * A goal, indicator or initiative two people changed differently (team workspaces): shown over the
 * workspace until decided,
 * with who changed it and when, and each changed field theirs beside mine; "Keep theirs" and "Keep
 * mine". Nothing of either was overwritten before the choice. One notice at a time, oldest first.
 */
public final class ConflictNotice {
    private ConflictNotice() {
    }

    /** Shows the conflicts of {@code goals} over {@code host} as they come; returns what stops it. */
    public static Runnable install(StackPane host, GoalsModel goals, Messages messages) {
        return install(host, messages, id -> "", goals.conflicts());
    }

    /**
     * Shows the conflicts of the open session — goals, links, parking-lot notes, clients — over
     * {@code host} as they come; returns what stops it.
     */
    public static Runnable install(StackPane host, com.scorecardstudio.session.OpenSession session, Messages messages) {
        return install(host, session.clients(), messages, session.detailsConflicts(), session.goals().conflicts(),
                session.map().conflicts(), session.parking().conflicts(), session.extras().conflicts(),
                session.checkins().conflicts(), session.timers().conflicts(), session.agenda().conflicts(),
                session.clients().conflicts());
    }

    /**
     * Shows the conflicts of each list over {@code host}, one at a time, the first list's first;
     * {@code clients} names a client's scores by their criteria.
     */
    @SafeVarargs
    public static Runnable install(StackPane host, com.scorecardstudio.session.ClientsModel clients, Messages messages,
            javafx.collections.ObservableList<com.scorecardstudio.session.Conflict>... lists) {
        Function<Long, String> criterionName = id -> clients.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> com.scorecardstudio.report.CriterionNames.name(c, messages)).orElse("");
        return install(host, messages, criterionName, lists);
    }

    @SafeVarargs
    private static Runnable install(StackPane host, Messages messages, Function<Long, String> criterionName,
            javafx.collections.ObservableList<com.scorecardstudio.session.Conflict>... lists) {
        ListChangeListener<com.scorecardstudio.session.Conflict> listener = c -> show(host, messages, criterionName, lists);
        for (var list : lists) {
            list.addListener(listener);
        }
        show(host, messages, criterionName, lists);
        return () -> {
            for (var list : lists) {
                list.removeListener(listener);
            }
            host.getChildren().removeIf(n -> "conflictNotice".equals(n.getId()));
        };
    }

    @SafeVarargs
    private static void show(StackPane host, Messages messages, Function<Long, String> criterionName,
            javafx.collections.ObservableList<com.scorecardstudio.session.Conflict>... lists) {
        host.getChildren().removeIf(n -> "conflictNotice".equals(n.getId()));
        List<com.scorecardstudio.session.Conflict> all = new ArrayList<>();
        for (var list : lists) {
            all.addAll(list);
        }
        if (all.isEmpty()) {
            return;
        }
        com.scorecardstudio.session.Conflict c = all.get(0);
        String who = c.changedBy().isBlank() ? messages.get("team.conflict.someone") : c.changedBy();
        String when = c.changedAt().map(t -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(t.atZone(ZoneId.systemDefault()))).orElse("");
        Label headline = new Label(messages.get(when.isEmpty() ? "team.conflict.headlineNoTime" : "team.conflict.headline",
                ConflictFields.name(c, messages), who, when));
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE); // wraps to two lines rather than ending in "…"
        headline.setPrefWidth(660);
        headline.getStyleClass().add(Styles.TEXT_BOLD);

        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(4);
        fields.addRow(0, new Label(""), bold(messages.get("team.conflict.theirs", who)), bold(messages.get("team.conflict.mine")));
        int row = 1;
        for (String[] f : ConflictFields.differences(c.theirs(), c.mine(), messages, criterionName)) {
            fields.addRow(row++, muted(f[0]), value(f[1]), value(f[2]));
        }
        Label more = new Label(all.size() > 1 ? messages.get("team.conflict.more", all.size() - 1) : "");
        more.getStyleClass().add(Styles.TEXT_MUTED);
        more.setManaged(all.size() > 1);
        more.setVisible(all.size() > 1);
        headline.setGraphic(Icons.of(Feather.USERS));
        VBox notice = new VBox(10, headline, fields, more);
        if (c.goal() != null && !"goal".equals(c.table())) {
            // an indicator or initiative: which goal it belongs to, above the headline
            Label of = new Label(messages.get("team.conflict.of." + c.table(), c.goal().titleProperty().get()));
            of.setId("conflictOf");
            of.getStyleClass().add(Styles.TEXT_MUTED);
            of.setWrapText(true);
            of.setMinHeight(Region.USE_PREF_SIZE);
            of.setPrefWidth(660);
            notice.getChildren().add(0, of);
        }
        notice.setId("conflictNotice");
        notice.getStyleClass().addAll(Styles.ELEVATED_2);
        // a card of the theme's colours; a VBox (not AtlantaFX's Card) so that wrapped texts make it taller
        notice.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-background-radius: 8; -fx-border-radius: 8; -fx-padding: 14 16 14 16;");
        notice.setMaxSize(720, Region.USE_PREF_SIZE);
        Button theirs = new Button(messages.get("team.conflict.keepTheirs"));
        theirs.setId("keepTheirs");
        theirs.setOnAction(e -> c.keepTheirs());
        Button mine = new Button(messages.get("team.conflict.keepMine"));
        mine.setId("keepMine");
        mine.getStyleClass().add(Styles.ACCENT);
        mine.setOnAction(e -> c.keepMine());
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, theirs, mine);
        actions.setAlignment(Pos.CENTER_RIGHT);
        notice.getChildren().add(actions);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(72, 16, 0, 16));
        host.getChildren().add(notice);
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
