package com.scorecardstudio.db;

import com.scorecardstudio.config.ServerAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A team workspace on a real PostgreSQL server: the same schema, repositories and reads as an H2 file. */
@Tag("postgres")
class PostgresWorkspaceTest {
    @org.junit.jupiter.api.AfterEach
    void serverUp() throws Exception {
        TestPostgres.server().ensureRunning();
    }

    private final TestPostgres.Target target = TestPostgres.server().newDatabase();

    private Database open() throws DatabaseOpenException {
        return Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()));
    }

    @Test
    void aNewWorkspaceIsMigratedAndHoldsADemoSessionWholeAcrossReopening() throws Exception {
        long id;
        int goals;
        try (Database db = open()) {
            assertThat(db.server()).isPresent();
            assertThat(db.readOnly()).isFalse();
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 2));
            id = s.id();
            goals = db.store(TestDatabases.fixedClock()).goals().list(id).size();
            assertThat(goals).isGreaterThan(10);
        }
        try (Database db = open()) {
            Store store = db.store(TestDatabases.fixedClock());
            assertThat(store.sessions().list()).extracting(Session::id).containsExactly(id);
            assertThat(store.goals().list(id)).hasSize(goals);
            var content = store.content().read(id).orElseThrow();
            assertThat(content.session().title()).isNotBlank();
            assertThat(store.clients().list(id)).isNotEmpty();
        }
        try (var c = target.connect(); var rs = c.createStatement().executeQuery(
                "SELECT max(version::int) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(SchemaVersion.LATEST);
        }
    }

    @Test
    void aWrongPasswordAndAMissingDatabaseAreToldApart() {
        ServerAddress missing = ServerAddress.parse("postgresql://" + target.user() + "@127.0.0.1:" + TestPostgres.server().port()
                + "/no_such_db", Optional.empty());
        assertThatThrownBy(() -> Database.openServer(missing, Optional.of(target.password().toCharArray())))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.NO_SUCH_DATABASE);
                    assertThat(e.messageKey()).isEqualTo("team.open.no_such_database");
                });
        assertThatThrownBy(() -> Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of("not-the-password".toCharArray())))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_PASSWORD);
                    assertThat(e.getMessage()).doesNotContain("not-the-password");
                });
        ServerAddress closed = ServerAddress.parse("postgresql://x@127.0.0.1:1/db", Optional.empty());
        assertThatThrownBy(() -> Database.openServer(closed, Optional.empty()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SERVER_UNREACHABLE));
    }

    @Test
    void aServerKilledInTheMiddleOfWritingASessionKeepsItWholeOrNotAtAll() throws Exception {
        int wholeGoals;
        TestPostgres.Target ref = TestPostgres.server().newDatabase();
        try (Database reference = Database.openServer(ServerAddress.parse(ref.url(), Optional.empty()),
                Optional.of(ref.password().toCharArray()))) {
            long id = Demo.create(reference.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 2)).id();
            wholeGoals = reference.store(TestDatabases.fixedClock()).goals().list(id).size();
        }
        Database writer = open();
        Thread demo = Thread.ofPlatform().start(() -> {
            try {
                Demo.create(writer.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 2));
            } catch (RuntimeException killed) {
                // the server went away mid-transaction: expected
            }
        });
        // wait until the writer is inside its transaction, then kill the server
        try (var c = TestPostgres.server().admin()) {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                        + target.database() + "' AND xact_start IS NOT NULL AND application_name = 'Scorecard Studio'")) {
                    rs.next();
                    return rs.getInt(1) > 0 || !demo.isAlive();
                }
            });
        }
        TestPostgres.server().stopNow();
        demo.join();
        writer.close();
        TestPostgres.server().startAgain();
        try (Database db = open()) {
            var sessions = db.store(TestDatabases.fixedClock()).sessions().list();
            assertThat(sessions.size()).isLessThanOrEqualTo(1);
            for (Session s : sessions) {
                assertThat(db.store(TestDatabases.fixedClock()).goals().list(s.id())).hasSize(wholeGoals);
            }
        }
    }
}
