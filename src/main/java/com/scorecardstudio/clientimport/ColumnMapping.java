package com.scorecardstudio.clientimport;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.report.CriterionNames;
import com.scorecardstudio.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a file's columns to what they hold. A column name matches (ignoring case and surrounding
 * or repeated spaces) a field key ({@code name}, {@code segment}, {@code revenue}, {@code currency},
 * {@code notes}) or the field's name in either language, or a criterion's key, its own name, or its
 * name in either language. Each target takes the first column that matches; other columns are
 * ignored. The mapping is a list with one entry per column, null for an ignored column.
 */
public final class ColumnMapping {
    private ColumnMapping() {
    }

    public static List<ColumnTarget> auto(List<String> headers, List<Criterion> criteria) {
        Map<String, ColumnTarget> byName = new HashMap<>();
        for (Field f : Field.values()) {
            byName.putIfAbsent(normalize(f.key()), ColumnTarget.of(f));
        }
        for (Criterion c : criteria) {
            byName.putIfAbsent(normalize(c.key()), ColumnTarget.criterion(c.key()));
        }
        for (Language l : Language.values()) {
            Messages m = new Messages(l);
            for (Field f : Field.values()) {
                byName.putIfAbsent(normalize(m.get("clients.field." + f.key())), ColumnTarget.of(f));
            }
        }
        for (Criterion c : criteria) {
            for (String alias : CriterionNames.aliases(c)) {
                byName.putIfAbsent(normalize(alias), ColumnTarget.criterion(c.key()));
            }
        }
        List<ColumnTarget> mapping = new ArrayList<>(headers.size());
        Set<ColumnTarget> used = new HashSet<>();
        for (String h : headers) {
            ColumnTarget t = byName.get(normalize(h));
            mapping.add(t != null && used.add(t) ? t : null);
        }
        return mapping;
    }

    static String normalize(String s) {
        return Text.key(s);
    }

    /** Whether some column holds the client name (without it nothing can be imported). */
    public static boolean hasName(List<ColumnTarget> mapping) {
        return mapping.contains(ColumnTarget.of(Field.NAME));
    }
}
