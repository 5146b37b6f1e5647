package com.scorecardstudio.session;

import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.StaleWriteException;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.RowMerge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ObservableList;

/**
 * The goals' rows as written to a team workspace (issue 16): every write of a goal's own fields, an
 * indicator or an initiative is a compare-and-set on the version it was typed from. A stale one is
 * merged field by field when the two users changed different fields, goes through silently when they
 * typed the same, and otherwise becomes a {@link Conflict} for the user to decide; typing
 * while the server is away goes to the {@link Journal} and is written from there later, through the
 * same check. On an H2 file the check always passes (one writer).
 */
final class SharedRows {
    /** How one kind of row is written with a version check and merged. */
    record Kind<T>(String table, Class<T> type, VersionedWrite<T> write, Merge<T> merge) {
    }

    interface VersionedWrite<T> {
        /** Writes {@code row} if the stored one is at {@code basedOn}; returns the new version. Database thread. */
        long write(long id, T row, long basedOn);
    }

    interface Merge<T> {
        Optional<T> merge(T base, T mine, T theirs);
    }

    final Kind<Goal> goal;
    final Kind<Indicator> indicator;
    final Kind<Initiative> initiative;

    private final Autosave autosave;
    private final Conflicts conflicts = new Conflicts();
    private Journal journal = Journal.NONE;
    private Predicate<Throwable> connectionLost = e -> false;

    SharedRows(GoalRepository repository, Autosave autosave) {
        this.autosave = autosave;
        goal = new Kind<>("goal", Goal.class, repository::update, RowMerge::merge);
        indicator = new Kind<>("indicator", Indicator.class, repository::updateIndicator, RowMerge::merge);
        initiative = new Kind<>("initiative", Initiative.class, repository::updateInitiative, RowMerge::merge);
    }

    ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    /** Adds a conflict about something else of the goals (the dots each participant has); one per row. FX thread. */
    void conflict(String table, Object row, Object mine, Object theirs, StaleWriteException e, Runnable keepMine, Runnable keepTheirs) {
        conflicts.add(table, null, row, mine, theirs, e, keepMine, keepTheirs);
    }

    void keepOfflineTypingIn(Journal journal, Predicate<Throwable> lost) {
        this.journal = journal;
        this.connectionLost = lost;
    }

    /**
     * On the database thread: writes {@code snapshot} of {@code row} (of {@code goal}) based on
     * {@code basedOn}. Stale: merged, or a conflict; the server away: journalled.
     */
    <T> void write(GoalItem goal, SharedRow<T> row, Kind<T> kind, T snapshot, long basedOn) {
        try {
            row.version.set(kind.write().write(row.dbId.get(), snapshot, basedOn));
            row.base.set(snapshot);
        } catch (RuntimeException lost) {
            if (!(lost instanceof StaleWriteException) && journal != Journal.NONE && connectionLost.test(lost)) {
                // the server is away: on disk here before anything else, written when it is back
                journal.record(new Journal.Entry(kind.table(), row.dbId.get(), basedOn, snapshot));
                autosave.run(() -> null, ok -> autosave.wentOffline());
                return;
            }
            if (!(lost instanceof StaleWriteException e)) {
                throw lost;
            }
            stale(goal, row, kind, snapshot, e);
        }
    }

    private <T> void stale(GoalItem goal, SharedRow<T> row, Kind<T> kind, T snapshot, StaleWriteException e) {
        if (e.deleted()) {
            throw e; // deleted elsewhere: the session is read again, and says so
        }
        T theirs = e.theirs(kind.type()).orElseThrow();
        T base = row.base.get();
        Optional<T> merged = base == null ? Optional.empty() : kind.merge().merge(base, snapshot, theirs);
        if (merged.isPresent()) {
            // different fields: both kept; the screen takes their fields, with no undo step of its own
            T m = merged.get();
            write(goal, row, kind, m, e.currentVersion());
            autosave.run(() -> null, ok -> row.tracker.quietly(() -> row.setOwnFields(m)));
            return;
        }
        long theirVersion = e.currentVersion();
        autosave.run(() -> null, shown -> conflicts.add(kind.table(), goal, row, snapshot, theirs, e,
                () -> autosave.run(() -> {
                    write(goal, row, kind, snapshot, theirVersion);
                    return null;
                }, ok -> { }),
                () -> autosave.run(() -> {
                    row.version.set(theirVersion);
                    row.base.set(theirs);
                    return null;
                }, ok -> {
                    row.setOwnFields(theirs);
                    row.tracker.flush();
                })));
    }

    /**
     * Writes what the journal kept (typed while the server was away, perhaps before a kill), through
     * the same compare-and-set: the last fields of each row, based on the version first typed from.
     * {@code find} gives the open session's row for a table and id (null: deleted meanwhile, by someone
     * else, and their delete stands). The journal is emptied once all went through. FX thread.
     */
    void writeJournal(Function<Journal.Entry, Found<?>> find) {
        autosave.run(() -> {
            Map<String, Journal.Entry> last = new LinkedHashMap<>();
            for (Journal.Entry e : journal.entries()) {
                String key = e.table() + ":" + e.id();
                Journal.Entry first = last.get(key);
                last.put(key, new Journal.Entry(e.table(), e.id(), first == null ? e.basedOn() : first.basedOn(), e.row()));
            }
            return List.copyOf(last.values());
        }, entries -> {
            if (entries.isEmpty()) {
                return;
            }
            for (Journal.Entry e : entries) {
                Found<?> found = find.apply(e);
                if (found != null) {
                    replay(found, e);
                }
            }
            autosave.run(() -> {
                journal.clear();
                return null;
            }, ok -> { });
        });
    }

    private <T> void replay(Found<T> found, Journal.Entry e) {
        T row = found.kind().type().cast(e.row());
        found.row().tracker.quietly(() -> found.row().setOwnFields(row));
        autosave.run(() -> {
            write(found.goal(), found.row(), found.kind(), row, e.basedOn());
            return null;
        }, ok -> { });
    }

    /** A row of the open session, with its goal and its kind. */
    record Found<T>(GoalItem goal, SharedRow<T> row, Kind<T> kind) {
    }
}
