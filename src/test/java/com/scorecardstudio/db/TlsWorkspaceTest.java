package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A team workspace on a server that speaks TLS (issue 16): the address's {@code sslmode} really
 * encrypts the app's connection and the change feed's, {@code verify-full} passes with the team's
 * root certificate and refuses a certificate made out to another name or signed by another root, and a
 * server without TLS refuses {@code require} — each refusal said in words, in both languages.
 */
@Tag("postgres")
class TlsWorkspaceTest {
    private final TestPostgres server = TestPostgres.tlsServer();
    private final TestPostgres.Target target = server.newDatabase();
    private final String root = server.certificates().root().toString();

    private ServerAddress address(String host, String query) {
        return ServerAddress.parse(target.url(host) + "?" + query, Optional.empty());
    }

    private Database open(ServerAddress address) throws DatabaseOpenException {
        return Database.openServer(address, Optional.of(target.password().toCharArray()));
    }

    /** Whether the server sees this connection as encrypted (its own view, not the driver's). */
    private static boolean encrypted(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(rs.next()).isTrue();
            return rs.getBoolean(1);
        }
    }

    @Test
    void requireOpensTheWorkspaceOverAnEncryptedConnectionAndASessionIsWrittenAndReadBack() throws Exception {
        try (Database db = open(address("127.0.0.1", "sslmode=require"))) {
            assertThat(encrypted(db.connection())).isTrue();
            long id = db.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 12, 2))
                    .withTitle("Über TLS")).id();
            assertThat(db.store(TestDatabases.fixedClock()).sessions().list()).extracting(Session::id, Session::title)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "Über TLS"));
        }
        // the default (prefer) takes TLS too when the server offers it, as libpq does
        try (Database db = open(address("127.0.0.1", "sslmode=prefer"))) {
            assertThat(encrypted(db.connection())).isTrue();
        }
    }

    @Test
    void verifyFullWithTheTeamsRootCertificateConnectsAndTheChangeFeedListensOverTlsToo() throws Exception {
        ServerAddress verified = address("127.0.0.1", "sslmode=verify-full&sslrootcert=" + root);
        assertThat(verified.sslRootCert()).contains(root);
        BlockingQueue<ChangeFeed.Change> changes = new LinkedBlockingQueue<>();
        try (Database anna = open(verified); Database boris = open(verified);
                ChangeFeed feed = ChangeFeed.start(boris, Optional.of(target.password().toCharArray()), changes::add)) {
            assertThat(encrypted(anna.connection())).isTrue();
            long id = anna.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 12, 2))
                    .withTitle("Announced over TLS")).id();
            assertThat(changes.poll(10, TimeUnit.SECONDS)).isNotNull().satisfies(c -> {
                assertThat(c.table()).isEqualTo("session");
                assertThat(c.sessionId()).contains(id);
            });
            // the feed's own connection (LISTEN) is encrypted as well: the server says so
            try (Connection admin = server.admin(); var st = admin.prepareStatement("SELECT s.ssl FROM pg_stat_ssl s"
                    + " JOIN pg_stat_activity a ON a.pid = s.pid WHERE a.datname = ? AND a.application_name = ?")) {
                st.setString(1, target.database());
                st.setString(2, "Scorecard Studio (changes)");
                try (var rs = st.executeQuery()) {
                    assertThat(rs.next()).as("the change feed's connection").isTrue();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            }
        }
    }

    @Test
    void afterTheServerRestartsTheWorkspaceAndTheFeedComeBackOverVerifiedTls() throws Exception {
        ServerAddress verified = address("127.0.0.1", "sslmode=verify-full&sslrootcert=" + root);
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        try (Database anna = open(verified); Database boris = open(verified);
                ChangeFeed feed = ChangeFeed.start(boris, Optional.of(target.password().toCharArray()), new ChangeFeed.Listener() {
                    @Override
                    public void changed(ChangeFeed.Change change) {
                        events.add(change);
                    }

                    @Override
                    public void connected(boolean connected) {
                        events.add(connected ? "connected" : "lost");
                    }
                })) {
            server.restart();
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("lost");
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("connected");
            // the app's own connection is replaced the same way (Database.reconnect), again verified
            anna.reconnect();
            assertThat(encrypted(anna.connection())).isTrue();
            anna.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 12, 2)).withTitle("After"));
            assertThat(events.poll(10, TimeUnit.SECONDS)).isInstanceOf(ChangeFeed.Change.class);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void serverUp() throws Exception {
        server.ensureRunning();
    }

    @Test
    void verifyFullRefusesACertificateMadeOutToAnotherNameAndSaysSo() throws Exception {
        // the certificate names 127.0.0.1; "localhost" is the same server under a name it does not carry
        assertThatThrownBy(() -> open(address("localhost", "sslmode=verify-full&sslrootcert=" + root)).close())
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_WRONG_HOST);
                    assertThat(new Messages(Language.EN).get(e.messageKey(), e.where()))
                            .contains("localhost").contains("certificate").contains("another name");
                    assertThat(new Messages(Language.RU).get(e.messageKey(), e.where()))
                            .contains("localhost").contains("сертификат");
                });
        // verify-ca checks the signature only: the same server, the same name, connects
        try (Database db = open(address("localhost", "sslmode=verify-ca&sslrootcert=" + root))) {
            assertThat(encrypted(db.connection())).isTrue();
        }
    }

    @Test
    void aCertificateSignedByAnotherRootOrAMissingRootFileIsRefusedInWords() throws Exception {
        String stranger = server.certificates().strangerRoot().toString();
        assertThatThrownBy(() -> open(address("127.0.0.1", "sslmode=verify-ca&sslrootcert=" + stranger)).close())
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_UNTRUSTED);
                    assertThat(new Messages(Language.EN).get(e.messageKey(), e.where())).contains("not signed by");
                });
        String missing = server.certificates().root().resolveSibling("no-such-root.crt").toString();
        assertThatThrownBy(() -> open(address("127.0.0.1", "sslmode=verify-full&sslrootcert=" + missing)).close())
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_NO_ROOT_CERT);
                    assertThat(new Messages(Language.EN).get(e.messageKey(), e.where())).contains("no-such-root.crt");
                });
    }

    @Test
    void aServerWithoutTlsRefusesRequireInWordsNotAStackTrace() {
        TestPostgres.Target plain = TestPostgres.server().newDatabase();
        ServerAddress required = ServerAddress.parse(plain.url() + "?sslmode=require", Optional.empty());
        assertThatThrownBy(() -> Database.openServer(required, Optional.of(plain.password().toCharArray())).close())
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.TLS_REFUSED);
                    assertThat(new Messages(Language.EN).get(e.messageKey(), e.where()))
                            .contains("does not offer encryption (TLS)").doesNotContain("Exception");
                    assertThat(new Messages(Language.RU).get(e.messageKey(), e.where())).contains("не предлагает шифрование");
                });
    }
}
