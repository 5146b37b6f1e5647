package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts use it: output formats and exit codes. */
class CommandLineAppTest {
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

    @Test
    void versionPrintsNameAndVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Scorecard Studio ");
    }

    @Test
    void sessionsOnAnEmptyDatabasePrintsNothing() throws Exception {
        // made by the app (a named database that does not exist is refused: issue 19, F13)
        com.scorecardstudio.db.Database.open(Path.of(db()), new com.scorecardstudio.db.Backups(TestDatabases.fixedClock(), 10),
                com.scorecardstudio.db.Database.BackupOnOpen.BEFORE_MIGRATION).close();
        assertThat(run("--db", db(), "sessions")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void demoThenSessionsListsTheDemoAsTabSeparatedLines() {
        assertThat(run("--db", db(), "demo", "--lang", "en")).isZero();
        List<String> lines = out.toString().lines().toList();
        String id = lines.get(lines.size() - 1);
        assertThat(id).matches("\\d+");

        assertThat(run("--db", db(), "demo", "--lang", "ru")).isZero();
        assertThat(run("--db", db(), "sessions")).isZero();
        List<String> rows = out.toString().lines().toList();
        assertThat(rows).hasSize(2);
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            assertThat(f).hasSize(4);
            assertThat(f[0]).matches("\\d+");
            assertThat(f[3]).isEqualTo("2026-11-22");
        }
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(id + "\tStrategy session 2027\tVita Clinic"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("\tСтратегическая сессия 2027\tМногопрофильный"));
    }

    @Test
    void usageErrorsExitWithTwoAndPrintUsage() {
        assertThat(run("--db", db(), "no-such-command")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage:").contains("sessions").contains("demo");
        assertThat(run("--db", db(), "demo", "--lang", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang");
        assertThat(run("--db")).isEqualTo(2);
    }

    @Test
    void aFailureExitsWithOneAndOneLineOnStderr() throws Exception {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        assertThat(run("--db", notADir.resolve("db").toString(), "sessions")).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("cannot be read or written");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void titlesWithTabsCannotBreakTheFormat() {
        assertThat(CommandLineApp.field("a\tb\nc")).isEqualTo("a b c");
    }

    @Test
    void theGuiIsOpenedOnlyWithoutACommand() {
        assertThat(CommandLineApp.guiDatabaseArgument(new String[0])).contains(java.util.Optional.empty());
        assertThat(CommandLineApp.guiDatabaseArgument(new String[] {"--db", "x"})).contains(java.util.Optional.of("x"));
        assertThat(CommandLineApp.guiDatabaseArgument(new String[] {"--db=x"})).contains(java.util.Optional.of("x"));
        assertThat(CommandLineApp.guiDatabaseArgument(new String[] {"sessions"})).isEmpty();
        assertThat(CommandLineApp.guiDatabaseArgument(new String[] {"--db", "x", "sessions"})).isEmpty();
    }

    @Test
    void commandsRunInTheirOwnProcessWithoutLoadingJavaFx() throws Exception {
        ChildJvm.Result r = ChildJvm.run(dir.resolve("home"), List.of("-verbose:class"), "--db", db(), "demo");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("Created the demo session");
        assertThat(r.stdout().lines().filter(l -> l.contains("[class,load] javafx.") || l.contains("[class,load] com.sun.javafx")))
                .isEmpty();
        assertThat(r.stderr()).isEmpty();
    }
}
