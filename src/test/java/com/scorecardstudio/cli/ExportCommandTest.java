package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.CliRunner;
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

    private CliRunner cli;

    @org.junit.jupiter.api.BeforeEach
    void cli() {
        cli = new CliRunner(dir);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String db() {
        return cli.db();
    }

    private String demo(String lang) {
        return cli.demo(lang);
    }

    @Test
    void exportsTheDemoInRussian() throws Exception {
        String id = demo("ru");
        Path file = dir.resolve("демо.xlsx");
        assertThat(run("--db", db(), "export", "--session", id, "--out", file.toString(), "--lang", "ru")).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().strip()).isEqualTo("Exported to " + file.toAbsolutePath());
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Сводка");
            assertThat(wb.getNumberOfSheets()).isEqualTo(9);
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
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Dashboard");
        }
        assertThat(run("--db", db(), "export", "--session", id, "--out", file.toString(), "--password-file",
                dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(cli.err().strip().lines()).hasSize(1);
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
        assertThat(cli.err().strip().lines()).containsExactly("There is no session with id 987654.");
        String id = demo("en");
        assertThat(run("--db", db(), "export", "--session", id, "--out", dir.resolve("no/such/dir/x.xlsx").toString())).isEqualTo(1);
        assertThat(cli.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("does not exist"));
        assertThat(run("--db", db(), "export", "--session", id)).isEqualTo(2);
        assertThat(cli.err()).contains("--out");
    }
}
