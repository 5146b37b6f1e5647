package com.scorecardstudio.sessionfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.scorecardstudio.config.AppInfo;
import com.scorecardstudio.sessionfile.SessionFileException.Reason;
import com.scorecardstudio.util.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The {@code .scorecard} file: a zip with {@code manifest.json} and {@code session.json} (see
 * {@code docs/session-file-format.md}). Reading trusts nothing in the file: entries are counted and
 * their bytes measured as they are unpacked (not taken from the headers), names that could point
 * outside a folder are refused, texts are capped, and a newer format version is refused.
 */
public final class SessionFileFormat {
    public static final String MANIFEST = "manifest.json";
    public static final String SESSION = "session.json";
    public static final String EXTENSION = ".scorecard";

    /** Caps against hostile files; a real session (even with thousands of clients) is far below them. */
    static final int MAX_ENTRIES = 16;
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 48L * 1024 * 1024;
    /** The longest text column holds 40,000 UTF-16 units; anything longer is refused while parsing. */
    static final int MAX_STRING = 40_000;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING).maxNestingDepth(32).maxNumberLength(64).build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SessionFileFormat() {
    }

    /** Writes the file atomically: the target is the old file or the whole new one. */
    public static void write(SessionDocument doc, Path target, Clock clock) throws SessionFileException {
        Manifest manifest = new Manifest(Manifest.FORMAT,
                doc.checkins() == null ? Manifest.WITHOUT_CHECKINS : Manifest.CURRENT_VERSION, AppInfo.version(),
                clock.instant().toString());
        try {
            byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
            byte[] sessionBytes = JSON.writeValueAsBytes(doc);
            AtomicFiles.write(target, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifestBytes);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(SESSION));
                zip.write(sessionBytes);
                zip.closeEntry();
                zip.finish();
            });
        } catch (IOException e) {
            throw new SessionFileException(Reason.IO, String.valueOf(e.getMessage()), e);
        }
    }

    /** Reads and checks a file; changes nothing anywhere. */
    public static SessionDocument read(Path file) throws SessionFileException {
        Map<String, byte[]> entries = unzip(file);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new SessionFileException(Reason.NOT_SESSION_FILE, "no " + MANIFEST);
        }
        Manifest manifest = parse(manifestBytes, Manifest.class);
        if (manifest == null || !Manifest.FORMAT.equals(manifest.format())) {
            throw new SessionFileException(Reason.NOT_SESSION_FILE, "format " + (manifest == null ? null : manifest.format()));
        }
        if (manifest.formatVersion() > Manifest.CURRENT_VERSION) {
            throw new SessionFileException(Reason.NEWER_VERSION, "formatVersion " + manifest.formatVersion());
        }
        if (manifest.formatVersion() < 1) {
            throw new SessionFileException(Reason.MALFORMED, "formatVersion " + manifest.formatVersion());
        }
        byte[] sessionBytes = entries.get(SESSION);
        if (sessionBytes == null) {
            throw new SessionFileException(Reason.MALFORMED, "no " + SESSION);
        }
        SessionDocument doc = parse(sessionBytes, SessionDocument.class);
        if (doc == null || doc.session() == null) {
            throw new SessionFileException(Reason.INVALID_CONTENT, "no session");
        }
        return doc;
    }

    private static <T> T parse(byte[] bytes, Class<T> type) throws SessionFileException {
        try {
            return JSON.readValue(bytes, type);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new SessionFileException(Reason.TOO_LARGE, e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                throw new SessionFileException(Reason.TOO_LARGE, e.getOriginalMessage(), e);
            }
            throw new SessionFileException(Reason.MALFORMED, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SessionFileException(Reason.MALFORMED, String.valueOf(e.getMessage()), e);
        }
    }

    private static Map<String, byte[]> unzip(Path file) throws SessionFileException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        int count = 0;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            byte[] buf = new byte[8192];
            while ((e = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new SessionFileException(Reason.TOO_LARGE, "more than " + MAX_ENTRIES + " entries");
                }
                String name = e.getName();
                checkName(name);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long size = 0;
                int n;
                while ((n = zip.read(buf)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new SessionFileException(Reason.TOO_LARGE, name + " unpacks to more than allowed");
                    }
                    if (MANIFEST.equals(name) || SESSION.equals(name)) {
                        bytes.write(buf, 0, n);
                    }
                }
                if ((MANIFEST.equals(name) || SESSION.equals(name)) && entries.put(name, bytes.toByteArray()) != null) {
                    throw new SessionFileException(Reason.MALFORMED, name + " twice");
                }
            }
        } catch (SessionFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new SessionFileException(Reason.IO, "no file " + file, e);
        } catch (ZipException | java.io.EOFException e) {
            throw new SessionFileException(Reason.MALFORMED, String.valueOf(e.getMessage()), e);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8
            throw new SessionFileException(e instanceof IOException && !(e instanceof java.nio.file.FileSystemException)
                    ? Reason.MALFORMED : Reason.IO, String.valueOf(e.getMessage()), e);
        }
        if (count == 0) {
            throw new SessionFileException(Reason.MALFORMED, "not a zip or empty");
        }
        return entries;
    }

    /** Refuses names that could write or read outside a folder if anyone ever unpacked the file. */
    static void checkName(String name) throws SessionFileException {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || (name.length() > 1 && name.charAt(1) == ':')) {
            throw new SessionFileException(Reason.UNSAFE_ENTRY, name);
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw new SessionFileException(Reason.UNSAFE_ENTRY, name);
            }
        }
    }
}
