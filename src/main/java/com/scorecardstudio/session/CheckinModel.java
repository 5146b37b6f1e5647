package com.scorecardstudio.session;

import com.scorecardstudio.db.CheckinRefusedException;
import com.scorecardstudio.db.CheckinRepository;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.RollUp;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.domain.impact.StatusRule;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The follow-up of the open session: its review schedule, the chosen period and one row per
 * indicator with its actual and note. Every change (the schedule, an actual, a note, closing or
 * unlocking a period) is one step of the session's {@link EditHistory}, written in order through
 * {@link Autosave}. A closed period is locked: its actuals are refused with a reason until it is
 * unlocked, which asks for a reason and is logged (the database enforces the lock as well).
 * Deleting an indicator or a goal takes their actuals with it; undoing the deletion brings them back.
 */
public final class CheckinModel {
    private final long sessionId;
    private final GoalsModel goals;
    private final CheckinRepository repository;
    private final Autosave autosave;
    private final EditHistory history;
    private final Supplier<LocalDate> today;
    private final StatusRule rule = StatusRule.DEFAULT;
    private Messages messages;
    private LocalNumbers numbers;

    private final ReadOnlyObjectWrapper<Checkins> checkins = new ReadOnlyObjectWrapper<>(Checkins.none());
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObservableList<CheckinRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckinRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** Per perspective, its indicators by status in the chosen period (every stage, none without a schedule). */
    private final ReadOnlyObjectWrapper<Map<com.scorecardstudio.domain.Stage, RollUp.Counts>> rollUp =
            new ReadOnlyObjectWrapper<>(Map.of());
    private final Map<IndicatorItem, List<Actual>> removedActuals = new HashMap<>();

    public CheckinModel(long sessionId, GoalsModel goals, CheckinRepository repository, Autosave autosave,
                        EditHistory history, Messages messages, Supplier<LocalDate> today) {
        this.sessionId = sessionId;
        this.goals = goals;
        this.repository = repository;
        this.autosave = autosave;
        this.history = history;
        this.today = today;
        this.messages = messages;
        this.numbers = LocalNumbers.of(messages.locale());
        period.addListener((o, a, p) -> rebuild());
        goals.indicatorsRevisionProperty().addListener((o, a, b) -> rebuild());
        goals.onIndicatorDeleted(this::keepActualsOf);
        goals.onIndicatorStored(this::restoreActualsOf);
        goals.onDeleted(g -> g.indicators().forEach(this::keepActualsOf));
        goals.onStored(g -> g.indicators().forEach(this::restoreActualsOf));
    }

    /**
     * Reads the stored state (also again after a failed write, when the history is forgotten): the
     * chosen period stays if it is still one of the schedule's, else the current one is chosen.
     */
    public void load() {
        autosave.run(() -> repository.read(sessionId), stored -> {
            removedActuals.clear();
            rows.clear(); // lines are made again from what is stored, not kept with what was typed
            checkins.set(stored);
            Period chosen = period.get();
            if (!stored.scheduled()) {
                period.set(null);
            } else if (chosen == null || !stored.schedule().includes(chosen)) {
                period.set(stored.schedule().periodAt(today.get()));
            }
            loaded.set(true);
            rebuild();
        });
    }

    // ---- the schedule

    /**
     * Sets the review schedule (one undoable step). Once actuals are recorded the cadence stays and
     * the start cannot move past the first of them: the reason is returned and nothing changes.
     */
    public Optional<String> setSchedule(Cadence cadence, LocalDate start, int afterWindow, int sustainPeriods) {
        if (start == null || cadence == null) {
            return Optional.of(messages.get("checkin.error.schedule"));
        }
        ReviewSchedule next;
        try {
            next = new ReviewSchedule(cadence, start, afterWindow, sustainPeriods);
        } catch (IllegalArgumentException e) {
            return Optional.of(messages.get("checkin.error.window", ReviewSchedule.MAX_WINDOW));
        }
        Checkins now = checkins.get();
        ReviewSchedule before = now.schedule();
        if (next.equals(before)) {
            return Optional.empty();
        }
        Optional<LocalDate> firstActual = now.actuals().stream().map(a -> a.period().start()).min(LocalDate::compareTo);
        boolean recorded = firstActual.isPresent() || !now.closed().isEmpty();
        if (before != null && recorded && (before.cadence() != cadence
                || firstActual.map(d -> next.first().start().isAfter(d)).orElse(false))) {
            return Optional.of(messages.get("checkin.refused.schedule_has_actuals"));
        }
        history.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                applySchedule(next);
            }

            @Override
            public void undo() {
                if (before != null) {
                    applySchedule(before);
                } else {
                    clearSchedule(); // anything recorded under it was undone before this step
                }
            }

            @Override
            public String description() {
                return "history.checkinSchedule";
            }
        });
        return Optional.empty();
    }

    private void applySchedule(ReviewSchedule s) {
        ReviewSchedule base = checkins.get().schedule(); // as shown: what the write expects stored
        showSchedule(s);
        writeSchedule(base, s);
    }

    private void showSchedule(ReviewSchedule s) {
        Checkins now = checkins.get();
        checkins.set(new Checkins(s, now.actuals(), now.closed()));
        Period chosen = period.get();
        period.set(chosen != null && s.includes(chosen) ? chosen : s.periodAt(today.get()));
        rebuild();
    }

    /**
     * Stores the schedule expecting {@code base} stored (team workspaces): one set differently on
     * another laptop meanwhile is a conflict for the user, never overwritten unseen.
     */
    private void writeSchedule(ReviewSchedule base, ReviewSchedule s) {
        autosave.runChecked(() -> repository.saveSchedule(sessionId, base, s), stale -> {
            @SuppressWarnings("unchecked")
            Optional<ReviewSchedule> theirs = stale.theirs(Optional.class).orElseThrow();
            conflicts.add("checkin_schedule", null, "schedule", Optional.of(s), theirs, stale, () -> writeSchedule(theirs.orElse(null), s), () -> {
                        if (theirs.isPresent()) {
                            showSchedule(theirs.get());
                        } else {
                            checkins.set(Checkins.none());
                            period.set(null);
                            rebuild();
                        }
                    });
        });
    }

    private void clearSchedule() {
        checkins.set(Checkins.none());
        period.set(null);
        rebuild();
        autosave.run(() -> {
            repository.clearSchedule(sessionId);
            return null;
        }, ok -> { });
    }

    // ---- periods

    /** The periods the page offers: from the first through the current one (or the latest with an actual, if later). */
    public List<Period> periods() {
        Checkins c = checkins.get();
        return c.reviewPeriod(today.get()).map(last -> c.schedule().through(last)).orElse(List.of());
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public boolean isClosed(Period p) {
        return checkins.get().isClosed(p);
    }

    /** Closes the chosen period: its actuals are locked until it is unlocked. One undoable step, logged. */
    public Optional<String> closePeriod() {
        Period p = period.get();
        if (p == null) {
            return Optional.of(messages.get("checkin.refused.no_schedule"));
        }
        if (isClosed(p)) {
            return Optional.empty();
        }
        history.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                setClosed(p, true, "");
            }

            @Override
            public void undo() {
                setClosed(p, false, messages.get("checkin.log.undoClose"));
            }

            @Override
            public String description() {
                return "history.checkinClose";
            }
        });
        return Optional.empty();
    }

    /** Unlocks the chosen period; the reason is required and logged. One undoable step. */
    public Optional<String> unlockPeriod(String reason) {
        Period p = period.get();
        String why = Notes.clip(Text.clean(reason));
        if (p == null || !isClosed(p)) {
            return Optional.empty();
        }
        if (why.isEmpty()) {
            return Optional.of(messages.get("checkin.error.unlockReason"));
        }
        history.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                setClosed(p, false, why);
            }

            @Override
            public void undo() {
                setClosed(p, true, "");
            }

            @Override
            public String description() {
                return "history.checkinUnlock";
            }
        });
        return Optional.empty();
    }

    private void setClosed(Period p, boolean closed, String reason) {
        Checkins now = checkins.get();
        Set<Period> set = new HashSet<>(now.closed());
        if (closed) {
            set.add(p);
        } else {
            set.remove(p);
        }
        checkins.set(new Checkins(now.schedule(), now.actuals(), set));
        rebuild();
        autosave.run(() -> {
            if (closed) {
                repository.close(sessionId, p);
            } else {
                repository.unlock(sessionId, p, reason);
            }
            return null;
        }, ok -> { });
    }

    // ---- actuals

    /**
     * Stores the row's actual as typed (one undoable step). A text that is not a number is refused
     * with the reason, and kept in the field; a closed period is refused the same way.
     */
    public Optional<String> commitActual(CheckinRow row) {
        if (row.actual.invalid()) {
            return Optional.of(row.actual.errorProperty().get());
        }
        return change(row, row.actual.value(), row.note.get());
    }

    /** Stores the row's note (one undoable step); refused in a closed period. */
    public Optional<String> commitNote(CheckinRow row) {
        return change(row, current(row).map(Actual::value).orElse(null), row.note.get());
    }

    /** Types and stores an actual in one go (the command line, the workbook import, tests). */
    public Optional<String> setActual(CheckinRow row, String typed) {
        row.actual.textProperty().set(typed == null ? "" : typed);
        return commitActual(row);
    }

    public Optional<String> setNote(CheckinRow row, String note) {
        row.note.set(note == null ? "" : note);
        return commitNote(row);
    }

    private Optional<Actual> current(CheckinRow row) {
        return checkins.get().actual(row.indicatorId(), row.period);
    }

    private Optional<String> change(CheckinRow row, BigDecimal value, String note) {
        Actual before = current(row).orElse(new Actual(row.indicatorId(), row.period, null, ""));
        Actual after = new Actual(row.indicatorId(), row.period, value, note);
        if (sameValue(before.value(), after.value()) && before.note().equals(after.note())) {
            return Optional.empty();
        }
        if (isClosed(row.period)) {
            return Optional.of(messages.get("checkin.refused.period_closed", row.period.id()));
        }
        if (row.indicatorId() == 0) {
            return Optional.of(messages.get("checkin.refused.unknown_indicator"));
        }
        history.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                put(after);
            }

            @Override
            public void undo() {
                put(before);
            }

            @Override
            public String description() {
                return "history.checkinActual";
            }
        });
        return Optional.empty();
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void put(Actual a) {
        // what this laptop last showed (or asked to store) for the cell: what the write expects stored
        Actual base = checkins.get().actual(a.indicatorId(), a.period()).orElse(new Actual(a.indicatorId(), a.period(), null, ""));
        apply(a);
        write(base, a);
    }

    /**
     * Writes a cell expecting {@code base} stored (team workspaces): another user's change to the other
     * field (value or note) is merged in; the same one changed differently is a conflict for the user.
     * A refused write (closed period…) fails as before: the session is read again.
     */
    private void write(Actual base, Actual a) {
        autosave.runChecked(() -> repository.save(sessionId, base, a), stale -> {
            Actual theirs = stale.theirs(Actual.class).orElseThrow();
            Optional<Actual> merged = com.scorecardstudio.domain.RowMerge.merge(base, a, theirs);
            if (merged.isPresent()) {
                apply(merged.get());
                write(theirs, merged.get());
                return;
            }
            GoalItem goal = null;
            IndicatorItem indicator = null;
            for (GoalItem g : goals.goals()) {
                for (IndicatorItem i : g.indicators) {
                    if (i.dbId.get() == a.indicatorId()) {
                        goal = g;
                        indicator = i;
                    }
                }
            }
            String key = a.indicatorId() + "@" + a.period().start();
            conflicts.add("checkin_actual", goal, key, a, theirs, stale,
                    () -> write(theirs, a), () -> apply(theirs));
        });
    }

    private final Conflicts conflicts = new Conflicts();

    /** Check-in cells another user filled in differently, waiting for the user's choice. */
    public ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    /** Shows an actual as the session's state, without writing it. */
    private void apply(Actual a) {
        Checkins now = checkins.get();
        List<Actual> list = new ArrayList<>(now.actuals().size() + 1);
        for (Actual x : now.actuals()) {
            if (!(x.indicatorId() == a.indicatorId() && x.period().equals(a.period()))) {
                list.add(x);
            }
        }
        if (!a.isEmpty()) {
            list.add(a);
        }
        checkins.set(new Checkins(now.schedule(), list, now.closed()));
        show(a);
        rebuild();
    }

    /**
     * Records an import's actuals as one undoable step: Ctrl+Z takes the whole import back. Refused,
     * changing nothing, when one of them falls in a closed period or belongs to no stored indicator.
     */
    public Optional<String> applyImport(List<Actual> after) {
        if (after.isEmpty()) {
            return Optional.empty();
        }
        Checkins now = checkins.get();
        for (Actual a : after) {
            if (isClosed(a.period())) {
                return Optional.of(messages.get("checkin.refused.period_closed", a.period().id()));
            }
            if (a.indicatorId() == 0) {
                return Optional.of(messages.get("checkin.refused.unknown_indicator"));
            }
        }
        List<Actual> before = after.stream()
                .map(a -> now.actual(a.indicatorId(), a.period()).orElse(new Actual(a.indicatorId(), a.period(), null, ""))).toList();
        List<Actual> next = List.copyOf(after);
        history.execute(new EditHistory.Job() {
            @Override
            public void redo() {
                putAll(before, next);
            }

            @Override
            public void undo() {
                putAll(next, before);
            }

            @Override
            public String description() {
                return "history.checkinImport";
            }
        });
        return Optional.empty();
    }

    /** Replaces {@code replacing} by {@code next} (same keys, same order), shown at once and written in one transaction. */
    private void putAll(List<Actual> replacing, List<Actual> next) {
        Checkins now = checkins.get();
        Set<String> keys = new HashSet<>();
        next.forEach(a -> keys.add(a.indicatorId() + "@" + a.period().id()));
        List<Actual> list = new ArrayList<>(now.actuals().size() + next.size());
        for (Actual x : now.actuals()) {
            if (!keys.contains(x.indicatorId() + "@" + x.period().id())) {
                list.add(x);
            }
        }
        next.stream().filter(a -> !a.isEmpty()).forEach(list::add);
        checkins.set(new Checkins(now.schedule(), list, now.closed()));
        next.forEach(this::show);
        rebuild();
        autosave.run(() -> {
            repository.saveAll(sessionId, replacing, next);
            return null;
        }, ok -> { });
    }

    private void resetRow(CheckinRow row, Actual stored) {
        row.actual.textProperty().set(numbers.format(stored.value()));
        row.note.set(stored.note());
    }

    // ---- deletions of indicators and goals

    private void keepActualsOf(IndicatorItem item) {
        long id = item.dbId.get();
        List<Actual> mine = checkins.get().actuals().stream().filter(a -> a.indicatorId() == id).toList();
        if (!mine.isEmpty()) {
            removedActuals.put(item, mine);
            Checkins now = checkins.get();
            checkins.set(new Checkins(now.schedule(), now.actuals().stream().filter(a -> a.indicatorId() != id).toList(),
                    now.closed()));
        }
    }

    private void restoreActualsOf(IndicatorItem item) {
        List<Actual> kept = removedActuals.remove(item);
        if (kept == null) {
            return;
        }
        autosave.run(() -> {
            long newId = item.dbId.get(); // set by the insert queued before this
            List<Actual> moved = kept.stream().map(a -> new Actual(newId, a.period(), a.value(), a.note())).toList();
            repository.restore(newId, moved);
            return moved;
        }, moved -> {
            Checkins now = checkins.get();
            List<Actual> list = new ArrayList<>(now.actuals());
            list.addAll(moved);
            checkins.set(new Checkins(now.schedule(), list, now.closed()));
            rebuild();
        });
    }

    // ---- read side

    /**
     * Brings the rows in line with the goals, the period and the stored actuals. Rows of the same
     * indicator and period are kept (with whatever is typed in them, valid or not); only new
     * indicators get new rows, and every row is assessed again.
     */
    private void rebuild() {
        Checkins c = checkins.get();
        Period p = period.get();
        if (!c.scheduled() || p == null) {
            rows.clear();
            goals.goals().forEach(g -> g.review.set(null));
            rollUp.set(Map.of());
            return;
        }
        Map<com.scorecardstudio.domain.Stage, RollUp.Counts> byStage = new java.util.EnumMap<>(com.scorecardstudio.domain.Stage.class);
        Map<IndicatorItem, CheckinRow> existing = new HashMap<>();
        for (CheckinRow r : rows) {
            if (r.period.equals(p)) {
                existing.put(r.indicator, r);
            }
        }
        Map<Long, Map<Period, Actual>> byIndicator = c.byIndicator();
        List<CheckinRow> next = new ArrayList<>();
        for (GoalItem g : goals.goals()) {
            RollUp.Counts counts = RollUp.Counts.NONE;
            for (IndicatorItem i : g.indicators()) {
                Actual a = byIndicator.getOrDefault(i.dbId.get(), Map.of()).get(p);
                CheckinRow row = existing.get(i);
                if (row == null || row.goal != g) {
                    row = new CheckinRow(g, i, p, a == null ? null : a.value(), a == null ? "" : a.note(), numbers, messages);
                }
                row.assess(rule.assess(i.toIndicator(), p, a == null ? null : a.value(), c.schedule().start()));
                counts = counts.plus(row.assessmentProperty().get().status());
                next.add(row);
            }
            byStage.merge(g.stageProperty().get(), counts, RollUp.Counts::plus);
            GoalReview review = new GoalReview(counts.worst(), p, counts);
            if (!review.equals(g.review.get())) {
                g.review.set(review);
            }
        }
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
        if (!byStage.equals(rollUp.get())) {
            rollUp.set(java.util.Collections.unmodifiableMap(byStage));
        }
    }

    /** Per perspective (stages with indicators only), its indicators by status in the chosen period. */
    public ReadOnlyObjectProperty<Map<com.scorecardstudio.domain.Stage, RollUp.Counts>> rollUpProperty() {
        return rollUp.getReadOnlyProperty();
    }

    /** One indicator's actuals over the periods up to the chosen one, and its impact statement there. */
    public record Detail(CheckinRow row, com.scorecardstudio.domain.impact.Trend trend,
                         com.scorecardstudio.domain.impact.ImpactStatement statement) {
    }

    /**
     * The trend and impact statement of {@code row}'s indicator up to the chosen period; the
     * statement's double counting is checked against every goal of the session.
     */
    public Optional<Detail> detail(CheckinRow row) {
        Checkins c = checkins.get();
        Period p = period.get();
        if (!c.scheduled() || p == null || row == null) {
            return Optional.empty();
        }
        List<com.scorecardstudio.domain.Goal> all = goals.goals().stream().map(GoalItem::toGoal).toList();
        long id = row.indicatorId();
        return c.statements(all, p).stream().filter(st -> st.indicator().id() != null && st.indicator().id() == id)
                .findFirst().map(st -> new Detail(row, c.trend(st.indicator(), p), st));
    }

    /** Shows a stored actual in its row (after a change, an undo or a redo). */
    private void show(Actual a) {
        for (CheckinRow r : rows) {
            if (r.period.equals(a.period()) && r.indicatorId() == a.indicatorId()) {
                resetRow(r, a);
            }
        }
    }

    /** One row per indicator, in the goals' order, for the chosen period (empty without a schedule). */
    public ObservableList<CheckinRow> rows() {
        return rowsView;
    }

    /** The stored state as the model holds it: what the summary, trend and impact statements read. */
    public ReadOnlyObjectProperty<Checkins> checkinsProperty() {
        return checkins.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Shows numbers and reasons in another language; values stay. */
    public void setMessages(Messages now) {
        messages = Objects.requireNonNull(now);
        numbers = LocalNumbers.of(now.locale());
        for (CheckinRow r : rows) {
            r.actual.relocalize(numbers, messages);
        }
    }

    /** A refusal from the database (a lock the page did not know of), in words. */
    public String explain(CheckinRefusedException e) {
        return messages.get("checkin.refused." + e.reason().key(), e.period() == null ? "" : e.period().id());
    }

    /** False when the session may only be read (a read-only role on a team workspace): the page locks its editing. */
    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return history.editableProperty();
    }
}
