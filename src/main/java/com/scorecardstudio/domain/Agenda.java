package com.scorecardstudio.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of a session's day: the four stages in order, each with its planned minutes (the stage's
 * time-box), and after each stage an optional break. From the time actually spent on each part it
 * tells how far the session is ahead of or behind its plan.
 *
 * <p>The rule: the parts before the one in progress count as done in their planned time (a part
 * skipped puts the session ahead by its minutes), the part in progress and any part after it count
 * their time spent up to their plan. The delay is the time spent minus that planned time: positive
 * when the session is behind plan, negative when it is ahead.
 */
public final class Agenda {
    /** The longest break that can be planned, in minutes. */
    public static final int MAX_BREAK_MINUTES = 600;

    /** One part of the day: a stage, or the break after a stage. */
    public record Part(Stage stage, boolean isBreak) {
        public static Part stage(Stage s) {
            return new Part(s, false);
        }

        public static Part breakAfter(Stage s) {
            return new Part(s, true);
        }
    }

    private final Map<Stage, Integer> stageMinutes;
    private final Map<Stage, Integer> breakMinutes;

    /**
     * @param stageMinutes planned minutes of each stage (every stage present)
     * @param breakMinutes minutes of the break planned after a stage; an absent stage or 0 means none
     */
    public Agenda(Map<Stage, Integer> stageMinutes, Map<Stage, Integer> breakMinutes) {
        this.stageMinutes = new EnumMap<>(Stage.class);
        this.breakMinutes = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            Integer m = stageMinutes.get(s);
            if (m == null || m < 0) {
                throw new IllegalArgumentException("no planned minutes for " + s);
            }
            this.stageMinutes.put(s, m);
            this.breakMinutes.put(s, clampBreak(breakMinutes.getOrDefault(s, 0)));
        }
    }

    public static int clampBreak(int minutes) {
        return Math.max(0, Math.min(MAX_BREAK_MINUTES, minutes));
    }

    /** The parts in the order of the day; breaks of 0 minutes are left out. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        for (Stage s : Stage.values()) {
            parts.add(Part.stage(s));
            if (breakMinutes.get(s) > 0) {
                parts.add(Part.breakAfter(s));
            }
        }
        return parts;
    }

    public int plannedMinutes(Part part) {
        return part.isBreak() ? breakMinutes.get(part.stage()) : stageMinutes.get(part.stage());
    }

    /** The whole day as planned: every stage and every break. */
    public int totalMinutes() {
        return parts().stream().mapToInt(this::plannedMinutes).sum();
    }

    /**
     * How far behind plan the session is (negative: ahead).
     *
     * @param spent   time spent so far on each part (absent: none)
     * @param current the part in progress
     */
    public Duration delay(Map<Part, Duration> spent, Part current) {
        List<Part> parts = parts();
        int at = parts.indexOf(current);
        if (at < 0 && current.isBreak()) {
            at = parts.indexOf(Part.stage(current.stage())) + 1; // a break not planned: its stage is done
        }
        long spentMillis = 0;
        long plannedMillis = 0;
        for (Part p : spent.keySet()) {
            if (!parts.contains(p)) {
                spentMillis += spent.get(p).toMillis(); // a break taken though none was planned
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            long used = spent.getOrDefault(p, Duration.ZERO).toMillis();
            long plan = Duration.ofMinutes(plannedMinutes(p)).toMillis();
            spentMillis += used;
            plannedMillis += i < at ? plan : Math.min(used, plan);
        }
        return Duration.ofMillis(spentMillis - plannedMillis);
    }

    /** The time spent on every part together: the whole-session clock. */
    public static Duration total(Map<Part, Duration> spent) {
        return spent.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
