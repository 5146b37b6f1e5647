package com.scorecardstudio.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Keyboard shortcuts of one screen, active while that screen is in the window whatever has the
 * focus (scene accelerators), and gone when the screen is replaced.
 */
public final class Shortcuts {
    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    public Shortcuts on(KeyCombination keys, Runnable action) {
        actions.put(keys, action);
        return this;
    }

    public void installOn(Node screen) {
        screen.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                remove(before);
            }
            if (now != null) {
                now.getAccelerators().putAll(actions);
            }
        });
        if (screen.getScene() != null) {
            screen.getScene().getAccelerators().putAll(actions);
        }
    }

    private void remove(Scene scene) {
        actions.forEach((keys, action) -> scene.getAccelerators().remove(keys, action));
    }
}
