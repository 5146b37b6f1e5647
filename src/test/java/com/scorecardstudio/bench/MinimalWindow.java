package com.scorecardstudio.bench;

import com.scorecardstudio.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: an empty JavaFX window of the app's default size, measured
 * with the same probe as the app. Not an {@code Application} itself, so that it starts from the class
 * path like the app's jar does.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(EmptyStage.class, args);
    }

    /** Shows an empty stage; the probe writes the time to the first painted frame and exits. */
    public static final class EmptyStage extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Minimal window");
            stage.setScene(new Scene(new Pane(), 1280, 800));
            stage.show();
            StartupProbe.onFirstWindow(stage);
        }
    }
}
