package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read command's database opened while the command line is parsed: only in the plain case, and never left open. */
class EarlyReadTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void demo() {
        cli = new CliRunner(dir);
    }

    private AppPaths paths() {
        return new AppPaths(dir.resolve("home"));
    }

    private String db() {
        return cli.db();
    }

    @Test
    void onlyAReadCommandOnAnExistingFileWithNothingElseBeforeItStartsEarly() throws Exception {
        cli.demo("en");
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
        String id = cli.demo("en");
        // opened early, then never taken: the command is missing its session
        assertThat(cli.run("--db", db(), "summary")).isEqualTo(2);
        assertThat(cli.err()).contains("--session");
        // a write in the same process: a database left open read-only would refuse it
        long before = Files.getLastModifiedTime(Path.of(db())).toMillis();
        assertThat(cli.run("--db", db(), "next-year", "--session", id)).as(cli.err()).isZero();
        assertThat(Files.getLastModifiedTime(Path.of(db())).toMillis()).isNotEqualTo(before);
        assertThat(cli.run("--db", db(), "sessions")).isZero();
        assertThat(cli.out().lines()).hasSize(2);
    }

    @Test
    void aRefusedExportLeavesTheDatabaseFreeToo() throws Exception {
        String id = cli.demo("en");
        // the workbook would overwrite the database itself: refused before the command opens it
        assertThat(cli.run("--db", db(), "export", "--session", id, "--out", db())).isEqualTo(1);
        assertThat(cli.run("--db", db(), "next-year", "--session", id)).as(cli.err()).isZero();
    }
}
