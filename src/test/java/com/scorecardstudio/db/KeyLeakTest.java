package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 19, F3: when the backup before a migration of an encrypted database failed, the log gained
 * {@code SCRIPT TO '…' CIPHER AES PASSWORD '<64-hex key>'} (H2's file key, which opens the database
 * without the PBKDF2 step), and H2's {@code .trace.db} beside the database too; the backup verification
 * logged the failing {@code RUNSCRIPT … PASSWORD} the same way. This drives the failing backup, migration,
 * verification and restore paths on an encrypted database and looks for the key and the password in
 * every log event as it was logged (before any layout masks it), in the test log, in every file in the
 * folder (trace files included) and in every exception message and stack trace.
 */
class KeyLeakTest {
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void theKeyReachesNoLogTraceFileOrMessageWhenBackupMigrationAndVerificationFail() throws Exception {
        Path file = dir.resolve("secret.mv.db");
        Backups backups = new Backups(TestDatabases.fixedClock(), 10);
        DatabaseKey key;
        try (Database db = Database.open(file, backups, Database.BackupOnOpen.BEFORE_MIGRATION,
                Optional.of(PASSWORD.toCharArray()))) {
            new SessionRepository(db.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Alpha"));
            key = db.key().orElseThrow();
        }
        String hex = key.scriptPassword();
        assertThat(hex).hasSize(64);

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.setContext(context);
        events.start();
        root.addAppender(events);
        List<String> messages = new ArrayList<>();
        try {
            // a migration is pending: the newest schema version is taken out of the history
            try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file, Optional.of(key)), "sa", key.jdbcPassword())) {
                c.createStatement().execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" ="
                        + " (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
            }
            // and the backup before it cannot be written: where its temp file goes is a folder
            String stamp = LocalDateTime.now(TestDatabases.fixedClock()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            Path blocked = Files.createDirectories(Backups.folderFor(file).resolve("secret-" + stamp + ".zip.tmp/x"));
            assertThatThrownBy(() -> Database.open(file, backups, Database.BackupOnOpen.BEFORE_MIGRATION,
                    Optional.of(PASSWORD.toCharArray()))).isInstanceOfSatisfying(DatabaseOpenException.class,
                    e -> messages.add(everything(e)));
            Files.delete(blocked);

            // the verification of a damaged backup, and its restore
            Path damaged = Files.write(Backups.folderFor(file).resolve("secret-20991231-235959-999.zip"),
                    "not a backup at all".getBytes(StandardCharsets.US_ASCII));
            assertThat(Backups.verify(damaged, Optional.of(key))).isFalse();
            assertThat(backups.newestGood(file, Optional.of(key))).isEmpty();
            assertThatThrownBy(() -> backups.restore(damaged, file, Optional.of(key)))
                    .satisfies(e -> messages.add(everything(e)));
        } finally {
            root.detachAppender(events);
        }

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent e : events.list) {
            logged.add(e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        assertThat(logged).as("something was logged on the failing paths").isNotEmpty();
        assertThat(String.join("\n", logged)).as("log events").contains("***").doesNotContainIgnoringCase(hex)
                .doesNotContain(PASSWORD);
        assertThat(messages).hasSize(2).allSatisfy(m -> assertThat(m).doesNotContainIgnoringCase(hex).doesNotContain(PASSWORD)
                .doesNotContainPattern("PASSWORD '(?!\\*\\*\\*')"));
        assertThat(Files.readString(Path.of("target/test.log"))).doesNotContainIgnoringCase(hex);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContainIgnoringCase(hex).doesNotContain(PASSWORD);
                assertThat(f.getFileName().toString()).doesNotEndWith(".trace.db");
            }
        }
    }

    /** The message, and the whole stack trace with every cause's message. */
    private static String everything(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return e.getMessage() + "\n" + w;
    }
}
