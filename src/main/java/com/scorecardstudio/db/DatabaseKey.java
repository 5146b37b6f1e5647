package com.scorecardstudio.db;

import com.scorecardstudio.config.AppPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of an encrypted database (H2 {@code CIPHER=AES}), derived from the user's password.
 *
 * <p>H2 turns the file password into its AES key with a fast hash of few iterations, so a stolen
 * file would let an attacker try passwords very quickly. We therefore never give H2 the password:
 * we derive a 256-bit key with PBKDF2-HMAC-SHA256 at {@value #ITERATIONS} iterations (the OWASP
 * 2023 recommendation for this function; about half a second on a laptop, paid once per open) and a
 * random 16-byte salt, and hand H2 that key (hex) as its file password. The salt is not secret; it
 * is kept beside the database as {@code <name>.salt}, and its presence marks the database as
 * encrypted. Without the password there is no way in: there is no recovery key.
 */
public final class DatabaseKey {
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final String hex;
    private final String saltHex;

    private DatabaseKey(String hex, String saltHex) {
        this.hex = hex;
        this.saltHex = saltHex;
    }

    String saltHex() {
        return saltHex;
    }

    /** Where the salt of the database in {@code dbFile} lives. */
    public static Path saltFile(Path dbFile) {
        String n = dbFile.getFileName().toString();
        String base = n.endsWith(AppPaths.H2_SUFFIX) ? n.substring(0, n.length() - AppPaths.H2_SUFFIX.length()) : n;
        return dbFile.resolveSibling(base + ".salt");
    }

    public static boolean isEncrypted(Path dbFile) {
        return Files.exists(saltFile(dbFile));
    }

    /** The key of an existing encrypted database (its salt is read from beside it). */
    static DatabaseKey forExisting(Path dbFile, char[] password) throws IOException {
        byte[] salt = HexFormat.of().parseHex(Files.readString(saltFile(dbFile), StandardCharsets.US_ASCII).strip());
        return derive(password, salt);
    }

    /**
     * A new salt written beside a database about to be created, and the key from it. The salt appears
     * under its name in one step and only if no salt is there yet (written to a temp file, forced to
     * disk, then hard-linked to its name, which fails if the name exists): of several processes
     * creating the same database at once exactly one gets its salt in place; the others get
     * {@link java.nio.file.FileAlreadyExistsException} and must change nothing. (A salt that a loser
     * overwrote once made the winner's database unopenable: issue 19, F2.)
     */
    static DatabaseKey forNew(Path dbFile, char[] password) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        createExclusively(saltFile(dbFile), HexFormat.of().formatHex(salt).getBytes(StandardCharsets.US_ASCII));
        return derive(password, salt);
    }

    /** Whether {@code dbFile}'s salt holds exactly this key's salt (so it is ours to remove after a failed creation). */
    static boolean saltIs(Path dbFile, String saltHex) {
        try {
            return Files.readString(saltFile(dbFile), StandardCharsets.US_ASCII).strip().equalsIgnoreCase(saltHex);
        } catch (IOException e) {
            return false;
        }
    }

    private static void createExclusively(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(new SecureRandom().nextLong())
                + ".tmp");
        try {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
                    throw exists;
                }
                // no hard links here (FAT, some network shares): a move that never replaces
                Files.move(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether a database file is encrypted by its header (H2's encrypted files start with {@code H2encrypt}). */
    public static boolean hasEncryptedHeader(Path dbFile) {
        byte[] magic = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
        try (java.io.InputStream in = Files.newInputStream(dbFile)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    static DatabaseKey derive(char[] password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            String hex = HexFormat.of().formatHex(key);
            Arrays.fill(key, (byte) 0);
            return new DatabaseKey(hex, HexFormat.of().formatHex(salt));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The JDBC password for H2: the file password, a space, and the (empty) user password. */
    String jdbcPassword() {
        return hex + " ";
    }

    /** The password for {@code SCRIPT ... CIPHER AES PASSWORD '...'}: backups are encrypted with the same key. */
    String scriptPassword() {
        return hex;
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
