package com.scorecardstudio.db;

import com.scorecardstudio.config.ServerAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes other users make to a team workspace, as the server announces them (the triggers of
 * {@code db/postgresql/V10__change_notify.sql}), on a connection of its own so that a long write never
 * delays them. Runs on its own thread; the listener is called there (hop to the FX thread yourself).
 * A lost connection is retried with a growing pause (0.5 s up to 10 s); once back, {@code resync} is
 * called first, since announcements made meanwhile are lost: the session is read again.
 */
public final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    static final String CHANNEL = "scorecard_changes";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One announced change: which row of which table, its new version and session; the writer's tag. */
    public record Change(String table, String operation, Optional<Long> id, Optional<Long> version, Optional<Long> sessionId,
            String origin) {
    }

    /** What the feed tells its user. Called on the feed's thread. */
    public interface Listener {
        void changed(Change change);

        /** The connection is back after a loss: whatever changed meanwhile must be read again. */
        default void resync() {
        }

        /** The feed lost or regained its connection (a banner comes and goes). */
        default void connected(boolean connected) {
        }
    }

    private final ServerAddress address;
    private final Optional<char[]> password;
    private final String ownOrigin;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangeFeed(ServerAddress address, Optional<char[]> password, String ownOrigin, Listener listener) {
        this.address = address;
        this.password = password;
        this.ownOrigin = ownOrigin;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("team-changes").unstarted(this::loop);
    }

    /**
     * Starts listening to {@code db}'s server; changes written through {@code db} itself (its
     * {@link Database#origin()}) are not reported. Returns once listening, or throws if the server
     * cannot be reached now.
     */
    public static ChangeFeed start(Database db, Listener listener) throws SQLException {
        return start(db, db.password(), listener);
    }

    public static ChangeFeed start(Database db, Optional<char[]> password, Listener listener) throws SQLException {
        ServerAddress address = db.server().orElseThrow(() -> new IllegalArgumentException("an H2 file has no change feed"));
        ChangeFeed feed = new ChangeFeed(address, password, db.origin(), listener);
        feed.connection = feed.connect();
        feed.thread.start();
        return feed;
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        password.ifPresent(p -> props.setProperty("password", new String(p)));
        props.setProperty("ApplicationName", "Scorecard Studio (changes)");
        props.setProperty("connectTimeout", "5");
        props.setProperty("tcpKeepAlive", "true");
        Database.clientKeyWithoutPrompt(address, props);
        Connection c = DriverManager.getConnection(address.jdbcUrl(), props);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        return c;
    }

    private void loop() {
        Duration pause = Duration.ofMillis(500);
        while (!closed) {
            try {
                PGNotification[] got = connection.unwrap(PGConnection.class).getNotifications(500);
                if (got != null) {
                    for (PGNotification n : got) {
                        deliver(n.getParameter());
                    }
                }
                pause = Duration.ofMillis(500);
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                LOG.warn("The team workspace {} stopped answering; retrying", address);
                listener.connected(false);
                closeQuietly();
                while (!closed) {
                    try {
                        Thread.sleep(pause); // a pause between attempts to reach a server, not a wait for a result
                        connection = connect();
                        LOG.info("The team workspace {} is back", address);
                        listener.resync();
                        listener.connected(true);
                        break;
                    } catch (SQLException again) {
                        pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
                                : pause.multipliedBy(2);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            JsonNode j = JSON.readTree(payload);
            Change change = new Change(j.path("table").asText(), j.path("op").asText(), number(j, "id"), number(j, "version"),
                    number(j, "session"), j.path("origin").asText(""));
            if (!change.origin().equals(ownOrigin)) {
                listener.changed(change);
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("An announcement from the team workspace could not be read", e);
        }
    }

    private static Optional<Long> number(JsonNode j, String field) {
        JsonNode n = j.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asLong());
    }

    private void closeQuietly() {
        try {
            Connection c = connection;
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            // gone already
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        closeQuietly();
    }
}
