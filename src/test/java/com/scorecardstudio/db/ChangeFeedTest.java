package com.scorecardstudio.db;

import com.scorecardstudio.config.ServerAddress;
import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Changes announced by the server reach the other open apps, not the writer; a restarted server is found again. */
@Tag("postgres")
class ChangeFeedTest {
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    private Database connect() throws Exception {
        return Database.openServer(ServerAddress.parse(target.url(), Optional.empty()), Optional.of(target.password().toCharArray()));
    }

    private ChangeFeed feed(Database db) throws Exception {
        return ChangeFeed.start(db, Optional.of(target.password().toCharArray()), new ChangeFeed.Listener() {
            @Override
            public void changed(ChangeFeed.Change change) {
                events.add(change);
            }

            @Override
            public void resync() {
                events.add("resync");
            }

            @Override
            public void connected(boolean connected) {
                events.add(connected ? "connected" : "lost");
            }
        });
    }

    private static Goal goal(String title) {
        return new Goal(null, Stage.FINANCIAL, "profit_growth", title, "", "", Priority.MEDIUM, List.of(), List.of());
    }

    @Test
    void anotherAppsChangeArrivesWithItsTableSessionAndVersionAndOwnChangesDoNot() throws Exception {
        try (Database anna = connect(); Database boris = connect(); ChangeFeed borisFeed = feed(boris)) {
            long session = anna.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 11, 2))
                    .withTitle("Live")).id();
            assertThat(events.poll(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ChangeFeed.Change.class, c -> {
                assertThat(c.table()).isEqualTo("session");
                assertThat(c.operation()).isEqualTo("insert");
                assertThat(c.sessionId()).contains(session);
            });
            // Boris's own write is not announced back to him; Anna's next one is
            Goal g = boris.store(TestDatabases.fixedClock()).goals().insert(session, goal("Boris's goal"), 0);
            anna.store(TestDatabases.fixedClock()).goals().update(g.id(), goal("Anna's title"), 0);
            assertThat(events.poll(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ChangeFeed.Change.class, c -> {
                assertThat(c.table()).isEqualTo("goal");
                assertThat(c.operation()).isEqualTo("update");
                assertThat(c.id()).contains(g.id());
                assertThat(c.version()).contains(1L);
                assertThat(c.sessionId()).contains(session);
            });
            assertThat(events).isEmpty();
        }
    }

    @Test
    void afterTheServerRestartsTheFeedReconnectsAsksForAReReadAndHearsChangesAgain() throws Exception {
        long session;
        try (Database anna = connect()) {
            session = anna.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 11, 2))
                    .withTitle("Restart")).id();
        }
        try (Database boris = connect(); ChangeFeed borisFeed = feed(boris)) {
            TestPostgres.server().restart();
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("lost");
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("resync");
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo("connected");
            try (Database anna = connect()) {
                anna.store(TestDatabases.fixedClock()).goals().insert(session, goal("After the restart"), 0);
            }
            assertThat(events.poll(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ChangeFeed.Change.class,
                    c -> assertThat(c.table()).isEqualTo("goal"));
        }
    }
}
