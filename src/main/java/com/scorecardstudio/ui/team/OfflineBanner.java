package com.scorecardstudio.ui.team;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** "The server does not answer — keep working": over the workspace while a team workspace's server is away. */
public final class OfflineBanner {
    private OfflineBanner() {
    }

    /** Shows the banner over {@code host} while {@code offline}; returns what stops it. */
    public static Runnable install(StackPane host, ReadOnlyBooleanProperty offline, Messages messages) {
        Label banner = new Label(messages.get("team.offline.banner"), Icons.of(Feather.WIFI_OFF));
        banner.setId("offlineBanner");
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.setMaxWidth(760);
        banner.getStyleClass().addAll(Styles.WARNING, Styles.ELEVATED_1);
        banner.setStyle("-fx-background-color: -color-warning-subtle; -fx-text-fill: -color-fg-default;"
                + " -fx-background-radius: 6; -fx-padding: 10 14 10 14;");
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new Insets(12, 16, 0, 16));
        ChangeListener<Boolean> follow = (o, was, now) -> {
            host.getChildren().remove(banner);
            if (now) {
                host.getChildren().add(banner);
            }
        };
        offline.addListener(follow);
        follow.changed(offline, false, offline.get());
        return () -> {
            offline.removeListener(follow);
            host.getChildren().remove(banner);
        };
    }
}
