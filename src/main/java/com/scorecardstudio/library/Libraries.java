package com.scorecardstudio.library;

import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DatabaseKey;
import com.scorecardstudio.db.DatabaseOpenException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Opens database files as {@link Library libraries} and looks after files that are not open: which
 * need a password, their backups, putting a backup in place. Runs on the database thread unless said.
 */
public final class Libraries {
    private final Backups backups;
    private final Clock clock;
    /** Where team workspaces' offline journals live (the data folder's {@code journal}). */
    private final Path journals;

    public Libraries(Backups backups, Clock clock) {
        this(backups, clock, Path.of(System.getProperty("java.io.tmpdir"), "scorecard-journal"));
    }

    private Libraries(Backups backups, Clock clock, Path journals) {
        this.backups = backups;
        this.clock = clock;
        this.journals = journals;
    }

    /** These libraries with team workspaces' offline journals kept in {@code dir}. */
    public Libraries withJournals(Path dir) {
        return new Libraries(backups, clock, dir);
    }

    /** Opens a file (its integrity scan and routine backup deferred to {@link Library#checkAndBackUp()}). */
    public Library open(Path file, Optional<char[]> password) throws DatabaseOpenException {
        return new Library(Database.open(file, backups, Database.BackupOnOpen.DEFERRED, password), backups, clock, journals);
    }

    /**
     * Opens a team workspace on a PostgreSQL server and reads its session list; the password is
     * wiped once used.
     */
    public Library.Opened openServer(com.scorecardstudio.config.ServerAddress address, Optional<char[]> password)
            throws DatabaseOpenException {
        try {
            Library library = new Library(Database.openServer(address, password), backups, clock, journals);
            return new Library.Opened(library, library.sessions());
        } finally {
            password.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        }
    }

    /** Opens a file and reads its session list at once, as at start-up. */
    public Library.Opened openAndList(Path file) throws DatabaseOpenException {
        Library library = open(file, Optional.empty());
        return new Library.Opened(library, library.sessions());
    }

    /** Whether opening the file needs a password (checked without opening it); any thread. */
    public static boolean isEncrypted(Path file) {
        return DatabaseKey.isEncrypted(file);
    }

    /** When a backup was made, from its name; any thread. */
    public static Optional<LocalDateTime> backupTime(Path backup) {
        return Backups.timeOf(backup);
    }

    /** The newest backup of a file that opens cleanly; restores it into memory to check. */
    public Optional<Path> newestGoodBackup(Path file) {
        return backups.newestGood(file);
    }

    /** Puts a backup in place of a file that is not open; the file it replaces is kept aside. */
    public Optional<Path> restore(Path backup, Path file) throws IOException {
        try {
            return backups.restore(backup, file);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) { // the database's own failure, in the one type the screens handle
            throw new IOException(e.getMessage(), e);
        }
    }

}
