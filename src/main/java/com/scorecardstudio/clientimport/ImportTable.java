package com.scorecardstudio.clientimport;

import java.util.List;

/**
 * A file's content as text before any mapping: the column names from its first row and the rows
 * that follow (blank ones already left out), each with the number the user sees in the file (the
 * line of a CSV file, the row of a sheet).
 *
 * @param source how it was read, for the preview: "UTF-8, ';'" or "Sheet1"
 */
public record ImportTable(List<String> headers, List<Row> rows, String source) {
    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(int number, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        /** The value in a column, empty where the row is shorter than the header. */
        public String value(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }
}
