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
 */
public final class Integrity {
    private Integrity() {
    }

    /** Row counts per table ({@code PUBLIC} schema); throws if any page cannot be read. */
    public static Map<String, Long> scan(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            long rows = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            counts.put(table, rows);
        }
        // and every index, walked in its order: damage there shows only in sorted or filtered reads
        Map<String, List<String>> indexes = new TreeMap<>();
        Map<String, String> tableOf = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT INDEX_NAME, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                     + " WHERE INDEX_SCHEMA = 'PUBLIC' ORDER BY INDEX_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                indexes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(quote(rs.getString(3)));
                tableOf.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
            String table = tableOf.get(index.getKey());
            String columns = String.join(", ", index.getValue());
            long rows = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + quote(table) + " USE INDEX ("
                         + quote(index.getKey()) + ") ORDER BY " + columns)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
            if (counts.containsKey(table) && rows != counts.get(table)) {
                throw new SQLException("index " + index.getKey() + " has " + rows + " rows, table " + table + " "
                        + counts.get(table), "XX000", org.h2.api.ErrorCode.FILE_CORRUPTED_1);
            }
        }
        return counts;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
