package com.scorecardstudio.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the app's launcher (or a test driver) in a separate JVM, as a user's second process or a script would. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static Result run(Path home, String... args) throws IOException, InterruptedException {
        return run(home, List.of(), args);
    }

    public static Result run(Path home, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(command(home, jvmOptions, "com.scorecardstudio.Launcher", args));
    }

    /** The same, for a command that may take longer than a minute on a busy machine (a large import). */
    public static Result run(Path home, List<String> jvmOptions, java.time.Duration timeout, String... args)
            throws IOException, InterruptedException {
        return run(command(home, jvmOptions, "com.scorecardstudio.Launcher", args), timeout);
    }

    /**
     * Runs the launcher with the largest file it may write limited to {@code fileSizeKb} ({@code ulimit -f}
     * in bash): a write past it fails with "File too large", as a write to a full disk fails, on any file
     * the process writes (database, backups), without a small file system to mount.
     */
    public static Result runWithFileSizeLimit(Path home, long fileSizeKb, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + fileSizeKb + " && exec \"$0\" \"$@\""));
        cmd.addAll(command(home, jvmOptions, "com.scorecardstudio.Launcher", args));
        return run(cmd);
    }

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        return run(cmd, java.time.Duration.ofSeconds(60));
    }

    private static Result run(List<String> cmd, java.time.Duration timeout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM did not finish: " + cmd);
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    /**
     * Starts {@code mainClass} (from this test class path) in a separate JVM and returns at once:
     * the caller reads its output and ends it, e.g. with {@link Process#destroyForcibly()}.
     */
    public static Process start(Path home, List<String> jvmOptions, String mainClass, String... args) throws IOException {
        return new ProcessBuilder(command(home, jvmOptions, mainClass, args)).start();
    }

    private static List<String> command(Path home, List<String> jvmOptions, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-Dscorecard.home=" + home);
        cmd.add("-Duser.language=en");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
