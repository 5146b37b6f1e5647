package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-session and import-session as scripts use them. */
class PortableSessionCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandLineApp(new AppPaths(dir.resolve("home")), new Messages(Language.EN), TestDatabases.fixedClock(),
                new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    private String lastLine() {
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void exportOnOneDatabaseImportOnAnother() throws Exception {
        String a = dir.resolve("a.mv.db").toString();
        String b = dir.resolve("b.mv.db").toString();
        Path file = dir.resolve("session.scorecard");
        assertThat(run("--db", a, "demo", "--lang", "ru")).isZero();
        String id = lastLine();

        assertThat(run("--db", a, "export-session", "--session", id, "--out", file.toString())).isZero();
        assertThat(file).exists();

        assertThat(run("--db", b, "import-session", "--file", file.toString())).isZero();
        assertThat(lastLine()).matches("\\d+");
        assertThat(run("--db", b, "sessions")).isZero();
        assertThat(out.toString()).contains("Стратегическая сессия 2027");

        assertThat(run("--db", b, "import-session", "--file", file.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString().contains("--replace");

        assertThat(run("--db", b, "import-session", "--file", file.toString(), "--keep-both")).isZero();
        assertThat(run("--db", b, "import-session", "--file", file.toString(), "--replace")).isZero();
        assertThat(run("--db", b, "sessions")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void aBrokenFileExitsOneWithOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.scorecard"), "PK not really");
        assertThat(run("--db", dir.resolve("c.mv.db").toString(), "import-session", "--file", file.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).contains("damaged");
        assertThat(run("--db", dir.resolve("c.mv.db").toString(), "export-session", "--session", "42", "--out",
                dir.resolve("x.scorecard").toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(1);
    }
}
