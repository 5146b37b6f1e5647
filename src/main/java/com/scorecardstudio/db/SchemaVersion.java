package com.scorecardstudio.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;

/**
 * Where a database's schema stands against the migrations this build carries, read straight from
 * Flyway's history table with one query. An up-to-date database (the usual case) then opens
 * without loading Flyway at all: its class-path scan and set-up cost more than everything else a
 * small command does. Anything unusual (a pending or failed migration, a version that is not a plain
 * number, no history table) goes the whole Flyway way, as before.
 */
enum SchemaVersion {
    /** Every migration of this build applied, and none after it. */
    CURRENT,
    /** Written by a newer version of the app: refused, never migrated backwards. */
    NEWER,
    /** New, older, or not clear from the history alone: Flyway decides. */
    NEEDS_FLYWAY;

    /**
     * The newest migration: in {@code src/main/resources/db/migration} ({@code V<n>__*.sql}) or among
     * {@link Migrations#JAVA_MIGRATIONS}. {@code SchemaVersionTest} fails when a migration is added
     * without raising it.
     */
    static final int LATEST = 12;

    static final String HISTORY_TABLE = "flyway_schema_history";

    static SchemaVersion of(Connection c) throws SQLException {
        BitSet applied = new BitSet();
        try (Statement st = c.createStatement()) {
            if (!hasHistory(c)) {
                return NEEDS_FLYWAY;
            }
            try (ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY_TABLE + "\"")) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version == null) {
                        continue; // Flyway's own rows (schema creation, repeatables) carry none
                    }
                    if (!rs.getBoolean(2) || !version.matches("\\d{1,6}")) {
                        return NEEDS_FLYWAY;
                    }
                    applied.set(Integer.parseInt(version));
                }
            }
        }
        if (applied.length() - 1 > LATEST) {
            return NEWER;
        }
        BitSet all = new BitSet();
        all.set(1, LATEST + 1);
        return applied.equals(all) ? CURRENT : NEEDS_FLYWAY;
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, HISTORY_TABLE, null)) {
            return rs.next();
        }
    }
}
