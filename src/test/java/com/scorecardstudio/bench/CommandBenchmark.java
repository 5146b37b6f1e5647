package com.scorecardstudio.bench;

import com.scorecardstudio.StartupProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line on the app image: wall and CPU time of whole processes, {@code --version} against
 * {@code sessions}, {@code summary}, {@code clients} and {@code export} of the demo, alternated round by
 * round so that a slow spell hits all alike. Reported as ratios to {@code --version} (the JVM and
 * launcher alone), the way a script calling the launcher feels them.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.scorecardstudio.bench.CommandBenchmark \
 *      --image target/installer/image/scorecard-studio/bin/scorecard-studio [--runs 10] [--warmup 1]
 * </pre>
 */
public final class CommandBenchmark {
    private CommandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String launcher = Path.of(opts.getOrDefault("image", "target/installer/image/scorecard-studio/bin/scorecard-studio"))
                .toAbsolutePath().toString();
        int runs = Integer.parseInt(opts.getOrDefault("runs", "10"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "1"));
        Path home = Files.createTempDirectory("scorecard-bench-cli");
        String id = String.valueOf(BenchData.demo(home));
        Path out = home.resolve("demo.xlsx");

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("--version", List.of("--version"));
        commands.put("sessions", List.of("sessions"));
        commands.put("summary", List.of("summary", "--session", id));
        commands.put("clients", List.of("clients", "--session", id));
        commands.put("export", List.of("export", "--session", id, "--out", out.toString()));

        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int round = -warmup; round < runs; round++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                double[] r = runOnce(launcher, home, c.getValue());
                if (round >= 0) {
                    results.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(r);
                }
                System.err.printf(Locale.ROOT, "%s %s: %.0f ms (CPU %.0f ms)%n", round < 0 ? "warm-up" : "run " + (round + 1),
                        c.getKey(), r[0], r[1]);
            }
        }
        double base = median(results.get("--version"), 0);
        double cpuBase = median(results.get("--version"), 1);
        StringBuilder sb = new StringBuilder();
        sb.append("| Command (app image launcher, demo database) | Wall median (ms) | Min | Max | Ratio to `--version` | CPU median (ms) | CPU ratio |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
            double m = median(e.getValue(), 0);
            double c = median(e.getValue(), 1);
            sb.append(String.format(Locale.ROOT, "| `%s` | %.0f | %.0f | %.0f | %.2f× | %.0f | %.2f× |%n", e.getKey(), m,
                    e.getValue().stream().mapToDouble(r -> r[0]).min().orElse(0),
                    e.getValue().stream().mapToDouble(r -> r[0]).max().orElse(0), m / base, c, c / cpuBase));
        }
        System.out.println(sb);
    }

    /** Wall milliseconds of the whole process, and its CPU milliseconds (user + system, all threads). */
    private static double[] runOnce(String launcher, Path home, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path probe = Files.createTempFile("scorecard-cli-probe", ".txt");
        Files.delete(probe);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dscorecard.home=" + home + " -D" + StartupProbe.PROPERTY + "=" + probe);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(cmd + " did not finish");
        }
        double wall = (System.nanoTime() - start) / 1e6;
        if (p.exitValue() != 0) {
            throw new IllegalStateException(cmd + " exited " + p.exitValue());
        }
        // the command's own probe: CPU time of all its threads, taken as it exits
        List<String> lines = Files.readAllLines(probe);
        Files.delete(probe);
        return new double[] {wall, Double.parseDouble(lines.get(1).trim())};
    }

    private static double median(List<double[]> rows, int i) {
        double[] v = rows.stream().mapToDouble(r -> r[i]).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
