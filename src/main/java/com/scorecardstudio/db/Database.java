package com.scorecardstudio.db;

import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.config.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open database: an H2 file (the default, a consultant's own laptop) or a team workspace on a
 * PostgreSQL server (issue 16). Migrated to the current schema by the same migrations, and reached
 * through one connection that only the database thread uses. An H2 file is backed up before each
 * migration; a server is backed up by its administrator ({@code pg_dump}, docs/team-workspace.md).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The H2 file; null for a server. */
    private final Path file;
    private final Optional<ServerAddress> server;
    /** The one connection; a server's is replaced by {@link #reconnect()} after it was lost. */
    private volatile Connection connection;
    private final DSLContext dsl;
    private final Optional<DatabaseKey> key;
    private final boolean readOnly;
    /** The tag this connection puts on the changes it writes to a server (see {@link ChangeFeed}); '' for a file. */
    private final String origin;
    /** A server's password, kept in memory for the change feed's own connection and its reconnects. */
    private Optional<char[]> password = Optional.empty();
    private Optional<Backups> deferredCheck;
    /** The content checksums of an H2 file (checked at the first full read, written at a clean close); null for a server. */
    private final ContentChecksums.Guard checksums;

    private Database(Path file, Connection connection, Optional<DatabaseKey> key, Optional<Backups> deferredCheck,
            ContentChecksums.Guard checksums) {
        this.file = file;
        this.checksums = checksums;
        this.origin = "";
        this.server = Optional.empty();
        this.connection = connection;
        this.key = key;
        this.readOnly = false;
        this.deferredCheck = deferredCheck;
        this.dsl = DSL.using(guarded(connection), SQLDialect.H2, WarmUp.settings());
    }

    private Database(ServerAddress server, Connection connection, boolean readOnly, String origin) {
        this.origin = origin;
        this.file = null;
        this.server = Optional.of(server);
        this.connection = connection;
        this.key = Optional.empty();
        this.readOnly = readOnly;
        this.deferredCheck = Optional.empty();
        this.checksums = null;
        // the schema's names are unquoted upper case in the migrations, which PostgreSQL folds to lower case
        // through a provider: the connection may be replaced after a loss, the repositories keep working
        org.jooq.ConnectionProvider current = new org.jooq.ConnectionProvider() {
            @Override
            public Connection acquire() {
                return Database.this.connection;
            }

            @Override
            public void release(Connection c) {
                // one long-lived connection, closed with the database
            }
        };
        this.dsl = DSL.using(current, SQLDialect.POSTGRES, WarmUp.settings()
                .withRenderNameCase(org.jooq.conf.RenderNameCase.LOWER));
    }

    /**
     * Opens a team workspace on a PostgreSQL server (15 or newer), migrating its schema when this
     * app is the first to open it or is newer than the one that did. A role that may only read opens
     * it read-only (see {@link #readOnly()}): nothing is migrated then, and a schema that is not
     * current is refused. The password is never logged.
     */
    public static Database openServer(ServerAddress address, Optional<char[]> password) throws DatabaseOpenException {
        String origin = java.util.UUID.randomUUID().toString();
        checkClientFiles(address);
        Connection connection;
        try {
            connection = connectServer(address, password, origin, "Scorecard Studio");
        } catch (SQLException e) {
            throw classifyServer(address, e);
        }
        try {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < 15) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_TOO_OLD, address.toString(), null);
            }
            boolean mayWrite = mayWrite(connection);
            SchemaVersion schema = SchemaVersion.of(connection);
            if (schema == SchemaVersion.NEWER) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, address.toString(), null);
            }
            if (schema != SchemaVersion.CURRENT) {
                if (!mayWrite) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.READ_ONLY, address.toString(), null);
                }
                Migrations migrations = Migrations.forPostgres(connection);
                if (migrations.hasFutureMigrations()) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, address.toString(), null);
                }
                migrations.migrate(address.toString());
            }
            LOG.info("Opened the team workspace {} ({}{})", address, connection.getMetaData().getDatabaseProductVersion(),
                    mayWrite ? "" : ", read-only");
            Database db = new Database(address, connection, !mayWrite, origin);
            db.password = password.map(char[]::clone);
            return db;
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw classifyServer(address, e);
        }
    }

    /** A connection to a server, its writes tagged with {@code origin}. */
    private static Connection connectServer(ServerAddress address, Optional<char[]> password, String origin, String appName)
            throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", address.user());
        password.ifPresent(p -> props.setProperty("password", new String(p)));
        props.setProperty("ApplicationName", appName);
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        clientKeyWithoutPrompt(address, props);
        Connection connection = DriverManager.getConnection(address.jdbcUrl(), props);
        try {
            connection.setAutoCommit(true);
            // this connection's tag on every change it makes, so that it can skip its own announcements (ChangeFeed)
            try (var st = connection.prepareStatement("SELECT set_config('scorecard.origin', ?, false)")) {
                st.setString(1, origin);
                st.executeQuery().close();
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * The client key is read without a password (docs/team-workspace.md): an empty one given to the
     * driver, which otherwise asks for it on the console, where nobody answers in the app.
     */
    static void clientKeyWithoutPrompt(ServerAddress address, java.util.Properties props) {
        if (address.hasClientCertificate()) {
            props.setProperty("sslpassword", "");
        }
    }

    /**
     * A client certificate's or key's file that is not there is named before connecting: the driver
     * would leave a missing certificate out silently, and the server's refusal would not say which file.
     */
    private static void checkClientFiles(ServerAddress address) throws DatabaseOpenException {
        for (Optional<String> f : List.of(address.sslCert(), address.sslKey())) {
            if (f.isPresent() && !Files.isReadable(Path.of(f.get()))) {
                LOG.warn("Team workspace {}: the client certificate's file {} cannot be read", address, f.get());
                throw new DatabaseOpenException(DatabaseOpenException.Reason.TLS_CLIENT_FILE_UNREADABLE, address.toString(), f.get(),
                        null);
            }
        }
    }

    /**
     * A team workspace's connection again after it was lost (the server restarted, the network came
     * back): same tag, same session announced. Call on the database thread; throws while the server
     * is still away.
     */
    public void reconnect() throws SQLException {
        ServerAddress address = server.orElseThrow(() -> new IllegalStateException("an H2 file is not reconnected"));
        Connection fresh = connectServer(address, password, origin, "Scorecard Studio");
        Connection old = connection;
        connection = fresh;
        closeQuietly(old);
        if (announced != null) {
            announce(announced);
        }
        LOG.info("Reconnected to the team workspace {}", address);
    }

    /** Whether a failure is a lost connection to a server (down, restarted, network gone), not a refusal. */
    public static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the role may change the session table: a read-only role (docs/team-workspace.md) opens
     * the workspace read-only. A new, empty database counts as writable when the role may create in it.
     */
    private static boolean mayWrite(Connection c) throws SQLException {
        try (var st = c.prepareStatement("SELECT CASE WHEN to_regclass('session') IS NULL"
                + " THEN has_schema_privilege(current_schema(), 'CREATE')"
                + " ELSE has_table_privilege('session', 'UPDATE') END");
                var rs = st.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Why a server could not be opened, from PostgreSQL's SQL state; the password never appears. */
    static DatabaseOpenException classifyServer(ServerAddress address, Throwable e) {
        SQLException sql = findSql(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        DatabaseOpenException.Reason reason;
        Optional<DatabaseOpenException.Reason> tls = tlsProblem(address, state, e);
        if (tls.isPresent()) {
            reason = tls.get();
        } else if (state.equals("28P01") || state.equals("28000")) {
            reason = DatabaseOpenException.Reason.WRONG_PASSWORD;
        } else if (state.equals("3D000")) {
            reason = DatabaseOpenException.Reason.NO_SUCH_DATABASE;
        } else if (state.startsWith("08")) {
            reason = DatabaseOpenException.Reason.SERVER_UNREACHABLE;
        } else if (state.equals("42501")) {
            reason = DatabaseOpenException.Reason.READ_ONLY;
        } else {
            reason = DatabaseOpenException.Reason.SERVER_FAILED;
        }
        String detail = reason == DatabaseOpenException.Reason.TLS_CLIENT_FILE_UNREADABLE ? unreadableClientFile(address, e) : "";
        DatabaseOpenException failure = new DatabaseOpenException(reason, address.toString(), detail, masked(e));
        LOG.warn("Team workspace {} could not be opened: {} ({})", address, reason, state);
        return failure;
    }

    /**
     * A TLS failure, told apart from a server that does not answer (the driver reports both as a
     * connection failure, 08xxx). By exception types and the SQL state where the driver gives them,
     * since its messages are translated into the JVM's language; the host name check is recognised by
     * its verifier's class name, which every translation keeps.
     */
    private static Optional<DatabaseOpenException.Reason> tlsProblem(ServerAddress address, String state, Throwable e) {
        boolean verifies = address.sslMode().startsWith("verify-");
        String text = chainText(e);
        if (text.contains("does not support ssl") || state.equals("08004") && (verifies || address.sslMode().equals("require"))) {
            return Optional.of(DatabaseOpenException.Reason.TLS_REFUSED);
        }
        Optional<DatabaseOpenException.Reason> client = clientCertificateProblem(address, state, e, text);
        if (client.isPresent()) {
            return client;
        }
        if (!verifies) {
            return Optional.empty();
        }
        if (text.contains("hostnameverifier")) {
            return Optional.of(DatabaseOpenException.Reason.TLS_WRONG_HOST);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.FileNotFoundException) {
                return Optional.of(DatabaseOpenException.Reason.TLS_NO_ROOT_CERT);
            }
            if (t instanceof java.security.cert.CertificateException || t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException) {
                return Optional.of(DatabaseOpenException.Reason.TLS_UNTRUSTED);
            }
        }
        return Optional.empty();
    }

    /**
     * The client certificate's failures. The driver names the key's file in its message when it
     * cannot read it; a server that does not trust the certificate ends the handshake with a TLS alert
     * (the JDK's alert names are not translated). The server's own refusals come as 28000, told apart
     * from other refusals by its message (PostgreSQL's English, or its Russian translation), and by
     * the routine that refused a certificate made out to another user, which no translation changes.
     */
    private static Optional<DatabaseOpenException.Reason> clientCertificateProblem(ServerAddress address, String state, Throwable e,
            String text) {
        if (address.hasClientCertificate() && !unreadableClientFile(address, e).isEmpty()) {
            return Optional.of(DatabaseOpenException.Reason.TLS_CLIENT_FILE_UNREADABLE);
        }
        if (address.hasClientCertificate() && java.util.stream.Stream.of("unknown_ca", "bad_certificate", "certificate_unknown",
                "unsupported_certificate", "certificate_expired", "access_denied").anyMatch(a -> text.contains("received fatal alert: " + a))) {
            return Optional.of(DatabaseOpenException.Reason.TLS_CLIENT_CERT_REFUSED);
        }
        if (text.contains("received fatal alert: certificate_required")) {
            return Optional.of(address.hasClientCertificate() ? DatabaseOpenException.Reason.TLS_CLIENT_CERT_REFUSED
                    : DatabaseOpenException.Reason.TLS_CLIENT_CERT_REQUIRED);
        }
        if (!state.equals("28000")) {
            return Optional.empty();
        }
        boolean aboutCertificate = text.contains("certificate") || text.contains("сертификат");
        if (!address.hasClientCertificate()) {
            return aboutCertificate ? Optional.of(DatabaseOpenException.Reason.TLS_CLIENT_CERT_REQUIRED) : Optional.empty();
        }
        String routine = findSql(e) instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                ? String.valueOf(p.getServerErrorMessage().getRoutine()) : "";
        return aboutCertificate || routine.equals("auth_failed")
                ? Optional.of(DatabaseOpenException.Reason.TLS_CLIENT_CERT_REFUSED) : Optional.empty();
    }

    /**
     * The client certificate's or key's file that the driver says it could not read, or empty. A
     * PKCS#12 file with a password is not named in the driver's message; the key store's own
     * exception says that its key could not be unlocked.
     */
    private static String unreadableClientFile(ServerAddress address, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.UnrecoverableKeyException && address.sslKey().isPresent()) {
                return address.sslKey().get();
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            for (Optional<String> f : List.of(address.sslKey(), address.sslCert())) {
                if (f.isPresent() && message.contains(f.get())) {
                    return f.get();
                }
            }
        }
        return "";
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
        return open(file, backups, when, password, Access.WRITE);
    }

    /**
     * Opens an existing database for a command that only reads it (a list, a summary, an export): read-only
     * when its schema is up to date, so nothing of the file is written, not even at close, and its content
     * checksums stay as the last clean close left them; the integrity check runs as for any open. A database
     * that needs a migration, or that cannot be opened read-only, is opened as {@link #open} opens it (with
     * the backup before a migration), so the outcome and every refusal are the same.
     */
    public static Database openForReading(Path file, Backups backups, Optional<char[]> password) throws DatabaseOpenException {
        return open(file, backups, BackupOnOpen.BEFORE_MIGRATION, password, Access.READ);
    }

    /**
     * Opens an existing database read-only, as {@link #openForReading} does, but only when that is all it
     * takes: empty when the file does not exist, needs a migration, or cannot be opened read-only (then
     * nothing was changed, and {@link #openForReading} is the way). A file found damaged, or in use, is
     * refused as by any open.
     */
    public static Optional<Database> openReadOnlyIfCurrent(Path file, Optional<char[]> password) throws DatabaseOpenException {
        if (!Files.isRegularFile(AppPaths.databaseFile(file.toString()))) {
            return Optional.empty();
        }
        return Optional.ofNullable(open(file, null, BackupOnOpen.BEFORE_MIGRATION, password, Access.READ_ONLY_OR_NONE));
    }

    /** How an open may use the file. */
    private enum Access {
        /** Read and write: the app, and commands that change the database. */
        WRITE,
        /** Read-only when the schema is current, else as {@link #WRITE}. */
        READ,
        /** Read-only when the schema is current, else not at all (null). */
        READ_ONLY_OR_NONE
    }

    private static Database open(Path file, Backups backups, BackupOnOpen when, Optional<char[]> password, Access access)
            throws DatabaseOpenException {
        Path dbFile = AppPaths.databaseFile(file.toString());
        boolean existed = Files.exists(dbFile);
        if (access == Access.READ_ONLY_OR_NONE && !existed) {
            return null;
        }
        if (existed && !Files.isRegularFile(dbFile)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, dbFile, null);
        }
        try {
            Files.createDirectories(dbFile.getParent());
        } catch (IOException e) {
            throw classify(dbFile, e);
        }
        if (existed && !Files.isReadable(dbFile)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.UNREADABLE, dbFile, null);
        }
        boolean salted = DatabaseKey.isEncrypted(dbFile);
        if (salted && !existed) {
            // a salt without its database: another process is creating it right now, or was killed doing so
            throw new DatabaseOpenException(DatabaseOpenException.Reason.ALREADY_EXISTS, dbFile, null);
        }
        if (existed && !salted && DatabaseKey.hasEncryptedHeader(dbFile)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MISSING_SALT, dbFile, null);
        }
        Optional<DatabaseKey> key;
        boolean createdSalt = false;
        try {
            if (salted) {
                if (password.isEmpty()) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.PASSWORD_REQUIRED, dbFile, null);
                }
                key = Optional.of(DatabaseKey.forExisting(dbFile, password.get()));
            } else if (!existed && password.isPresent()) {
                if (new String(password.get()).isBlank()) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.EMPTY_PASSWORD, dbFile, null);
                }
                key = Optional.of(DatabaseKey.forNew(dbFile, password.get()));
                createdSalt = true;
            } else {
                key = Optional.empty();
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.ALREADY_EXISTS, dbFile, e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MISSING_SALT, dbFile, e);
        } catch (IllegalArgumentException e) {
            // a salt that is not hex: damaged, so there is no key
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MISSING_SALT, dbFile, e);
        } catch (IOException e) {
            throw classify(dbFile, e);
        }
        boolean readOnly = existed && isReadOnly(dbFile);
        // only reading: whatever this attempt cannot do (a migration, a file H2 must repair) is left to a normal open
        boolean onlyReading = access != Access.WRITE && existed && !readOnly;
        // read before H2 opens the file: whether the stored checksums describe it is judged by its size and time
        ContentChecksums.Guard checksums = ContentChecksums.Guard.atOpen(dbFile, existed, key, readOnly || onlyReading);
        Connection connection;
        try {
            connection = connectH2(jdbcUrl(dbFile, key) + (readOnly || onlyReading ? ";ACCESS_MODE_DATA=r" : ""),
                    key.map(DatabaseKey::jdbcPassword).orElse(""));
        } catch (SQLException e) {
            if (onlyReading) {
                return notReadOnly(file, backups, when, password, access);
            }
            if (createdSalt && !Files.exists(dbFile) || createdSalt && isPlainDatabase(dbFile)) {
                removeOwnSalt(dbFile, key.get());
            }
            throw classify(dbFile, e);
        }
        try {
            connection.setAutoCommit(true);
            SchemaVersion schema = SchemaVersion.of(connection);
            if (schema == SchemaVersion.NEWER) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, dbFile, null);
            }
            if (schema != SchemaVersion.CURRENT && onlyReading) {
                closeQuietly(connection);
                return notReadOnly(file, backups, when, password, access);
            }
            if (schema == SchemaVersion.CURRENT) {
                if (when == BackupOnOpen.ALWAYS) {
                    backups.backup(connection, dbFile, key, checksums);
                }
            } else if (readOnly) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.READ_ONLY, dbFile, null);
            } else {
                migrate(connection, dbFile, existed, when, backups, key, checksums);
            }
            if (existed && when == BackupOnOpen.DEFERRED) {
                return registered(new Database(dbFile, connection, key, Optional.of(backups), checksums));
            }
            if (existed) {
                // opening reads only what it needs: a damaged page elsewhere would surface mid-session
                long start = System.nanoTime();
                checksums.check(Integrity.read(connection, checksums.key()), connection);
                LOG.info("Integrity check of {} passed in {} ms", dbFile, (System.nanoTime() - start) / 1_000_000);
            }
            return registered(new Database(dbFile, connection, key, Optional.empty(), checksums));
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            checksums.afterClose(Optional.empty());
            throw e;
        } catch (SQLException | RuntimeException | IOException e) {
            closeQuietly(connection);
            checksums.afterClose(Optional.empty());
            if (onlyReading && isReadOnlyError(e)) {
                return notReadOnly(file, backups, when, password, access); // H2 had something to write first
            }
            throw classify(dbFile, e);
        }
    }

    /** A read-only open could not do it: the ordinary open for {@link Access#READ}, none for the other. */
    private static Database notReadOnly(Path file, Backups backups, BackupOnOpen when, Optional<char[]> password, Access access)
            throws DatabaseOpenException {
        return access == Access.READ ? open(file, backups, when, password, Access.WRITE) : null;
    }

    /**
     * A connection through H2's own driver rather than {@code DriverManager}, which first loads every
     * driver on the class path (PostgreSQL's too): a few milliseconds of every command's start.
     */
    private static Connection connectH2(String url, String password) throws SQLException {
        java.util.Properties info = new java.util.Properties();
        info.setProperty("user", "sa");
        info.setProperty("password", password);
        return new org.h2.Driver().connect(url, info);
    }

    /**
     * The connection as jOOQ gets it: once a write has failed so badly that H2 closed its store (a full
     * disk: "No space left", "File too large"), H2 2.4 spins for ever in the next statement, and jOOQ's
     * rollback issues one. Every call then fails at once with the store's own failure instead, so the
     * command ends with the right message (issue 19, F7).
     */
    private static Connection guarded(Connection raw) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Optional<Throwable> panic = panic(raw);
                    if (panic.isPresent()) {
                        String name = method.getName();
                        if (name.equals("close") || name.equals("isClosed")) {
                            return name.equals("isClosed") ? Boolean.TRUE : null;
                        }
                        throw new SQLException("The database was closed after a failed write: " + panic.get().getMessage(),
                                "08006", ErrorCode.DATABASE_IS_CLOSED, panic.get());
                    }
                    try {
                        return method.invoke(raw, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The failure that made H2 close the store of this connection's database, if it did. */
    static Optional<Throwable> panic(Connection c) {
        try {
            if (c instanceof org.h2.jdbc.JdbcConnection j && j.getSession() instanceof org.h2.engine.SessionLocal s
                    && s.getDatabase() != null && s.getDatabase().getStore() != null) {
                org.h2.mvstore.MVStore store = s.getDatabase().getStore().getMvStore();
                if (store.isClosed() && store.getPanicException() != null) {
                    return Optional.of(store.getPanicException());
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Database registered(Database db) {
        com.scorecardstudio.util.WriteTargets.databaseOpened(db.file);
        return db;
    }

    /** Read-only by its attributes (also for a user such as root, whom the OS would let write anyway), or its folder. */
    static boolean isReadOnly(Path dbFile) {
        try {
            if (Files.getFileStore(dbFile).supportsFileAttributeView("posix")) {
                var perms = Files.getPosixFilePermissions(dbFile);
                if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                        && !perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
                        && !perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
                    return true;
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall back on what the OS says
        }
        return !Files.isWritable(dbFile) || !Files.isWritable(dbFile.getParent());
    }

    private static boolean isPlainDatabase(Path dbFile) {
        return Files.exists(dbFile) && !DatabaseKey.hasEncryptedHeader(dbFile);
    }

    /** A creation that failed takes back the salt it wrote, and only that one (another process's stays). */
    private static void removeOwnSalt(Path dbFile, DatabaseKey key) {
        try {
            if (DatabaseKey.saltIs(dbFile, key.saltHex())) {
                Files.deleteIfExists(DatabaseKey.saltFile(dbFile));
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the salt of the failed creation of {}", dbFile, e);
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
            backups.backup(connection, file, key, checksums);
        } catch (SQLException | RuntimeException | IOException e) {
            // closed here, on the database thread: a write queued behind the check must not reach the file
            close();
            throw classify(file, e);
        }
        LOG.info("Integrity check and backup of {} passed in {} ms", file, (System.nanoTime() - start) / 1_000_000);
    }

    /** The Flyway way: a new database, a pending migration, or a history only Flyway can judge. */
    private static void migrate(Connection connection, Path dbFile, boolean existed, BackupOnOpen when, Backups backups,
            Optional<DatabaseKey> key, ContentChecksums.Guard checksums) throws SQLException, IOException, DatabaseOpenException {
        Migrations migrations = new Migrations(connection);
        if (migrations.hasFutureMigrations()) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, dbFile, null);
        }
        boolean pending = migrations.hasPending();
        // the backup is taken here, before any write of this run: no write can be in flight
        if (existed && hasSchema(connection) && (pending || when == BackupOnOpen.ALWAYS)) {
            backups.backup(connection, dbFile, key, checksums);
        } else if (existed) {
            checksums.beforeWrite(connection); // no backup, so no check yet: the stored checksums are compared now
        }
        migrations.migrate(dbFile);
    }

    /**
     * The JDBC URL: WRITE_DELAY=0 so that a committed transaction survives a killed process
     * (H2's default delay of 500 ms loses it); no {@code .trace.db} file, which would hold failing SQL
     * with the key of an encrypted database in it (errors reach our log, masked, through our exceptions).
     */
    static String jdbcUrl(Path dbFile) {
        String name = dbFile.toString();
        String base = name.substring(0, name.length() - AppPaths.H2_SUFFIX.length());
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
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
        String text = chainText(e);
        DatabaseOpenException.Reason reason;
        if (isDiskFull(e)) {
            reason = DatabaseOpenException.Reason.DISK_FULL;
        } else if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            reason = DatabaseOpenException.Reason.LOCKED;
        } else if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            reason = DatabaseOpenException.Reason.WRONG_PASSWORD;
        } else if (code == ErrorCode.FILE_VERSION_ERROR_1) {
            reason = DatabaseOpenException.Reason.NEWER_VERSION;
        } else if (isReadOnlyError(e)) {
            reason = DatabaseOpenException.Reason.READ_ONLY;
        } else if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.FILE_CREATION_FAILED_1 || text.contains("access denied")
                || text.contains("permission denied") || e instanceof IOException) {
            reason = DatabaseOpenException.Reason.UNREADABLE;
        } else {
            reason = DatabaseOpenException.Reason.CORRUPT;
        }
        DatabaseOpenException failure = new DatabaseOpenException(reason, dbFile, masked(e));
        LOG.warn("Database {} could not be opened: {}", dbFile, reason, failure.getCause());
        return failure;
    }

    /** The messages of {@code e} and all its causes, lower case, masked. */
    static String chainText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(' ').append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return com.scorecardstudio.util.Secrets.mask(text.toString()).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a failure is a full disk (or the file-size limit, which is the same for the user: no room
     * for the file to grow), anywhere in its causes; H2 reports it as a failed write or even a damaged
     * file, while the file is whole (issue 19, F7).
     */
    public static boolean isDiskFull(Throwable e) {
        String text = chainText(e);
        return text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("file too large") || text.contains("quota exceeded") || text.contains("disk quota");
    }

    /** Whether a server refused a statement for want of a privilege (a read-only role writing). */
    public static boolean isPermissionDenied(Throwable e) {
        SQLException sql = findSql(e);
        return sql != null && "42501".equals(sql.getSQLState());
    }

    /** Whether a failure is a write to a read-only database or folder. */
    public static boolean isReadOnlyError(Throwable e) {
        SQLException sql = findSql(e);
        if (sql != null && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return true;
        }
        String text = chainText(e);
        return text.contains("read-only file system") || text.contains("database is read only")
                || text.contains("readonlyfilesystem");
    }

    /**
     * {@code e} as it may be logged and shown: H2 puts the failing statement into its messages, and
     * a backup's statement holds the database key ({@code CIPHER AES PASSWORD '…'}). The chain is
     * rebuilt with masked messages, keeping classes' names, SQL states, error codes and stack traces.
     */
    public static Throwable masked(Throwable e) {
        if (e == null) {
            return null;
        }
        Throwable cause = masked(e.getCause() == e ? null : e.getCause());
        Throwable copy;
        if (e instanceof SQLException s) {
            SQLException m = new SQLException(com.scorecardstudio.util.Secrets.mask(s.getMessage()), s.getSQLState(),
                    s.getErrorCode(), cause);
            copy = m;
        } else if (e instanceof IOException) {
            copy = new IOException(e.getClass().getName() + ": " + com.scorecardstudio.util.Secrets.mask(e.getMessage()), cause);
        } else if (e instanceof DatabaseOpenException d) {
            return d;
        } else {
            copy = new RuntimeException(e.getClass().getName() + ": " + com.scorecardstudio.util.Secrets.mask(e.getMessage()),
                    cause);
        }
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** The H2 file; null for a team workspace on a server (see {@link #server()}). */
    public Path file() {
        return file;
    }

    /** The server of a team workspace; empty for an H2 file. */
    public Optional<ServerAddress> server() {
        return server;
    }

    /** Where this database is, as shown to the user: the file's path or the server's address. */
    public String location() {
        return server.map(ServerAddress::toString).orElseGet(() -> file.toString());
    }

    /** The tag on this connection's changes, which its {@link ChangeFeed} skips; '' for an H2 file. */
    public String origin() {
        return origin;
    }

    /** The password this server was opened with (for the change feed's connection). */
    Optional<char[]> password() {
        return password;
    }

    /**
     * Tells the server which session this app has open, so that others see who is in it
     * ({@link #othersIn}). Uses the connection's application name: PostgreSQL shows it to every role.
     */
    public void announce(java.util.UUID sessionUid) {
        if (server.isEmpty()) {
            return;
        }
        announced = sessionUid;
        try (var st = connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            st.setString(1, PRESENCE_PREFIX + sessionUid);
            st.executeQuery().close();
        } catch (SQLException e) {
            LOG.warn("Could not tell the team workspace which session is open", e);
        }
    }

    static final String PRESENCE_PREFIX = "Scorecard Studio: ";
    private volatile java.util.UUID announced;

    /** The other users who have this session open now (their server user names, sorted); empty for a file. */
    public java.util.List<String> othersIn(java.util.UUID sessionUid) {
        if (server.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        try (var st = connection.prepareStatement("SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = ?"
                + " AND datname = current_database() AND pid <> pg_backend_pid() ORDER BY usename")) {
            st.setString(1, PRESENCE_PREFIX + sessionUid);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not read who else is in the session", e);
        }
        return names;
    }

    /** Whether this app may only read (a team workspace opened with a read-only role). */
    public boolean readOnly() {
        return readOnly;
    }

    /** jOOQ over the single connection; use only on the database thread. */
    /** The repositories over this database, for code outside {@code db/}. */
    public Store store(java.time.Clock clock) {
        // on a team workspace, the server's user names who changed a row; a file has one user
        return new Store(dsl(), clock, server.map(ServerAddress::user).orElse(""));
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
        if (server.isPresent()) {
            closeQuietly(connection);
            return;
        }
        com.scorecardstudio.util.WriteTargets.databaseClosed(file);
        if (panic(connection).isPresent()) {
            LOG.warn("{} was closed by H2 after a failed write", file);
            return; // closing would spin in H2; the store is closed already
        }
        // taken before a compaction rewrites the file (the content stays the same) and before the close
        Optional<java.util.Map<String, String>> sums = checksums.beforeClose(connection);
        compactIfBloated();
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
            sums = Optional.empty();
        }
        checksums.afterClose(sums);
    }

    /** Files smaller than this are never worth a full rewrite at close. */
    static final long COMPACT_FROM_BYTES = 4L << 20;
    /** A file whose live data fill less than this share (per cent) is rewritten at close. */
    static final int COMPACT_BELOW_FILL = 50;

    /**
     * A large import (committed or rolled back) leaves most of the file as dead chunks: H2 keeps
     * them for its retention time (45 s) and its short compaction at close does not free them, so
     * a command that imports 100,000 clients left a 160 MB file holding 17 MB. Such a file is
     * rewritten whole at close ({@code SHUTDOWN COMPACT}: H2 writes the live pages to a new file and
     * moves it over the old one, so a kill midway leaves the old file). Small or well-filled files,
     * the usual case, close as before (issue 19, item 8).
     */
    private void compactIfBloated() {
        try {
            org.h2.mvstore.MVStore store = mvStore(connection);
            if (store == null || store.isClosed() || store.isReadOnly()) {
                return;
            }
            long size = store.getFileStore().size();
            // the share of the file in use by chunks, times the share of live pages in those chunks
            int fill = store.getFillRate() * store.getFileStore().getChunksFillRate() / 100;
            if (size < COMPACT_FROM_BYTES || fill >= COMPACT_BELOW_FILL) {
                return;
            }
            long start = System.nanoTime();
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
            LOG.info("Compacted {} ({} % live) from {} to {} bytes in {} ms", file, fill, size,
                    Files.exists(file) ? Files.size(file) : -1, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("Compacting {} at close failed; it stays as it was", file, e);
        }
    }

    /** H2's store under this connection, or null when there is none (or the database was closed under it). */
    private static org.h2.mvstore.MVStore mvStore(Connection c) {
        try {
            if (!c.isClosed() && c instanceof org.h2.jdbc.JdbcConnection j && j.getSession() instanceof org.h2.engine.SessionLocal s
                    && s.getDatabase() != null && s.getDatabase().getStore() != null) {
                return s.getDatabase().getStore().getMvStore();
            }
        } catch (SQLException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the open failed already; that is what the user hears about
        }
    }
}
