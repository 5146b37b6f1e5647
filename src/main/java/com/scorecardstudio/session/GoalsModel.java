package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.QualityHints;
import com.scorecardstudio.domain.QualityHints.Hint;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A session's goals, live: the one model the stage pages, the hints and the presenter view share.
 * Typing is saved through {@link Autosave}; adding, moving and deleting are undoable edits written
 * at once. All database work is queued on the database thread in the order the user acted.
 */
public final class GoalsModel {
    private final long sessionId;
    private final GoalRepository repository;
    private final Autosave autosave;
    private final EditHistory undo;
    private Messages messages;
    private final javafx.collections.ObservableList<String> unsaved = javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<String> unsavedView = javafx.collections.FXCollections.unmodifiableObservableList(unsaved);
    private LocalNumbers numbers;

    private final ObservableList<GoalItem> goals = FXCollections.observableArrayList();
    private final ObjectProperty<List<Hint>> hints = new SimpleObjectProperty<>(List.of());
    /** Each goal's hints from its last check, with its index then. */
    private final java.util.Map<GoalItem, List<Hint>> hintsByGoal = new java.util.IdentityHashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper structureRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper indicatorsRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final SharedRows shared;

    private final List<java.util.function.Consumer<GoalItem>> removedListeners = new java.util.ArrayList<>();
    private final List<java.util.function.Consumer<GoalItem>> storedListeners = new java.util.ArrayList<>();
    private final List<java.util.function.Consumer<IndicatorItem>> indicatorRemovedListeners = new java.util.ArrayList<>();
    private final List<java.util.function.Consumer<IndicatorItem>> indicatorStoredListeners = new java.util.ArrayList<>();

    public GoalsModel(long sessionId, GoalRepository repository, Autosave autosave, EditHistory undo, Messages messages) {
        this.sessionId = sessionId;
        this.repository = repository;
        this.autosave = autosave;
        this.undo = undo;
        this.messages = messages;
        this.numbers = new LocalNumbers(messages.locale());
        this.shared = new SharedRows(repository, autosave);
    }

    public void load() {
        autosave.run(() -> repository.dotBudget(sessionId), dotBudget::set);
        autosave.run(() -> {
            List<Goal> list = repository.list(sessionId);
            java.util.Map<Long, Long> versions = repository.versions(sessionId);
            java.util.Map<Long, Long> indicatorVersions = repository.indicatorVersions(sessionId);
            java.util.Map<Long, Long> initiativeVersions = repository.initiativeVersions(sessionId);
            return list.stream().map(g -> {
                GoalItem item = wire(g);
                item.version.set(versions.getOrDefault(g.id(), 0L));
                item.base.set(g);
                for (int i = 0; i < g.indicators().size(); i++) {
                    IndicatorItem ind = item.indicators.get(i);
                    ind.version.set(indicatorVersions.getOrDefault(ind.dbId.get(), 0L));
                    ind.base.set(g.indicators().get(i));
                }
                for (int i = 0; i < g.initiatives().size(); i++) {
                    InitiativeItem in = item.initiatives.get(i);
                    in.version.set(initiativeVersions.getOrDefault(in.dbId.get(), 0L));
                    in.base.set(g.initiatives().get(i));
                }
                return item;
            }).toList();
        }, items -> {
            goals.setAll(items);
            loaded.set(true);
            changed();
            structureChanged();
        });
    }

    // ---- conflicts with other users of a team workspace (issue 16)

    /** The conflicts waiting for the user's choice, oldest first; one per row. */
    public ObservableList<Conflict> conflicts() {
        return shared.conflicts();
    }

    /** On a team workspace: rows typed while the server is away are kept in {@code journal}. */
    public void keepOfflineTypingIn(Journal journal, java.util.function.Predicate<Throwable> lost) {
        shared.keepOfflineTypingIn(journal, lost);
    }

    /**
     * Writes what the journal kept (typed while the server was away, perhaps before a kill), through
     * the same compare-and-set. Conflicts are shown as always. FX thread.
     */
    public void writeJournal() {
        shared.writeJournal(e -> switch (e.table()) {
            case "goal" -> {
                GoalItem g = byId(e.id());
                yield g == null ? null : new SharedRows.Found<>(g, g, shared.goal);
            }
            case "indicator" -> {
                for (GoalItem g : goals) {
                    for (IndicatorItem i : g.indicators) {
                        if (i.dbId.get() == e.id()) {
                            yield new SharedRows.Found<>(g, i, shared.indicator);
                        }
                    }
                }
                yield null;
            }
            case "initiative" -> {
                for (GoalItem g : goals) {
                    for (InitiativeItem i : g.initiatives) {
                        if (i.dbId.get() == e.id()) {
                            yield new SharedRows.Found<>(g, i, shared.initiative);
                        }
                    }
                }
                yield null;
            }
            default -> null;
        });
    }

    /** Keeps what this user typed: written over theirs, knowingly (based on their version). */
    public void keepMine(Conflict c) {
        c.keepMine();
    }

    /** Keeps the other user's version: the row's fields become theirs (an undoable edit, like typing). */
    public void keepTheirs(Conflict c) {
        c.keepTheirs();
    }

    // ---- changes other users made (team workspaces, issue 16)

    private final List<java.util.function.Consumer<GoalItem>> deletedElsewhereListeners = new java.util.ArrayList<>();

    /** Told when another user deleted a goal (already off the list; {@link EditHistory#undo} brings it back). */
    public void onDeletedElsewhere(java.util.function.Consumer<GoalItem> listener) {
        deletedElsewhereListeners.add(listener);
    }

    private GoalItem byId(long goalId) {
        for (GoalItem g : goals) {
            if (g.dbId.get() == goalId) {
                return g;
            }
        }
        return null;
    }

    /**
     * Another user wrote goal {@code goalId}, or one of its indicators, measurements or initiatives (an
     * announcement from the server): the goal is read and shown with them. A row being typed in is left
     * alone: the save that follows merges or reports a conflict.
     */
    public void changedElsewhere(long goalId) {
        // the rows this screen knew before the read: one added or deleted here meanwhile is not taken for theirs
        GoalItem before = byId(goalId);
        java.util.Set<Long> knownIndicators = before == null ? java.util.Set.of() : storedIds(before.indicators, i -> i.dbId.get());
        java.util.Set<Long> knownInitiatives = before == null ? java.util.Set.of() : storedIds(before.initiatives, i -> i.dbId.get());
        java.util.Map<Long, List<Measurement>> knownMeasurements = new java.util.HashMap<>();
        if (before != null) {
            before.indicators.forEach(i -> knownMeasurements.put(i.dbId.get(), List.copyOf(i.measurements)));
        }
        autosave.run(() -> repository.find(goalId), found -> {
            GoalItem item = byId(goalId);
            if (found.isEmpty()) {
                if (item != null) {
                    deletedElsewhere(item);
                }
                return;
            }
            GoalRepository.StoredGoal stored = found.get();
            Goal g = stored.goal();
            if (item == null) {
                GoalItem added = wire(g);
                autosave.run(() -> {
                    added.version.set(stored.version());
                    added.base.set(g);
                    for (int i = 0; i < g.indicators().size(); i++) {
                        added.indicators.get(i).version.set(stored.indicatorVersions().getOrDefault(g.indicators().get(i).id(), 0L));
                        added.indicators.get(i).base.set(g.indicators().get(i));
                    }
                    for (int i = 0; i < g.initiatives().size(); i++) {
                        added.initiatives.get(i).version.set(stored.initiativeVersions().getOrDefault(g.initiatives().get(i).id(), 0L));
                        added.initiatives.get(i).base.set(g.initiatives().get(i));
                    }
                    return null;
                }, ok -> { });
                goals.add(endOf(g.stage(), g.area()), added);
                changed();
                structureChanged();
                return;
            }
            if (!item.tracker.pending()) {
                item.tracker.quietly(() -> item.setOwnFields(g));
                // after the screen took theirs: a save typed from here on is based on their version
                takeVersion(item, stored.version(), g);
            }
            followIndicators(item, g.indicators(), stored.indicatorVersions(), knownIndicators, knownMeasurements);
            followInitiatives(item, g.initiatives(), stored.initiativeVersions(), knownInitiatives);
            changed(item);
            indicatorsRevision.set(indicatorsRevision.get() + 1);
        });
    }

    /**
     * Another user wrote an indicator, a measurement or an initiative ({@code table}, row {@code id}):
     * its goal is read again. The goal is the one on this screen holding the row, else (a row new to
     * this screen) the one stored.
     */
    public void childChangedElsewhere(String table, long id) {
        for (GoalItem g : goals) {
            boolean holds = switch (table) {
                case "indicator" -> g.indicators.stream().anyMatch(i -> i.dbId.get() == id);
                case "initiative" -> g.initiatives.stream().anyMatch(i -> i.dbId.get() == id);
                case "measurement" -> g.indicators.stream().anyMatch(i -> i.measurements.stream()
                        .anyMatch(m -> m.id() != null && m.id() == id));
                default -> false;
            };
            if (holds) {
                changedElsewhere(g.dbId.get());
                return;
            }
        }
        autosave.run(() -> repository.goalOf(table, id), goal -> goal.ifPresent(this::changedElsewhere));
    }

    private static <T> java.util.Set<Long> storedIds(List<T> rows, java.util.function.ToLongFunction<T> id) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        rows.forEach(r -> out.add(id.applyAsLong(r)));
        out.remove(0L);
        return out;
    }

    /** After the screen took a row as stored: its next write is based on that version (if newer than its own). */
    private <T> void takeVersion(SharedRow<T> row, long version, T fields) {
        autosave.run(() -> {
            if (version > row.version.get()) {
                row.version.set(version);
                row.base.set(fields);
            }
            return null;
        }, ok -> { });
    }

    /**
     * A goal's indicators as another user left them: changed ones take their fields (unless typed in
     * here) and measurements, new ones are added, deleted ones leave. {@code known}: the indicators this
     * screen had stored before the read; only those can have been deleted elsewhere, and only others are new.
     */
    private void followIndicators(GoalItem goal, List<Indicator> stored, java.util.Map<Long, Long> versions, java.util.Set<Long> known,
            java.util.Map<Long, List<Measurement>> knownMeasurements) {
        java.util.Set<Long> storedIds = new java.util.HashSet<>();
        for (int index = 0; index < stored.size(); index++) {
            Indicator theirs = stored.get(index);
            storedIds.add(theirs.id());
            IndicatorItem mine = goal.indicators.stream().filter(i -> i.dbId.get() == theirs.id()).findFirst().orElse(null);
            if (mine == null) {
                if (!known.contains(theirs.id())) {
                    IndicatorItem added = wire(theirs, goal);
                    goal.indicators.add(Math.min(index, goal.indicators.size()), added);
                    takeVersion(added, versions.getOrDefault(theirs.id(), 0L), theirs);
                }
                continue;
            }
            if (!mine.tracker.pending()) {
                mine.tracker.quietly(() -> mine.setOwnFields(theirs));
                takeVersion(mine, versions.getOrDefault(theirs.id(), 0L), theirs);
            }
            // measured values: unless added or removed here since the read (their own undo steps hold them)
            if (java.util.Objects.equals(knownMeasurements.get(theirs.id()), List.copyOf(mine.measurements))
                    && !mine.measurements.equals(theirs.measurements())) {
                mine.measurements.setAll(theirs.measurements());
            }
        }
        goal.indicators.removeIf(i -> known.contains(i.dbId.get()) && !storedIds.contains(i.dbId.get()));
    }

    /** A goal's initiatives as another user left them: see {@link #followIndicators}. */
    private void followInitiatives(GoalItem goal, List<Initiative> stored, java.util.Map<Long, Long> versions, java.util.Set<Long> known) {
        java.util.Set<Long> storedIds = new java.util.HashSet<>();
        for (int index = 0; index < stored.size(); index++) {
            Initiative theirs = stored.get(index);
            storedIds.add(theirs.id());
            InitiativeItem mine = goal.initiatives.stream().filter(i -> i.dbId.get() == theirs.id()).findFirst().orElse(null);
            if (mine == null) {
                if (!known.contains(theirs.id())) {
                    InitiativeItem added = wire(theirs, goal);
                    goal.initiatives.add(Math.min(index, goal.initiatives.size()), added);
                    takeVersion(added, versions.getOrDefault(theirs.id(), 0L), theirs);
                }
                continue;
            }
            if (!mine.tracker.pending()) {
                mine.tracker.quietly(() -> mine.setOwnFields(theirs));
                takeVersion(mine, versions.getOrDefault(theirs.id(), 0L), theirs);
            }
        }
        goal.initiatives.removeIf(i -> known.contains(i.dbId.get()) && !storedIds.contains(i.dbId.get()));
    }

    /**
     * Another laptop gave or took dots on a goal (a team workspace): its dots read again. The read waits
     * behind this app's own unsaved dots, so what it shows is both laptops' dots together.
     */
    public void votesChangedElsewhere(long goalId) {
        autosave.run(() -> repository.find(goalId), found -> {
            GoalItem item = byId(goalId);
            if (item == null || found.isEmpty()) {
                return;
            }
            java.util.Map<String, Integer> stored = new java.util.LinkedHashMap<>();
            found.get().goal().votes().forEach(v -> stored.put(v.participant(), v.dots()));
            if (!stored.equals(item.votes)) {
                item.votes.keySet().retainAll(stored.keySet());
                item.votes.putAll(stored);
                revision.set(revision.get() + 1);
            }
        });
    }

    /** Another laptop set the dots each participant has: read again. */
    public void dotBudgetChangedElsewhere() {
        autosave.run(() -> repository.dotBudget(sessionId), dotBudget::set);
    }

    /**
     * After the server was away: every goal read again, since what others changed meanwhile was not
     * announced to this app. Goals being typed in are left to their save (merge or conflict).
     */
    public void refreshAll() {
        autosave.run(() -> repository.versions(sessionId).keySet(), stored -> {
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>(stored);
            goals.forEach(g -> ids.add(g.dbId.get()));
            ids.remove(0L);
            ids.forEach(this::changedElsewhere);
        });
    }

    /** Off the list at once; undo stores it again (a new row), redo deletes it again. */
    private void deletedElsewhere(GoalItem item) {
        int index = goals.indexOf(item);
        // read-only here: the goal leaves the list, with no step to take back (that would be a write)
        java.util.function.Consumer<EditHistory.Job> apply = undo.isEditable() ? undo::execute : EditHistory.Job::execute;
        apply.accept(EditHistory.named("history.delete.goalElsewhere", item.title.get(), new EditHistory.Job() {
            @Override
            public void execute() {
                goals.remove(item);
                removedListeners.forEach(l -> l.accept(item));
                changed();
                structureChanged();
            }

            @Override
            public void redo() {
                removeGoal(item);
            }

            @Override
            public void undo() {
                insertAt(item, Math.min(index, goals.size()));
            }
        }));
        deletedElsewhereListeners.forEach(l -> l.accept(item));
    }

    // ---- wiring items to autosave and undo

    private GoalItem wire(Goal g) {
        GoalItem item = new GoalItem(g);
        item.tracker = new EditTracker(undo, autosave, () -> {
            Goal snapshot = item.toGoal();
            return () -> {
                shared.write(item, item, shared.goal, snapshot, item.version.get());
                return null;
            };
        }, () -> changed(item));
        // no hint depends on a goal's title or description: typing them is a revision, not a new check
        Runnable revised = () -> revision.set(revision.get() + 1);
        item.tracker.typing(item.title, revised);
        item.tracker.typing(item.description, revised);
        item.tracker.typing(item.owner);
        item.tracker.click(item.priority);
        g.indicators().forEach(i -> item.indicators.add(wire(i, item)));
        g.initiatives().forEach(i -> item.initiatives.add(wire(i, item)));
        return item;
    }

    private IndicatorItem wire(Indicator i, GoalItem goal) {
        IndicatorItem item = new IndicatorItem(i, numbers, messages);
        item.tracker = new EditTracker(undo, autosave, () -> {
            Indicator snapshot = item.toIndicator();
            return () -> {
                shared.write(goal, item, shared.indicator, snapshot, item.version.get());
                return null;
            };
        }, () -> {
            changed(goal);
            indicatorsRevision.set(indicatorsRevision.get() + 1);
        });
        item.tracker.typing(item.name);
        item.tracker.typing(item.unit);
        item.tracker.click(item.direction);
        item.tracker.typing(item.baseline.textProperty());
        item.tracker.typing(item.baselineDate);
        item.tracker.typing(item.target.textProperty());
        item.tracker.typing(item.targetDate);
        item.tracker.typing(item.scale);
        item.tracker.typing(item.impact.textProperty());
        item.tracker.typing(item.impactUnit);
        item.tracker.typing(item.dataSource);
        item.tracker.click(item.reviewFrequency);
        for (NumberText n : List.of(item.baseline, item.target, item.impact)) {
            n.errorProperty().addListener(o -> refreshUnsaved());
        }
        return item;
    }

    private InitiativeItem wire(Initiative i, GoalItem goal) {
        InitiativeItem item = new InitiativeItem(i, numbers, messages);
        item.tracker = new EditTracker(undo, autosave, () -> {
            Initiative snapshot = item.toInitiative();
            return () -> {
                shared.write(goal, item, shared.initiative, snapshot, item.version.get());
                return null;
            };
        }, () -> changed(goal));
        item.tracker.typing(item.title);
        item.tracker.typing(item.owner);
        item.tracker.typing(item.start);
        item.tracker.typing(item.due);
        item.tracker.typing(item.budget.textProperty());
        item.tracker.click(item.status);
        item.budget.errorProperty().addListener(o -> refreshUnsaved());
        return item;
    }

    /**
     * The number fields whose text is not a number, as "Indicator: Field": what they show is not what
     * is stored (the last valid value is), so the status bar names them instead of "All changes saved".
     */
    private void refreshUnsaved() {
        List<String> now = new java.util.ArrayList<>();
        for (GoalItem g : goals) {
            for (IndicatorItem i : g.indicators) {
                String name = i.name.get().isBlank() ? messages.get("indicator.untitled") : i.name.get().strip();
                if (i.baseline.invalid()) {
                    now.add(name + ": " + messages.get("indicator.baseline"));
                }
                if (i.target.invalid()) {
                    now.add(name + ": " + messages.get("indicator.target"));
                }
                if (i.impact.invalid()) {
                    now.add(name + ": " + messages.get("indicator.impact"));
                }
            }
            for (InitiativeItem i : g.initiatives) {
                if (i.budget.invalid()) {
                    String title = i.title.get().isBlank() ? messages.get("initiative.untitled") : i.title.get().strip();
                    now.add(title + ": " + messages.get("initiative.budget"));
                }
            }
        }
        if (!now.equals(unsaved)) {
            unsaved.setAll(now);
        }
    }

    /** The number fields not saved because their text is not a number (see {@link #refreshUnsaved()}). */
    public javafx.collections.ObservableList<String> unsavedFields() {
        return unsavedView;
    }

    /** Goals were added, deleted or moved (after {@link #changed()}, and after the deleted and stored listeners). */
    private void structureChanged() {
        structureRevision.set(structureRevision.get() + 1);
    }

    /** Checks every goal again (goals or their indicators added, deleted, moved or read). */
    private void changed() {
        indicatorsRevision.set(indicatorsRevision.get() + 1);
        refreshUnsaved();
        hintsByGoal.clear();
        for (int i = 0; i < goals.size(); i++) {
            hintsByGoal.put(goals.get(i), QualityHints.forGoal(goals.get(i).toGoal(), i));
        }
        publishHints();
        revision.set(revision.get() + 1);
    }

    /**
     * One goal's fields changed (typing, a click, in the goal or one of its indicators or initiatives):
     * only that goal is checked again, and the session's hints are replaced only if its hints differ,
     * so a keystroke in a title (no hint depends on it) sets off nothing that listens to the hints.
     */
    private void changed(GoalItem goal) {
        int index = goals.indexOf(goal);
        if (index >= 0) {
            List<Hint> now = QualityHints.forGoal(goal.toGoal(), index);
            if (!now.equals(hintsByGoal.get(goal))) {
                hintsByGoal.put(goal, now);
                publishHints();
            }
        }
        revision.set(revision.get() + 1);
    }

    /** The session's hints from each goal's, in the goals' order: what {@link QualityHints#forSession} finds. */
    private void publishHints() {
        List<Hint> all = new ArrayList<>();
        for (GoalItem g : goals) {
            all.addAll(hintsByGoal.getOrDefault(g, List.of()));
        }
        if (goals.size() > QualityHints.MAX_GOALS) {
            all.add(new Hint(QualityHints.Kind.TOO_MANY_GOALS, null, -1, -1));
        }
        hints.set(all);
    }

    // ---- goals

    /** The goals of one focus area, in order. */
    public FilteredList<GoalItem> goalsIn(Stage stage, String area) {
        return new FilteredList<>(goals, g -> g.stage.get() == stage && area.equals(g.area.get()));
    }

    public long goalCount(Stage stage) {
        return goals.stream().filter(g -> g.stage.get() == stage).count();
    }

    /** Adds a goal at the end of a focus area; returns it at once (its id arrives with the commit). */
    public GoalItem addGoal(Stage stage, String area, String title) {
        GoalItem item = wire(Goal.titled(stage, area, title));
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                insertAt(item, endOf(stage, area));
            }

            @Override
            public void undo() {
                removeGoal(item);
            }
        });
        return item;
    }

    public void deleteGoal(GoalItem item) {
        item.tracker.flush();
        int index = goals.indexOf(item);
        undo.execute(EditHistory.named("history.delete.goal", item.title.get(), new EditHistory.Job() {
            @Override
            public void redo() {
                removeGoal(item);
            }

            @Override
            public void undo() {
                insertAt(item, Math.min(index, goals.size()));
            }
        }));
    }

    // ---- dot-voting (issue 14)

    private final javafx.beans.property.IntegerProperty dotBudget =
            new javafx.beans.property.SimpleIntegerProperty(com.scorecardstudio.domain.DotVoting.DEFAULT_DOTS);

    /** The dots each participant has for each stage. */
    public ReadOnlyIntegerProperty dotBudgetProperty() {
        return javafx.beans.property.ReadOnlyIntegerProperty.readOnlyIntegerProperty(dotBudget);
    }

    /** Gives each participant {@code dots} per stage (1–20; others are refused), undoably. */
    public boolean setDotBudget(int dots) {
        int before = dotBudget.get();
        if (!com.scorecardstudio.domain.DotVoting.isBudget(dots) || dots == before) {
            return false;
        }
        undo.execute(EditHistory.named("history.dotBudget", String.valueOf(dots), new EditHistory.Job() {
            @Override
            public void redo() {
                storeBudget(dots);
            }

            @Override
            public void undo() {
                storeBudget(before);
            }
        }));
        return true;
    }

    private void storeBudget(int dots) {
        int base = dotBudget.get(); // as shown: what the write expects stored
        dotBudget.set(dots);
        writeBudget(base, dots);
    }

    /** The dots per participant written against what was shown; another laptop's different number meanwhile is a conflict. */
    private void writeBudget(int base, int dots) {
        autosave.runChecked(() -> repository.saveDotBudget(sessionId, base, dots), stale -> {
            int theirs = stale.theirs(Integer.class).orElseThrow();
            shared.conflict("dot_budget", dotBudget, dots, theirs, stale, () -> writeBudget(theirs, dots), () -> dotBudget.set(theirs));
        });
    }

    /** The dots a participant has put on the goals of a stage. */
    public int dotsSpent(String participant, Stage stage) {
        return goals.stream().filter(g -> g.stage.get() == stage).mapToInt(g -> g.dotsOf(participant)).sum();
    }

    /** The dots a participant still has for the goals of a stage (0 when spent, or the budget was lowered). */
    public int dotsLeft(String participant, Stage stage) {
        return Math.max(0, dotBudget.get() - dotsSpent(participant, stage));
    }

    /**
     * One more dot of {@code participant} on {@code goal}, undoably and saved at once; refused (false)
     * when the participant has no dot left for the goal's stage.
     */
    public boolean giveDot(GoalItem goal, String participant) {
        if (dotsLeft(participant, goal.stage.get()) == 0) {
            return false;
        }
        int before = goal.dotsOf(participant);
        voteJob(goal, participant, before, before + 1, "history.vote.give");
        return true;
    }

    /** One dot of {@code participant} less on {@code goal}; refused (false) when they have none on it. */
    public boolean takeDot(GoalItem goal, String participant) {
        int before = goal.dotsOf(participant);
        if (before == 0) {
            return false;
        }
        voteJob(goal, participant, before, before - 1, "history.vote.take");
        return true;
    }

    private void voteJob(GoalItem goal, String participant, int before, int after, String name) {
        undo.execute(EditHistory.named(name, participant + " · " + goal.title.get(), new EditHistory.Job() {
            @Override
            public void redo() {
                storeVote(goal, participant, after, after - before);
            }

            @Override
            public void undo() {
                storeVote(goal, participant, before, before - after);
            }
        }));
    }

    /** Shows {@code dots} and stores the change as a delta (another laptop's dots on the goal stay). */
    private void storeVote(GoalItem goal, String participant, int dots, int delta) {
        if (dots == 0) {
            goal.votes.remove(participant);
        } else {
            goal.votes.put(participant, dots);
        }
        autosave.run(() -> {
            repository.addDots(goal.dbId.get(), participant, delta);
            return null;
        }, ok -> { });
        revision.set(revision.get() + 1);
    }

    /** Moves a goal to {@code position} among the goals of a focus area (of any stage). */
    public void moveGoal(GoalItem item, Stage stage, String area, int position) {
        item.tracker.flush();
        Stage fromStage = item.stage.get();
        String fromArea = item.area.get();
        int fromIndex = goalsIn(fromStage, fromArea).indexOf(item);
        if (fromStage == stage && fromArea.equals(area) && fromIndex == position) {
            return;
        }
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                place(item, stage, area, position);
            }

            @Override
            public void undo() {
                place(item, fromStage, fromArea, fromIndex);
            }
        });
    }

    private void place(GoalItem item, Stage stage, String area, int position) {
        Stage oldStage = item.stage.get();
        String oldArea = item.area.get();
        goals.remove(item);
        item.tracker.quietly(() -> {
            item.stage.set(stage);
            item.area.set(area);
        });
        List<GoalItem> target = goalsIn(stage, area);
        int at = Math.max(0, Math.min(position, target.size()));
        int masterIndex = at < target.size() ? goals.indexOf(target.get(at)) : endOf(stage, area);
        goals.add(masterIndex, item);
        List<GoalItem> newOrder = List.copyOf(goalsIn(stage, area));
        List<GoalItem> oldOrder = List.copyOf(goalsIn(oldStage, oldArea));
        autosave.run(() -> {
            repository.arrange(stage, area, newOrder.stream().map(g -> g.dbId.get()).toList());
            repository.arrange(oldStage, oldArea, oldOrder.stream().map(g -> g.dbId.get()).toList());
            return null;
        }, ok -> { });
        changed();
        structureChanged();
    }

    /** Where a new goal of this area goes in the master list: after the area's last goal, in method order. */
    private int endOf(Stage stage, String area) {
        int areaRank = rank(stage, area);
        int i = 0;
        while (i < goals.size() && rank(goals.get(i).stage.get(), goals.get(i).area.get()) <= areaRank) {
            i++;
        }
        return i;
    }

    private static int rank(Stage stage, String area) {
        return stage.ordinal() * 100 + stage.areas().indexOf(area);
    }

    private void insertAt(GoalItem item, int index) {
        goals.add(index, item);
        int position = goalsIn(item.stage.get(), item.area.get()).indexOf(item);
        Goal snapshot = item.toGoal();
        List<GoalItem> order = List.copyOf(goalsIn(item.stage.get(), item.area.get()));
        autosave.run(() -> {
            Goal stored = repository.insert(sessionId, snapshot, position);
            item.dbId.set(stored.id());
            item.version.set(0); // a new row (also a deleted goal stored again by undo)
            item.base.set(snapshot);
            for (int i = 0; i < stored.indicators().size(); i++) {
                item.indicators.get(i).stored(stored.indicators().get(i).id(), stored.indicators().get(i));
            }
            for (int i = 0; i < stored.initiatives().size(); i++) {
                item.initiatives.get(i).stored(stored.initiatives().get(i).id(), stored.initiatives().get(i));
            }
            repository.arrange(snapshot.stage(), snapshot.area(), order.stream().map(g -> g.dbId.get()).toList());
            return stored;
        }, stored -> {
            for (int i = 0; i < stored.indicators().size() && i < item.indicators.size(); i++) {
                item.indicators.get(i).measurements.setAll(stored.indicators().get(i).measurements());
            }
        });
        storedListeners.forEach(l -> l.accept(item));
        changed();
        structureChanged();
    }

    private void removeGoal(GoalItem item) {
        goals.remove(item);
        autosave.run(() -> {
            repository.delete(item.dbId.get(), item.version.get());
            return null;
        }, ok -> { });
        removedListeners.forEach(l -> l.accept(item));
        changed();
        structureChanged();
    }

    /**
     * Told when a goal is deleted (its row and what hangs on it in other features is gone) and when
     * it is stored again (undo of the deletion): the goal's new row is queued before the listener
     * runs, so work the listener queues sees the new id. Moving a goal is neither.
     */
    public void onDeleted(java.util.function.Consumer<GoalItem> listener) {
        removedListeners.add(listener);
    }

    public void onStored(java.util.function.Consumer<GoalItem> listener) {
        storedListeners.add(listener);
    }

    // ---- indicators, measurements, initiatives

    public IndicatorItem addIndicator(GoalItem goal, String name) {
        IndicatorItem item = wire(Indicator.named(name), goal);
        child(goal.indicators, item, () -> {
            Indicator snapshot = item.toIndicator();
            int position = goal.indicators.indexOf(item);
            return () -> {
                Indicator stored = repository.insertIndicator(goal.dbId.get(), snapshot, position);
                item.stored(stored.id(), stored);
                return null;
            };
        }, () -> deleteIndicatorNow(item));
        return item;
    }

    public void deleteIndicator(GoalItem goal, IndicatorItem item) {
        item.tracker.flush();
        int index = goal.indicators.indexOf(item);
        undo.execute(EditHistory.named("history.delete.indicator", item.name.get(), new EditHistory.Job() {
            @Override
            public void redo() {
                goal.indicators.remove(item);
                indicatorRemovedListeners.forEach(l -> l.accept(item));
                deleteIndicatorNow(item);
            }

            @Override
            public void undo() {
                goal.indicators.add(Math.min(index, goal.indicators.size()), item);
                Indicator snapshot = item.toIndicator();
                autosave.run(() -> {
                    Indicator stored = repository.insertIndicator(goal.dbId.get(), snapshot, index);
                    item.stored(stored.id(), stored);
                    return stored;
                }, stored -> item.measurements.setAll(stored.measurements()));
                indicatorStoredListeners.forEach(l -> l.accept(item));
                changed();
            }
        }));
    }

    /**
     * Told just before an indicator's deletion is queued (what hangs on it in other features is still
     * stored and in memory), and when it is stored again (undo of the deletion): its new row is
     * queued before the listener runs, so work the listener queues sees the new id. The goal-level
     * {@link #onDeleted}/{@link #onStored} cover the indicators of a whole goal.
     */
    public void onIndicatorDeleted(java.util.function.Consumer<IndicatorItem> listener) {
        indicatorRemovedListeners.add(listener);
    }

    public void onIndicatorStored(java.util.function.Consumer<IndicatorItem> listener) {
        indicatorStoredListeners.add(listener);
    }

    private void deleteIndicatorNow(IndicatorItem item) {
        autosave.run(() -> {
            repository.deleteIndicator(item.dbId.get(), item.version.get());
            return null;
        }, ok -> { });
        changed();
    }

    public void addMeasurement(IndicatorItem indicator, Measurement m) {
        Measurement[] stored = new Measurement[1];
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                indicator.measurements.add(m);
                sort(indicator);
                autosave.run(() -> repository.insertMeasurement(indicator.dbId.get(), m), s -> {
                    stored[0] = s;
                    int i = indicator.measurements.indexOf(m);
                    if (i >= 0) {
                        indicator.measurements.set(i, s);
                    }
                });
                changed();
            }

            @Override
            public void undo() {
                Measurement current = stored[0] != null ? stored[0] : m;
                indicator.measurements.remove(current);
                indicator.measurements.remove(m);
                autosave.run(() -> {
                    if (stored[0] != null) {
                        repository.deleteMeasurement(stored[0].id());
                    }
                    return null;
                }, ok -> { });
                stored[0] = null;
                changed();
            }
        });
    }

    public void deleteMeasurement(IndicatorItem indicator, Measurement m) {
        Measurement[] current = {m};
        undo.execute(EditHistory.named("history.delete.measurement", indicator.name.get(), new EditHistory.Job() {
            @Override
            public void redo() {
                indicator.measurements.remove(current[0]);
                Measurement gone = current[0];
                autosave.run(() -> {
                    if (gone.id() != null) {
                        repository.deleteMeasurement(gone.id());
                    }
                    return null;
                }, ok -> { });
                changed();
            }

            @Override
            public void undo() {
                Measurement back = new Measurement(null, m.date(), m.value());
                indicator.measurements.add(back);
                sort(indicator);
                autosave.run(() -> repository.insertMeasurement(indicator.dbId.get(), back), s -> {
                    int i = indicator.measurements.indexOf(back);
                    if (i >= 0) {
                        indicator.measurements.set(i, s);
                    }
                    current[0] = s;
                });
                changed();
            }
        }));
    }

    private static void sort(IndicatorItem indicator) {
        FXCollections.sort(indicator.measurements, java.util.Comparator.comparing(Measurement::date));
    }

    public InitiativeItem addInitiative(GoalItem goal, String title) {
        InitiativeItem item = wire(Initiative.titled(title), goal);
        child(goal.initiatives, item, () -> {
            Initiative snapshot = item.toInitiative();
            int position = goal.initiatives.indexOf(item);
            return () -> {
                Initiative stored = repository.insertInitiative(goal.dbId.get(), snapshot, position);
                item.stored(stored.id(), stored);
                return null;
            };
        }, () -> deleteInitiativeNow(item));
        return item;
    }

    public void deleteInitiative(GoalItem goal, InitiativeItem item) {
        item.tracker.flush();
        int index = goal.initiatives.indexOf(item);
        undo.execute(EditHistory.named("history.delete.initiative", item.title.get(), new EditHistory.Job() {
            @Override
            public void redo() {
                goal.initiatives.remove(item);
                deleteInitiativeNow(item);
            }

            @Override
            public void undo() {
                goal.initiatives.add(Math.min(index, goal.initiatives.size()), item);
                Initiative snapshot = item.toInitiative();
                autosave.run(() -> {
                    Initiative stored = repository.insertInitiative(goal.dbId.get(), snapshot, index);
                    item.stored(stored.id(), stored);
                    return null;
                }, ok -> { });
                changed();
            }
        }));
    }

    private void deleteInitiativeNow(InitiativeItem item) {
        autosave.run(() -> {
            repository.deleteInitiative(item.dbId.get(), item.version.get());
            return null;
        }, ok -> { });
        changed();
    }

    /** Adds a child at the end of its list as one undoable edit. */
    private <T> void child(ObservableList<T> list, T item, Supplier<Callable<?>> insert, Runnable delete) {
        undo.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                list.add(item);
                autosave.run(insert.get(), ok -> { });
                changed();
            }

            @Override
            public void undo() {
                list.remove(item);
                delete.run();
            }
        });
    }

    // ---- read side

    public ObservableList<GoalItem> goals() {
        return goals;
    }

    public ObjectProperty<List<Hint>> hintsProperty() {
        return hints;
    }

    /** The hints about one goal (and its indicators), from the latest check. */
    public List<Hint> hintsOf(GoalItem item) {
        int index = goals.indexOf(item);
        List<Hint> result = new ArrayList<>();
        for (Hint h : hints.get()) {
            if (h.goalIndex() == index && index >= 0) {
                result.add(h);
            }
        }
        return result;
    }

    /** Goes up by one with every change: views that summarise the goals listen to it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Goes up when goals are read, added, deleted or moved (to another place, area or stage): what the
     * map's layout depends on. Typing (titles, owners, indicators…) does not change it.
     */
    public ReadOnlyIntegerProperty structureRevisionProperty() {
        return structureRevision.getReadOnlyProperty();
    }

    /**
     * Goes up with every change but those to a goal's or an initiative's own fields: what check-ins
     * assess (the goals, their indicators and each indicator's figures). Typing a title does not
     * change it.
     */
    public ReadOnlyIntegerProperty indicatorsRevisionProperty() {
        return indicatorsRevision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Number fields and their errors in another language; values, items and history stay. */
    public void setMessages(Messages now) {
        messages = now;
        numbers = new LocalNumbers(now.locale());
        for (GoalItem g : goals) {
            g.indicators().forEach(i -> i.relocalize(numbers, now));
            g.initiatives().forEach(i -> i.relocalize(numbers, now));
        }
    }

    public Messages messages() {
        return messages;
    }

    /** False when the session may only be read (a read-only role on a team workspace): the page locks its editing. */
    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return undo.editableProperty();
    }

    public EditHistory undoStack() {
        return undo;
    }
}
