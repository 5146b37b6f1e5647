package com.scorecardstudio.db;

import com.scorecardstudio.config.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open H2 file database: migrated to the current schema, backed up before each migration, and
 * reached through one connection that only the database thread uses.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final Optional<DatabaseKey> key;
    private Optional<Backups> deferredCheck;

    private Database(Path file, Connection connection, Optional<DatabaseKey> key, Optional<Backups> deferredCheck) {
        this.file = file;
        this.connection = connection;
        this.key = key;
        this.deferredCheck = deferredCheck;
        this.dsl = DSL.using(connection, SQLDialect.H2,
                new Settings().withExecuteLogging(false).withRenderSchema(false));
    }

    /** When to back up an existing database while opening it. */
    public enum BackupOnOpen {
        /** Every open (the app's start): a corrupt file later can go back to this point. */
        ALWAYS,
        /** Only before a migration changes the schema (quick command-line runs). */
        BEFORE_MIGRATION,
        /**
         * The app's start: a backup before a migration as always, but the routine backup and the full
         * integrity scan are left to {@link #checkAndBackUp()}, which the app runs on the database
         * thread right after its first read, so the home list is on screen before them. Every write
         * queues behind that check on the same thread: nothing is written to a damaged file.
         */
        DEFERRED
    }

    /**
     * Opens (creating on first use) and migrates the database in {@code file} ({@code name.mv.db}).
     * Keeps a backup of an existing database before touching its schema.
     */
    public static Database open(Path file, Backups backups, BackupOnOpen when) throws DatabaseOpenException {
        return open(file, backups, when, Optional.empty());
    }

    /**
     * Opens as {@link #open(Path, Backups, BackupOnOpen)}, with a password: an encrypted database (one
     * with a {@code .salt} file beside it) needs it, and a database that does not exist yet is created
     * encrypted with it (H2 {@code CIPHER=AES}, key from {@link DatabaseKey}). A password given for a
     * database that is not encrypted is not used.
     */
    public static Database open(Path file, Backups backups, BackupOnOpen when, Optional<char[]> password)
            throws DatabaseOpenException {
        Path dbFile = AppPaths.databaseFile(file.toString());
        boolean existed = Files.exists(dbFile);
        try {
            Files.createDirectories(dbFile.getParent());
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, dbFile, e);
        }
        if (existed && !Files.isReadable(dbFile)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, dbFile, null);
        }
        Optional<DatabaseKey> key;
        try {
            if (DatabaseKey.isEncrypted(dbFile)) {
                if (password.isEmpty()) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.PASSWORD_REQUIRED, dbFile, null);
                }
                key = Optional.of(DatabaseKey.forExisting(dbFile, password.get()));
            } else if (!existed && password.isPresent()) {
                key = Optional.of(DatabaseKey.forNew(dbFile, password.get()));
            } else {
                key = Optional.empty();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, dbFile, e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl(dbFile, key), "sa", key.map(DatabaseKey::jdbcPassword).orElse(""));
        } catch (SQLException e) {
            throw classify(dbFile, e);
        }
        try {
            connection.setAutoCommit(true);
            SchemaVersion schema = SchemaVersion.of(connection);
            if (schema == SchemaVersion.NEWER) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, dbFile, null);
            }
            if (schema == SchemaVersion.CURRENT) {
                if (when == BackupOnOpen.ALWAYS) {
                    backups.backup(connection, dbFile, key);
                }
            } else {
                migrate(connection, dbFile, existed, when, backups, key);
            }
            if (existed && when == BackupOnOpen.DEFERRED) {
                return new Database(dbFile, connection, key, Optional.of(backups));
            }
            if (existed) {
                // opening reads only what it needs: a damaged page elsewhere would surface mid-session
                long start = System.nanoTime();
                Integrity.scan(connection);
                LOG.info("Integrity check of {} passed in {} ms", dbFile, (System.nanoTime() - start) / 1_000_000);
            }
            return new Database(dbFile, connection, key, Optional.empty());
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | RuntimeException | IOException e) {
            closeQuietly(connection);
            throw classify(dbFile, e);
        }
    }

    /**
     * What {@link BackupOnOpen#DEFERRED} left for later: the routine backup, which reads every row and
     * walks every index of the live file first (see {@link Integrity}) and verifies the copy. Runs once;
     * a damaged file is reported as {@link DatabaseOpenException.Reason#CORRUPT}, as at any open. Call
     * on the database thread.
     */
    public void checkAndBackUp() throws DatabaseOpenException {
        if (deferredCheck.isEmpty()) {
            return;
        }
        Backups backups = deferredCheck.get();
        deferredCheck = Optional.empty();
        long start = System.nanoTime();
        try {
            backups.backup(connection, file, key);
        } catch (SQLException | RuntimeException | IOException e) {
            // closed here, on the database thread: a write queued behind the check must not reach the file
            close();
            throw classify(file, e);
        }
        LOG.info("Integrity check and backup of {} passed in {} ms", file, (System.nanoTime() - start) / 1_000_000);
    }

    /** The Flyway way: a new database, a pending migration, or a history only Flyway can judge. */
    private static void migrate(Connection connection, Path dbFile, boolean existed, BackupOnOpen when, Backups backups,
            Optional<DatabaseKey> key) throws SQLException, IOException, DatabaseOpenException {
        Migrations migrations = new Migrations(connection);
        if (migrations.hasFutureMigrations()) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, dbFile, null);
        }
        boolean pending = migrations.hasPending();
        // the backup is taken here, before any write of this run: no write can be in flight
        if (existed && hasSchema(connection) && (pending || when == BackupOnOpen.ALWAYS)) {
            backups.backup(connection, dbFile, key);
        }
        migrations.migrate(dbFile);
    }

    /**
     * The JDBC URL: WRITE_DELAY=0 so that a committed transaction survives a killed process
     * (H2's default delay of 500 ms loses it).
     */
    static String jdbcUrl(Path dbFile) {
        String name = dbFile.toString();
        String base = name.substring(0, name.length() - AppPaths.H2_SUFFIX.length());
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0";
    }

    static String jdbcUrl(Path dbFile, Optional<DatabaseKey> key) {
        return jdbcUrl(dbFile) + (key.isPresent() ? ";CIPHER=AES" : "");
    }

    private static boolean hasSchema(Connection c) throws SQLException {
        try (var rs = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
            return rs.next();
        }
    }

    static DatabaseOpenException classify(Path dbFile, Throwable e) {
        SQLException sql = findSql(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        DatabaseOpenException.Reason reason;
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            reason = DatabaseOpenException.Reason.LOCKED;
        } else if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            reason = DatabaseOpenException.Reason.WRONG_PASSWORD;
        } else if (code == ErrorCode.FILE_VERSION_ERROR_1) {
            reason = DatabaseOpenException.Reason.NEWER_VERSION;
        } else if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.FILE_CREATION_FAILED_1 || text.contains("read-only") || text.contains("access denied")
                || text.contains("permission denied")) {
            reason = DatabaseOpenException.Reason.UNREADABLE;
        } else {
            reason = DatabaseOpenException.Reason.CORRUPT;
        }
        LOG.warn("Database {} could not be opened: {}", dbFile, reason, e);
        return new DatabaseOpenException(reason, dbFile, e);
    }

    private static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    public Path file() {
        return file;
    }

    /** jOOQ over the single connection; use only on the database thread. */
    /** The repositories over this database, for code outside {@code db/}. */
    public Store store(java.time.Clock clock) {
        return new Store(dsl(), clock);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The key of an encrypted database (backups of it are encrypted with it too). */
    public Optional<DatabaseKey> key() {
        return key;
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the open failed already; that is what the user hears about
        }
    }
}
