package com.scorecardstudio.excel;

/**
 * User text as a spreadsheet must hold it: never read as a formula. Text starting with {@code =},
 * {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some programs strip before
 * those) is written as text with the cell's quote prefix, so Excel and LibreOffice show it as typed
 * and never evaluate it, not even after the user edits the cell. Text beyond what a cell holds is cut
 * with an ellipsis.
 */
public final class SafeText {
    /** What one spreadsheet cell can hold. */
    public static final int CELL_LIMIT = 32_767;

    private SafeText() {
    }

    /** Whether this text would be taken for a formula (or DDE) by a spreadsheet. */
    public static boolean needsQuotePrefix(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text cut to what a cell holds; null becomes empty. */
    public static String fit(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= CELL_LIMIT ? text : text.substring(0, CELL_LIMIT - 1) + "…";
    }
}
