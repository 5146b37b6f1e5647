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

    /** The file's bytes and time, to tell whether a command wrote it. */
    private static String state(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                + " @ " + Files.getLastModifiedTime(file).toMillis();
    }

    @Test
    void commandsThatOnlyReadLeaveTheDatabaseAndItsChecksumsAsTheyWere() throws Exception {
        assertThat(run("--db", db(), "demo", "--lang", "en")).isZero();
        String id = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        Path file = Path.of(db());
        Path checksums = dir.resolve("test.checksums");
        String dbBefore = state(file);
        String sumsBefore = state(checksums);
        assertThat(run("--db", db(), "sessions")).isZero();
        assertThat(run("--db", db(), "summary", "--session", id)).isZero();
        assertThat(run("--db", db(), "clients", "--session", id)).isZero();
        assertThat(run("--db", db(), "export", "--session", id, "--out", dir.resolve("s.xlsx").toString())).isZero();
        assertThat(run("--db", db(), "export-deck", "--session", id, "--out", dir.resolve("s.pptx").toString())).isZero();
        assertThat(run("--db", db(), "export-session", "--session", id, "--out", dir.resolve("s.scorecard").toString()))
                .isZero();
        assertThat(err.toString()).isEmpty();
        // a backup tool or a synced folder sees no change, and the checksums of the last clean close still hold
        assertThat(state(file)).as("the database file").isEqualTo(dbBefore);
        assertThat(state(checksums)).as("its checksums").isEqualTo(sumsBefore);

        // a command that writes does change it, and its checksums with it
        assertThat(run("--db", db(), "next-year", "--session", id)).isZero();
        assertThat(state(file)).isNotEqualTo(dbBefore);
        assertThat(state(checksums)).isNotEqualTo(sumsBefore);
    }

    @Test
    void aCommandThatOnlyReadsStillMigratesAnOlderDatabaseWithItsBackup() throws Exception {
        Path file = Path.of(db());
        Path fixture = Path.of(getClass().getResource("/fixtures/schema-v3.sql").toURI());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("test") + ";WRITE_DELAY=0", "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + fixture.toString().replace("'", "''") + "'");
        }
        assertThat(run("--db", db(), "sessions")).isZero();
        assertThat(out.toString()).startsWith("1\tFixture session\t");
        assertThat(err.toString()).isEmpty();
        assertThat(new com.scorecardstudio.db.Backups(TestDatabases.fixedClock(), 10).list(file)).as("the backup before the migration")
                .hasSize(1);
        // migrated: the next read opens it as it is
        String migrated = state(file);
        assertThat(run("--db", db(), "sessions")).isZero();
        assertThat(state(file)).isEqualTo(migrated);
    }
}
