package com.scorecardstudio.session;

import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.domain.Agenda;
import com.scorecardstudio.domain.Stage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The session's agenda, open: planned minutes per stage (the stage time-boxes of {@link StageTimers})
 * and for a break after each stage, the break being taken (its own clock; the stage timer pauses),
 * the whole-session clock (time spent on stages and breaks) and how far ahead or behind plan the
 * session is. Changing a planned time is one undoable step; breaks and their time taken are stored
 * with the session.
 *
 * <p>The time source is the stage timers' one ({@code System::nanoTime} in the app, a hand-moved
 * value in tests); the view calls {@link #tick()} to refresh the clocks.
 */
public final class AgendaModel {
    private static final long STORE_EVERY = Duration.ofSeconds(15).toNanos();

    private final long sessionId;
    private final FacilitationRepository repository;
    private final Autosave autosave;
    private final EditHistory history;
    private final StageTimers timers;
    private final LongSupplier nanoTime;

    private final Map<Stage, ReadOnlyIntegerWrapper> breakMinutes = new EnumMap<>(Stage.class);
    private final Map<Stage, Long> breakElapsed = new EnumMap<>(Stage.class);
    private final ReadOnlyObjectWrapper<Stage> onBreak = new ReadOnlyObjectWrapper<>();
    private long breakSince = -1;
    private long lastStored;
    private final ReadOnlyLongWrapper delaySeconds = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper sessionSeconds = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper plannedMinutes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper breakDisplay = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** Raised by every write of this laptop's own: a live read sent before one is read again. */
    private int localEdits;
    private final LiveRead<Map<Stage, FacilitationRepository.AgendaBreak>> live;

    public AgendaModel(long sessionId, FacilitationRepository repository, Autosave autosave, EditHistory history,
                       StageTimers timers, LongSupplier nanoTime) {
        this.sessionId = sessionId;
        this.repository = repository;
        this.autosave = autosave;
        this.history = history;
        this.timers = timers;
        this.nanoTime = nanoTime;
        this.live = new LiveRead<>(autosave.tasks(), () -> repository.agendaBreaks(sessionId), this::showBreaks, () -> localEdits);
        for (Stage s : Stage.values()) {
            breakMinutes.put(s, new ReadOnlyIntegerWrapper(0));
            breakElapsed.put(s, 0L);
        }
        timers.changesProperty().addListener(o -> refresh());
        // starting the stage timer ends the break
        timers.runningProperty().addListener((o, was, now) -> {
            if (now && onBreak.get() != null) {
                endBreak();
            }
        });
        refresh();
    }

    /** Reads the session's breaks on the database thread. */
    public void load() {
        autosave.run(() -> repository.agendaBreaks(sessionId), stored -> {
            showBreaks(stored);
            loaded.set(true);
        });
    }

    /**
     * Another laptop planned a break or the stages' minutes (a team workspace): read again; the break
     * being taken here keeps its own clock. FX thread.
     */
    public void breaksChangedElsewhere() {
        live.request();
    }

    private void showBreaks(Map<Stage, FacilitationRepository.AgendaBreak> stored) {
        stored.forEach((s, b) -> {
            seenBreak.put(s, b.minutes());
            breakMinutes.get(s).set(Agenda.clampBreak(b.minutes()));
            if (onBreak.get() != s) {
                breakElapsed.put(s, TimeUnit.MILLISECONDS.toNanos(b.elapsedMillis()));
            }
        });
        refresh();
    }

    // ---- commands

    /** Plans a break of {@code minutes} after a stage (0: none); one undoable step, stored at once. */
    public void setBreakMinutes(Stage after, int minutes) {
        int value = Agenda.clampBreak(minutes);
        int before = breakMinutes.get(after).get();
        if (value == before) {
            return;
        }
        history.execute(EditHistory.named("history.agenda.break", "", new EditHistory.Job() {
            @Override
            public void redo() {
                breakMinutes.get(after).set(value);
                planBreak(after);
                refresh();
            }

            @Override
            public void undo() {
                breakMinutes.get(after).set(before);
                planBreak(after);
                refresh();
            }
        }));
    }

    /** Sets a stage's planned minutes (its time-box); one undoable step, stored. */
    public void setStageMinutes(Stage stage, int minutes) {
        int value = Math.max(StageTimers.MIN_MINUTES, Math.min(StageTimers.MAX_MINUTES, minutes));
        int before = timers.minutes(stage);
        if (value == before) {
            return;
        }
        history.execute(EditHistory.named("history.agenda.stage", "", new EditHistory.Job() {
            @Override
            public void redo() {
                timers.setMinutes(stage, value);
            }

            @Override
            public void undo() {
                timers.setMinutes(stage, before);
            }
        }));
    }

    /** Starts a break after the stage being timed: the stage timer pauses, the break's clock runs. */
    public void startBreak() {
        if (onBreak.get() != null) {
            return;
        }
        Stage after = timers.timedStage();
        timers.pause();
        breakSince = nanoTime.getAsLong();
        lastStored = breakSince;
        onBreak.set(after);
        refresh();
    }

    /** Ends the break being taken; its time is kept and stored. */
    public void endBreak() {
        Stage after = onBreak.get();
        if (after == null) {
            return;
        }
        breakElapsed.put(after, breakNanos(after));
        breakSince = -1;
        onBreak.set(null);
        storeBreak(after);
        refresh();
    }

    public void toggleBreak() {
        if (onBreak.get() == null) {
            startBreak();
        } else {
            endBreak();
        }
    }

    /** Refreshes the clocks from the time source; stores a running break's time now and then. */
    public void tick() {
        Stage after = onBreak.get();
        if (after != null && nanoTime.getAsLong() - lastStored >= STORE_EVERY) {
            lastStored = nanoTime.getAsLong();
            storeBreak(after);
        }
        refresh();
    }

    private long breakNanos(Stage after) {
        long base = breakElapsed.get(after);
        return onBreak.get() == after && breakSince >= 0 ? base + nanoTime.getAsLong() - breakSince : base;
    }

    /** Stores the time taken of a break (its planned minutes are the plan's: {@link #planBreak}). */
    private void storeBreak(Stage after) {
        int minutes = breakMinutes.get(after).get();
        long elapsed = TimeUnit.NANOSECONDS.toMillis(breakNanos(after));
        localEdits++;
        autosave.run(() -> {
            repository.saveBreakElapsed(sessionId, after, minutes, elapsed);
            return null;
        }, ok -> { });
    }

    /** Stores a break's planned minutes against what this laptop last saw stored (team workspaces). */
    private void planBreak(Stage after) {
        FacilitationRepository.AgendaBreak snapshot = new FacilitationRepository.AgendaBreak(
                breakMinutes.get(after).get(), TimeUnit.NANOSECONDS.toMillis(breakNanos(after)));
        int base = seenBreak.getOrDefault(after, 0);
        seenBreak.put(after, snapshot.minutes());
        localEdits++;
        autosave.run(() -> {
            writeBreak(after, base, snapshot);
            return null;
        }, ok -> { });
    }

    private void writeBreak(Stage after, int base, FacilitationRepository.AgendaBreak mine) {
        try {
            repository.saveAgendaBreak(sessionId, after, base, mine);
        } catch (com.scorecardstudio.db.StaleWriteException stale) {
            com.scorecardstudio.domain.PlannedMinutes theirs = stale.theirs(com.scorecardstudio.domain.PlannedMinutes.class).orElseThrow();
            autosave.run(() -> null, ok -> {
                conflicts.add("agenda_break", null, after,
                        new com.scorecardstudio.domain.PlannedMinutes(after, true, mine.minutes()), theirs, stale, () -> {
                            localEdits++;
                            autosave.run(() -> {
                                writeBreak(after, theirs.minutes(), mine);
                                return null;
                            }, done -> { });
                        }, () -> {
                            seenBreak.put(after, theirs.minutes());
                            breakMinutes.get(after).set(Agenda.clampBreak(theirs.minutes()));
                            refresh();
                        });
            });
        }
    }

    /** The breaks' planned minutes as this laptop last saw them stored, or last asked to store them (FX thread). */
    private final Map<Stage, Integer> seenBreak = new EnumMap<>(Stage.class);
    private final Conflicts conflicts = new Conflicts();

    /** Breaks another laptop planned differently, waiting for the user's choice. */
    public javafx.collections.ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    private void refresh() {
        Agenda agenda = agenda();
        Map<Agenda.Part, Duration> spent = spent();
        Agenda.Part current = current(agenda, spent);
        delaySeconds.set(agenda.delay(spent, current).toSeconds());
        sessionSeconds.set(Agenda.total(spent).toSeconds());
        plannedMinutes.set(agenda.totalMinutes());
        Stage after = onBreak.get();
        if (after == null) {
            breakDisplay.set("");
        } else {
            long left = Duration.ofMinutes(breakMinutes.get(after).get()).toNanos() - breakNanos(after);
            breakDisplay.set(left >= 0 ? StageTimers.format((left + 999_999_999L) / 1_000_000_000L)
                    : "+" + StageTimers.format(-left / 1_000_000_000L));
        }
        revision.set(revision.get() + 1);
    }

    /**
     * The part in progress: the break being taken, else the stage being timed once its clock has run;
     * a stage only looked at (its page open, its clock not started) does not move the session on, so
     * the last part that took time stays the one in progress.
     */
    private Agenda.Part current(Agenda agenda, Map<Agenda.Part, Duration> spent) {
        if (onBreak.get() != null) {
            return Agenda.Part.breakAfter(onBreak.get());
        }
        Stage timed = timers.timedStage();
        if (timers.runningProperty().get() || !timers.elapsed(timed).isZero()) {
            return Agenda.Part.stage(timed);
        }
        Agenda.Part last = Agenda.Part.stage(Stage.values()[0]);
        for (Agenda.Part p : agenda.parts()) {
            if (!spent.getOrDefault(p, Duration.ZERO).isZero()) {
                last = p;
            }
        }
        return last;
    }

    /** The plan as it stands. */
    public Agenda agenda() {
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        Map<Stage, Integer> breaks = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            stages.put(s, timers.minutes(s));
            breaks.put(s, breakMinutes.get(s).get());
        }
        return new Agenda(stages, breaks);
    }

    /** Time spent so far on each stage and break. */
    public Map<Agenda.Part, Duration> spent() {
        Map<Agenda.Part, Duration> spent = new HashMap<>();
        for (Stage s : Stage.values()) {
            spent.put(Agenda.Part.stage(s), timers.elapsed(s));
            long b = breakNanos(s);
            if (b > 0) {
                spent.put(Agenda.Part.breakAfter(s), Duration.ofNanos(b));
            }
        }
        return spent;
    }

    // ---- read side

    public ReadOnlyIntegerProperty breakMinutesProperty(Stage after) {
        return breakMinutes.get(after).getReadOnlyProperty();
    }

    /** The stage whose break is being taken, or null. */
    public ReadOnlyObjectProperty<Stage> onBreakProperty() {
        return onBreak.getReadOnlyProperty();
    }

    /** The break's time left as mm:ss (+mm:ss once over); empty when no break is being taken. */
    public ReadOnlyStringProperty breakDisplayProperty() {
        return breakDisplay.getReadOnlyProperty();
    }

    /** Seconds behind plan; negative when ahead. */
    public ReadOnlyLongProperty delaySecondsProperty() {
        return delaySeconds.getReadOnlyProperty();
    }

    /** The whole-session clock: seconds spent on stages and breaks. */
    public ReadOnlyLongProperty sessionSecondsProperty() {
        return sessionSeconds.getReadOnlyProperty();
    }

    /** Every stage and break as planned, in minutes. */
    public ReadOnlyIntegerProperty plannedMinutesProperty() {
        return plannedMinutes.getReadOnlyProperty();
    }

    /** Counts every refresh. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StageTimers timers() {
        return timers;
    }

    /** h:mm:ss of a number of seconds, for the whole-session clock. */
    public static String clock(long seconds) {
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
