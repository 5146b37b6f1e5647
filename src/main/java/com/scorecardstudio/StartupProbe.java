package com.scorecardstudio;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * For the start-up benchmark: with {@code -Dscorecard.startupProbe=FILE}, writes the milliseconds from
 * process start to a milestone into FILE and exits. Does nothing otherwise. A second line holds the
 * CPU time the process used until then (all threads), steadier than the wall time on a busy machine.
 *
 * <p>The milestone is {@code -Dscorecard.startupProbe.at=}{@code window} (the default: the first
 * painted frame), {@code home} (the home screen with the session list filled in, or its empty state,
 * laid out for the frame being painted) or {@code session}: once the home list is there, the probe
 * opens its first session as a user's double-click would and measures from that moment until the
 * first stage page shows its goals; the first line is then those milliseconds, not the start-up.
 */
public final class StartupProbe {
    public static final String PROPERTY = "scorecard.startupProbe";
    public static final String MILESTONE = "scorecard.startupProbe.at";

    private StartupProbe() {
    }

    public static void onFirstWindow(Stage stage) {
        String target = System.getProperty(PROPERTY);
        if (target == null || stage.getScene() == null) {
            return;
        }
        Scene scene = stage.getScene();
        String milestone = System.getProperty(MILESTONE, "window");
        long[] opened = {-1};
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!milestone.equals("window") && opened[0] < 0 && !homeListShown(scene)) {
                return;
            }
            if (milestone.equals("session")) {
                if (opened[0] < 0) {
                    opened[0] = System.nanoTime();
                    openFirstSession(scene);
                    return;
                }
                if (!goalsShown(scene)) {
                    return;
                }
            }
            scene.removePostLayoutPulseListener(check[0]);
            ProcessProbe.write(Path.of(target), opened[0]);
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private static void openFirstSession(Scene scene) {
        if (scene.lookup("#sessionTable") instanceof TableView<?> t && !t.getItems().isEmpty()) {
            t.getSelectionModel().select(0);
            if (scene.lookup("#openSession") instanceof javafx.scene.control.Button open) {
                Platform.runLater(open::fire);
            }
        }
    }

    /** A stage page with the titles of its goals laid out. */
    private static boolean goalsShown(Scene scene) {
        return scene.lookup("#workspaceView") != null && scene.lookup(".goal-title") instanceof javafx.scene.control.Label l
                && !l.getText().isEmpty();
    }

    /** The session table with its rows, or the empty home screen: what a user waits for. */
    static boolean homeListShown(Scene scene) {
        Node table = scene.lookup("#sessionTable");
        if (table instanceof TableView<?> t && t.isVisible() && !t.getItems().isEmpty()) {
            return true;
        }
        Node empty = scene.lookup("#emptyState");
        return empty != null && empty.isVisible();
    }
}
