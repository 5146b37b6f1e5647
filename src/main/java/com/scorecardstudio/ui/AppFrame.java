package com.scorecardstudio.ui;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.config.Theme;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Themes;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The window and what every screen shares: the frame (app bar, status bar), the current language and
 * theme, and the screen shown. A screen is shown with the code that draws it again, so a change of
 * language or theme redraws the frame and the screen in place; what a screen's model holds stays.
 */
public final class AppFrame {
    private final Stage stage;
    private final Settings settings;
    private final ReadOnlyBooleanProperty busy;
    private Messages messages;
    private MainWindow window;
    private Path databaseFile;
    /** The team workspace open instead of a file (its address), and whether only for reading. */
    private String workspace;
    private boolean workspaceReadOnly;
    private Runnable redraw = () -> { };
    private javafx.collections.ObservableList<String> unsaved = javafx.collections.FXCollections.emptyObservableList();
    /** The app's text size, Ctrl+plus / Ctrl+minus on any page whose own shortcuts do not take them (the map zooms). */
    private final javafx.beans.property.DoubleProperty textSize = new javafx.beans.property.SimpleDoubleProperty();
    /** The room view's text size, changed there with the same keys. */
    private final javafx.beans.property.DoubleProperty roomTextSize = new javafx.beans.property.SimpleDoubleProperty();
    public static final double DEFAULT_TEXT_SIZE = 14;
    private static final String TEXT_SIZE_KEYS = "scorecard.textSizeKeys";
    private final javafx.event.EventHandler<javafx.scene.input.KeyEvent> textSizeKeys = this::textSizeKeys;
    public static final double MIN_TEXT_SIZE = 11;
    public static final double MAX_TEXT_SIZE = 24;

    public AppFrame(Stage stage, Settings settings, ReadOnlyBooleanProperty busy) {
        this.stage = stage;
        this.settings = settings;
        this.busy = busy;
        this.messages = new Messages(settings.language());
        textSize.set(settings.textSize().orElse(DEFAULT_TEXT_SIZE));
        roomTextSize.set(settings.roomTextSize().orElse(com.scorecardstudio.ui.facilitation.PresenterWindow.DEFAULT_FONT));
        textSize.addListener((o, a, b) -> {
            settings.setTextSize(b.doubleValue());
            settings.saveInBackground();
        });
        roomTextSize.addListener((o, a, b) -> {
            settings.setRoomTextSize(b.doubleValue());
            settings.saveInBackground();
        });
    }

    /** Builds the frame into the stage's scene (first call) or in place of the old one. */
    /**
     * Shows the window at once, empty, in its theme's colour: with no controls and no stylesheet to
     * read, JavaFX paints it as soon as a bare window; {@link #build} fills it in the next pulse.
     */
    public void showEmpty() {
        javafx.scene.layout.Region blank = new javafx.scene.layout.Region();
        blank.setBackground(javafx.scene.layout.Background.fill(com.scorecardstudio.ui.common.Themes.background(settings.theme())));
        stage.setTitle(messages.get("app.name"));
        stage.setScene(new Scene(blank));
        stage.show();
    }

    public void build() {
        stage.setTitle(messages.get("app.name"));
        window = new MainWindow(messages, settings.theme(), this::changeLanguage, this::toggleTheme, busy);
        window.showDatabase(databaseText());
        window.showPresence(presenceText());
        window.showUnsaved(unsaved);
        window.styleProperty().bind(javafx.beans.binding.Bindings.format(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;", textSize));
        if (stage.getScene() == null) {
            stage.setScene(new Scene(window));
        } else {
            stage.getScene().setRoot(window);
        }
        // a handler, not a filter: a page's own Ctrl+plus (the map's zoom) takes the keys first; one per
        // window, this frame's (a frame built again over the same window replaces the one before)
        Scene scene = stage.getScene();
        if (scene.getProperties().get(TEXT_SIZE_KEYS) instanceof javafx.event.EventHandler<?> before && before != textSizeKeys) {
            @SuppressWarnings("unchecked")
            javafx.event.EventHandler<javafx.scene.input.KeyEvent> old = (javafx.event.EventHandler<javafx.scene.input.KeyEvent>) before;
            scene.removeEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, old);
        }
        if (scene.getProperties().get(TEXT_SIZE_KEYS) != textSizeKeys) {
            scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, textSizeKeys);
            scene.getProperties().put(TEXT_SIZE_KEYS, textSizeKeys);
        }
        Themes.apply(settings.theme(), stage.getScene());
    }

    private void textSizeKeys(javafx.scene.input.KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> textSize.set(Math.min(MAX_TEXT_SIZE, textSize.get() + 1));
            case MINUS, SUBTRACT -> textSize.set(Math.max(MIN_TEXT_SIZE, textSize.get() - 1));
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The app's text size in pixels (remembered). */
    public javafx.beans.property.DoubleProperty textSizeProperty() {
        return textSize;
    }

    /** The room view's text size in pixels (remembered). */
    public javafx.beans.property.DoubleProperty roomTextSizeProperty() {
        return roomTextSize;
    }

    /** Shows a screen; {@code redraw} builds it again in the new language or theme. */
    public void show(Node screen, Runnable redraw) {
        window.setContent(screen);
        this.redraw = redraw;
    }

    /** The fields of the open session not saved because their text is not a number (empty list: none). */
    public void showUnsaved(javafx.collections.ObservableList<String> fields) {
        unsaved = fields;
        window.showUnsaved(fields);
    }

    /** The database named in the status bar (null while none is open). */
    public void showDatabase(Path file) {
        databaseFile = file;
        workspace = null;
        window.showDatabase(databaseText());
    }

    /** Who else has the open session open (team workspaces); an empty list hides the line. */
    public void showPresence(java.util.List<String> others) {
        presence = others;
        window.showPresence(presenceText());
    }

    private java.util.List<String> presence = java.util.List.of();

    private String presenceText() {
        return presence.isEmpty() ? "" : messages.get("status.presence", String.join(", ", presence));
    }

    /** The team workspace named in the status bar, in place of a file. */
    public void showWorkspace(String address, boolean readOnly) {
        databaseFile = null;
        workspace = address;
        workspaceReadOnly = readOnly;
        window.showDatabase(databaseText());
    }

    private String databaseText() {
        if (workspace != null) {
            return messages.get(workspaceReadOnly ? "status.teamReadOnly" : "status.team", workspace);
        }
        return databaseFile == null ? "" : messages.get("status.database", databaseFile);
    }

    public Stage stage() {
        return stage;
    }

    public Messages messages() {
        return messages;
    }

    /** A short information message over the window. */
    public void info(String text, String id) {
        alert(Alert.AlertType.INFORMATION, text, id);
    }

    /** A refusal or failure the user can act on, in one message (not an unexpected error). */
    public void error(String text, String id) {
        alert(Alert.AlertType.ERROR, text, id);
    }

    private void alert(Alert.AlertType type, String text, String id) {
        Alert alert = new Alert(type, text);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        if (id != null) {
            alert.getDialogPane().setId(id);
        }
        alert.show();
    }

    /**
     * Runs {@code action} once the next frame is laid out: work that must not hold back what the user
     * is about to see (H2 and jOOQ load some 2000 classes while a database opens).
     */
    public void afterNextFrame(Runnable action) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Closes the window and ends the app (the user chose to quit). */
    public void quit() {
        stage.close();
        Platform.exit();
    }

    private void changeLanguage(Language language) {
        settings.setLanguage(language);
        settings.saveInBackground();
        messages = new Messages(language);
        build();
        redraw.run();
    }

    private void toggleTheme() {
        settings.setTheme(settings.theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
        settings.saveInBackground();
        build(); // the theme's icons are in the frame
        redraw.run();
    }
}
