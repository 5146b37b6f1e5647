package com.scorecardstudio.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard shortcuts of one screen, active while that screen is in the window whatever has the
 * focus, and gone when the screen is replaced. They are scene event filters, so they run before the
 * focused control: Ctrl+Z in a text field undoes through the app's one undo stack, not the field's own.
 */
public final class Shortcuts {
    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    public Shortcuts on(KeyCombination keys, Runnable action) {
        actions.put(keys, action);
        return this;
    }

    private final EventHandler<KeyEvent> filter = e -> {
        for (var entry : actions.entrySet()) {
            if (entry.getKey().match(e)) {
                entry.getValue().run();
                e.consume();
                return;
            }
        }
    };

    public void installOn(Node screen) {
        screen.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
        Scene scene = screen.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }
}
