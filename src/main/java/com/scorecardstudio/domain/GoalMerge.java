package com.scorecardstudio.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Two users edited the same goal from the same stored version (team workspaces, issue 16): a field
 * only one of them changed takes that change; a field both changed to the same value is that value; a
 * field both changed differently is a real conflict, for the user to decide. Indicators and
 * initiatives are rows of their own and are not merged here.
 */
public final class GoalMerge {
    private GoalMerge() {
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

    private static <T> T pick(Goal base, Goal mine, Goal theirs, Function<Goal, T> field) {
        T b = field.apply(base);
        T m = field.apply(mine);
        T t = field.apply(theirs);
        if (Objects.equals(m, t) || Objects.equals(t, b)) {
            return m;
        }
        if (Objects.equals(m, b)) {
            return t;
        }
        throw new Clash();
    }

    private static final class Clash extends RuntimeException {
        Clash() {
            super(null, null, false, false);
        }
    }
}
