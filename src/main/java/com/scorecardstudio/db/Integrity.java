package com.scorecardstudio.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    private static Contents read(Connection c, byte[] checksumKey, java.util.Set<String> only, boolean walkIndexes)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                if (only == null || only.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        Map<String, List<String>> indexes = new TreeMap<>();
        Map<String, String> tableOf = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT INDEX_NAME, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                     + " WHERE INDEX_SCHEMA = 'PUBLIC' ORDER BY INDEX_NAME, ORDINAL_POSITION")) {
            while (rs.next() && walkIndexes) {
                indexes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
                tableOf.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> checksums = new TreeMap<>();
        // per index: the sum over the table's rows of a hash of the index's columns and the row's key,
        // which the walk of the index below must reproduce from the index's own entries
        Map<String, Long> expectedIndexSums = new TreeMap<>();
        for (String table : tables) {
            List<String> onTable = indexes.keySet().stream().filter(i -> table.equals(tableOf.get(i))).toList();
            long rows = 0;
            long sum = 0;
            long[] indexSums = new long[onTable.size()];
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT _ROWID_, * FROM " + quote(table))) {
                int columns = rs.getMetaData().getColumnCount();
                Map<String, Integer> position = new java.util.HashMap<>();
                for (int i = 2; i <= columns; i++) {
                    position.put(rs.getMetaData().getColumnName(i), i - 2);
                }
                int[][] indexColumns = new int[onTable.size()][];
                for (int k = 0; k < onTable.size(); k++) {
                    indexColumns[k] = indexes.get(onTable.get(k)).stream().mapToInt(position::get).toArray();
                }
                String[] values = new String[columns - 1];
                while (rs.next()) {
                    long row = ContentChecksums.ROW_START;
                    for (int i = 2; i <= columns; i++) {
                        // the value as text: every type the schema uses has one exact text form
                        values[i - 2] = rs.getString(i);
                        row = ContentChecksums.addValue(row, values[i - 2]);
                    }
                    sum += row;
                    String key = rs.getString(1);
                    for (int k = 0; k < indexSums.length; k++) {
                        long entry = ContentChecksums.ROW_START;
                        for (int col : indexColumns[k]) {
                            entry = ContentChecksums.addValue(entry, values[col]);
                        }
                        indexSums[k] += ContentChecksums.addValue(entry, key);
                    }
                    rows++;
                }
            }
            counts.put(table, rows);
            checksums.put(table, ContentChecksums.ofTable(checksumKey, table, rows, sum));
            for (int k = 0; k < onTable.size(); k++) {
                expectedIndexSums.put(onTable.get(k), indexSums[k]);
            }
        }
        // and every index, walked in its order: damage there shows only in sorted or filtered reads. Its
        // entries (the indexed values and the row each points to) must be the table's, value for value: a
        // flipped bit in an index once showed a renamed participant, or another row's score, in sorted lists
        for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
            String table = tableOf.get(index.getKey());
            String columns = String.join(", ", index.getValue().stream().map(Integrity::quote).toList());
            long rows = 0;
            long sum = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + columns + ", _ROWID_ FROM " + quote(table) + " USE INDEX ("
                         + quote(index.getKey()) + ") ORDER BY " + columns)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    long entry = ContentChecksums.ROW_START;
                    for (int i = 1; i <= n; i++) {
                        entry = ContentChecksums.addValue(entry, rs.getString(i));
                    }
                    sum += entry;
                    rows++;
                }
            }
            if (counts.containsKey(table) && rows != counts.get(table)) {
                throw new SQLException("index " + index.getKey() + " has " + rows + " rows, table " + table + " "
                        + counts.get(table), "XX000", org.h2.api.ErrorCode.FILE_CORRUPTED_1);
            }
            if (expectedIndexSums.containsKey(index.getKey()) && sum != expectedIndexSums.get(index.getKey())) {
                throw new SQLException("index " + index.getKey() + " differs from table " + table + " in its values", "XX000",
                        org.h2.api.ErrorCode.FILE_CORRUPTED_1);
            }
        }
        return new Contents(counts, checksums);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
