package com.scorecardstudio.domain.map;

import com.scorecardstudio.domain.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the map warns about (methodology: causes sit below their effects, and every road leads up to
 * the financial goals): a link whose effect sits in a lower lane than its cause, links that form a
 * cycle, a goal with no link at all, and a financial goal that nothing leads to.
 */
public final class MapChecks {
    public enum Kind {
        EFFECT_BELOW_CAUSE, CYCLE, UNLINKED_GOAL, FINANCIAL_UNREACHED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One finding: about a link (cause and effect set) or about a goal (only {@code goalId}). */
    public record Finding(Kind kind, long goalId, GoalLink link) {
        public boolean isAboutLink() {
            return link != null;
        }
    }

    private MapChecks() {
    }

    public static List<Finding> check(List<MapCard> cards, List<GoalLink> links) {
        Map<Long, Stage> stageOf = new HashMap<>();
        cards.forEach(c -> stageOf.put(c.goalId(), c.stage()));
        List<GoalLink> valid = links.stream()
                .filter(l -> stageOf.containsKey(l.causeGoalId()) && stageOf.containsKey(l.effectGoalId())).toList();
        List<Finding> out = new ArrayList<>();
        for (GoalLink l : valid) {
            if (Lanes.index(stageOf.get(l.effectGoalId())) > Lanes.index(stageOf.get(l.causeGoalId()))) {
                out.add(new Finding(Kind.EFFECT_BELOW_CAUSE, l.effectGoalId(), l));
            }
        }
        Map<Long, Integer> component = cycles(cards, valid);
        for (GoalLink l : valid) {
            Integer c = component.get(l.causeGoalId());
            if (c != null && c.equals(component.get(l.effectGoalId()))) {
                out.add(new Finding(Kind.CYCLE, l.causeGoalId(), l));
            }
        }
        Set<Long> linked = new HashSet<>();
        Set<Long> reached = new HashSet<>();
        for (GoalLink l : valid) {
            linked.add(l.causeGoalId());
            linked.add(l.effectGoalId());
            reached.add(l.effectGoalId());
        }
        for (MapCard c : cards) {
            if (!linked.contains(c.goalId())) {
                out.add(new Finding(Kind.UNLINKED_GOAL, c.goalId(), null));
            }
            if (c.stage() == Stage.FINANCIAL && !reached.contains(c.goalId())) {
                out.add(new Finding(Kind.FINANCIAL_UNREACHED, c.goalId(), null));
            }
        }
        return out;
    }

    /** Tarjan's strongly connected components: the goals in a component of two or more, with its number. */
    private static Map<Long, Integer> cycles(List<MapCard> cards, List<GoalLink> links) {
        Map<Long, List<Long>> next = new HashMap<>();
        links.forEach(l -> next.computeIfAbsent(l.causeGoalId(), k -> new ArrayList<>()).add(l.effectGoalId()));
        Map<Long, Integer> component = new HashMap<>();
        Map<Long, Integer> index = new HashMap<>();
        Map<Long, Integer> low = new HashMap<>();
        Deque<Long> stack = new ArrayDeque<>();
        Set<Long> onStack = new HashSet<>();
        int[] counter = {0};
        int[] componentNo = {0};
        for (MapCard c : cards) {
            if (!index.containsKey(c.goalId())) {
                strongConnect(c.goalId(), next, index, low, stack, onStack, component, counter, componentNo);
            }
        }
        return component;
    }

    private static void strongConnect(long v, Map<Long, List<Long>> next, Map<Long, Integer> index, Map<Long, Integer> low,
                                      Deque<Long> stack, Set<Long> onStack, Map<Long, Integer> component, int[] counter,
                                      int[] componentNo) {
        // iterative DFS: maps of a few hundred goals must not overflow the stack
        record Frame(long v, java.util.Iterator<Long> it) {
        }
        Deque<Frame> frames = new ArrayDeque<>();
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        frames.push(new Frame(v, next.getOrDefault(v, List.of()).iterator()));
        while (!frames.isEmpty()) {
            Frame f = frames.peek();
            if (f.it().hasNext()) {
                long w = f.it().next();
                if (!index.containsKey(w)) {
                    index.put(w, counter[0]);
                    low.put(w, counter[0]++);
                    stack.push(w);
                    onStack.add(w);
                    frames.push(new Frame(w, next.getOrDefault(w, List.of()).iterator()));
                } else if (onStack.contains(w)) {
                    low.put(f.v(), Math.min(low.get(f.v()), index.get(w)));
                }
            } else {
                frames.pop();
                if (!frames.isEmpty()) {
                    long parent = frames.peek().v();
                    low.put(parent, Math.min(low.get(parent), low.get(f.v())));
                }
                if (low.get(f.v()).equals(index.get(f.v()))) {
                    List<Long> members = new ArrayList<>();
                    long w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        members.add(w);
                    } while (w != f.v());
                    if (members.size() > 1) {
                        int no = componentNo[0]++;
                        members.forEach(m -> component.put(m, no));
                    }
                }
            }
        }
    }
}
