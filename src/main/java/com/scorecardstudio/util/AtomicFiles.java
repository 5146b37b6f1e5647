package com.scorecardstudio.util;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that the target is either the old file or the complete new one: the bytes go to
 * a temp file in the same folder ({@code .NAME.<number>.tmp}), are forced to disk, then moved over the
 * target.
 *
 * <p>A target that belongs to a database is refused ({@link WriteTargets}). The temp file is locked
 * while it is written, so that a temp file left by a killed process (it may hold client data) is
 * recognised as stale, unlocked, and removed by the next write to the same target.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Writer writer) throws IOException {
        WriteTargets.check(target);
        Path dir = target.toAbsolutePath().getParent();
        removeStaleTempFiles(target);
        Path tmp = null;
        FileChannel ch = null;
        for (int attempt = 0; ch == null; attempt++) {
            tmp = dir.resolve(tempPrefix(target) + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
        try {
            try (FileChannel open = ch; OutputStream out = java.nio.channels.Channels.newOutputStream(open)) {
                lock(open); // released when the channel closes
                writer.writeTo(out);
                out.flush();
                open.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The lock that tells a running write from a killed one's leftovers (null where locks are not supported). */
    private static FileLock lock(FileChannel ch) {
        try {
            return ch.lock();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /**
     * Deletes the temp files of earlier writes to {@code target} that no process is writing any more
     * (a killed export); a temp file still locked by a running write is left alone. Returns how many.
     */
    public static int removeStaleTempFiles(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = tempPrefix(target);
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp")
                    && n.substring(prefix.length(), n.length() - 4).chars().allMatch(Character::isDigit)
                    && n.length() > prefix.length() + 4;
        })) {
            files.forEach(candidates::add);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        int removed = 0;
        for (Path stale : candidates) {
            if (!Files.isRegularFile(stale, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            boolean unlocked = false;
            try (FileChannel ch = FileChannel.open(stale, StandardOpenOption.WRITE)) {
                FileLock lock = ch.tryLock();
                if (lock != null) {
                    unlocked = true;
                    lock.release();
                }
            } catch (OverlappingFileLockException e) {
                // being written by this process
            } catch (IOException e) {
                continue;
            }
            if (unlocked) {
                try {
                    if (Files.deleteIfExists(stale)) {
                        removed++;
                        LoggerFactory.getLogger(AtomicFiles.class).info("Removed {}, left by an interrupted write", stale);
                    }
                } catch (IOException e) {
                    LoggerFactory.getLogger(AtomicFiles.class).warn("Could not remove the stale temp file {}", stale, e);
                }
            }
        }
        return removed;
    }
}
