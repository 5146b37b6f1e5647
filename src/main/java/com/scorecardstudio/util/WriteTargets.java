package com.scorecardstudio.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one check every writer of a user-chosen file goes through (exports, session files, saved images
 * and texts, through {@link AtomicFiles}): a write target must never be a database, its salt, its
 * content checksums, its lock or trace file, its backups, or a file kept aside by a restore. An export onto the open
 * database once replaced it and reported success (issue 19, F1).
 *
 * <p>Databases opened in this process register themselves ({@link #databaseOpened}); callers that know
 * another database (the command line knows its {@code --db} even after closing it) pass it too.
 */
public final class WriteTargets {
    /** The endings of the files H2 and the app keep for a database (compared without case). */
    private static final List<String> DATABASE_ENDINGS = List.of(".mv.db", ".h2.db", ".lock.db", ".trace.db", ".salt",
            ".checksums", ".tempfile", ".newfile");
    private static final String H2_SUFFIX = ".mv.db";
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private WriteTargets() {
    }

    /** A write that was refused because its target belongs to a database; nothing was written. */
    public static final class ProtectedFileException extends IOException {
        private final Path file;

        public ProtectedFileException(Path file) {
            super("refused to write " + file + ": it belongs to a database");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** Called by the database layer when a database file is opened in this process. */
    public static void databaseOpened(Path dbFile) {
        OPEN.add(dbFile.toAbsolutePath().normalize());
    }

    public static void databaseClosed(Path dbFile) {
        OPEN.remove(dbFile.toAbsolutePath().normalize());
    }

    /** Refuses {@code target} if it is a database's file (of any database open here, or of {@code databases}). */
    public static void check(Path target, Collection<Path> databases) throws ProtectedFileException {
        if (isProtected(target, databases)) {
            throw new ProtectedFileException(target.toAbsolutePath().normalize());
        }
    }

    public static void check(Path target) throws ProtectedFileException {
        check(target, List.of());
    }

    /** Whether writing {@code target} could overwrite a file of a database; see {@link #check}. */
    public static boolean isProtected(Path target, Collection<Path> databases) {
        Path t = target.toAbsolutePath().normalize();
        if (t.getFileName() == null) {
            return false;
        }
        String name = t.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ending : DATABASE_ENDINGS) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        List<Path> all = new ArrayList<>(OPEN);
        for (Path d : databases) {
            all.add(d.toAbsolutePath().normalize());
        }
        Path tParent = real(t.getParent());
        for (Path db : all) {
            String dbName = db.getFileName().toString();
            String base = dbName.toLowerCase(Locale.ROOT).endsWith(H2_SUFFIX)
                    ? dbName.substring(0, dbName.length() - H2_SUFFIX.length()) : dbName;
            Path folder = real(db.getParent());
            // the copies a restore keeps aside (base.replaced-<time>.mv.db, also caught by its ending)
            if (folder.equals(tParent) && name.startsWith(base.toLowerCase(Locale.ROOT) + ".replaced-")) {
                return true;
            }
            Path backups = folder.resolve("backups");
            if (tParent != null && tParent.startsWith(backups)) {
                return true;
            }
            // the same file under another name: a hard link, a symbolic link, another case on macOS/Windows
            for (Path own : List.of(db, db.resolveSibling(base + ".salt"), db.resolveSibling(base + ".lock.db"),
                    db.resolveSibling(base + ".trace.db"), db.resolveSibling(base + ".checksums"))) {
                if (sameFile(t, own)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The real path of a folder that exists (symbolic links resolved), else the folder as given. */
    private static Path real(Path folder) {
        if (folder == null) {
            return null;
        }
        try {
            return folder.toRealPath();
        } catch (IOException | SecurityException e) {
            return folder;
        }
    }

    /** Whether {@code file} is something to read as a file: not a folder, a named pipe or a device. */
    public static boolean isRegularFile(Path file) {
        return Files.isRegularFile(file);
    }

    /** Whether {@code file} exists but is not a regular file (a folder, a named pipe, a device, a socket). */
    public static boolean existsButNotRegular(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file)
                || Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file);
    }
}
