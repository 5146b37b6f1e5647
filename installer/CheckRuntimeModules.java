import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fails the installer build when the runtime would lack a module the app needs: runs jdeps over the
 * app's jar and every jar in its lib folder, and checks that each JDK module jdeps reports is named in
 * an {@code --add-modules} line of the jlink argument file. Modules listed there that jdeps does not
 * see (locale data, charsets, JavaFX) are fine: some needs only show at run time.
 *
 * <pre>java installer/CheckRuntimeModules.java installer/jlink.args target/scorecard-studio.jar target/lib</pre>
 *
 * A single-file program (JDK 11+ runs it from source), so the check needs nothing but the JDK.
 */
public final class CheckRuntimeModules {
    private CheckRuntimeModules() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java CheckRuntimeModules.java JLINK_ARGS_FILE APP_JAR LIB_DIR");
            System.exit(2);
        }
        Path argsFile = Path.of(args[0]);
        Path appJar = Path.of(args[1]);
        Path libDir = Path.of(args[2]);

        List<String> jars;
        try (Stream<Path> files = Files.list(libDir)) {
            jars = files.map(Path::toString).filter(f -> f.endsWith(".jar")).sorted().collect(Collectors.toList());
        }
        List<String> jdepsArgs = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "25", "-q",
                "--module-path", libDir.toString(),
                "--class-path", String.join(File.pathSeparator, jars),
                appJar.toString()));
        jdepsArgs.addAll(jars);

        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps not found: run this with a JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out, true), new PrintWriter(err, true), jdepsArgs.toArray(String[]::new));
        String[] lines = out.toString().strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        if (code != 0 || last.isEmpty()) {
            System.err.println("jdeps failed (" + code + "):\n" + out + err);
            System.exit(1);
        }
        Set<String> needed = new TreeSet<>(Arrays.asList(last.split(",")));

        Set<String> listed = new TreeSet<>();
        List<String> words = Files.readAllLines(argsFile).stream()
                .map(String::strip)
                .filter(l -> !l.startsWith("#"))
                .flatMap(l -> Arrays.stream(l.split("[\\s=]+")))
                .collect(Collectors.toList());
        for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).equals("--add-modules")) {
                listed.addAll(Arrays.asList(words.get(i + 1).split(",")));
            }
        }

        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(listed);
        System.out.println("jdeps: the app needs " + String.join(",", needed));
        if (!missing.isEmpty()) {
            System.err.println("The runtime would lack " + String.join(", ", missing) + ": add "
                    + (missing.size() == 1 ? "it" : "them") + " to --add-modules in " + argsFile);
            System.exit(1);
        }
        System.out.println("All of them are in " + argsFile);
    }
}
