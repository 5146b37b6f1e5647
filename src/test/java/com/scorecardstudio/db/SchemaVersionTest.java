package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick schema check that lets an up-to-date database open without Flyway. */
class SchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void latestIsTheNewestMigrationInTheSourceTree() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        // the common migrations and each engine's own (numbered in line)
        for (String folder : new String[] {"migration", "h2", "postgresql"}) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/db", folder))) {
                newest = Math.max(newest, files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                        .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
            }
        }
        for (var java : Migrations.JAVA_MIGRATIONS) {
            newest = Math.max(newest, Integer.parseInt(java.getVersion().getVersion()));
        }
        assertThat(SchemaVersion.LATEST).as("SchemaVersion.LATEST after adding a migration").isEqualTo(newest);
    }

    @Test
    void aMigratedDatabaseIsCurrentAndAnEmptyOneNeedsFlyway() throws Exception {
        Path file = dir.resolve("s.mv.db");
        try (var c = java.sql.DriverManager.getConnection(Database.jdbcUrl(file), "sa", "")) {
            assertThat(SchemaVersion.of(c)).isEqualTo(SchemaVersion.NEEDS_FLYWAY);
        }
        try (Database db = TestDatabases.open(file)) {
            assertThat(SchemaVersion.of(db.connection())).isEqualTo(SchemaVersion.CURRENT);
            try (Statement st = db.connection().createStatement()) {
                st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + SchemaVersion.LATEST + "'");
            }
            assertThat(SchemaVersion.of(db.connection())).as("one migration missing").isEqualTo(SchemaVersion.NEEDS_FLYWAY);
        }
    }

    @Test
    void anUpToDateDatabaseOpensWithoutLoadingFlyway() throws Exception {
        Path home = dir.resolve("home");
        String db = dir.resolve("quick.mv.db").toString();
        assertThat(ChildJvm.run(home, "--db", db, "demo").exitCode()).isZero(); // creates and migrates
        ChildJvm.Result listed = ChildJvm.run(home, java.util.List.of("-Xlog:class+load=info:stdout"), "--db", db, "sessions");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.stdout()).contains("com.scorecardstudio.db.SchemaVersion").doesNotContain("org.flywaydb");
        assertThat(listed.stdout().lines().filter(l -> !l.startsWith("["))).hasSize(1); // the demo session's line
    }

    @Test
    void aFailedMigrationInTheHistoryGoesToFlyway() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("f.mv.db"));
             Statement st = db.connection().createStatement()) {
            st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertThat(SchemaVersion.of(db.connection())).isEqualTo(SchemaVersion.NEEDS_FLYWAY);
        }
    }

    @Test
    void aMigrationBeyondThisBuildIsNewer() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("n.mv.db"));
             Statement st = db.connection().createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '" + (SchemaVersion.LATEST + 1) + "', 'next', 'SQL', 'V9__next.sql', 0, 'sa', 1, TRUE)");
            assertThat(SchemaVersion.of(db.connection())).isEqualTo(SchemaVersion.NEWER);
        }
    }
}
