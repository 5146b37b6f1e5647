package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.CliRunner;
import com.scorecardstudio.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a team workspace: {@code --db postgresql://…} works with every command a script
 * uses, the password comes from a file, and a local session is published to the server and taken back
 * whole through session files.
 */
@Tag("postgres")
class TeamWorkspaceCliTest {
    @TempDir
    Path dir;

    private final TestPostgres.Target target = TestPostgres.server().newDatabase();

    private Path passwordFile(String password) throws Exception {
        Path f = dir.resolve("pw-" + password.hashCode());
        Files.writeString(f, password + "\n");
        return f;
    }

    @Test
    void commandsRunOnTheServerWithThePasswordFromAFile() throws Exception {
        CliRunner cli = new CliRunner(dir);
        String pw = passwordFile(target.password()).toString();
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "demo", "--lang", "ru")).as(cli.err()).isZero();
        String id = cli.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "sessions")).as(cli.err()).isZero();
        assertThat(cli.out().lines().toList()).hasSize(1).first().asString().startsWith(id + "\t");
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "summary", "--session", id)).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("# ");
        Path xlsx = dir.resolve("team.xlsx");
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "export", "--session", id, "--out", xlsx.toString()))
                .as(cli.err()).isZero();
        assertThat(Files.size(xlsx)).isGreaterThan(10_000);
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "clients", "--session", id)).as(cli.err()).isZero();
        assertThat(cli.out().lines().count()).isGreaterThan(3);
    }

    @Test
    void aLocalSessionIsPublishedToTheServerAndTakenBackWhole() throws Exception {
        CliRunner cli = new CliRunner(dir);
        String local = cli.demo("en");
        assertThat(cli.run("--db", cli.db(), "summary", "--session", local)).isZero();
        String summary = cli.out();
        Path file = dir.resolve("s.scorecard");
        assertThat(cli.run("--db", cli.db(), "export-session", "--session", local, "--out", file.toString())).as(cli.err()).isZero();

        String pw = passwordFile(target.password()).toString();
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "import-session", "--file", file.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "sessions")).isZero();
        String onServer = cli.out().lines().findFirst().orElseThrow().split("\t")[0];
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "summary", "--session", onServer)).isZero();
        assertThat(cli.out()).isEqualTo(summary);

        Path back = dir.resolve("back.scorecard");
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "export-session", "--session", onServer, "--out",
                back.toString())).as(cli.err()).isZero();
        String copy = dir.resolve("copy.mv.db").toString();
        assertThat(cli.run("--db", copy, "import-session", "--file", back.toString())).as(cli.err()).isZero();
        assertThat(cli.run("--db", copy, "sessions")).isZero();
        String copied = cli.out().lines().findFirst().orElseThrow().split("\t")[0];
        assertThat(cli.run("--db", copy, "summary", "--session", copied)).isZero();
        assertThat(cli.out()).isEqualTo(summary);
    }

    @Test
    void badAddressesAndPasswordsAreRefusedInWords() throws Exception {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("--db", "postgresql://anna:secret@localhost/db", "sessions")).isNotZero();
        assertThat(cli.err()).contains("Do not put the password in the address").doesNotContain("secret");
        assertThat(cli.run("--db", "postgresql://anna@localhost:99999/db", "sessions")).isNotZero();
        assertThat(cli.err()).contains("is not a number from 1 to 65535");
        assertThat(cli.run("--db", "postgresql://anna@localhost:5432/", "sessions")).isNotZero();
        assertThat(cli.err()).contains("names no database");
        assertThat(cli.run("--db", "postgresql://anna@127.0.0.1:1/db", "sessions")).isNotZero();
        assertThat(cli.err()).contains("does not answer");
        assertThat(cli.run("--db", "postgresql://" + target.user() + "@127.0.0.1:" + TestPostgres.server().port() + "/nope", "--password-file",
                passwordFile(target.password()).toString(), "sessions")).isNotZero();
        assertThat(cli.err()).contains("has no database of that name");
        // the tests' server offers no TLS: an address that requires it is refused, and says why
        assertThat(cli.run("--db", target.url() + "?sslmode=require", "--password-file", passwordFile(target.password()).toString(),
                "sessions")).isNotZero();
        assertThat(cli.err()).contains("does not offer encryption (TLS)");
    }

    @Test
    void aReadOnlyRoleListsAndReadsButAWriteIsRefusedInWords() throws Exception {
        CliRunner cli = new CliRunner(dir);
        String pw = passwordFile(target.password()).toString();
        assertThat(cli.run("--db", target.url(), "--password-file", pw, "demo")).as(cli.err()).isZero();
        String reader = target.database() + "_ro";
        target.reader(reader);
        String url = target.url().replace(target.user() + "@", reader + "@");
        Path rpw = passwordFile("reader-secret");
        int code = cli.run("--db", url, "--password-file", rpw.toString(), "sessions");
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out().lines().count()).isEqualTo(1);
        assertThat(cli.run("--db", url, "--password-file", rpw.toString(), "demo")).isNotZero();
        assertThat(cli.err()).contains("read-only access").contains(url);
    }
}
