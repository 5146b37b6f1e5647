package com.scorecardstudio.bench;

import com.scorecardstudio.StartupProbe;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Start-up benchmark: time from process start to the first painted window for (a) an empty JavaFX
 * window, (b) the app's jar and (c) the app image's launcher, alternated a, b, c, a, b, c, … so that
 * a slow spell on the machine hits all three alike. Each process measures itself with
 * {@link StartupProbe} (switched on through {@code JAVA_TOOL_OPTIONS}, the one way that reaches the
 * JVM inside a jpackage launcher) and exits after its first frame. Needs a display (Xvfb will do):
 * see {@code installer/bench-startup.sh}.
 *
 * <pre>
 * java -cp target/test-classes:target/classes com.scorecardstudio.bench.StartupBenchmark \
 *      [--runs 10] [--warmup 1] [--target target] [--image PATH-TO-LAUNCHER] [--home DIR] \
 *      [--variant NAME=PATH-TO-LAUNCHER]...
 * </pre>
 * Each {@code --variant} adds another launcher to the rotation, for comparing changes (an image
 * copy with a JVM option taken out of its {@code .cfg}, say).
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    record Variant(String key, String label, List<String> command) {
    }

    public static void main(String[] args) throws Exception {
        List<String> extra = new ArrayList<>();
        Map<String, String> opts = options(args, extra);
        int runs = Integer.parseInt(opts.getOrDefault("runs", "10"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "1"));
        Path target = Path.of(opts.getOrDefault("target", "target")).toAbsolutePath();
        Path home = opts.containsKey("home") ? Path.of(opts.get("home")).toAbsolutePath()
                : Files.createTempDirectory("scorecard-bench-home");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("a", "minimal JavaFX window (class path)", List.of(java, "-cp", minimalClassPath(target),
                MinimalWindow.class.getName())));
        variants.add(new Variant("b", "Scorecard Studio, `java -jar`", List.of(java, "-jar",
                target.resolve("scorecard-studio.jar").toString())));
        if (opts.containsKey("image")) {
            variants.add(new Variant("c", "Scorecard Studio, app image launcher", List.of(
                    Path.of(opts.get("image")).toAbsolutePath().toString())));
        }

        for (String spec : extra) {
            int eq = spec.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("--variant NAME=PATH-TO-LAUNCHER, not " + spec);
            }
            String launcher = Path.of(spec.substring(eq + 1)).toAbsolutePath().toString();
            variants.add(new Variant(spec.substring(0, eq), "`" + spec.substring(eq + 1) + "`", List.of(launcher)));
        }

        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        variants.forEach(v -> times.put(v.key(), new ArrayList<>()));
        variants.forEach(v -> cpu.put(v.key(), new ArrayList<>()));
        for (int round = -warmup; round < runs; round++) {
            for (Variant v : variants) {
                long[] result = runOnce(v, home);
                if (round >= 0) {
                    times.get(v.key()).add(result[0]);
                    cpu.get(v.key()).add(result[1]);
                }
                System.err.printf(Locale.ROOT, "%s %s: %d ms (CPU %d ms)%n", round < 0 ? "warm-up" : "run " + (round + 1),
                        v.key(), result[0], result[1]);
            }
        }
        System.out.println(table(variants, times, cpu));
    }

    /** The empty window needs only its own class, the probe and the JavaFX jars the app ships with. */
    private static String minimalClassPath(Path target) throws IOException {
        List<String> cp = new ArrayList<>();
        cp.add(target.resolve("test-classes").toString());
        cp.add(target.resolve("classes").toString());
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            jars.filter(p -> p.getFileName().toString().startsWith("javafx-")).sorted().map(Path::toString).forEach(cp::add);
        }
        return String.join(File.pathSeparator, cp);
    }

    /** Milliseconds to the first window, and the CPU milliseconds the process had used by then. */
    private static long[] runOnce(Variant v, Path home) throws IOException, InterruptedException {
        Path probe = Files.createTempFile("scorecard-probe", ".txt");
        Files.delete(probe);
        ProcessBuilder pb = new ProcessBuilder(v.command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_TOOL_OPTIONS",
                "-D" + StartupProbe.PROPERTY + "=" + probe + " -Dscorecard.home=" + home);
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("(" + v.key() + ") did not exit within " + TIMEOUT_SECONDS + " s: " + v.command());
        }
        if (!Files.exists(probe)) {
            throw new IllegalStateException("(" + v.key() + ") exited with " + p.exitValue()
                    + " without showing a window (is DISPLAY set?): " + v.command());
        }
        List<String> lines = Files.readAllLines(probe, StandardCharsets.UTF_8);
        Files.delete(probe);
        return new long[] {Long.parseLong(lines.get(0).trim()), lines.size() > 1 ? Long.parseLong(lines.get(1).trim()) : -1};
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String table(List<Variant> variants, Map<String, List<Long>> times, Map<String, List<Long>> cpu) {
        double base = median(times.get("a"));
        double cpuBase = median(cpu.get("a"));
        StringBuilder sb = new StringBuilder();
        sb.append("| | Start-up to first window | Median (ms) | Min | Max | Ratio to (a) | CPU median (ms) | CPU ratio |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Variant v : variants) {
            List<Long> t = times.get(v.key());
            double m = median(t);
            double c = median(cpu.get(v.key()));
            sb.append(String.format(Locale.ROOT, "| (%s) | %s | %.0f | %d | %d | %.2f× | %.0f | %.2f× |%n", v.key(), v.label(), m,
                    t.stream().mapToLong(Long::longValue).min().orElse(0),
                    t.stream().mapToLong(Long::longValue).max().orElse(0), m / base, c, c / cpuBase));
        }
        sb.append("\nRuns (ms), in order: ");
        sb.append(variants.stream().map(v -> "(" + v.key() + ") " + times.get(v.key()).stream().map(String::valueOf)
                .collect(Collectors.joining(" "))).collect(Collectors.joining("; ")));
        return sb.toString();
    }

    private static Map<String, String> options(String[] args, List<String> variants) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: StartupBenchmark [--runs N] [--warmup N] [--target DIR]"
                        + " [--image LAUNCHER] [--home DIR] [--variant NAME=LAUNCHER]...");
            }
            if (args[i].equals("--variant")) {
                variants.add(args[++i]);
            } else {
                opts.put(args[i].substring(2), args[++i]);
            }
        }
        return opts;
    }
}
