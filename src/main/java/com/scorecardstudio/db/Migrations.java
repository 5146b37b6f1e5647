package com.scorecardstudio.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.LoggerFactory;

/**
 * Flyway, kept in a class of its own so that opening an up-to-date database never loads it (see
 * {@link SchemaVersion}).
 */
final class Migrations {
    /** The migrations written in Java, beside the SQL scripts in {@code db/migration}. */
    static final org.flywaydb.core.api.migration.JavaMigration[] JAVA_MIGRATIONS = {new V6NameKeys()};

    private final Flyway flyway;

    /** An H2 file: the common migrations and H2's own ({@code db/h2}). */
    Migrations(Connection connection) {
        this(connection, "classpath:db/h2");
    }

    /**
     * A team workspace on PostgreSQL: the same common migrations (portable SQL, one jOOQ model) and
     * PostgreSQL's own ({@code db/postgresql}: the change notifications), numbered in line with H2's.
     */
    static Migrations forPostgres(Connection connection) {
        return new Migrations(connection, "classpath:db/postgresql");
    }

    private Migrations(Connection connection, String engineLocation) {
        this.flyway = Flyway.configure()
                .dataSource(new org.jooq.tools.jdbc.SingleConnectionDataSource(connection))
                .locations("classpath:db/migration", engineLocation)
                // migrations SQL cannot express; SchemaVersion.LATEST counts them too
                .javaMigrations(JAVA_MIGRATIONS)
                .loggers("slf4j")
                .load();
    }

    /** Whether the history holds a migration this build does not know (a newer app wrote it). */
    boolean hasFutureMigrations() {
        return Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
    }

    boolean hasPending() {
        return flyway.info().pending().length > 0;
    }

    /** Applies what is pending, and logs it. */
    void migrate(Path dbFile) {
        migrate(dbFile.toString());
    }

    void migrate(String where) {
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LoggerFactory.getLogger(Migrations.class).info("Migrated {} to schema version {}", where, result.targetSchemaVersion);
        }
    }
}
