package com.scorecardstudio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Writes the migration fixtures in {@code src/test/resources/fixtures/}: for each released schema
 * version, a database migrated to exactly that version and filled with the data that version could
 * hold, kept as H2's own SQL script (text, so that a review can read it). Run once per release from
 * the project folder; {@code db.MigrationFixturesTest} opens each with the current code.
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.scorecardstudio.testing.SchemaFixtures</pre>
 */
public final class SchemaFixtures {
    /** Every released schema version, and the rows added at it. */
    static final List<List<String>> DATA = List.of(
            // V1: sessions and participants
            List.of("INSERT INTO SESSION (ID, UID, TITLE, ORGANIZATION, INDUSTRY, SESSION_DATE, FACILITATOR, HORIZON_YEAR, NOTES,"
                            + " CREATED_AT, UPDATED_AT) VALUES (1, '0b7c0c52-51e4-4c8e-9a51-6f1c1b7d2a01', 'Fixture session',"
                            + " 'Fixture Org', 'Healthcare', DATE '2026-03-01', 'Anna', 2027, 'Заметки сессии',"
                            + " TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00')",
                    "INSERT INTO PARTICIPANT (SESSION_ID, POSITION, NAME, ROLE) VALUES (1, 0, 'Игорь Белов', 'CEO'),"
                            + " (1, 1, 'Maria Chen', 'CFO')"),
            // V2: goals, indicators, measurements, initiatives, customer checklist, assessments, parking lot, timers
            List.of("INSERT INTO GOAL (ID, SESSION_ID, STAGE, AREA, POSITION, TITLE, DESCRIPTION, OWNER, PRIORITY) VALUES"
                            + " (10, 1, 'financial', 'profit_growth', 0, 'Grow revenue from new services', 'why', 'Maria Chen', 'high'),"
                            + " (11, 1, 'customer', 'pricing', 0, 'Clear price list', '', '', 'medium')",
                    "INSERT INTO INDICATOR (ID, GOAL_ID, POSITION, NAME, UNIT, DIRECTION, BASELINE_VALUE, BASELINE_DATE, TARGET_VALUE,"
                            + " TARGET_DATE, SCALE, IMPACT_VALUE, IMPACT_UNIT, DATA_SOURCE, REVIEW_FREQUENCY) VALUES (20, 10, 0,"
                            + " 'Revenue from new services', 'RUB m', 'up', 12.5, DATE '2026-01-31', 20, DATE '2027-12-31',"
                            + " 'all clinics', 7.5, 'RUB m', '1C', 'monthly')",
                    "INSERT INTO MEASUREMENT (INDICATOR_ID, MEASURED_ON, MEASURED_VALUE) VALUES (20, DATE '2026-06-30', 14.25)",
                    "INSERT INTO INITIATIVE (GOAL_ID, POSITION, TITLE, OWNER, START_DATE, DUE_DATE, BUDGET, STATUS) VALUES"
                            + " (10, 0, 'Launch check-up packages', 'Igor', DATE '2026-04-01', DATE '2026-09-30', 1500000, 'in_progress')",
                    "INSERT INTO CUSTOMER_POLICY_CHECK (SESSION_ID, POLICY, STATUS, NOTE) VALUES (1, 'pricing', 'needs_work', 'discounts')",
                    "INSERT INTO AREA_ASSESSMENT (SESSION_ID, AREA, SCORE, NOTE) VALUES (1, 'service', 4, 'good')",
                    "INSERT INTO PARKING_NOTE (SESSION_ID, NOTE_TEXT, CREATED_AT, DONE) VALUES (1, 'Ask about relocation',"
                            + " TIMESTAMP WITH TIME ZONE '2026-03-01 11:00:00+00', FALSE)",
                    "INSERT INTO STAGE_TIMEBOX (SESSION_ID, STAGE, MINUTES) VALUES (1, 'financial', 45)"),
            // V3: client scoring
            List.of("INSERT INTO SCORING_SETTINGS (SESSION_ID, MEDIUM_FROM, HIGH_FROM, CONCENTRATION_LIMIT) VALUES (1, 2.5, 3.75, 30)",
                    "INSERT INTO SCORING_CRITERION (ID, SESSION_ID, AXIS, POSITION, CRITERION_KEY, NAME, WEIGHT) VALUES"
                            + " (30, 1, 'attractiveness', 0, 'revenue', '', 2), (31, 1, 'relationship', 0, 'loyalty', 'Loyalty', 1)",
                    "INSERT INTO CLIENT (ID, SESSION_ID, NAME, NAME_KEY, SEGMENT, REVENUE, CURRENCY, NOTES, CREATED_AT, UPDATED_AT)"
                            + " VALUES (40, 1, 'Альфа Клиник', 'альфа клиник', 'B2B', 1200000.50, 'RUB', '',"
                            + " TIMESTAMP WITH TIME ZONE '2026-03-01 12:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 12:00:00+00')",
                    "INSERT INTO CLIENT_SCORE (CLIENT_ID, CRITERION_ID, SCORE) VALUES (40, 30, 5), (40, 31, 2)",
                    "INSERT INTO SCORING_STRATEGY (SESSION_ID, ZONE_KEY, STRATEGY_TEXT) VALUES (1, 'build_loyalty', 'Call monthly')",
                    "INSERT INTO CRITERIA_TEMPLATE (ID, NAME, NAME_KEY, CREATED_AT) VALUES (50, 'Clinics', 'clinics',"
                            + " TIMESTAMP WITH TIME ZONE '2026-03-01 12:00:00+00')",
                    "INSERT INTO CRITERIA_TEMPLATE_ITEM (TEMPLATE_ID, AXIS, POSITION, CRITERION_KEY, NAME, WEIGHT) VALUES"
                            + " (50, 'attractiveness', 0, 'revenue', '', 2)"));

    private SchemaFixtures() {
    }

    public static Path fixture(Path folder, int version) {
        return folder.resolve("schema-v" + version + ".sql");
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures");
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory("fixtures");
        for (int version = 1; version <= DATA.size(); version++) {
            String url = "jdbc:h2:file:" + work.resolve("v" + version).toAbsolutePath();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                Flyway.configure().dataSource(new org.jooq.tools.jdbc.SingleConnectionDataSource(c)).locations("classpath:db/migration")
                        .target(String.valueOf(version)).load().migrate();
                try (Statement st = c.createStatement()) {
                    for (List<String> step : DATA.subList(0, version)) {
                        for (String sql : step) {
                            st.execute(sql);
                        }
                    }
                    st.execute("SCRIPT TO '" + fixture(folder, version).toAbsolutePath().toString().replace("'", "''") + "'");
                }
            }
            System.out.println("wrote " + fixture(folder, version));
        }
    }
}
