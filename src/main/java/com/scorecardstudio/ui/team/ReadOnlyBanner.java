package com.scorecardstudio.ui.team;

import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Read-only: your role on this workspace may not change sessions": one line above the workspace of a
 * session that may only be read, so the locked fields below are explained before anyone tries them.
 * It takes its own row (it covers nothing) and stays while the session is open.
 */
public final class ReadOnlyBanner {
    private ReadOnlyBanner() {
    }

    /** {@code workspace} with the banner above it when {@code editable} is false; else {@code workspace} itself. */
    public static Node above(Node workspace, ObservableBooleanValue editable, Messages messages) {
        if (editable.get()) {
            return workspace;
        }
        Label banner = new Label(messages.get("team.readOnly.banner"), Icons.of(Feather.EYE));
        banner.setId("readOnlyBanner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("read-only-banner");
        banner.setPadding(new Insets(8, 16, 8, 16));
        VBox box = new VBox(banner, workspace);
        VBox.setVgrow(workspace, Priority.ALWAYS);
        box.getStyleClass().add("read-only-session");
        return box;
    }
}
