package com.scorecardstudio;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DatabaseKey;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The database opened, and its session list read, on the database thread while JavaFX starts: on two
 * cores the toolkit's start and the open overlap, and the home list can be drawn as soon as the
 * window is. Only a plain database starts early; an encrypted one waits for its password. The
 * routine backup and full integrity scan still run before any write ({@link Database.BackupOnOpen#DEFERRED}).
 */
final class EarlyOpen {
    record Opened(Database database, List<Session> sessions) {
    }

    private final DbExecutor executor;
    private final Path file;
    private CompletableFuture<Opened> opened;

    private EarlyOpen(DbExecutor executor, Path file, CompletableFuture<Opened> opened) {
        this.executor = executor;
        this.file = file;
        this.opened = opened;
    }

    static EarlyOpen start(Path dbFile, Backups backups, Clock clock) {
        DbExecutor executor = new DbExecutor();
        Path file = AppPaths.databaseFile(dbFile.toString());
        if (DatabaseKey.isEncrypted(file)) {
            return new EarlyOpen(executor, file, null);
        }
        return new EarlyOpen(executor, file, executor.submit(() -> {
            Database db = Database.open(file, backups, Database.BackupOnOpen.DEFERRED, Optional.empty());
            return new Opened(db, db.store(clock).sessions().list());
        }));
    }

    /** The database thread the app goes on using. */
    DbExecutor executor() {
        return executor;
    }

    /** The early open of {@code dbFile}, once: a retry or another file opens the ordinary way. */
    Optional<CompletableFuture<Opened>> take(Path dbFile) {
        CompletableFuture<Opened> f = opened;
        opened = null;
        return f != null && AppPaths.databaseFile(dbFile.toString()).equals(file) ? Optional.of(f) : Optional.empty();
    }
}
