package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.CliRunner;
import com.scorecardstudio.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db postgresql://…?sslmode=verify-full&sslrootcert=…} on a server that speaks TLS, as a script would run it. */
@Tag("postgres")
class TeamWorkspaceTlsCliTest {
    @TempDir
    Path dir;

    private final TestPostgres server = TestPostgres.tlsServer();
    private final TestPostgres.Target target = server.newDatabase();

    @Test
    void commandsRunOverVerifiedTlsAndAWrongNameIsRefusedInOneLine() throws Exception {
        CliRunner cli = new CliRunner(dir);
        Path pw = dir.resolve("pw");
        Files.writeString(pw, target.password() + "\n");
        String verified = "?sslmode=verify-full&sslrootcert=" + server.certificates().root();
        assertThat(cli.run("--db", target.url() + verified, "--password-file", pw.toString(), "demo")).as(cli.err()).isZero();
        String id = cli.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(cli.run("--db", target.url() + verified, "--password-file", pw.toString(), "sessions")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith(id + "\t");

        // the certificate names 127.0.0.1, not localhost: refused, in words, on one line, nothing written
        assertThat(cli.run("--db", target.url("localhost") + verified, "--password-file", pw.toString(), "sessions")).isNotZero();
        assertThat(cli.err()).contains("is made out to another name").doesNotContain("Exception").hasLineCount(1);
        assertThat(cli.run("--db", target.url() + "?sslmode=verify-full&sslrootcert=" + server.certificates().strangerRoot(),
                "--password-file", pw.toString(), "sessions")).isNotZero();
        assertThat(cli.err()).contains("is not signed by the root certificate").hasLineCount(1);
    }

    @Test
    void aClientCertificateInTheAddressLogsInWithoutAPasswordAndItsAbsenceIsSaidInOneLine() throws Exception {
        TestPostgres.Target certified = server.newCertificateDatabase();
        TestPostgres.ClientCertificate mine = server.clientCertificate(certified.user(), false);
        CliRunner cli = new CliRunner(dir);
        String verified = "?sslmode=verify-full&sslrootcert=" + server.certificates().root();
        String withCert = certified.url() + verified + "&sslcert=" + mine.cert() + "&sslkey=" + mine.key();
        assertThat(cli.run("--db", withCert, "demo")).as(cli.err()).isZero();
        String id = cli.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(cli.run("--db", withCert, "sessions")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith(id + "\t");

        assertThat(cli.run("--db", certified.url() + verified, "sessions")).isNotZero();
        assertThat(cli.err()).contains("asks for a client certificate").doesNotContain("Exception").hasLineCount(1);
        Path missing = dir.resolve("missing.pk8");
        assertThat(cli.run("--db", certified.url() + verified + "&sslcert=" + mine.cert() + "&sslkey=" + missing, "sessions"))
                .isNotZero();
        assertThat(cli.err()).contains(missing.toString()).hasLineCount(1);
        // a key's password never travels in the address: refused, not echoed
        assertThat(cli.run("--db", withCert + "&sslpassword=hunter2", "sessions")).isNotZero();
        assertThat(cli.err()).contains("sslpassword").doesNotContain("hunter2").hasLineCount(1);
    }
}
