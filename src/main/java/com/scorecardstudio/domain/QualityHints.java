package com.scorecardstudio.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Hints that help the room avoid the typical mistakes of methodology §2. Never blocking: they are
 * shown beside the item and counted per stage.
 */
public final class QualityHints {
    /** Above this many goals a session loses focus. */
    public static final int MAX_GOALS = 20;

    private QualityHints() {
    }

    /** What a hint is about. Each has a message key {@code hint.<key>}. */
    public enum Kind {
        GOAL_NO_INDICATOR, GOAL_NO_INITIATIVE, GOAL_NO_OWNER,
        INDICATOR_NO_BASELINE, INDICATOR_NO_TARGET, INDICATOR_NO_TARGET_DATE,
        TARGET_WRONG_DIRECTION, PERCENT_WITHOUT_SCALE, TOO_MANY_GOALS;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One hint. {@code goalIndex} and {@code indicatorIndex} point into the list that was checked
     * (-1 when the hint is about the whole session or the whole goal).
     */
    public record Hint(Kind kind, Stage stage, int goalIndex, int indicatorIndex) {
    }

    public static List<Hint> forGoal(Goal g, int goalIndex) {
        List<Hint> hints = new ArrayList<>();
        if (g.indicators().isEmpty()) {
            hints.add(new Hint(Kind.GOAL_NO_INDICATOR, g.stage(), goalIndex, -1));
        }
        if (g.initiatives().isEmpty()) {
            hints.add(new Hint(Kind.GOAL_NO_INITIATIVE, g.stage(), goalIndex, -1));
        }
        if (g.owner().isEmpty()) {
            hints.add(new Hint(Kind.GOAL_NO_OWNER, g.stage(), goalIndex, -1));
        }
        for (int i = 0; i < g.indicators().size(); i++) {
            hints.addAll(forIndicator(g.indicators().get(i), g.stage(), goalIndex, i));
        }
        return hints;
    }

    public static List<Hint> forIndicator(Indicator ind, Stage stage, int goalIndex, int indicatorIndex) {
        List<Hint> hints = new ArrayList<>();
        if (ind.baselineValue() == null) {
            hints.add(new Hint(Kind.INDICATOR_NO_BASELINE, stage, goalIndex, indicatorIndex));
        }
        if (ind.targetValue() == null) {
            hints.add(new Hint(Kind.INDICATOR_NO_TARGET, stage, goalIndex, indicatorIndex));
        }
        if (ind.targetDate() == null) {
            hints.add(new Hint(Kind.INDICATOR_NO_TARGET_DATE, stage, goalIndex, indicatorIndex));
        }
        if (ind.baselineValue() != null && ind.targetValue() != null) {
            int move = ind.targetValue().compareTo(ind.baselineValue());
            boolean wrong = ind.direction() == Direction.UP ? move <= 0 : move >= 0;
            if (wrong) {
                hints.add(new Hint(Kind.TARGET_WRONG_DIRECTION, stage, goalIndex, indicatorIndex));
            }
        }
        if (ind.isPercentage() && ind.scale().isEmpty()) {
            hints.add(new Hint(Kind.PERCENT_WITHOUT_SCALE, stage, goalIndex, indicatorIndex));
        }
        return hints;
    }

    /** Every hint of a session's goals, plus one if the session has too many goals. */
    public static List<Hint> forSession(List<Goal> goals) {
        List<Hint> hints = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            hints.addAll(forGoal(goals.get(i), i));
        }
        if (goals.size() > MAX_GOALS) {
            hints.add(new Hint(Kind.TOO_MANY_GOALS, null, -1, -1));
        }
        return hints;
    }

    public static long countFor(List<Hint> hints, Stage stage) {
        return hints.stream().filter(h -> h.stage() == stage).count();
    }
}
