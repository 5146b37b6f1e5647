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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read command's database opened while the command line is parsed: only in the plain case, and never left open. */
class EarlyReadTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandLineApp(paths(), new Messages(Language.EN), TestDatabases.fixedClock(), new PrintWriter(out),
                new PrintWriter(err)).run(args);
    }

    private AppPaths paths() {
        return new AppPaths(dir.resolve("home"));
    }

    private String db() {
        return dir.resolve("test.mv.db").toString();
    }

    @Test
    void onlyAReadCommandOnAnExistingFileWithNothingElseBeforeItStartsEarly() throws Exception {
        assertThat(run("--db", db(), "demo")).isZero();
        Path file = Path.of(db()).toAbsolutePath();
        assertThat(EarlyRead.readsFile(new String[] {"--db", db(), "sessions"}, paths())).contains(file);
        assertThat(EarlyRead.readsFile(new String[] {"--db=" + dir.resolve("test"), "summary", "--session", "1"}, paths()))
                .contains(file);
        assertThat(EarlyRead.readsFile(new String[] {"--db", db(), "deck", "--session", "1", "--out", "x.pptx"}, paths()))
                .contains(file);
        // a command that writes, a password, help, a server, a file that is not there: the ordinary way
        assertThat(EarlyRead.readsFile(new String[] {"--db", db(), "next-year", "--session", "1"}, paths())).isEmpty();
        assertThat(EarlyRead.readsFile(new String[] {"--password-file", "p", "--db", db(), "sessions"}, paths())).isEmpty();
        assertThat(EarlyRead.readsFile(new String[] {"--db", db(), "summary", "--help"}, paths())).isEmpty();
        assertThat(EarlyRead.readsFile(new String[] {"--db", "postgresql://u@host/db", "sessions"}, paths())).isEmpty();
        assertThat(EarlyRead.readsFile(new String[] {"--db", dir.resolve("other.mv.db").toString(), "sessions"}, paths()))
                .isEmpty();
        assertThat(EarlyRead.readsFile(new String[] {"sessions"}, paths())).as("no default database yet").isEmpty();
        assertThat(EarlyRead.readsFile(new String[] {"--db", db()}, paths())).isEmpty();
    }

    @Test
    void aReadCommandThatEndsInAUsageErrorLeavesTheDatabaseFreeForTheNextCommand() throws Exception {
        assertThat(run("--db", db(), "demo")).isZero();
        String id = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        // opened early, then never taken: the command is missing its session
        assertThat(run("--db", db(), "summary")).isEqualTo(2);
        assertThat(err.toString()).contains("--session");
        // a write in the same process: a database left open read-only would refuse it
        long before = Files.getLastModifiedTime(Path.of(db())).toMillis();
        assertThat(run("--db", db(), "next-year", "--session", id)).as(err.toString()).isZero();
        assertThat(Files.getLastModifiedTime(Path.of(db())).toMillis()).isNotEqualTo(before);
        assertThat(run("--db", db(), "sessions")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void aRefusedExportLeavesTheDatabaseFreeToo() throws Exception {
        assertThat(run("--db", db(), "demo")).isZero();
        String id = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
        // the workbook would overwrite the database itself: refused before the command opens it
        assertThat(run("--db", db(), "export", "--session", id, "--out", db())).isEqualTo(1);
        assertThat(run("--db", db(), "next-year", "--session", id)).as(err.toString()).isZero();
    }
}
