package com.scorecardstudio.domain.scoring;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Text;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** What makes a client valid. Problems are keys so that every front end says them in its language. */
public final class ClientRules {
    /** Currency codes are short (EUR, RUB, USD, руб.). */
    public static final int CURRENCY_LIMIT = 10;
    /** No revenue figure beyond this is plausible; it also keeps the database column safe. */
    public static final BigDecimal MAX_REVENUE = new BigDecimal("1000000000000000");
    /** What a spreadsheet cell can hold; longer text in a file is refused. */
    public static final int CELL_TEXT_LIMIT = 32_767;

    private ClientRules() {
    }

    /** The longest name key the database stores (its {@code NAME_KEY} columns hold 400 characters). */
    public static final int KEY_LIMIT = 400;

    /**
     * The name as compared for uniqueness, everywhere (the client dialog, imports, session files, the
     * database): {@link Text#key}. A key that normalisation made longer than {@link #KEY_LIMIT} keeps its
     * start and ends with a digest of the whole, so that it stays unique and fits its column.
     */
    public static String nameKey(String name) {
        String key = Text.key(name);
        if (key.length() <= KEY_LIMIT) {
            return key;
        }
        String digest = HexFormat.of().formatHex(sha256(key), 0, 8);
        int end = KEY_LIMIT - digest.length() - 1;
        if (Character.isHighSurrogate(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end) + "#" + digest;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static List<Problem> check(Client c) {
        List<Problem> problems = new ArrayList<>();
        if (c.name().isEmpty()) {
            problems.add(new Problem(Field.NAME, Problem.Kind.REQUIRED, 0, 0));
        }
        tooLong(problems, Field.NAME, c.name(), Limits.SHORT_TEXT);
        tooLong(problems, Field.SEGMENT, c.segment(), Limits.SHORT_TEXT);
        tooLong(problems, Field.CURRENCY, c.currency(), CURRENCY_LIMIT);
        tooLong(problems, Field.NOTES, c.notes(), Limits.LONG_TEXT);
        if (c.revenue() != null && (c.revenue().signum() < 0 || c.revenue().compareTo(MAX_REVENUE) > 0)) {
            problems.add(new Problem(Field.REVENUE, Problem.Kind.OUT_OF_RANGE, 0, 0));
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, Field field, String value, int limit) {
        if (Text.length(value) > limit) {
            problems.add(new Problem(field, Problem.Kind.TOO_LONG, limit, Text.length(value)));
        }
    }

    /** The fields of a client, named once for messages, import columns and the UI. */
    public enum Field {
        NAME, SEGMENT, REVENUE, CURRENCY, NOTES;

        /** The import column key and message suffix: {@code name}, {@code segment}, … */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One thing wrong with one field; {@code a} and {@code b} are the numbers the message needs. */
    public record Problem(Field field, Kind kind, int a, int b) {
        public enum Kind { REQUIRED, TOO_LONG, OUT_OF_RANGE, DUPLICATE }
    }
}
