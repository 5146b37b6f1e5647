package com.scorecardstudio.cli;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DatabaseOpenException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.LoggerFactory;

/**
 * The database of a command that only reads, opened read-only on a thread of its own while the command
 * line is parsed, as the app opens its database while JavaFX starts ({@code EarlyOpen}): on the app
 * image the parsing and the open (H2, the integrity scan, jOOQ's set-up) take about as long each, and
 * on two cores they overlap. Only the plain case starts early — a database file given by {@code --db}
 * (or the default one) that exists, no other option before the command, a command that only reads, no
 * help asked for, and a schema that needs no migration; anything else, and any failure of the early
 * open, leaves the command to open the ordinary way, where the same failure is reported as always.
 */
final class EarlyRead implements AutoCloseable {
    /** The commands that only read the database (and their aliases). */
    static final Set<String> READ_COMMANDS = Set.of("sessions", "summary", "clients", "checkins", "checkin-export", "export",
            "export-deck", "deck", "export-session");

    private static final EarlyRead NONE = new EarlyRead(null, null);

    private final Path file;
    private CompletableFuture<Optional<Database>> opened;

    private EarlyRead(Path file, CompletableFuture<Optional<Database>> opened) {
        this.file = file;
        this.opened = opened;
    }

    /** Starts the early open when {@code args} are the plain case (see the class comment); never throws. */
    static EarlyRead start(String[] args, AppPaths paths) {
        Optional<Path> file = readsFile(args, paths);
        if (file.isEmpty()) {
            return NONE;
        }
        CompletableFuture<Optional<Database>> f = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("early-read").start(() -> {
            try {
                f.complete(Database.openReadOnlyIfCurrent(file.get(), Optional.empty()));
            } catch (DatabaseOpenException | RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return new EarlyRead(file.get(), f);
    }

    /** The database file a read command in {@code args} opens, when the arguments are the plain case. */
    static Optional<Path> readsFile(String[] args, AppPaths paths) {
        String db = null;
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                db = args[i + 1];
                i += 2;
            } else if (args[i].startsWith("--db=")) {
                db = args[i].substring("--db=".length());
                i++;
            } else {
                return Optional.empty(); // a password file, help, the version, a mistake: the ordinary way
            }
        }
        if (i >= args.length || !READ_COMMANDS.contains(args[i])) {
            return Optional.empty();
        }
        for (int j = i + 1; j < args.length; j++) {
            if (Set.of("-h", "--help", "-V", "--version").contains(args[j])) {
                return Optional.empty();
            }
        }
        if (db != null && (db.isBlank() || ServerAddress.looksLikeServer(db))) {
            return Optional.empty();
        }
        Path file = db == null ? paths.defaultDatabase() : AppPaths.databaseFile(db);
        return Files.isRegularFile(file) ? Optional.of(file.toAbsolutePath().normalize()) : Optional.empty();
    }

    /**
     * The database opened early for {@code dbFile}, once; empty when there is none (not started, another
     * file, or the early open did not succeed: the caller opens the ordinary way).
     */
    Optional<Database> take(Path dbFile) {
        CompletableFuture<Optional<Database>> f = opened;
        if (f == null || !file.equals(dbFile.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        opened = null;
        try {
            return f.get();
        } catch (ExecutionException e) {
            LoggerFactory.getLogger(EarlyRead.class).debug("Early open of {} failed; opening it the ordinary way", file, e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Closes a database opened early that no command took (a usage error, a refusal before the open). */
    @Override
    public void close() {
        if (file != null) {
            take(file).ifPresent(Database::close);
        }
    }
}
