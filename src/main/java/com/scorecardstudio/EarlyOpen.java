package com.scorecardstudio;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.library.Libraries;
import com.scorecardstudio.library.Library;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The database opened, and its session list read, on the database thread while JavaFX starts: on two
 * cores the toolkit's start and the open overlap, and the home list can be drawn as soon as the
 * window is. Only a plain database starts early; an encrypted one waits for its password. The
 * routine backup and full integrity scan still run before any write ({@link Database.BackupOnOpen#DEFERRED}).
 */
final class EarlyOpen {
    private final DbExecutor executor;
    private final Path file;
    private CompletableFuture<Library.Opened> opened;

    private EarlyOpen(DbExecutor executor, Path file, CompletableFuture<Library.Opened> opened) {
        this.executor = executor;
        this.file = file;
        this.opened = opened;
    }

    static EarlyOpen start(Path dbFile, Libraries libraries) {
        DbExecutor executor = new DbExecutor();
        Path file = AppPaths.databaseFile(dbFile.toString());
        if (Libraries.isEncrypted(file)) {
            return new EarlyOpen(executor, file, null);
        }
        return new EarlyOpen(executor, file, executor.submit(() -> libraries.openAndList(file)));
    }

    /** The database thread the app goes on using. */
    DbExecutor executor() {
        return executor;
    }

    /** The early open of {@code dbFile}, once: a retry or another file opens the ordinary way. */
    Optional<CompletableFuture<Library.Opened>> take(Path dbFile) {
        CompletableFuture<Library.Opened> f = opened;
        opened = null;
        return f != null && AppPaths.databaseFile(dbFile.toString()).equals(file) ? Optional.of(f) : Optional.empty();
    }
}
