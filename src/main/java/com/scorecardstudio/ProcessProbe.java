package com.scorecardstudio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What the benchmarks read from a process they started: milliseconds since the process started (from
 * the OS) and the CPU milliseconds of all its threads, one per line. No JavaFX here: the command line
 * uses it too ({@code -Dscorecard.startupProbe=FILE} on a command writes them as the process exits).
 */
final class ProcessProbe {
    private ProcessProbe() {
    }

    /** For a command-line run under the probe: the two lines, written as the process exits. */
    static void onCommandExit() {
        String target = System.getProperty(StartupProbe.PROPERTY);
        if (target != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(target), -1), "process-probe"));
        }
    }

    /** The first line is the time since {@code sinceNanos} ({@link System#nanoTime()}) if not negative. */
    static void write(Path target, long sinceNanos) {
        ProcessHandle.Info process = ProcessHandle.current().info();
        Instant start = process.startInstant().orElse(Instant.now());
        long ms = sinceNanos >= 0 ? (System.nanoTime() - sinceNanos) / 1_000_000 : Duration.between(start, Instant.now()).toMillis();
        long cpuMs = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        try {
            Files.writeString(target, ms + "\n" + cpuMs + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println(e.getMessage());
        }
    }
}
