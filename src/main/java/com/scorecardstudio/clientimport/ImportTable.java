package com.scorecardstudio.clientimport;

import java.util.List;
import java.util.Set;

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

    /**
     * @param numberCells the columns whose value comes from a spreadsheet's number cell, written in the
     *     locale-free plain form ({@code 1234.5}) rather than in the file's own conventions
     */
    public record Row(int number, List<String> values, Set<Integer> numberCells) {
        public Row {
            values = List.copyOf(values);
            numberCells = Set.copyOf(numberCells);
        }

        /** A row of text cells only (CSV). */
        public Row(int number, List<String> values) {
            this(number, values, Set.of());
        }

        /** Whether the value in a column is a number cell's plain form. */
        public boolean isNumberCell(int column) {
            return numberCells.contains(column);
        }

        /** The value in a column, empty where the row is shorter than the header. */
        public String value(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }
}
