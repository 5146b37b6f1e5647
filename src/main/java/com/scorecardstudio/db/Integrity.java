package com.scorecardstudio.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.message.DbException;
import org.h2.result.Row;
import org.h2.result.SearchRow;
import org.h2.table.Column;
import org.h2.table.Table;
import org.h2.table.TableType;

/**
 * The integrity check for an H2 (MVStore) database: every table is read row by row, every column
 * of every row, which makes H2 load and check (checksums, page structure) each page of the data.
 * A {@code COUNT(*)} alone would not: MVStore answers it from a counter without reading pages.
 * Returns the row count per table, which is also what a backup is verified against.
 *
 * <p>The same pass also sums a checksum of every row's values per table ({@link ContentChecksums}):
 * H2's page checksums do not catch every flipped bit inside a stored value (issue 19, F6), so a
 * database closed cleanly keeps these sums beside it and the next open compares them.
 */
public final class Integrity {
    private Integrity() {
    }

    /** Row counts per table ({@code PUBLIC} schema); throws if any page cannot be read. */
    public static Map<String, Long> scan(Connection c) throws SQLException {
        return read(c, ContentChecksums.PLAIN).counts();
    }

    /** What one full read found: the rows per table and their content checksums (see {@link ContentChecksums}). */
    record Contents(Map<String, Long> counts, Map<String, String> checksums) {
    }

    /** As {@link #scan}, with each table's content checksum keyed by {@code checksumKey}. */
    static Contents read(Connection c, byte[] checksumKey) throws SQLException {
        return read(c, checksumKey, null, true);
    }

    /**
     * The content checksums of {@code only} these tables, without walking indexes: what a clean close
     * needs for the tables written since the last full read.
     */
    static Map<String, String> checksumsOf(Connection c, byte[] checksumKey, java.util.Set<String> only) throws SQLException {
        return read(c, checksumKey, only, false).checksums();
    }

    /**
     * H2's modification counter per table ({@code INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION}): it grows
     * with every row a table gains, loses or changes, within one open of the database.
     */
    static Map<String, Long> modifications(Connection c) throws SQLException {
        Map<String, Long> ids = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME, LAST_MODIFICATION FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    /**
     * One pass over H2's own tables and indexes, through H2's engine rather than SQL: each table's rows
     * by its scan index, each other index by its own entries. The same reads and the same sums as the
     * queries it replaced ({@code SELECT _ROWID_, *} per table, {@code SELECT cols, _ROWID_ … USE INDEX}
     * per index; {@code IntegrityTest} holds them side by side), at a quarter of the cost on a fresh JVM,
     * where parsing and planning ninety-odd statements was most of the scan. A value is read as JDBC's
     * {@code getString} reads it ({@code Value.getString}), so the stored checksums stay valid.
     */
    private static Contents read(Connection c, byte[] checksumKey, java.util.Set<String> only, boolean walkIndexes)
            throws SQLException {
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        session.lock();
        try {
            session.startStatementWithinTransaction(null);
            try {
                return read(session, checksumKey, only, walkIndexes);
            } finally {
                session.endStatement();
                if (session.getAutoCommit()) {
                    session.commit(false); // nothing was written: ends the read's snapshot, as a query would
                }
            }
        } catch (RuntimeException e) {
            throw DbException.toSQLException(e); // a damaged page: H2's own error, as a query reports it
        } finally {
            session.unlock();
        }
    }

    private static Contents read(SessionLocal session, byte[] checksumKey, java.util.Set<String> only, boolean walkIndexes)
            throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (Table t : session.getDatabase().getSchema("PUBLIC").getAllTablesAndViews(session)) {
            if (t.getTableType() == TableType.TABLE && (only == null || only.contains(t.getName()))) {
                tables.add(t);
            }
        }
        tables.sort(java.util.Comparator.comparing(Table::getName));
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> checksums = new TreeMap<>();
        javax.crypto.Mac mac = ContentChecksums.mac(checksumKey);
        for (Table table : tables) {
            Index scan = table.getScanIndex(session);
            // every index but the scan itself; the primary key's too, though H2 may keep it in the scan's map
            List<Index> indexes = walkIndexes ? table.getIndexes().stream().filter(i -> i != scan).toList() : List.of();
            Column[] columns = table.getColumns();
            String[] values = new String[columns.length];
            long rows = 0;
            long sum = 0;
            // per index: the sum over the table's rows of a hash of the index's columns and the row's key,
            // which the walk of the index below must reproduce from the index's own entries
            long[] expected = new long[indexes.size()];
            Cursor cursor = scan.find(session, null, null, false);
            while (cursor.next()) {
                Row row = cursor.get();
                long hash = ContentChecksums.ROW_START;
                for (int i = 0; i < columns.length; i++) {
                    // the value as text: every type the schema uses has one exact text form
                    values[i] = row.getValue(i).getString();
                    if (columns[i].getVisible()) {
                        hash = ContentChecksums.addValue(hash, values[i]);
                    }
                }
                sum += hash;
                String key = Long.toString(row.getKey());
                for (int k = 0; k < expected.length; k++) {
                    long entry = ContentChecksums.ROW_START;
                    for (Column col : indexes.get(k).getColumns()) {
                        entry = ContentChecksums.addValue(entry, values[col.getColumnId()]);
                    }
                    expected[k] += ContentChecksums.addValue(entry, key);
                }
                rows++;
            }
            counts.put(table.getName(), rows);
            checksums.put(table.getName(), ContentChecksums.ofTable(mac, table.getName(), rows, sum));
            // and every index, walked in its order: damage there shows only in sorted or filtered reads. Its
            // entries (the indexed values and the row each points to) must be the table's, value for value: a
            // flipped bit in an index once showed a renamed participant, or another row's score, in sorted lists
            for (int k = 0; k < indexes.size(); k++) {
                Index index = indexes.get(k);
                long entries = 0;
                long indexSum = 0;
                Cursor walk = index.find(session, null, null, false);
                while (walk.next()) {
                    SearchRow entry = walk.getSearchRow();
                    long hash = ContentChecksums.ROW_START;
                    for (Column col : index.getColumns()) {
                        hash = ContentChecksums.addValue(hash, entry.getValue(col.getColumnId()).getString());
                    }
                    indexSum += ContentChecksums.addValue(hash, Long.toString(entry.getKey()));
                    entries++;
                }
                if (entries != rows) {
                    throw new SQLException("index " + index.getName() + " has " + entries + " rows, table " + table.getName() + " "
                            + rows, "XX000", org.h2.api.ErrorCode.FILE_CORRUPTED_1);
                }
                if (indexSum != expected[k]) {
                    throw new SQLException("index " + index.getName() + " differs from table " + table.getName() + " in its values",
                            "XX000", org.h2.api.ErrorCode.FILE_CORRUPTED_1);
                }
            }
        }
        return new Contents(counts, checksums);
    }
}
