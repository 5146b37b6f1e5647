package com.scorecardstudio.domain.scoring;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a set of criteria usable: every axis has at least one, keys are well formed and
 * unique, weights are positive with at most two decimals.
 */
public final class CriteriaRules {
    public static final int KEY_LIMIT = 40;
    public static final int MAX_PER_AXIS = 20;
    public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0," + (KEY_LIMIT - 1) + "}");

    private CriteriaRules() {
    }

    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public static boolean validWeight(BigDecimal w) {
        return w != null && w.signum() > 0 && w.compareTo(MAX_WEIGHT) <= 0 && w.stripTrailingZeros().scale() <= 2;
    }

    public static List<Problem> check(List<Criterion> criteria) {
        List<Problem> problems = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            long n = criteria.stream().filter(c -> c.axis() == axis).count();
            if (n == 0) {
                problems.add(new Problem(Problem.Kind.AXIS_EMPTY, axis, -1, ""));
            } else if (n > MAX_PER_AXIS) {
                problems.add(new Problem(Problem.Kind.TOO_MANY, axis, -1, String.valueOf(MAX_PER_AXIS)));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (!validKey(c.key())) {
                problems.add(new Problem(Problem.Kind.BAD_KEY, c.axis(), i, c.key()));
            } else if (!seen.add(c.key())) {
                problems.add(new Problem(Problem.Kind.DUPLICATE_KEY, c.axis(), i, c.key()));
            }
            if (!validWeight(c.weight())) {
                problems.add(new Problem(Problem.Kind.BAD_WEIGHT, c.axis(), i, c.weight().toPlainString()));
            }
            if (Text.length(c.name()) > Limits.SHORT_TEXT) {
                problems.add(new Problem(Problem.Kind.NAME_TOO_LONG, c.axis(), i, String.valueOf(Limits.SHORT_TEXT)));
            }
            if (c.name().isEmpty() && !DefaultCriteria.isBuiltIn(c.key())) {
                problems.add(new Problem(Problem.Kind.NAME_REQUIRED, c.axis(), i, c.key()));
            }
        }
        return problems;
    }

    /**
     * A key for a new criterion made from its name: Latin letters and digits, Cyrillic
     * transliterated, everything else an underscore; made unique against {@code taken}.
     */
    public static String suggestKey(String name, Collection<String> taken) {
        StringBuilder sb = new StringBuilder();
        for (char ch : Text.clean(name).toLowerCase(Locale.ROOT).toCharArray()) {
            String t = TRANSLIT.get(ch);
            if (t != null) {
                sb.append(t);
            } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                sb.append(ch);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        String base = sb.toString().replaceAll("_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "criterion" + (base.isEmpty() ? "" : "_" + base);
        }
        if (base.length() > KEY_LIMIT - 3) {
            base = base.substring(0, KEY_LIMIT - 3).replaceAll("_+$", "");
        }
        String key = base;
        for (int i = 2; taken.contains(key); i++) {
            key = base + "_" + i;
        }
        return key;
    }

    private static final Map<Character, String> TRANSLIT = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    /** One problem; {@code index} is the criterion's position in the list, or -1 for the axis. */
    public record Problem(Kind kind, Axis axis, int index, String value) {
        public enum Kind { AXIS_EMPTY, TOO_MANY, BAD_KEY, DUPLICATE_KEY, BAD_WEIGHT, NAME_TOO_LONG, NAME_REQUIRED }
    }
}
