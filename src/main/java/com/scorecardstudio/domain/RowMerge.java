package com.scorecardstudio.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Two users edited the same row — a goal's own fields, an indicator or an initiative — from the same
 * stored version (team workspaces, issue 16): a field only one of them changed takes that change; a
 * field both changed to the same value is that value; a field both changed differently is a real
 * conflict, for the user to decide. Each row is merged on its own fields only: a goal's indicators and
 * initiatives are rows of their own, and an indicator's measurements are too; a client's scores are
 * merged one by one.
 */
public final class RowMerge {
    private RowMerge() {
    }

    /** The merged goal's own fields, or empty when some field was changed differently by both. */
    public static Optional<Goal> merge(Goal base, Goal mine, Goal theirs) {
        try {
            return Optional.of(new Goal(mine.id(), pick(base, mine, theirs, Goal::stage), pick(base, mine, theirs, Goal::area),
                    pick(base, mine, theirs, Goal::title), pick(base, mine, theirs, Goal::description),
                    pick(base, mine, theirs, Goal::owner), pick(base, mine, theirs, Goal::priority), mine.indicators(),
                    mine.initiatives()));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** The merged indicator (its measurements are mine: they are rows of their own), or empty on a clash. */
    public static Optional<Indicator> merge(Indicator base, Indicator mine, Indicator theirs) {
        try {
            return Optional.of(new Indicator(mine.id(), pick(base, mine, theirs, Indicator::name),
                    pick(base, mine, theirs, Indicator::unit), pick(base, mine, theirs, Indicator::direction),
                    pick(base, mine, theirs, Indicator::baselineValue), pick(base, mine, theirs, Indicator::baselineDate),
                    pick(base, mine, theirs, Indicator::targetValue), pick(base, mine, theirs, Indicator::targetDate),
                    pick(base, mine, theirs, Indicator::scale), pick(base, mine, theirs, Indicator::impactValue),
                    pick(base, mine, theirs, Indicator::impactUnit), pick(base, mine, theirs, Indicator::dataSource),
                    pick(base, mine, theirs, Indicator::reviewFrequency), mine.measurements()));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    public static Optional<Initiative> merge(Initiative base, Initiative mine, Initiative theirs) {
        try {
            return Optional.of(new Initiative(mine.id(), pick(base, mine, theirs, Initiative::title),
                    pick(base, mine, theirs, Initiative::owner), pick(base, mine, theirs, Initiative::start),
                    pick(base, mine, theirs, Initiative::due), pick(base, mine, theirs, Initiative::budget),
                    pick(base, mine, theirs, Initiative::status)));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** The merged client's details (its scores are merged one by one, each its own field), or empty on a clash. */
    public static Optional<com.scorecardstudio.domain.scoring.Client> merge(com.scorecardstudio.domain.scoring.Client base,
            com.scorecardstudio.domain.scoring.Client mine, com.scorecardstudio.domain.scoring.Client theirs) {
        try {
            return Optional.of(new com.scorecardstudio.domain.scoring.Client(mine.id(),
                    pick(base, mine, theirs, com.scorecardstudio.domain.scoring.Client::name),
                    pick(base, mine, theirs, com.scorecardstudio.domain.scoring.Client::segment),
                    pick(base, mine, theirs, com.scorecardstudio.domain.scoring.Client::revenue),
                    pick(base, mine, theirs, com.scorecardstudio.domain.scoring.Client::currency),
                    pick(base, mine, theirs, com.scorecardstudio.domain.scoring.Client::notes)));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** The merged session details (the participants are one field: the list as a whole), or empty on a clash. */
    public static Optional<Session> merge(Session base, Session mine, Session theirs) {
        try {
            return Optional.of(new Session(mine.id(), mine.uid(), pick(base, mine, theirs, Session::title),
                    pick(base, mine, theirs, Session::organization), pick(base, mine, theirs, Session::industry),
                    pick(base, mine, theirs, Session::date), pick(base, mine, theirs, Session::facilitator),
                    pick(base, mine, theirs, Session::participants), pick(base, mine, theirs, Session::horizonYear),
                    pick(base, mine, theirs, Session::notes), mine.createdAt(), mine.updatedAt()));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** Whether two sessions' details are the same (ids and times aside). */
    public static boolean sameDetails(Session a, Session b) {
        return a.title().equals(b.title()) && a.organization().equals(b.organization()) && a.industry().equals(b.industry())
                && a.date().equals(b.date()) && a.facilitator().equals(b.facilitator()) && a.participants().equals(b.participants())
                && Objects.equals(a.horizonYear(), b.horizonYear()) && a.notes().equals(b.notes());
    }

    /** The merged policy check (status, note), or empty when both changed the same one differently. */
    public static Optional<PolicyCheck> merge(PolicyCheck base, PolicyCheck mine, PolicyCheck theirs) {
        try {
            return Optional.of(new PolicyCheck(mine.policy(), pick(base, mine, theirs, PolicyCheck::status),
                    pick(base, mine, theirs, PolicyCheck::note)));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** The merged area assessment (score, note), or empty when both changed the same one differently. */
    public static Optional<AreaAssessment> merge(AreaAssessment base, AreaAssessment mine, AreaAssessment theirs) {
        try {
            return Optional.of(new AreaAssessment(mine.area(), pick(base, mine, theirs, AreaAssessment::score),
                    pick(base, mine, theirs, AreaAssessment::note)));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** The merged actual of one indicator and period (value, note), or empty when both changed the same one differently. */
    public static Optional<com.scorecardstudio.domain.impact.Actual> merge(com.scorecardstudio.domain.impact.Actual base,
            com.scorecardstudio.domain.impact.Actual mine, com.scorecardstudio.domain.impact.Actual theirs) {
        try {
            return Optional.of(new com.scorecardstudio.domain.impact.Actual(mine.indicatorId(), mine.period(),
                    pick(base, mine, theirs, com.scorecardstudio.domain.impact.Actual::value),
                    pick(base, mine, theirs, com.scorecardstudio.domain.impact.Actual::note)));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** The merged note (text, done), or empty when both changed the same one differently. */
    public static Optional<ParkingNote> merge(ParkingNote base, ParkingNote mine, ParkingNote theirs) {
        try {
            return Optional.of(new ParkingNote(mine.id(), pick(base, mine, theirs, ParkingNote::text), mine.createdAt(),
                    pick(base, mine, theirs, ParkingNote::done)));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /** The merged link (hypothesis, strength), or empty when both changed the same one differently. */
    public static Optional<com.scorecardstudio.domain.map.GoalLink> merge(com.scorecardstudio.domain.map.GoalLink base,
            com.scorecardstudio.domain.map.GoalLink mine, com.scorecardstudio.domain.map.GoalLink theirs) {
        try {
            return Optional.of(mine.withHypothesis(pick(base, mine, theirs, com.scorecardstudio.domain.map.GoalLink::hypothesis))
                    .withStrength(pick(base, mine, theirs, com.scorecardstudio.domain.map.GoalLink::strength)));
        } catch (Clash e) {
            return Optional.empty();
        }
    }

    /**
     * One field changed by this user from {@code base} to {@code mine}, stored now as {@code theirs}:
     * whether writing mine loses nothing (no one else changed it, or changed it to the same).
     */
    public static boolean mineStands(Object base, Object mine, Object theirs) {
        return same(theirs, base) || same(theirs, mine);
    }

    /** Whether two indicators' own fields are the same (measurements and ids aside). */
    public static boolean sameOwnFields(Indicator a, Indicator b) {
        return a.name().equals(b.name()) && a.unit().equals(b.unit()) && a.direction() == b.direction()
                && same(a.baselineValue(), b.baselineValue()) && Objects.equals(a.baselineDate(), b.baselineDate())
                && same(a.targetValue(), b.targetValue()) && Objects.equals(a.targetDate(), b.targetDate())
                && a.scale().equals(b.scale()) && same(a.impactValue(), b.impactValue()) && a.impactUnit().equals(b.impactUnit())
                && a.dataSource().equals(b.dataSource()) && a.reviewFrequency() == b.reviewFrequency();
    }

    /** Whether two initiatives' fields are the same (ids aside). */
    public static boolean sameOwnFields(Initiative a, Initiative b) {
        return a.title().equals(b.title()) && a.owner().equals(b.owner()) && Objects.equals(a.start(), b.start())
                && Objects.equals(a.due(), b.due()) && same(a.budget(), b.budget()) && a.status() == b.status();
    }

    private static <R, T> T pick(R base, R mine, R theirs, Function<R, T> field) {
        T b = field.apply(base);
        T m = field.apply(mine);
        T t = field.apply(theirs);
        if (same(m, t) || same(t, b)) {
            return m;
        }
        if (same(m, b)) {
            return t;
        }
        throw new Clash();
    }

    /** Equal values; numbers by value (1.5 typed and 1.50 stored are one number). */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static final class Clash extends RuntimeException {
        Clash() {
            super(null, null, false, false);
        }
    }
}
