package com.scorecardstudio.checkinbook;

import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check-in workbook's format, shared by its writer and its reader: the sheet names, the columns,
 * the hidden row keys and the hidden metadata sheet that tells our workbook from any other.
 *
 * <p>The data sheet holds a title, the instructions, then a header row and one row per indicator and
 * period. Columns A–I are shown (goal, indicator, owner, unit, baseline, target, period, actual, note);
 * only the actual and the note of an open period are unlocked. Columns J–L are hidden: the row's key
 * ({@code S<session>-I<indicator>-<period>}), the actual and the note as exported (the base a change is
 * compared with, to find what the app changed in the meantime). The very hidden sheet
 * {@value #META_SHEET} holds the marker, the format version, the session's id and uid, the language,
 * the header row and a digest of the keys: a workbook without it is not ours, one whose header or keys
 * no longer match was restructured.
 */
public final class CheckinBook {
    public static final String MARKER = "scorecard-studio/checkin-book";
    public static final int VERSION = 1;
    public static final String META_SHEET = "scorecard_meta";

    public static final int COL_GOAL = 0;
    public static final int COL_INDICATOR = 1;
    public static final int COL_OWNER = 2;
    public static final int COL_UNIT = 3;
    public static final int COL_BASELINE = 4;
    public static final int COL_TARGET = 5;
    public static final int COL_PERIOD = 6;
    public static final int COL_ACTUAL = 7;
    public static final int COL_NOTE = 8;
    public static final int COL_KEY = 9;
    public static final int COL_EXPORTED_ACTUAL = 10;
    public static final int COL_EXPORTED_NOTE = 11;
    public static final int COLUMNS = 12;
    /** The visible columns' header keys, in order; the hidden ones carry fixed, unlocalized names. */
    static final List<String> VISIBLE_HEADERS = List.of("checkin.col.goal", "checkin.col.indicator", "checkin.col.owner",
            "checkinbook.col.unit", "checkin.col.baseline", "checkin.col.target", "checkin.period", "checkin.col.actual",
            "checkin.col.note");
    static final List<String> HIDDEN_HEADERS = List.of("key", "exported actual", "exported note");

    /** Metadata cells, column B of rows 1.. of the metadata sheet (column A names them). */
    static final List<String> META_NAMES = List.of("marker", "version", "session", "session uid", "language",
            "exported at", "sheet", "header row", "rows", "keys digest");

    private static final Pattern KEY = Pattern.compile("S(\\d{1,18})-I(\\d{1,18})-(\\d{4}-(?:\\d{2}|Q[1-4]))");

    private CheckinBook() {
    }

    /** One row's key: which session, indicator and period its actual belongs to. */
    public record Key(long sessionId, long indicatorId, Period period) {
        public String text() {
            return "S" + sessionId + "-I" + indicatorId + "-" + period.id();
        }

        /** The key a cell holds, if it is one. */
        public static Optional<Key> parse(String text) {
            Matcher m = KEY.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Key(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Period.parse(m.group(3))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** The header row's texts in {@code m}'s language, hidden columns included. */
    static List<String> headers(Messages m) {
        List<String> all = new java.util.ArrayList<>();
        VISIBLE_HEADERS.forEach(k -> all.add(m.get(k)));
        all.addAll(HIDDEN_HEADERS);
        return all;
    }

    /** A digest of a set of keys, whatever their order: rows added or removed change it, rows moved do not. */
    static String digest(Collection<String> keys) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            keys.stream().sorted().forEach(k -> {
                sha.update(k.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sheet's name: "Check-in" in the workbook's language (the reader takes it from the metadata). */
    static String sheetName(Messages m) {
        return m.get("checkinbook.sheet");
    }
}
