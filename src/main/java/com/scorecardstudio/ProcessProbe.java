package com.scorecardstudio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the benchmarks read from a process they started, one per line: the wall clock at the milestone
 * (epoch milliseconds: the benchmark subtracts the moment it started the process, on the same clock;
 * the OS's own process start time is only as precise as its boot time, off by up to a second), the
 * CPU milliseconds of all the process's threads by then, and for a milestone measured from an action
 * inside the process, the milliseconds since that action. No JavaFX here: the command line uses it
 * too ({@code -Dscorecard.startupProbe=FILE} on a command writes them as the process exits).
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

    /** The third line is the time since {@code sinceNanos} ({@link System#nanoTime()}), if that is not negative. */
    static void write(Path target, long sinceNanos) {
        long now = System.currentTimeMillis();
        long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        String since = sinceNanos >= 0 ? (System.nanoTime() - sinceNanos) / 1_000_000 + "\n" : "";
        try {
            Files.writeString(target, now + "\n" + cpuMs + "\n" + since, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println(e.getMessage());
        }
    }
}
