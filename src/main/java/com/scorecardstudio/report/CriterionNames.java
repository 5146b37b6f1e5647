package com.scorecardstudio.report;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.i18n.Messages;
import java.util.LinkedHashSet;
import java.util.Set;

/** How criteria are named: the user's own name, or for a built-in criterion its name in the language. */
public final class CriterionNames {
    private CriterionNames() {
    }

    public static String name(Criterion c, Messages m) {
        if (!c.name().isEmpty()) {
            return c.name();
        }
        String key = "scoring.criterion." + c.key();
        return m.has(key) ? m.get(key) : c.key();
    }

    /** Every name a column for this criterion may carry: its key, its own name, its names in each language. */
    public static Set<String> aliases(Criterion c) {
        Set<String> names = new LinkedHashSet<>();
        names.add(c.key());
        if (!c.name().isEmpty()) {
            names.add(c.name());
        }
        for (Language l : Language.values()) {
            Messages m = new Messages(l);
            String key = "scoring.criterion." + c.key();
            if (m.has(key)) {
                names.add(m.get(key));
            }
        }
        return names;
    }
}
