package com.scorecardstudio.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own logging: one file in the data folder, libraries' chatter kept out. */
class LogSetupTest {
    @TempDir
    Path dir;

    @Test
    void messagesGoToTheDataFoldersLogAndLibraryDetailStaysOut() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as SLF4J's binding does
        context.start();
        LogSetup.configure(context, dir.resolve("logs"));
        context.getLogger("com.scorecardstudio.Sample").info("opened the database");
        context.getLogger("com.scorecardstudio.Sample").debug("a detail nobody needs");
        context.getLogger("org.flywaydb.core.Flyway").info("flyway chatter");
        context.getLogger("org.jooq.Constants").info("jooq chatter");
        context.getLogger("org.flywaydb.core.Flyway").warn("a flyway warning");
        context.stop();

        String log = Files.readString(dir.resolve("logs/scorecard-studio.log"));
        assertThat(log).contains("INFO  [" + Thread.currentThread().getName() + "] com.scorecardstudio.Sample - opened the database")
                .contains("a flyway warning")
                .doesNotContain("a detail nobody needs").doesNotContain("flyway chatter").doesNotContain("jooq chatter");
        assertThat(log.lines().findFirst().orElseThrow()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} .*");
    }

    @Test
    void passwordsAndKeysAreMaskedInEveryLineStackTracesIncluded() throws Exception {
        String key = "0123456789abcdef".repeat(4);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        LogSetup.configure(context, dir.resolve("logs"));
        Exception h2 = new java.sql.SQLException("IO Exception: \"/d/backups/x.zip.tmp\"; SQL statement:\nSCRIPT TO '/d/backups/x.zip.tmp'"
                + " COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key + "' [90028-240]",
                new RuntimeException("RUNSCRIPT FROM 'b.zip' CIPHER AES PASSWORD 'it''s " + key + "'"));
        context.getLogger("com.scorecardstudio.db.Backups").warn("Backup failed: PASSWORD '{}' key {}", "letmein", key, h2);
        context.stop();

        String log = Files.readString(dir.resolve("logs/scorecard-studio.log"));
        assertThat(log).doesNotContain(key).doesNotContain("letmein").doesNotContain("it''s")
                .contains("PASSWORD '***'").contains("SCRIPT TO '/d/backups/x.zip.tmp'").contains("Backup failed");
    }

    @Test
    void theServiceIsWhatLogbackFinds() throws Exception {
        String service = new String(LogSetup.class.getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator").readAllBytes()).strip();
        assertThat(service).isEqualTo(LogSetup.class.getName());
    }
}
