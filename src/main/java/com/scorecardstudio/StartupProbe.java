package com.scorecardstudio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the start-up benchmark: with {@code -Dscorecard.startupProbe=FILE}, writes the milliseconds from
 * process start to the first painted window into FILE and exits. Does nothing otherwise. A second
 * line holds the CPU time the process used until then (all threads), steadier than the wall time on a
 * busy machine.
 */
public final class StartupProbe {
    public static final String PROPERTY = "scorecard.startupProbe";

    private StartupProbe() {
    }

    public static void onFirstWindow(Stage stage) {
        String target = System.getProperty(PROPERTY);
        if (target == null || stage.getScene() == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            ProcessHandle.Info process = ProcessHandle.current().info();
            Instant start = process.startInstant().orElse(Instant.now());
            long ms = Duration.between(start, Instant.now()).toMillis();
            long cpuMs = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            try {
                Files.writeString(Path.of(target), ms + "\n" + cpuMs + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println(e.getMessage());
            }
            Platform.runLater(Platform::exit);
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }
}
