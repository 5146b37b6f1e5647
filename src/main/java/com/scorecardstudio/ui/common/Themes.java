package com.scorecardstudio.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.scorecardstudio.config.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX's Primer theme as the base, with the app's own styles layered on top. */
public final class Themes {
    private static final String APP_CSS = Themes.class.getResource("/ui/app.css").toExternalForm();
    /** The room view's and the agenda's styles (the agenda's standing sits in the page header). */
    private static final String ROOM_CSS = Themes.class.getResource("/ui/room.css").toExternalForm();

    private Themes() {
    }

    public static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        if (!scene.getStylesheets().contains(ROOM_CSS)) {
            scene.getStylesheets().add(ROOM_CSS);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme == Theme.DARK);
    }
}
