import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Trains the app image's ahead-of-time cache (JEP 483/514/515) on a real start of the image itself:
 * its own launcher and runtime, the same JVM options and class path users get. The app's training
 * run ({@code -Dscorecard.training=true}, see {@code TrainingRun}) goes through the command line and
 * the first minute of the window on a fresh data folder; at exit the JVM writes
 * {@code <app dir>/scorecard-studio.aot}. Then the launcher's {@code .cfg} gets the option that uses
 * it, and a check run with {@code -XX:AOTMode=on} (which refuses to start without a usable cache)
 * proves the image starts on it.
 *
 * <pre>java installer/TrainAotCache.java IMAGE-ROOT LAUNCHER-NAME</pre>
 *
 * The window needs a display: on Linux without {@code DISPLAY} it starts Xvfb on a free display (the
 * build machines have no screen). A single-file program, so it needs nothing but the JDK.
 */
public final class TrainAotCache {
    private static final String CACHE = "scorecard-studio.aot";
    private static final long TRAINING_SECONDS = 300;

    private TrainAotCache() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toAbsolutePath();
        String name = args[1];
        Path launcher = first(image.resolve("bin").resolve(name), image.resolve(name + ".exe"),
                image.resolve("Contents/MacOS").resolve(name));
        Path cfg = first(image.resolve("lib/app").resolve(name + ".cfg"), image.resolve("app").resolve(name + ".cfg"),
                image.resolve("Contents/app").resolve(name + ".cfg"));
        Path cache = cfg.resolveSibling(CACHE);
        Files.deleteIfExists(cache);
        if (Files.readString(cfg).contains("AOTCache=")) {
            throw new IllegalStateException(cfg + " names an AOT cache already: build the image anew");
        }

        Path home = Files.createTempDirectory("scorecard-training");
        Xvfb xvfb = needsXvfb() ? startXvfb() : null;
        try {
            long start = System.nanoTime();
            int code = run(launcher, xvfb == null ? null : xvfb.display(), TRAINING_SECONDS, List.of(),
                    "-XX:AOTCacheOutput=" + cache + " -Dscorecard.home=" + home + " -Dscorecard.training=true");
            if (code != 0 || !Files.isRegularFile(cache)) {
                throw new IllegalStateException("the training run exited with " + code + " and left " + (Files.exists(cache)
                        ? "a cache" : "no cache") + " (output above)");
            }
            System.out.printf(Locale.ROOT, "TrainAotCache: %s, %.1f MB, trained in %.1f s%n", cache, Files.size(cache) / 1e6,
                    (System.nanoTime() - start) / 1e9);
        } finally {
            if (xvfb != null) {
                xvfb.process().destroy();
            }
            deleteTree(home);
        }
        // $APPDIR is the launcher's own word for the folder of the .cfg, wherever the app is installed;
        // every launcher of the image (the console one on Windows too) runs the same JVM on the same jars
        try (Stream<Path> cfgs = Files.list(cfg.getParent())) {
            for (Path c : cfgs.filter(p -> p.getFileName().toString().endsWith(".cfg")).toList()) {
                Files.writeString(c, "java-options=-XX:AOTCache=$APPDIR/" + CACHE + System.lineSeparator(),
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
        int check = run(launcher, null, 60, List.of("--version"), "-XX:AOTMode=on");
        if (check != 0) {
            throw new IllegalStateException("the image does not start on its AOT cache (-XX:AOTMode=on exited " + check + ")");
        }
    }

    private record Xvfb(Process process, String display) {
    }

    private static boolean needsXvfb() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("linux") && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank());
    }

    private static Xvfb startXvfb() throws IOException, InterruptedException {
        int n = 90;
        while (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
            n++;
        }
        String display = ":" + n;
        Process p;
        try {
            p = new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("the AOT training run shows the app's window: it needs a display, or Xvfb"
                    + " (apt-get install xvfb)", e);
        }
        // Xvfb is ready once its socket exists
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        for (int i = 0; i < 100 && !Files.exists(socket) && p.isAlive(); i++) {
            p.waitFor(100, TimeUnit.MILLISECONDS);
        }
        if (!p.isAlive()) {
            throw new IllegalStateException("Xvfb " + display + " did not start");
        }
        return new Xvfb(p, display);
    }

    private static int run(Path launcher, String display, long seconds, List<String> args, String toolOptions)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(launcher + " did not finish within " + seconds + " s");
        }
        return p.exitValue();
    }

    private static Path first(Path... candidates) {
        for (Path p : candidates) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("none of " + List.of(candidates) + " exists");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
