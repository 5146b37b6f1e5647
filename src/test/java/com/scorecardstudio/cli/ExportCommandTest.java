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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --session ID --out PATH [--lang en|ru] [--password-file PATH]}. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLineApp cli = new CommandLineApp(new AppPaths(dir.resolve("home")), new Messages(Language.EN),
                TestDatabases.fixedClock(), new PrintWriter(out), new PrintWriter(err));
        return cli.run(args);
    }

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    private String demo(String lang) {
        assertThat(run("--db", db(), "demo", "--lang", lang)).isZero();
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void exportsTheDemoInRussian() throws Exception {
        String id = demo("ru");
        Path file = dir.resolve("демо.xlsx");
        assertThat(run("--db", db(), "export", "--session", id, "--out", file.toString(), "--lang", "ru")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().strip()).isEqualTo("Exported to " + file.toAbsolutePath());
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Обзор");
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        }
    }

    @Test
    void aPasswordComesFromAFile() throws Exception {
        String id = demo("en");
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "letmein\n");
        Path file = dir.resolve("locked.xlsx");
        assertThat(run("--db", db(), "export", "--session", id, "--out", file.toString(), "--password-file", pw.toString())).isZero();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), "letmein", true)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Overview");
        }
        assertThat(run("--db", db(), "export", "--session", id, "--out", file.toString(), "--password-file",
                dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void theCommandLoadsNoJavaFx() throws Exception {
        String id = demo("ru");
        Path file = dir.resolve("child.xlsx");
        var r = com.scorecardstudio.testing.ChildJvm.run(dir.resolve("home"), List.of("-verbose:class"), "--db", db(), "export",
                "--session", id, "--out", file.toString(), "--lang", "ru");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(Files.size(file)).isPositive();
        assertThat(r.stdout().lines().filter(l -> l.contains("[class,load] javafx.") || l.contains("[class,load] com.sun.javafx")))
                .isEmpty();
    }

    @Test
    void failuresAreOneLineAndExitOne() throws Exception {
        demo("en");
        assertThat(run("--db", db(), "export", "--session", "987654", "--out", dir.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString().strip().lines()).containsExactly("There is no session with id 987654.");
        String id = demo("en");
        assertThat(run("--db", db(), "export", "--session", id, "--out", dir.resolve("no/such/dir/x.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1).allMatch(l -> l.contains("does not exist"));
        assertThat(run("--db", db(), "export", "--session", id)).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }
}
