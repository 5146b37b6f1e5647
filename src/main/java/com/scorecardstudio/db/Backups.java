package com.scorecardstudio.db;

import com.scorecardstudio.config.AppPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotating backups of a database as compressed SQL scripts ({@code backups/<name>-<time>.zip} next
 * to the database), so that a bad migration or a damaged file can be recovered.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Clock clock;
    private final int keep;

    public Backups(Clock clock, int keep) {
        this.clock = clock;
        this.keep = keep;
    }

    public static Path folderFor(Path dbFile) {
        return dbFile.toAbsolutePath().getParent().resolve("backups");
    }

    private static String baseName(Path dbFile) {
        String n = dbFile.getFileName().toString();
        return n.endsWith(AppPaths.H2_SUFFIX) ? n.substring(0, n.length() - AppPaths.H2_SUFFIX.length()) : n;
    }

    /**
     * Writes a backup of the open database, verifies it (restored into a private in-memory database,
     * every table read and its row count compared with the live one) and drops the oldest beyond the
     * number kept. A backup that fails the check is deleted and logged, and the older ones are kept;
     * returns empty then. Call when no write is in flight (on the database thread, which serialises
     * every write through this one connection).
     */
    public Optional<Path> backup(Connection connection, Path dbFile) throws SQLException, IOException {
        return backup(connection, dbFile, Optional.empty());
    }

    /** As {@link #backup(Connection, Path)}; the backup of an encrypted database is encrypted with its key. */
    public Optional<Path> backup(Connection connection, Path dbFile, Optional<DatabaseKey> key) throws SQLException, IOException {
        return backup(connection, dbFile, key, null);
    }

    /**
     * As {@link #backup(Connection, Path, Optional)}, at an open: the full read the backup starts with is
     * also the check of the file's content checksums ({@code checksums}; null when there is none to make).
     */
    Optional<Path> backup(Connection connection, Path dbFile, Optional<DatabaseKey> key, ContentChecksums.Guard checksums)
            throws SQLException, IOException {
        Path dir = folderFor(dbFile);
        Files.createDirectories(dir);
        String name = baseName(dbFile) + "-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
        Path target = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        long start = System.nanoTime();
        byte[] checksumKey = checksums != null ? checksums.key() : ContentChecksums.keyFor(key);
        Integrity.Contents live = Integrity.read(connection, checksumKey);
        if (checksums != null) {
            checksums.check(live, connection);
        }
        try (Statement st = connection.createStatement()) {
            execute(st, "SCRIPT TO '" + sqlString(tmp) + "'" + compressionAndCipher(key));
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(tmp); // a partial script; the failure is what the caller hears about
            throw e;
        }
        // the copy must hold the same rows and the same values: its content checksums are compared too
        Optional<Integrity.Contents> restored = contents(tmp, key, checksumKey);
        if (restored.isEmpty() || !restored.get().equals(live)) {
            LOG.error("Backup of {} failed verification (live {}, backup {}; tables whose values differ: {}); deleted", dbFile,
                    live.counts(), restored.map(Integrity.Contents::counts).orElse(null),
                    restored.map(r -> ContentChecksums.differing(live.checksums(), r.checksums())).orElse(null));
            Files.deleteIfExists(tmp);
            return Optional.empty();
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        prune(dbFile);
        LOG.info("Backed up {} to {} ({} bytes, verified, {} ms)", dbFile, target, Files.size(target),
                (System.nanoTime() - start) / 1_000_000);
        return Optional.of(target);
    }

    /** Whether a backup restores and reads completely (into memory; nothing on disk changes). */
    public static boolean verify(Path backup) {
        return verify(backup, Optional.empty());
    }

    public static boolean verify(Path backup, Optional<DatabaseKey> key) {
        return counts(backup, key).isPresent();
    }

    /** The newest backup that itself passes the check. */
    public Optional<Path> newestGood(Path dbFile) {
        return newestGood(dbFile, Optional.empty());
    }

    public Optional<Path> newestGood(Path dbFile, Optional<DatabaseKey> key) {
        return list(dbFile).stream().filter(b -> verify(b, key)).findFirst();
    }

    /** H2 encrypts a script only with its stream compressions: an encrypted backup is DEFLATE, not a zip inside. */
    private static String compressionAndCipher(Optional<DatabaseKey> key) {
        return key.map(k -> " COMPRESSION DEFLATE CIPHER AES PASSWORD '" + k.scriptPassword() + "'").orElse(" COMPRESSION ZIP");
    }

    /** Row counts per table of a backup restored into a private in-memory database; empty if it fails. */
    static Optional<Map<String, Long>> counts(Path backup) {
        return counts(backup, Optional.empty());
    }

    static Optional<Map<String, Long>> counts(Path backup, Optional<DatabaseKey> key) {
        return contents(backup, key, ContentChecksums.PLAIN).map(Integrity.Contents::counts);
    }

    /** Rows and content checksums (under {@code checksumKey}) of a backup restored into memory; empty if it fails. */
    static Optional<Integrity.Contents> contents(Path backup, Optional<DatabaseKey> key, byte[] checksumKey) {
        String url = "jdbc:h2:mem:verify-" + java.util.UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement st = c.createStatement()) {
            execute(st, "RUNSCRIPT FROM '" + sqlString(backup) + "'" + compressionAndCipher(key));
            return Optional.of(Integrity.read(c, checksumKey));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Backup {} could not be restored for verification", backup, Database.masked(e));
            return Optional.empty();
        }
    }

    /** The backups of a database, newest first. */
    public List<Path> list(Path dbFile) {
        Path dir = folderFor(dbFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = baseName(dbFile) + "-";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".zip") && n.length() == prefix.length() + 19 + 4;
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            LOG.warn("Backups in {} could not be listed", dir, e);
            return List.of();
        }
    }

    /** When a backup was taken, read from its name. */
    public static Optional<LocalDateTime> timeOf(Path backup) {
        String n = backup.getFileName().toString();
        if (n.length() < 23 || !n.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(n.substring(n.length() - 23, n.length() - 4), STAMP));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Optional<Path> newest(Path dbFile) {
        return list(dbFile).stream().findFirst();
    }

    private void prune(Path dbFile) throws IOException {
        List<Path> all = list(dbFile);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * Replaces the database in {@code dbFile} with the content of {@code backup}. The current file,
     * if any, is kept aside as {@code <name>.replaced-<time>.mv.db}; returns where it went.
     */
    public Optional<Path> restore(Path backup, Path dbFile) throws IOException, SQLException {
        return restore(backup, dbFile, Optional.empty());
    }

    /** As {@link #restore(Path, Path)}, for an encrypted database: the backup is read and the new file written with its key. */
    public Optional<Path> restore(Path backup, Path dbFile, Optional<DatabaseKey> key) throws IOException, SQLException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = null;
        if (Files.exists(dbFile)) {
            aside = dbFile.resolveSibling(baseName(dbFile) + ".replaced-" + stamp + AppPaths.H2_SUFFIX);
            Files.move(dbFile, aside);
        }
        Optional<Map<String, String>> sums = Optional.empty();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(dbFile, key), "sa",
                key.map(DatabaseKey::jdbcPassword).orElse(""));
             Statement st = c.createStatement()) {
            execute(st, "RUNSCRIPT FROM '" + sqlString(backup) + "'" + compressionAndCipher(key));
            // the restored file's content checksums, so that its next open checks it like any cleanly closed file
            sums = Optional.of(Integrity.read(c, ContentChecksums.keyFor(key)).checksums());
        } catch (SQLException | RuntimeException e) {
            // put things back as they were: a failed restore must not cost the user the file they had
            Files.deleteIfExists(dbFile);
            if (aside != null) {
                Files.move(aside, dbFile);
            }
            throw e;
        }
        sums.ifPresent(s -> ContentChecksums.write(dbFile, s));
        LOG.info("Restored {} from {} (previous file kept as {})", dbFile, backup, aside);
        return Optional.ofNullable(aside);
    }

    /**
     * Runs a statement that may hold the database key ({@code CIPHER AES PASSWORD '…'}): H2 quotes the
     * statement in its exceptions, so what leaves here is masked (issue 19, F3).
     */
    private static void execute(Statement st, String sql) throws SQLException {
        try {
            st.execute(sql);
        } catch (SQLException e) {
            throw (SQLException) Database.masked(e);
        } catch (RuntimeException e) {
            throw (RuntimeException) Database.masked(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file, e);
        }
    }

    private static String sqlString(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
