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

    private DatabaseKey(String hex) {
        this.hex = hex;
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

    /** A new salt written beside a database about to be created, and the key from it. */
    static DatabaseKey forNew(Path dbFile, char[] password) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        com.scorecardstudio.util.AtomicFiles.write(saltFile(dbFile), HexFormat.of().formatHex(salt).getBytes(StandardCharsets.US_ASCII));
        return derive(password, salt);
    }

    static DatabaseKey derive(char[] password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            String hex = HexFormat.of().formatHex(key);
            Arrays.fill(key, (byte) 0);
            return new DatabaseKey(hex);
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
