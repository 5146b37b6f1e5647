package com.scorecardstudio.bench;

import com.scorecardstudio.testing.ChildJvm;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code import-clients} at scale (issue 19, item 8): a CSV of {@code --rows} clients (revenue,
 * three scores, a note) imported by the command line in a child JVM with {@code -Xmx512m} into a
 * fresh demo database, {@code --runs} times. Reports the wall time of the import process (JVM start
 * included), the database's size before and after, and the CSV's size.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.scorecardstudio.bench.ImportBenchmark \
 *      [--rows 100000] [--runs 3] [--heap 512m]
 * </pre>
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int rows = Integer.parseInt(opts.getOrDefault("rows", "100000"));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "3"));
        String heap = opts.getOrDefault("heap", "512m");
        Path work = Files.createTempDirectory("scorecard-bench-import");
        Path csv = csv(work.resolve("clients.csv"), rows);
        System.err.printf(Locale.ROOT, "%d rows, CSV %,d bytes, %d CPUs, load %.1f%n", rows, Files.size(csv),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Double> seconds = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path home = work.resolve("home" + run);
            Path db = work.resolve("run" + run + ".mv.db");
            ChildJvm.Result demo = ChildJvm.run(home, "--db", db.toString(), "demo");
            if (demo.exitCode() != 0) {
                throw new IllegalStateException(demo.stderr());
            }
            String id = demo.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
            long before = Files.size(db);
            long start = System.nanoTime();
            ChildJvm.Result r = ChildJvm.run(home, List.of("-Xmx" + heap), Duration.ofMinutes(15),
                    "--db", db.toString(), "import-clients", "--session", id, "--file", csv.toString());
            double s = (System.nanoTime() - start) / 1e9;
            if (r.exitCode() != 0) {
                throw new IllegalStateException("import failed, exit " + r.exitCode() + ": " + r.stdout() + r.stderr());
            }
            seconds.add(s);
            System.err.printf(Locale.ROOT, "run %d: %.1f s, database %,d -> %,d bytes (%s)%n", run, s, before, Files.size(db),
                    r.stdout().lines().findFirst().orElse(""));
        }
        seconds.sort(null);
        System.out.printf(Locale.ROOT, "import-clients of %d rows with -Xmx%s: median %.1f s (min %.1f, max %.1f)%n", rows, heap,
                seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1));
    }

    /** The clients, names unique, scores on three of the default criteria. */
    static Path csv(Path file, int rows) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,segment,revenue,currency,margin,satisfaction,share_of_wallet,notes\n");
            for (int i = 0; i < rows; i++) {
                w.write("\"Client " + i + " LLC\",Segment " + (i % 17) + "," + (1000 + (i * 7919L) % 100_000_000) + "."
                        + (i % 100) + ",EUR," + (1 + i % 5) + "," + (1 + i / 5 % 5) + "," + (1 + i / 25 % 5)
                        + ",Notes about client " + i + "\n");
            }
        }
        return file;
    }
}
