package com.scorecardstudio.library;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.ChangeFeed;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DatabaseOpenException;
import com.scorecardstudio.db.NotFoundException;
import com.scorecardstudio.deck.DeckData;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.excel.ExportData;
import com.scorecardstudio.report.SummaryReport;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.OpenSession;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.sessionfile.SessionFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The database file the app has open, as the screens use it: its sessions, the session opened from
 * it, its session files, its backups. The views hold this, never the database itself, so SQL and
 * the file's handling stay below them. Everything but the static checks runs on the database thread.
 */
public final class Library implements AutoCloseable {
    /** Set once the library closes: what its change feeds still report then is not read any more. */
    private volatile boolean closing;

    private final Database database;
    private final Backups backups;
    private final Clock clock;

    /** A library opened, with its session list when it was read at the same time. */
    public record Opened(Library library, List<Session> sessions) {
    }

    private final Path journals;

    Library(Database database, Backups backups, Clock clock, Path journals) {
        this.database = database;
        this.backups = backups;
        this.clock = clock;
        this.journals = journals;
    }

    /**
     * The full integrity scan and the routine backup, then the purge of sessions deleted in an earlier
     * run; returns how many were purged. Closes the database when it finds it damaged.
     */
    public int checkAndBackUp() throws DatabaseOpenException {
        database.checkAndBackUp();
        return database.store(clock).sessions().purgeDeleted();
    }

    /** The H2 file; null for a team workspace (see {@link #server()}). */
    public Path file() {
        return database.file();
    }

    /** The team workspace's server; empty for an H2 file. */
    public Optional<com.scorecardstudio.config.ServerAddress> server() {
        return database.server();
    }

    /** Whether the sessions here can only be looked at (a team workspace opened with a read-only role). */
    public boolean readOnly() {
        return database.readOnly();
    }

    public List<Session> sessions() {
        return database.store(clock).sessions().list();
    }

    public Optional<Session> find(long sessionId) {
        return database.store(clock).sessions().find(sessionId);
    }

    /** The model of the session list on the home screen. */
    public SessionListModel sessionList(TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        return new SessionListModel(database.store(clock), tasks, messages, onError);
    }

    /** Creates the demo session in one transaction. */
    public Session createDemo(Language language) {
        return Demo.create(database.store(clock), language, LocalDate.now(clock));
    }

    /** Opens a session for editing: its headless model, not yet loaded. Call on the FX thread. */
    public OpenSession openSession(Session session, TaskRunner tasks, Autosave.Scheduler scheduler, LongSupplier ticker,
                                   Messages messages, Consumer<Throwable> onSaveFailed) {
        return openSession(session, tasks, scheduler, ticker, messages, onSaveFailed, Runnable::run);
    }

    /**
     * As above; {@code fxThread} runs what a team workspace's change feed reports on the thread that
     * may touch the model and start tasks (the FX thread in the app).
     */
    public OpenSession openSession(Session session, TaskRunner tasks, Autosave.Scheduler scheduler, LongSupplier ticker,
                                   Messages messages, Consumer<Throwable> onSaveFailed, java.util.concurrent.Executor fxThread) {
        OpenSession open = new OpenSession(session, database.store(clock), tasks, scheduler, ticker, messages, onSaveFailed);
        if (database.readOnly()) {
            open.lockForReading(); // the pages lock before anything is typed, not after the server refuses it
        }
        if (database.server().isPresent()) {
            open.keepWorkWhileOffline(journal(session), Database::isConnectionLost);
            followChanges(open, session, tasks, fxThread);
        }
        return open;
    }

    /** The offline journal of a session of this team workspace: one file per workspace and session. */
    com.scorecardstudio.session.Journal journal(Session session) {
        String workspace = java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(sha256(database.location()), 8));
        return new JournalFile(journals.resolve(workspace).resolve(session.uid() + ".jsonl"));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * On a team workspace: says on the server that this session is open here, and follows what the
     * others change in it (announced by the server, read on the database thread, shown on the FX
     * thread) until it is closed. A feed that cannot start leaves the session as on a file: the
     * compare-and-set writes still keep every update.
     */
    private void followChanges(OpenSession open, Session session, TaskRunner tasks, java.util.concurrent.Executor fxThread) {
        boolean[] closed = {false};
        tasks.run(() -> {
            // listening first, then saying "open here": whoever sees this laptop present and changes
            // something is heard (the other way round, a change in between was lost until a reconnect)
            ChangeFeed started = ChangeFeed.start(database, new ChangeFeed.Listener() {
                @Override
                public void connected(boolean connected) {
                    if (!connected) {
                        fxThread.execute(() -> {
                            if (!closed[0]) {
                                open.wentOffline();
                            }
                        });
                    }
                }

                @Override
                public void resync() {
                    // the server is back: this app's own connection is renewed first, then what waited is written
                    fxThread.execute(() -> tasks.run(() -> {
                        database.reconnect();
                        return null;
                    }, ok -> {
                        if (!closed[0]) {
                            open.reconnected();
                        }
                    }, e -> org.slf4j.LoggerFactory.getLogger(Library.class).warn("Could not reconnect", e)));
                }

                @Override
                public void changed(ChangeFeed.Change change) {
                    // a row without an id of its own (a card's position, a score) still counts: its part is read whole
                    if (change.sessionId().filter(id -> id == session.id()).isPresent()) {
                        fxThread.execute(() -> {
                            if (!closed[0] && !closing) {
                                open.changedElsewhere(change.table(), change.id().orElse(0L));
                            }
                        });
                    }
                }
            });
            try {
                database.announce(session.uid());
            } catch (RuntimeException e) {
                started.close(); // not followed at all rather than followed by a feed no one closes
                throw e;
            }
            return started;
        }, feed -> open.onClose(() -> {
            closed[0] = true;
            feed.close();
        }), e -> org.slf4j.LoggerFactory.getLogger(Library.class).warn("Could not follow the team's changes", e));
    }

    /** The other users who have a session open on this team workspace now; empty on a file. */
    public List<String> othersIn(Session session) {
        return database.othersIn(session.uid());
    }

    /** Stores a session's edited details and returns them as stored. */
    public Session updateSession(Session edited) {
        return database.store(clock).sessions().update(edited);
    }

    /**
     * Stores the details changed from {@code shown} to {@code edited}, merged with what another user of
     * a team workspace changed meanwhile; the same detail changed differently throws
     * {@link com.scorecardstudio.db.StaleWriteException} with theirs. Returns the details as stored.
     */
    public Session updateSession(Session shown, Session edited) {
        return database.store(clock).sessions().update(shown, edited);
    }

    /** The Markdown summary of a session, read in one transaction. */
    public String summary(long sessionId, Messages messages) {
        return SummaryReport.markdown(database.store(clock), sessionId, messages)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    /** What a session's workbook is made from, read in one transaction. */
    public ExportData exportData(long sessionId) {
        return ExportData.read(database.store(clock), sessionId)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    /** What a session's deck is made from, read in one transaction. */
    public DeckData deckData(long sessionId) {
        return DeckData.read(database.store(clock), sessionId)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    public SessionFiles sessionFiles() {
        return new SessionFiles(database.store(clock));
    }

    /** The backups of this file, newest first. */
    public List<Path> backups() {
        // a server is backed up by its administrator (docs/team-workspace.md)
        return database.file() == null ? List.of() : backups.list(database.file());
    }

    /** Closes the database and puts a backup in its place (the current file kept aside); reopen afterwards. */
    public Optional<Path> closeAndRestore(Path backup) throws IOException {
        database.close();
        try {
            return backups.restore(backup, database.file(), database.key());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) { // the database's own failure, in the one type the screens handle
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closing = true; // a change the feed still delivers now finds no database thread to read it on
        database.close();
    }
}
