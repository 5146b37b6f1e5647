package com.scorecardstudio.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.scorecardstudio.config.Theme;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * AtlantaFX's Primer theme as the base, with the app's own styles layered on top. Every dialog the
 * app opens (alerts, confirmations, its own dialogs) gets the same styles, the theme's icons and a
 * size that fits the screen it opens on.
 */
public final class Themes {
    private static final String APP_CSS = Themes.class.getResource("/ui/app.css").toExternalForm();
    /** The room view's and the agenda's styles (the agenda's standing sits in the page header). */
    private static final String ROOM_CSS = Themes.class.getResource("/ui/room.css").toExternalForm();
    private static final javafx.css.PseudoClass DARK = javafx.css.PseudoClass.getPseudoClass("dark");
    private static Theme current = Theme.LIGHT;
    private static boolean watchingDialogs;

    private Themes() {
    }

    /** A window's background in this theme (Primer's default background), before any stylesheet is read. */
    public static javafx.scene.paint.Color background(Theme theme) {
        return theme == Theme.DARK ? javafx.scene.paint.Color.web("#0d1117") : javafx.scene.paint.Color.WHITE;
    }

    public static void apply(Theme theme, Scene scene) {
        current = theme;
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        if (!scene.getStylesheets().contains(ROOM_CSS)) {
            scene.getStylesheets().add(ROOM_CSS);
        }
        scene.getRoot().pseudoClassStateChanged(DARK, theme == Theme.DARK);
        watchDialogs();
    }

    /** Styles each dialog as it opens, wherever it was made (see {@link #styleDialog}). */
    private static void watchDialogs() {
        if (watchingDialogs) {
            return;
        }
        watchingDialogs = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                        styleDialog(pane);
                        fitToScreen(w);
                    }
                }
            }
        });
    }

    /**
     * The app's stylesheet and the current theme on a dialog, and for an alert the theme's line
     * icon in its colour instead of the stock picture.
     */
    public static void styleDialog(DialogPane pane) {
        if (!pane.getStylesheets().contains(APP_CSS)) {
            pane.getStylesheets().add(APP_CSS);
        }
        if (!pane.getStyleClass().contains("app-dialog")) {
            pane.getStyleClass().add("app-dialog");
        }
        pane.pseudoClassStateChanged(DARK, current == Theme.DARK);
        // a dialog's buttons show their whole labels ("Добавить только новых"): the dialog widens
        for (javafx.scene.control.ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof javafx.scene.control.Button b) {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        // the stock picture comes from the theme's stylesheet as an image; one set in code stays
        if (pane.getStyleClass().contains("alert")
                && (pane.getGraphic() == null || pane.getGraphic() instanceof javafx.scene.image.ImageView)) {
            Feather icon = pane.getStyleClass().contains("error") ? Feather.ALERT_OCTAGON
                    : pane.getStyleClass().contains("warning") ? Feather.ALERT_TRIANGLE
                    : pane.getStyleClass().contains("confirmation") ? Feather.HELP_CIRCLE : Feather.INFO;
            javafx.scene.Node glyph = Icons.of(icon, 32);
            glyph.getStyleClass().add("dialog-icon");
            pane.setGraphic(glyph);
        }
    }

    /** The visual bounds of the screen a window is on (the primary screen when it is on none yet). */
    public static Rectangle2D screenOf(Window window) {
        if (window != null && window.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /**
     * Sizes a dialog to its content as styled here (its buttons' whole labels, the app's font), no
     * larger than the screen it opens on, and keeps it on that screen.
     */
    public static void fitToScreen(Window window) {
        Runnable fit = () -> {
            double w = window.getWidth();
            double h = window.getHeight();
            window.sizeToScene();
            if (window instanceof javafx.stage.Stage s && s.getOwner() != null
                    && (Math.abs(window.getWidth() - w) > 1 || Math.abs(window.getHeight() - h) > 1)) {
                Window owner = s.getOwner();
                window.setX(owner.getX() + (owner.getWidth() - window.getWidth()) / 2);
                window.setY(owner.getY() + (owner.getHeight() - window.getHeight()) / 3);
            }
            Rectangle2D screen = screenOf(window instanceof javafx.stage.Stage s && s.getOwner() != null ? s.getOwner() : window);
            if (window.getWidth() > screen.getWidth()) {
                window.setWidth(screen.getWidth());
            }
            if (window.getHeight() > screen.getHeight()) {
                window.setHeight(screen.getHeight());
            }
            if (window.getX() + window.getWidth() > screen.getMaxX()) {
                window.setX(screen.getMaxX() - window.getWidth());
            }
            if (window.getY() + window.getHeight() > screen.getMaxY()) {
                window.setY(screen.getMaxY() - window.getHeight());
            }
            window.setX(Math.max(screen.getMinX(), window.getX()));
            window.setY(Math.max(screen.getMinY(), window.getY()));
        };
        if (window.isShowing() && window.getWidth() > 0) {
            fit.run();
        } else {
            window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> fit.run());
        }
    }

    /**
     * A preferred size for a dialog's content: {@code width} × {@code height}, or less on a smaller
     * screen (the dialog's frame and buttons still fit), set before the dialog opens so that it opens
     * at its size even when its content arrives later.
     */
    public static void sizeDialog(DialogPane pane, Window owner, double width, double height) {
        Rectangle2D screen = screenOf(owner);
        pane.setPrefSize(Math.min(width, screen.getWidth() - 40), Math.min(height, screen.getHeight() - 80));
        pane.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_COMPUTED_SIZE);
    }
}
