package com.scorecardstudio.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.Row;
import org.h2.table.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The integrity scan reads H2's tables and indexes through its engine; it must sum exactly what the
 * SQL it replaced summed (checksum files written by earlier builds are compared with it), and still find
 * an index that disagrees with its table.
 */
class IntegrityTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("data.mv.db");
    }

    @BeforeEach
    void twoDemoSessions() throws Exception {
        try (Database db = Database.open(file(), new Backups(TestDatabases.tickingClock(), 10), Database.BackupOnOpen.BEFORE_MIGRATION)) {
            Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
            Demo.create(db.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22));
        }
    }

    @Test
    void theScanSumsWhatTheQueriesOfEarlierBuildsSummed() throws Exception {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file()), "sa", "")) {
            for (byte[] key : List.of(ContentChecksums.PLAIN, ContentChecksums.keyFor(java.util.Optional.of(
                    DatabaseKey.forNew(dir.resolve("k.mv.db"), "secret".toCharArray()))))) {
                Integrity.Contents engine = Integrity.read(c, key);
                Map<String, String> bySql = checksumsBySql(c, key);
                assertThat(engine.checksums()).isEqualTo(bySql);
                assertThat(engine.counts()).containsEntry("GOAL", countOf(c, "GOAL")).containsEntry("CLIENT_SCORE", countOf(c, "CLIENT_SCORE"));
                assertThat(engine.counts().get("GOAL")).isPositive();
            }
            // the scan leaves the connection as a query would: usable, nothing pending
            assertThat(countOf(c, "SESSION")).isEqualTo(2);
        }
    }

    /**
     * An index missing an entry of its table, or (swapped) with an entry pointing at another row in its
     * place, so that the counts agree and only the entries' values and keys tell.
     */
    @ParameterizedTest(name = "another row''s entry in its place: {0}")
    @ValueSource(booleans = {false, true})
    void anIndexThatDisagreesWithItsTableIsDamage(boolean swap) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(file()), "sa", "")) {
            tamperWithAnIndexOf(c, "GOAL", swap);
            assertThatThrownBy(() -> Integrity.read(c, ContentChecksums.PLAIN)).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getErrorCode()).isEqualTo(ErrorCode.FILE_CORRUPTED_1));
        }
    }

    /** Removes one entry from a secondary index of {@code table} (not from the table); with {@code swap}, adds another row's in its place. */
    private static void tamperWithAnIndexOf(Connection c, String tableName, boolean swap) throws SQLException {
        SessionLocal s = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        Table table = s.getDatabase().getSchema("PUBLIC").getTableOrView(s, tableName);
        Index scan = table.getScanIndex(s);
        Index index = table.getIndexes().stream().filter(i -> i != scan && !i.getIndexType().isPrimaryKey()).findFirst().orElseThrow();
        List<Row> rows = new ArrayList<>();
        Cursor cursor = scan.find(s, null, null, false);
        while (cursor.next() && rows.size() < 2) {
            rows.add(cursor.get());
        }
        s.lock();
        try {
            index.remove(s, rows.get(0));
            if (swap) {
                // the second row's values under a key no row has
                index.add(s, Row.get(rows.get(1).getValueList().clone(), 0, rows.get(0).getKey() + 1_000_000));
            }
            s.commit(false);
        } finally {
            s.unlock();
        }
    }

    private static long countOf(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The table checksums as the earlier builds computed them: SQL, value by value as JDBC reads it. */
    private static Map<String, String> checksumsBySql(Connection c, byte[] key) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            long rows = 0;
            long sum = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT _ROWID_, * FROM \"" + table + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    long row = ContentChecksums.ROW_START;
                    for (int i = 2; i <= columns; i++) {
                        row = ContentChecksums.addValue(row, rs.getString(i));
                    }
                    sum += row;
                    rows++;
                }
            }
            sums.put(table, ContentChecksums.ofTable(key, table, rows, sum));
        }
        return sums;
    }
}
