package com.scorecardstudio.domain.impact;

import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Stage;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Statuses gathered up: per goal (its worst rated indicator, so a goal with one indicator off track
 * shows off track) and per perspective (how many of its indicators are on track, at risk, off track,
 * not rated). The review view of the map and the stage pages read goals' statuses from here.
 */
public final class RollUp {
    private RollUp() {
    }

    /** Counts of one perspective's indicators by status. */
    public record Counts(int onTrack, int atRisk, int offTrack, int notRated) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public int rated() {
            return onTrack + atRisk + offTrack;
        }

        public int total() {
            return rated() + notRated;
        }

        /** The share of rated indicators on track; empty when none is rated. */
        public java.util.Optional<Double> onTrackShare() {
            return rated() == 0 ? java.util.Optional.empty() : java.util.Optional.of((double) onTrack / rated());
        }

        /** The worst rated status counted (as {@link RollUp#worst}); not rated when none is rated. */
        public Status worst() {
            return offTrack > 0 ? Status.OFF_TRACK : atRisk > 0 ? Status.AT_RISK : onTrack > 0 ? Status.ON_TRACK : Status.NOT_RATED;
        }

        public Counts plus(Counts o) {
            return new Counts(onTrack + o.onTrack, atRisk + o.atRisk, offTrack + o.offTrack, notRated + o.notRated);
        }

        public Counts plus(Status s) {
            return switch (s) {
                case ON_TRACK -> new Counts(onTrack + 1, atRisk, offTrack, notRated);
                case AT_RISK -> new Counts(onTrack, atRisk + 1, offTrack, notRated);
                case OFF_TRACK -> new Counts(onTrack, atRisk, offTrack + 1, notRated);
                case NOT_RATED -> new Counts(onTrack, atRisk, offTrack, notRated + 1);
            };
        }
    }

    /** The worst rated status among {@code statuses}; not rated when none is rated. */
    public static Status worst(Collection<Status> statuses) {
        Status worst = Status.NOT_RATED;
        for (Status s : statuses) {
            if (s.rated() && (worst == Status.NOT_RATED || s.ordinal() > worst.ordinal())) {
                worst = s;
            }
        }
        return worst;
    }

    /** A goal's status from its indicators' (those with no assessment count as not rated). */
    public static Status goal(Goal g, Map<Long, Assessment> byIndicator) {
        return worst(g.indicators().stream().map(i -> statusOf(i, byIndicator)).toList());
    }

    /** Every stage, in the method's order, with the counts of its goals' indicators. */
    public static Map<Stage, Counts> byStage(List<Goal> goals, Map<Long, Assessment> byIndicator) {
        Map<Stage, Counts> result = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            result.put(s, Counts.NONE);
        }
        for (Goal g : goals) {
            for (Indicator i : g.indicators()) {
                result.put(g.stage(), result.get(g.stage()).plus(statusOf(i, byIndicator)));
            }
        }
        return result;
    }

    private static Status statusOf(Indicator i, Map<Long, Assessment> byIndicator) {
        Assessment a = i.id() == null ? null : byIndicator.get(i.id());
        return a == null ? Status.NOT_RATED : a.status();
    }
}
