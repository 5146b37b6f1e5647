package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two of the method's typical mistakes that need more than one indicator's figures (methodology §2):
 * an indicator phrased as an activity rather than a change ("Launch the campaign", "Провести
 * обучение") with no figure in its name, and the same indicator (same name, unit and data source)
 * counted under two goals. Hints only; nothing is blocked.
 */
public final class ImpactHints {
    /** Activity verbs in both languages, as an indicator name would start with them. */
    private static final List<String> ACTIVITY_VERBS = List.of(
            "launch", "hold", "run", "organize", "organise", "conduct", "implement", "introduce", "carry out", "start",
            "create", "develop", "prepare", "hire", "train", "install", "roll out", "set up", "deploy", "do",
            "запустить", "провести", "проводить", "организовать", "внедрить", "внедрять", "создать", "разработать",
            "подготовить", "обучить", "нанять", "установить", "начать", "сделать", "запуск", "проведение", "внедрение",
            "организация", "разработка", "обучение");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private ImpactHints() {
    }

    /** Whether the name reads as an activity: it starts with an activity verb and holds no figure. */
    public static boolean phrasedAsActivity(Indicator i) {
        String name = i.name().toLowerCase(Locale.ROOT).strip();
        if (name.isEmpty() || DIGIT.matcher(name).find()) {
            return false;
        }
        for (String verb : ACTIVITY_VERBS) {
            if (name.equals(verb) || name.startsWith(verb + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ids of indicators counted twice: the same name, unit and data source (compared ignoring case and
     * spacing) under two or more different goals.
     */
    public static Set<Long> doubleCounted(List<Goal> goals) {
        Map<String, List<long[]>> byKey = new HashMap<>();
        for (Goal g : goals) {
            for (Indicator i : g.indicators()) {
                if (i.id() == null || i.name().isBlank()) {
                    continue;
                }
                byKey.computeIfAbsent(key(i), k -> new ArrayList<>()).add(new long[] {g.id() == null ? -1 : g.id(), i.id()});
            }
        }
        Set<Long> result = new HashSet<>();
        for (List<long[]> same : byKey.values()) {
            if (same.stream().map(p -> p[0]).distinct().count() > 1) {
                same.forEach(p -> result.add(p[1]));
            }
        }
        return result;
    }

    private static String key(Indicator i) {
        return norm(i.name()) + "\u0000" + norm(i.unit()) + "\u0000" + norm(i.dataSource());
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
