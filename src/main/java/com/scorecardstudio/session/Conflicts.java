package com.scorecardstudio.session;

import com.scorecardstudio.db.StaleWriteException;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflicts of one part of the open session waiting for the user's choice, oldest first, one per
 * row: a newer conflict about a row replaces the older one. FX thread.
 */
final class Conflicts {
    private final ObservableList<Conflict> waiting = FXCollections.observableArrayList();
    /** One view, held here: a view made per call would be collected and stop telling its listeners. */
    private final ObservableList<Conflict> view = FXCollections.unmodifiableObservableList(waiting);

    ObservableList<Conflict> view() {
        return view;
    }

    /**
     * Another user changed {@code row} differently ({@code stale} says who and when): theirs beside
     * mine until the user keeps one ({@code keepMine}, {@code keepTheirs} run then).
     */
    void add(String table, GoalItem goal, Object row, Object mine, Object theirs, StaleWriteException stale, Runnable keepMine,
            Runnable keepTheirs) {
        waiting.removeIf(c -> Objects.equals(c.row(), row));
        waiting.add(new Conflict(waiting, table, goal, row, mine, theirs, stale.changedBy(), stale.changedAt(), keepMine, keepTheirs));
    }
}
