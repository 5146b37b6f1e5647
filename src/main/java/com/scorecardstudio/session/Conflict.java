package com.scorecardstudio.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A row another user of a team workspace changed while this user edited it — a goal's own fields,
 * an indicator, an initiative, a client with its scores — changed differently in the same field:
 * nothing of either was overwritten. The user keeps theirs or mine; until then the screen shows mine.
 */
public final class Conflict {
    private final List<Conflict> waiting;
    private final String table;
    private final GoalItem goal;
    private final Object row;
    private final Object mine;
    private final Object theirs;
    private final String changedBy;
    private final Optional<Instant> changedAt;
    private final Runnable keepMine;
    private final Runnable keepTheirs;

    /**
     * @param waiting the list this conflict waits in until decided (it leaves it then)
     * @param row what the conflict is about, as the model knows it (one conflict per row)
     */
    Conflict(List<Conflict> waiting, String table, GoalItem goal, Object row, Object mine, Object theirs, String changedBy,
            Optional<Instant> changedAt, Runnable keepMine, Runnable keepTheirs) {
        this.waiting = waiting;
        this.table = table;
        this.goal = goal;
        this.row = row;
        this.mine = mine;
        this.theirs = theirs;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.keepMine = keepMine;
        this.keepTheirs = keepTheirs;
    }

    /** What kind of row: "goal", "indicator", "initiative" or "client". */
    public String table() {
        return table;
    }

    /** The goal the row is, or belongs to; null for a client. */
    public GoalItem goal() {
        return goal;
    }

    /**
     * My fields as typed: a {@link com.scorecardstudio.domain.Goal}, {@link com.scorecardstudio.domain.Indicator},
     * {@link com.scorecardstudio.domain.Initiative} or {@link com.scorecardstudio.domain.scoring.ScoredClient},
     * as {@link #table} says.
     */
    public Object mine() {
        return mine;
    }

    /** Their fields as stored now, of the same kind as {@link #mine}. */
    public Object theirs() {
        return theirs;
    }

    /** Who changed it ('' when unknown). */
    public String changedBy() {
        return changedBy;
    }

    public Optional<Instant> changedAt() {
        return changedAt;
    }

    /** Keeps what this user typed: written over theirs, knowingly. */
    public void keepMine() {
        if (waiting.remove(this)) {
            keepMine.run();
        }
    }

    /** Keeps the other user's version: the screen takes theirs. */
    public void keepTheirs() {
        if (waiting.remove(this)) {
            keepTheirs.run();
        }
    }

    /** What the conflict is about, as the open session holds it (a goal, indicator, link, note item; a client id). */
    public Object row() {
        return row;
    }
}
