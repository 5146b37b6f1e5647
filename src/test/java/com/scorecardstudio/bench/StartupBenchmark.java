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
import java.util.stream.Stream;

/**
 * Start-up benchmark, alternated a, b, c, a, b, c, … so that a slow spell on the machine hits all
 * alike: (a) an empty JavaFX window, (b) the app's jar, (c) the app image's launcher, and any
 * {@code --variant}. Each process measures itself with {@link StartupProbe} (switched on through
 * {@code JAVA_TOOL_OPTIONS}, the one way that reaches the JVM inside a jpackage launcher) and exits at
 * its milestone:
 * <ul>
 *   <li>{@code window}: the first painted window (every variant);</li>
 *   <li>{@code home}: the home screen with the session list painted, on a data folder holding the demo
 *       in both languages (the app's variants);</li>
 *   <li>{@code session}: from opening a session of 200 goals / 400 indicators / 600 initiatives in the
 *       home list until its first stage page shows its goals (the app's variants; a figure of its own,
 *       not a ratio).</li>
 * </ul>
 * Needs a display (Xvfb will do): see {@code installer/bench-startup.sh}.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.scorecardstudio.bench.StartupBenchmark \
 *      [--runs 10] [--warmup 1] [--target target] [--image PATH-TO-LAUNCHER] [--variant NAME=PATH-TO-LAUNCHER]...
 * </pre>
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 120;
    private static final List<String> MILESTONES = List.of("window", "home", "session");

    private StartupBenchmark() {
    }

    record Variant(String key, String label, List<String> command, boolean app) {
    }

    public static void main(String[] args) throws Exception {
        List<String> extra = new ArrayList<>();
        Map<String, String> opts = options(args, extra);
        int runs = Integer.parseInt(opts.getOrDefault("runs", "10"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "1"));
        Path target = Path.of(opts.getOrDefault("target", "target")).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Map<String, Path> homes = Map.of("window", Files.createTempDirectory("scorecard-bench-window"),
                "home", Files.createTempDirectory("scorecard-bench-demo"),
                "session", Files.createTempDirectory("scorecard-bench-large"));
        BenchData.demo(homes.get("home"));
        BenchData.large(homes.get("session"), 200);

        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("a", "minimal JavaFX window (class path)", List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", minimalClassPath(target), MinimalWindow.class.getName()), false));
        variants.add(new Variant("b", "Scorecard Studio, `java -jar`", List.of(java, "-jar",
                target.resolve("scorecard-studio.jar").toString()), true));
        if (opts.containsKey("image")) {
            variants.add(new Variant("c", "Scorecard Studio, app image launcher", List.of(
                    Path.of(opts.get("image")).toAbsolutePath().toString()), true));
        }
        for (String spec : extra) {
            int eq = spec.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("--variant NAME=PATH-TO-LAUNCHER, not " + spec);
            }
            String launcher = Path.of(spec.substring(eq + 1)).toAbsolutePath().toString();
            variants.add(new Variant(spec.substring(0, eq), "`" + spec.substring(eq + 1) + "`", List.of(launcher), true));
        }

        Map<String, List<long[]>> results = new LinkedHashMap<>();
        for (int round = -warmup; round < runs; round++) {
            for (String milestone : MILESTONES) {
                for (Variant v : variants) {
                    if (!v.app() && !milestone.equals("window")) {
                        continue;
                    }
                    long[] result = runOnce(v, milestone, homes.get(milestone));
                    if (round >= 0) {
                        results.computeIfAbsent(v.key() + "/" + milestone, k -> new ArrayList<>()).add(result);
                    }
                    System.err.printf(Locale.ROOT, "%s %s %s: %d ms (CPU %d ms)%n", round < 0 ? "warm-up" : "run " + (round + 1),
                            v.key(), milestone, result[0], result[1]);
                }
            }
        }
        System.out.println(table(variants, results));
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

    /** Milliseconds to the milestone, and the CPU milliseconds the process had used by then. */
    private static long[] runOnce(Variant v, String milestone, Path home) throws IOException, InterruptedException {
        Path probe = Files.createTempFile("scorecard-probe", ".txt");
        Files.delete(probe);
        ProcessBuilder pb = new ProcessBuilder(v.command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-D" + StartupProbe.PROPERTY + "=" + probe + " -D" + StartupProbe.MILESTONE
                + "=" + milestone + " -Dscorecard.home=" + home);
        long started = System.currentTimeMillis();
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("(" + v.key() + ") did not exit within " + TIMEOUT_SECONDS + " s: " + v.command());
        }
        if (!Files.exists(probe)) {
            throw new IllegalStateException("(" + v.key() + ") exited with " + p.exitValue()
                    + " before its " + milestone + " milestone (is DISPLAY set?): " + v.command());
        }
        List<String> lines = Files.readAllLines(probe, StandardCharsets.UTF_8);
        Files.delete(probe);
        long cpu = Long.parseLong(lines.get(1).trim());
        long ms = lines.size() > 2 ? Long.parseLong(lines.get(2).trim()) : Long.parseLong(lines.get(0).trim()) - started;
        return new long[] {ms, cpu};
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static List<Long> column(List<long[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toList();
    }

    private static String table(List<Variant> variants, Map<String, List<long[]>> results) {
        double base = median(column(results.get("a/window"), 0));
        double cpuBase = median(column(results.get("a/window"), 1));
        StringBuilder sb = new StringBuilder();
        sb.append("| | Variant | Milestone | Median (ms) | Min | Max | Ratio to (a) | CPU median (ms) | CPU ratio |\n");
        sb.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (String milestone : MILESTONES) {
            for (Variant v : variants) {
                List<long[]> rows = results.get(v.key() + "/" + milestone);
                if (rows == null) {
                    continue;
                }
                List<Long> t = column(rows, 0);
                double m = median(t);
                double c = median(column(rows, 1));
                boolean ratio = !milestone.equals("session");
                sb.append(String.format(Locale.ROOT, "| (%s) | %s | %s | %.0f | %d | %d | %s | %.0f | %s |%n", v.key(), v.label(),
                        milestone, m, t.stream().mapToLong(Long::longValue).min().orElse(0),
                        t.stream().mapToLong(Long::longValue).max().orElse(0),
                        ratio ? String.format(Locale.ROOT, "%.2f×", m / base) : "–", c,
                        ratio ? String.format(Locale.ROOT, "%.2f×", c / cpuBase) : "–"));
            }
        }
        sb.append("\n`session` is the time from opening the 200-goal session to its first stage page with its goals, not"
                + " a start-up; its CPU column is the process's total at that moment.\n");
        return sb.toString();
    }

    private static Map<String, String> options(String[] args, List<String> variants) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: StartupBenchmark [--runs N] [--warmup N] [--target DIR]"
                        + " [--image LAUNCHER] [--variant NAME=LAUNCHER]...");
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
