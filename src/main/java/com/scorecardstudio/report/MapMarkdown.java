package com.scorecardstudio.report;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy map's links as a summary section: one bullet per link, "cause → effect", its
 * strength and its hypothesis, ordered by the effect's place in the method (so the list reads from
 * the financial goals' causes down), then by the cause's.
 */
public final class MapMarkdown {
    private MapMarkdown() {
    }

    public static String section(Messages m, List<Goal> goals, StrategyMap map) {
        Map<Long, Goal> byId = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < goals.size(); i++) {
            byId.put(goals.get(i).id(), goals.get(i));
            order.put(goals.get(i).id(), i);
        }
        StringBuilder md = new StringBuilder("## ").append(m.get("map.md.title")).append("\n\n");
        List<GoalLink> links = map.links().stream()
                .filter(l -> byId.containsKey(l.causeGoalId()) && byId.containsKey(l.effectGoalId()))
                .sorted(java.util.Comparator.comparing((GoalLink l) -> order.get(l.effectGoalId()))
                        .thenComparing(l -> order.get(l.causeGoalId())))
                .toList();
        if (links.isEmpty()) {
            return md.append(m.get("map.md.none")).append('\n').toString();
        }
        for (GoalLink l : links) {
            md.append("- **").append(Markdown.inline(byId.get(l.causeGoalId()).title())).append("** → **")
                    .append(Markdown.inline(byId.get(l.effectGoalId()).title())).append("** (")
                    .append(m.get("map.md.strength", m.get("map.strength." + l.strength().key()).toLowerCase(m.locale())))
                    .append(')');
            if (!l.hypothesis().isBlank()) {
                md.append(" — ").append(Markdown.inline(l.hypothesis()));
            }
            md.append('\n');
        }
        return md.toString();
    }
}
