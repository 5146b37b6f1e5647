package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team workspace whose server asks for a client certificate (issue 16, pg_hba {@code cert}): the
 * address's {@code sslcert} and {@code sslkey} log in without a password, for the app's connection and
 * the change feed's; no certificate, a file that is not there, or a certificate the server does not
 * accept are each refused in words, in both languages.
 */
@Tag("postgres")
class ClientCertificateWorkspaceTest {
    @TempDir
    Path dir;

    private final TestPostgres server = TestPostgres.tlsServer();
    private final TestPostgres.Target target = server.newCertificateDatabase();
    private final String root = server.certificates().root().toString();

    private ServerAddress address(String query) {
        return ServerAddress.parse(target.url() + "?sslmode=verify-full&sslrootcert=" + root + query, Optional.empty());
    }

    private static String cert(TestPostgres.ClientCertificate c) {
        return "&sslcert=" + c.cert() + "&sslkey=" + c.key();
    }

    private static DatabaseOpenException refusal(ServerAddress address) {
        try (Database db = Database.openServer(address, Optional.empty())) {
            throw new AssertionError("connected with " + address);
        } catch (DatabaseOpenException e) {
            return e;
        }
    }

    @Test
    void theUsersCertificateOpensTheWorkspaceWithoutAPasswordAndTheChangeFeedToo() throws Exception {
        ServerAddress address = address(cert(server.clientCertificate(target.user(), false)));
        BlockingQueue<ChangeFeed.Change> changes = new LinkedBlockingQueue<>();
        try (Database anna = Database.openServer(address, Optional.empty()); Database boris = Database.openServer(address, Optional.empty());
                ChangeFeed feed = ChangeFeed.start(boris, Optional.empty(), changes::add)) {
            long id = anna.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 12, 2))
                    .withTitle("Signed in by certificate")).id();
            assertThat(boris.store(TestDatabases.fixedClock()).sessions().list()).extracting(Session::id).containsExactly(id);
            assertThat(changes.poll(10, TimeUnit.SECONDS)).isNotNull();
            // the server saw the certificate: its subject is the user's name
            try (var rs = anna.connection().createStatement().executeQuery(
                    "SELECT client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("/CN=" + target.user());
            }
        }
    }

    @Test
    void aPkcs12FileWithAnEmptyPasswordGivenAsTheKeyAloneOpensTheWorkspace() throws Exception {
        ServerAddress address = address("&sslkey=" + server.clientCertificate(target.user(), false).p12());
        try (Database db = Database.openServer(address, Optional.empty())) {
            assertThat(db.store(TestDatabases.fixedClock()).sessions().list()).isEmpty();
        }
    }

    @Test
    void withoutACertificateTheRefusalSaysTheServerAsksForOne() {
        // the password is no way around it: pg_hba cert asks for the certificate alone
        DatabaseOpenException e;
        try (Database db = Database.openServer(address(""), Optional.of(target.password().toCharArray()))) {
            throw new AssertionError("connected without a certificate");
        } catch (DatabaseOpenException refused) {
            e = refused;
        }
        assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_CLIENT_CERT_REQUIRED);
        assertThat(new Messages(Language.EN).get(e.messageKey(), e.messageArgs())).contains("asks for a client certificate")
                .contains(target.database()).contains("sslcert=");
        assertThat(new Messages(Language.RU).get(e.messageKey(), e.messageArgs())).contains("требует клиентский сертификат");
    }

    @Test
    void aKeyOrCertificateFileThatIsNotThereOrNotAKeyIsNamed() throws Exception {
        TestPostgres.ClientCertificate c = server.clientCertificate(target.user(), false);
        Path missing = dir.resolve("anna.pk8");
        DatabaseOpenException e = refusal(address("&sslcert=" + c.cert() + "&sslkey=" + missing));
        assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_CLIENT_FILE_UNREADABLE);
        assertThat(new Messages(Language.EN).get(e.messageKey(), e.messageArgs())).contains(missing.toString());
        assertThat(new Messages(Language.RU).get(e.messageKey(), e.messageArgs())).contains(missing.toString());

        Path noCert = dir.resolve("anna.crt");
        assertThat(refusal(address("&sslcert=" + noCert + "&sslkey=" + c.key())).detail()).isEqualTo(noCert.toString());

        // a file that is there but is no key (the certificate given twice)
        Path notAKey = Files.copy(c.cert(), dir.resolve("not-a-key.pk8"));
        DatabaseOpenException garbled = refusal(address("&sslcert=" + c.cert() + "&sslkey=" + notAKey));
        assertThat(garbled.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_CLIENT_FILE_UNREADABLE);
        assertThat(garbled.detail()).isEqualTo(notAKey.toString());

        // a key with a password: never asked for (there is nobody at a console), refused with the file named
        Path locked = dir.resolve("locked.p12");
        var store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (var in = Files.newInputStream(c.cert())) {
            store.setKeyEntry("user", java.security.KeyFactory.getInstance("EC").generatePrivate(
                    new java.security.spec.PKCS8EncodedKeySpec(Files.readAllBytes(c.key()))), "secret".toCharArray(),
                    new java.security.cert.Certificate[] {java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in)});
        }
        try (var out = Files.newOutputStream(locked)) {
            store.store(out, "secret".toCharArray());
        }
        DatabaseOpenException withPassword = refusal(address("&sslkey=" + locked));
        assertThat(withPassword.reason()).as(Database.chainText(withPassword)).isEqualTo(DatabaseOpenException.Reason.TLS_CLIENT_FILE_UNREADABLE);
        assertThat(withPassword.detail()).isEqualTo(locked.toString());
    }

    @Test
    void aCertificateSignedByAnotherAuthorityOrMadeOutToAnotherUserIsRefused() {
        DatabaseOpenException stranger = refusal(address(cert(server.clientCertificate(target.user(), true))));
        assertThat(stranger.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_CLIENT_CERT_REFUSED);
        assertThat(new Messages(Language.EN).get(stranger.messageKey(), stranger.messageArgs()))
                .contains("refused your client certificate");
        assertThat(new Messages(Language.RU).get(stranger.messageKey(), stranger.messageArgs()))
                .contains("не принял ваш клиентский сертификат");

        DatabaseOpenException otherUser = refusal(address(cert(server.clientCertificate("boris", false))));
        assertThat(otherUser.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_CLIENT_CERT_REFUSED);
    }
}
