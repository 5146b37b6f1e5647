package com.scorecardstudio.db;

import com.scorecardstudio.config.AppPaths;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checksums of a database's content, kept beside the file ({@code <name>.checksums}) and checked at
 * the next open, so that a bit flipped inside a stored value is reported as damage instead of being
 * shown as text (issue 19, F6: H2's page checksums let some flips through).
 *
 * <p>Why this shape:
 * <ul>
 * <li><b>Per table, over every value of every row</b>, computed in the same pass as the integrity scan
 * ({@link Integrity#read}), which reads every value anyway: the added cost is hashing text already in
 * memory. Each row's values (as text, with their lengths and nulls) go through FNV-1a 64, whose every
 * step is a bijection, so a changed value always changes its row's hash; the rows' hashes are added up,
 * so the sum does not depend on the order H2 returns rows in (which a compaction or a restore may
 * change), and one changed row always changes the sum. The row count and the sum are then
 * HMAC-SHA256ed under a key: for an encrypted database, a key derived from the database key, so the
 * file beside it reveals nothing of the content and cannot be used to confirm a guess.</li>
 * <li><b>Outside the data it guards</b>, in a small file written atomically after a clean close,
 * so damage to the database cannot damage its own checksums in step. The file ends with a SHA-256 of
 * its own lines: a damaged checksum file is ignored (with a warning in the log), never reported as a
 * damaged database.</li>
 * <li><b>Trusted only for the file it was written for</b>: it records the database file's size and
 * last-modified time after the close, and it is deleted as soon as the app may write (right after the
 * first check passes). After a kill, a copy from elsewhere, or a run of an older app, there is nothing
 * to compare with and nothing is reported; the next clean close writes it again.</li>
 * </ul>
 * A PostgreSQL workspace has no such file: its integrity is the server's job.
 */
final class ContentChecksums {
    private static final Logger LOG = LoggerFactory.getLogger(ContentChecksums.class);
    static final String SUFFIX = ".checksums";
    private static final String FORMAT = "scorecard-studio-checksums 1";
    private static final long FNV_PRIME = 0x100000001b3L;
    /** The FNV-1a 64 offset basis: where each row's hash starts. */
    static final long ROW_START = 0xcbf29ce484222325L;
    /** The checksum key of a database without a password. */
    static final byte[] PLAIN = keyFor(Optional.empty());

    private ContentChecksums() {
    }

    /** Where the checksums of the database in {@code dbFile} are kept. */
    static Path fileFor(Path dbFile) {
        String n = dbFile.getFileName().toString();
        String base = n.endsWith(AppPaths.H2_SUFFIX) ? n.substring(0, n.length() - AppPaths.H2_SUFFIX.length()) : n;
        return dbFile.resolveSibling(base + SUFFIX);
    }

    /** A row's hash so far, with one more value (its text, or null); see the class comment. */
    static long addValue(long hash, String value) {
        if (value == null) {
            return (hash ^ 0x1_0000L) * FNV_PRIME; // no char is this large: null is not any text
        }
        long h = (hash ^ (0x2_0000L | (long) value.length() << 18)) * FNV_PRIME;
        for (int i = 0, n = value.length(); i < n; i++) {
            h = (h ^ value.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** One table's checksum: its name, row count and row-hash sum under {@code key}, as hex. */
    static String ofTable(byte[] key, String table, long rows, long sum) {
        return ofTable(mac(key), table, rows, sum);
    }

    /**
     * As {@link #ofTable(byte[], String, long, long)} with a MAC from {@link #mac}, which is ready for the
     * next table afterwards: one per scan, as looking the algorithm up again costs more than the MAC itself.
     */
    static String ofTable(Mac mac, String table, long rows, long sum) {
        mac.update(table.getBytes(StandardCharsets.UTF_8));
        mac.update(ByteBuffer.allocate(17).put((byte) 0).putLong(rows).putLong(sum).array());
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** The HMAC-SHA256 of the table checksums under {@code key}. */
    static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The checksum key: derived from the database key for an encrypted database, a constant otherwise. */
    static byte[] keyFor(Optional<DatabaseKey> key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("scorecard-studio content checksums 1\0".getBytes(StandardCharsets.US_ASCII));
            key.ifPresent(k -> sha.update(k.scriptPassword().getBytes(StandardCharsets.US_ASCII)));
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The stored checksums, if there are any that describe {@code dbFile} as it is now. */
    static Optional<Map<String, String>> trusted(Path dbFile) {
        Path file = fileFor(dbFile);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The content checksums {} could not be read; the database is opened without them", file, e);
            return Optional.empty();
        }
        Map<String, String> tables = new TreeMap<>();
        Map<String, String> header = new LinkedHashMap<>();
        if (lines.size() < 4 || !lines.get(0).equals(FORMAT) || !lines.getLast().equals("sha256 " + selfCheck(lines))) {
            LOG.warn("The content checksums {} are damaged or of another format; the database is opened without them", file);
            return Optional.empty();
        }
        for (String line : lines.subList(1, lines.size() - 1)) {
            int space = line.indexOf(' ');
            int last = line.lastIndexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            if (line.startsWith("table ") && last > space) {
                tables.put(line.substring(space + 1, last), line.substring(last + 1));
            } else {
                header.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        try {
            long size = Files.size(dbFile);
            long modified = Files.getLastModifiedTime(dbFile).toMillis();
            if (!String.valueOf(size).equals(header.get("size")) || !String.valueOf(modified).equals(header.get("modified"))) {
                LOG.info("{} changed since its last clean close (killed, copied, or opened by another program):"
                        + " its content checksums are not used this time", dbFile);
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(tables);
    }

    /** The SHA-256 of every line but the last, as the file's last line holds it. */
    private static String selfCheck(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines.subList(0, lines.size() - 1)) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Writes {@code checksums} as those of {@code dbFile} as it is now (closed): a temp file forced to
     * disk, then moved over the old one, so a kill leaves the old file or the new one.
     */
    static void write(Path dbFile, Map<String, String> checksums) {
        Path target = fileFor(dbFile);
        Path tmp = null;
        try {
            List<String> lines = new java.util.ArrayList<>();
            lines.add(FORMAT);
            lines.add("size " + Files.size(dbFile));
            lines.add("modified " + Files.getLastModifiedTime(dbFile).toMillis());
            checksums.forEach((table, sum) -> lines.add("table " + table + " " + sum));
            lines.add("");
            lines.set(lines.size() - 1, "sha256 " + selfCheck(lines));
            byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(new SecureRandom().nextLong())
                    + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The content checksums of {} could not be written; the next open checks without them", dbFile, e);
            remove(dbFile);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Could not remove {}", tmp, e);
                }
            }
        }
    }

    /** Removes the checksums of {@code dbFile}: the file is about to change, or they could not be kept up. */
    static void remove(Path dbFile) {
        try {
            Files.deleteIfExists(fileFor(dbFile));
        } catch (IOException e) {
            LOG.warn("Could not remove the content checksums of {}", dbFile, e);
        }
    }

    /** The tables whose checksums differ between two sets (for the log). */
    static List<String> differing(Map<String, String> expected, Map<String, String> live) {
        java.util.Set<String> all = new java.util.TreeSet<>(expected.keySet());
        all.addAll(live.keySet());
        return all.stream().filter(t -> !java.util.Objects.equals(expected.get(t), live.get(t))).toList();
    }

    /**
     * The checksums of one open H2 file through its life in this process: compared with the stored ones
     * at the first full read (at open, or at the deferred check), removed from disk once that passed (the
     * app may write from then on), written again at a clean close. Used on the database thread only.
     */
    static final class Guard {
        private enum State { PENDING, PASSED, FAILED }

        private final Path dbFile;
        private final byte[] key;
        private final boolean readOnly;
        private final Optional<Map<String, String>> expected;
        private State state;
        /** The checksums of the last full read, and each table's modification counter then. */
        private Map<String, String> lastRead;
        private Map<String, Long> modificationsAtLastRead;

        private Guard(Path dbFile, byte[] key, boolean readOnly, Optional<Map<String, String>> expected, State state) {
            this.dbFile = dbFile;
            this.key = key;
            this.readOnly = readOnly;
            this.expected = expected;
            this.state = state;
        }

        /**
         * Before H2 opens {@code dbFile}: the stored checksums, if they describe the file as it is. A new
         * database has nothing to check; stale checksums are removed at once.
         */
        static Guard atOpen(Path dbFile, boolean existed, Optional<DatabaseKey> key, boolean readOnly) {
            Optional<Map<String, String>> expected = existed ? trusted(dbFile) : Optional.empty();
            if (expected.isEmpty() && !readOnly) {
                remove(dbFile);
            }
            return new Guard(dbFile, keyFor(key), readOnly, expected, existed ? State.PENDING : State.PASSED);
        }

        byte[] key() {
            return key;
        }

        /**
         * Each full read of the open file comes here; the first is compared with the stored checksums.
         * Throws a "file corrupted" error (reported as a damaged database) when they differ.
         */
        void check(Integrity.Contents live, Connection c) throws SQLException {
            if (state == State.FAILED) {
                throw corrupted(List.of());
            }
            if (state == State.PENDING) {
                if (expected.isPresent() && !expected.get().equals(live.checksums())) {
                    state = State.FAILED;
                    List<String> tables = differing(expected.get(), live.checksums());
                    LOG.error("{}: the content of {} differs from its checksums at the last clean close: damaged",
                            dbFile, tables);
                    throw corrupted(tables);
                }
                if (expected.isPresent()) {
                    LOG.info("Content checksums of {} match its last clean close", dbFile);
                }
                state = State.PASSED;
                if (!readOnly) {
                    remove(dbFile); // from here on the app may write; a kill must leave nothing to compare with
                }
            }
            lastRead = live.checksums();
            try {
                modificationsAtLastRead = Integrity.modifications(c);
            } catch (SQLException | RuntimeException e) {
                modificationsAtLastRead = null; // the close then reads every table
            }
        }

        /**
         * Before a write that no full read preceded (a migration without a backup): the stored checksums,
         * if any, are compared first, since the write makes them useless.
         */
        void beforeWrite(Connection c) throws SQLException {
            if (state == State.PENDING && expected.isPresent()) {
                check(Integrity.read(c, key), c);
            } else if (state == State.FAILED) {
                throw corrupted(List.of());
            }
        }

        private SQLException corrupted(List<String> tables) {
            return new SQLException("content checksums differ in " + tables, "XX000", ErrorCode.FILE_CORRUPTED_1);
        }

        /**
         * At a clean close, before the connection closes: the checksums of what the file holds now, or
         * empty when none are to be written (the check failed or did not run, a read-only file). Only
         * the tables written since the last full read are read again (by H2's modification counters):
         * a session that edited goals does not pay for reading a hundred thousand clients at close.
         */
        Optional<Map<String, String>> beforeClose(Connection c) {
            if (readOnly || state != State.PASSED) {
                return Optional.empty();
            }
            try {
                long start = System.nanoTime();
                Map<String, Long> now = Integrity.modifications(c);
                java.util.Set<String> changed = new java.util.TreeSet<>();
                for (Map.Entry<String, Long> table : now.entrySet()) {
                    if (lastRead == null || modificationsAtLastRead == null || !lastRead.containsKey(table.getKey())
                            || !table.getValue().equals(modificationsAtLastRead.get(table.getKey()))) {
                        changed.add(table.getKey());
                    }
                }
                Map<String, String> sums = new TreeMap<>();
                if (lastRead != null) {
                    sums.putAll(lastRead);
                }
                sums.keySet().retainAll(now.keySet());
                if (!changed.isEmpty()) {
                    sums.putAll(Integrity.checksumsOf(c, key, changed));
                    LOG.info("Content checksums of {} brought up to date at close ({} tables read again) in {} ms", dbFile,
                            changed.size(), (System.nanoTime() - start) / 1_000_000);
                }
                return Optional.of(sums);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("The content of {} could not be read at close; no checksums are kept", dbFile, Database.masked(e));
                return Optional.empty();
            }
        }

        /**
         * After the connection closed: writes {@code sums}; after a failed check, the stored checksums are
         * kept (rewritten for the file's new size and time, should H2 have touched it), so that the damage
         * is reported again at the next open rather than accepted.
         */
        void afterClose(Optional<Map<String, String>> sums) {
            if (readOnly) {
                return;
            }
            if (state == State.FAILED) {
                write(dbFile, expected.orElseThrow());
            } else if (sums.isPresent()) {
                write(dbFile, sums.get());
            }
        }
    }
}
