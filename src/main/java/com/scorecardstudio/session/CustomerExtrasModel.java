package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.domain.AreaAssessment;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.PolicyCheck;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer stage's extras: the eight customer policies as a checklist, and the room's quick
 * assessment of the five customer areas with the weakest ones marked. Every field saves as the user
 * types; every change is undoable through the session's one {@link EditHistory}.
 */
public final class CustomerExtrasModel {
    private final long sessionId;
    private final FacilitationRepository repository;
    private final Autosave autosave;
    private final EditHistory undo;

    private final ObservableList<PolicyRow> policies = FXCollections.observableArrayList();
    private final ObservableList<AreaRow> areas = FXCollections.observableArrayList();
    private final ObservableList<PolicyRow> policiesView = FXCollections.unmodifiableObservableList(policies);
    private final ObservableList<AreaRow> areasView = FXCollections.unmodifiableObservableList(areas);
    private final ReadOnlyObjectWrapper<List<String>> weakest = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<CustomerPolicy.Status, ReadOnlyIntegerWrapper> counts = new EnumMap<>(CustomerPolicy.Status.class);
    private final ReadOnlyIntegerWrapper undiscussed = new ReadOnlyIntegerWrapper(CustomerPolicy.values().length);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** Raised by every write of this laptop's own: a live read sent before one is read again. */
    private int localEdits;
    private final LiveRead<Stored> live;

    public CustomerExtrasModel(long sessionId, FacilitationRepository repository, Autosave autosave, EditHistory undo) {
        this.sessionId = sessionId;
        this.repository = repository;
        this.autosave = autosave;
        this.undo = undo;
        for (CustomerPolicy.Status s : CustomerPolicy.Status.values()) {
            counts.put(s, new ReadOnlyIntegerWrapper());
        }
        Arrays.stream(CustomerPolicy.values()).map(this::wire).forEach(policies::add);
        Stage.CUSTOMER.areas().stream().map(this::wire).forEach(areas::add);
        this.live = new LiveRead<>(autosave.tasks(), this::read, this::show, () -> localEdits);
    }

    private PolicyRow wire(CustomerPolicy policy) {
        PolicyRow row = new PolicyRow(policy);
        row.tracker = new EditTracker(undo, autosave, () -> {
            PolicyCheck snapshot = row.toCheck();
            PolicyCheck base = row.seen;
            row.seen = snapshot;
            localEdits++; // asked for the write as it is sent
            return () -> {
                writePolicy(row, base, snapshot);
                return null;
            };
        }, this::changed);
        row.tracker.click(row.status);
        row.tracker.typing(row.note);
        return row;
    }

    private AreaRow wire(String area) {
        AreaRow row = new AreaRow(area);
        row.tracker = new EditTracker(undo, autosave, () -> {
            AreaAssessment snapshot = row.toAssessment();
            AreaAssessment base = row.seen;
            row.seen = snapshot;
            localEdits++; // asked for the write as it is sent
            return () -> {
                writeAssessment(row, base, snapshot);
                return null;
            };
        }, this::changed);
        row.tracker.click(row.score);
        row.tracker.typing(row.note);
        return row;
    }

    private record Stored(List<PolicyCheck> policies, List<AreaAssessment> areas) {
    }

    // ---- written against what this laptop last saw (team workspaces, issue 16)

    /** Database thread: a policy's status and note; the other one merged, the same one changed differently a conflict. */
    private void writePolicy(PolicyRow row, PolicyCheck base, PolicyCheck mine) {
        try {
            repository.savePolicy(sessionId, base, mine);
        } catch (com.scorecardstudio.db.StaleWriteException stale) {
            PolicyCheck theirs = stale.theirs(PolicyCheck.class).orElseThrow();
            java.util.Optional<PolicyCheck> merged = com.scorecardstudio.domain.RowMerge.merge(base, mine, theirs);
            if (merged.isPresent()) {
                writePolicy(row, theirs, merged.get());
                autosave.run(() -> null, ok -> showPolicy(row, merged.get()));
                return;
            }
            autosave.run(() -> null, ok -> conflict(row, mine, theirs, stale, () -> autosave.run(() -> {
                writePolicy(row, theirs, mine);
                return null;
            }, done -> { }), () -> showPolicy(row, theirs)));
        }
    }

    private void writeAssessment(AreaRow row, AreaAssessment base, AreaAssessment mine) {
        try {
            repository.saveAssessment(sessionId, base, mine);
        } catch (com.scorecardstudio.db.StaleWriteException stale) {
            AreaAssessment theirs = stale.theirs(AreaAssessment.class).orElseThrow();
            java.util.Optional<AreaAssessment> merged = com.scorecardstudio.domain.RowMerge.merge(base, mine, theirs);
            if (merged.isPresent()) {
                writeAssessment(row, theirs, merged.get());
                autosave.run(() -> null, ok -> showAssessment(row, merged.get()));
                return;
            }
            autosave.run(() -> null, ok -> conflict(row, mine, theirs, stale, () -> autosave.run(() -> {
                writeAssessment(row, theirs, mine);
                return null;
            }, done -> { }), () -> showAssessment(row, theirs)));
        }
    }

    private void conflict(Object row, Object mine, Object theirs, com.scorecardstudio.db.StaleWriteException stale, Runnable keepMine,
            Runnable keepTheirs) {
        conflicts.add(stale.table(), null, row, mine, theirs, stale, () -> {
            localEdits++;
            keepMine.run();
        }, keepTheirs);
    }

    /** A policy as stored now (read, merged, or theirs kept), shown without an undo step; its next write expects it. */
    private void showPolicy(PolicyRow row, PolicyCheck c) {
        row.tracker.quietly(() -> {
            row.status.set(c.status());
            row.note.set(c.note());
        });
        row.seen = c;
        changed();
    }

    private void showAssessment(AreaRow row, AreaAssessment a) {
        row.tracker.quietly(() -> {
            row.score.set(a.score());
            row.note.set(a.note());
        });
        row.seen = a;
        changed();
    }

    private final Conflicts conflicts = new Conflicts();

    /** Policies and areas another user changed in the same way differently, waiting for the user's choice. */
    public ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    /** Reads the checklist and the assessments of the session (on the database thread). */
    public void load() {
        autosave.run(this::read, stored -> {
            show(stored);
            loaded.set(true);
        });
    }

    /**
     * Another laptop changed a policy or an assessment (a team workspace): read again; a row being
     * typed in here keeps what is typed, its save follows. FX thread.
     */
    public void changedElsewhere() {
        live.request();
    }

    private Stored read() {
        return new Stored(repository.policies(sessionId), repository.assessments(sessionId));
    }

    private void show(Stored stored) {
        for (PolicyCheck c : stored.policies()) {
            PolicyRow row = policy(c.policy());
            if (!row.tracker.pending()) {
                row.tracker.quietly(() -> {
                    row.status.set(c.status());
                    row.note.set(c.note());
                });
                row.seen = c;
            }
        }
        for (AreaAssessment a : stored.areas()) {
            AreaRow row = area(a.area());
            if (!row.tracker.pending()) {
                row.tracker.quietly(() -> {
                    row.score.set(a.score());
                    row.note.set(a.note());
                });
                row.seen = a;
            }
        }
        changed();
    }

    private void changed() {
        for (CustomerPolicy.Status s : CustomerPolicy.Status.values()) {
            counts.get(s).set((int) policies.stream().filter(p -> p.status.get() == s).count());
        }
        undiscussed.set((int) policies.stream().filter(p -> p.status.get() == null).count());
        List<String> now = weakestOf(areas.stream().map(AreaRow::toAssessment).toList());
        if (!now.equals(weakest.get())) {
            weakest.set(now);
        }
        areas.forEach(a -> a.weakest.set(now.contains(a.area())));
    }

    /**
     * The areas to point the room at: the lowest-scored ones, once at least two areas are scored and
     * they are not all the same (one score alone, or a tie across the board, singles nothing out).
     */
    static List<String> weakestOf(List<AreaAssessment> all) {
        List<Integer> scores = all.stream().map(AreaAssessment::score).filter(Objects::nonNull).toList();
        if (scores.size() < 2 || scores.stream().distinct().count() < 2) {
            return List.of();
        }
        return AreaAssessment.weakest(all);
    }

    /** Writes pending typing now (before leaving the page). */
    public void flush() {
        policies.forEach(p -> p.tracker.flush());
        areas.forEach(a -> a.tracker.flush());
    }

    // ---- read side

    /** The eight policies, in the method's order. */
    public ObservableList<PolicyRow> policies() {
        return policiesView;
    }

    public PolicyRow policy(CustomerPolicy p) {
        return policies.get(p.ordinal());
    }

    /** The five customer areas, in the method's order. */
    public ObservableList<AreaRow> areas() {
        return areasView;
    }

    public AreaRow area(String key) {
        return areas.stream().filter(a -> a.area().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a customer area: " + key));
    }

    /** The weakest area keys (empty until the scores single one out). */
    public ReadOnlyObjectProperty<List<String>> weakestProperty() {
        return weakest.getReadOnlyProperty();
    }

    /** How many policies have this status. */
    public ReadOnlyIntegerProperty countProperty(CustomerPolicy.Status status) {
        return counts.get(status).getReadOnlyProperty();
    }

    /** How many policies have no status yet. */
    public ReadOnlyIntegerProperty undiscussedProperty() {
        return undiscussed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
