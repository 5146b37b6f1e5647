package com.scorecardstudio.excel;

import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.util.AtomicFiles;
import com.scorecardstudio.util.WriteTargets;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a session's workbook to a file safely: into a temp file in the target's folder, then moved
 * over the target, so that an existing file is either fully replaced or left as it was. A target that
 * is open in another program, read-only, or on a full disk fails with a reason the user can act on.
 */
public final class ExcelExport {
    private static final Logger LOG = LoggerFactory.getLogger(ExcelExport.class);

    private ExcelExport() {
    }

    /** Writes {@code data} as a workbook in {@code m}'s language to {@code target}, encrypted when a password is given. */
    public static void write(ExportData data, Messages m, Path target, char[] password, DoubleConsumer progress)
            throws ExportException {
        write(target, out -> SessionWorkbook.write(data, m, password, out, progress));
    }

    /**
     * The safe-write part on its own, for any file the app exports (the workbook, the deck): checks the
     * target, writes through a temp file, keeps a replaced file's permissions, classifies a failure.
     * Tests give it a writer that fails half way.
     */
    public static void writeSafely(Path target, AtomicFiles.Writer writer) throws ExportException {
        write(target, writer);
    }

    static void write(Path target, AtomicFiles.Writer writer) throws ExportException {
        Path file = target.toAbsolutePath();
        check(file);
        try {
            Set<PosixFilePermission> before = permissions(file);
            AtomicFiles.write(file, writer);
            restorePermissions(file, before);
        } catch (IOException | RuntimeException e) {
            ExportException failure = classify(file, e);
            LOG.warn("Export to {} failed: {}", file, failure.reason(), e);
            throw failure;
        }
    }

    /** What can be known before writing: the folder exists, the file is not read-only or open in an office program. */
    static void check(Path file) throws ExportException {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, file, null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(ExportException.Reason.FAILED, file, null);
        }
        if (WriteTargets.isProtected(file, java.util.List.of())) {
            throw new ExportException(ExportException.Reason.PROTECTED, file, null);
        }
        if (Files.exists(file) && readOnly(file)) {
            throw new ExportException(ExportException.Reason.READ_ONLY, file, null);
        }
        String name = file.getFileName().toString();
        // the lock files Excel (~$name) and LibreOffice (.~lock.name#) keep beside an open file
        if (Files.exists(dir.resolve("~$" + name)) || Files.exists(dir.resolve(".~lock." + name + "#"))) {
            throw new ExportException(ExportException.Reason.IN_USE, file, null);
        }
    }

    /** A replaced file keeps its permissions; a new one is readable as files usually are (the temp file was private). */
    private static Set<PosixFilePermission> permissions(Path file) {
        try {
            return Files.exists(file) ? Files.getPosixFilePermissions(file) : PosixFilePermissions.fromString("rw-r--r--");
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static void restorePermissions(Path file, Set<PosixFilePermission> permissions) {
        if (permissions == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Could not set the permissions of {}", file, e);
        }
    }

    /** Read-only by its attributes, also for a user (such as root) whom the OS would let write anyway. */
    static boolean readOnly(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                var perms = Files.readAttributes(file, PosixFileAttributes.class).permissions();
                if (!perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                        && !perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                    return true;
                }
            } else if (Files.getFileStore(file).supportsFileAttributeView("dos")
                    && Files.readAttributes(file, DosFileAttributes.class).isReadOnly()) {
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall back on what the OS says
        }
        return !Files.isWritable(file);
    }

    static ExportException classify(Path file, Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            text += " " + String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        }
        ExportException.Reason reason;
        if (e instanceof WriteTargets.ProtectedFileException) {
            reason = ExportException.Reason.PROTECTED;
        } else if (text.contains("no space left") || text.contains("file too large") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota")) {
            reason = ExportException.Reason.DISK_FULL;
        } else if (text.contains("used by another process") || text.contains("locked")) {
            reason = ExportException.Reason.IN_USE;
        } else if (e instanceof AccessDeniedException || text.contains("read-only") || text.contains("permission denied")) {
            reason = Files.exists(file) ? ExportException.Reason.IN_USE : ExportException.Reason.FOLDER_READ_ONLY;
        } else {
            reason = ExportException.Reason.FAILED;
        }
        return new ExportException(reason, file, e);
    }
}
