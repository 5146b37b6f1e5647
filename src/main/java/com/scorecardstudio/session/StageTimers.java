package com.scorecardstudio.session;

import com.scorecardstudio.db.FacilitationRepository;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.session.Autosave;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The stage timer: a time-box per stage (stored with the session), counting down while running and
 * counting up in the red once the time is over. Elapsed time is kept per stage in memory for as
 * long as the workspace is open. One clock runs at a time and it follows the stage on screen: moving
 * to another stage while the timer runs charges the time from then on to that stage. A page that is
 * no stage (the strategy map, say: {@code null}) leaves the timer on the stage shown last.
 *
 * <p>The time source is injected ({@code System::nanoTime} in the app), so tests drive it by hand;
 * the view calls {@link #tick()} once a second to refresh the display.
 */
public final class StageTimers {
    /** Minutes per stage when the session has none stored. */
    public static final Map<Stage, Integer> DEFAULT_MINUTES = Map.of(
            Stage.FINANCIAL, 60, Stage.INTERNAL_PROCESSES, 60, Stage.CUSTOMER, 90, Stage.LEARNING_GROWTH, 45);
    public static final int MIN_MINUTES = com.scorecardstudio.domain.Limits.MIN_TIMEBOX_MINUTES;
    public static final int MAX_MINUTES = com.scorecardstudio.domain.Limits.MAX_TIMEBOX_MINUTES;
    /** The display turns amber this long before the time is up. */
    public static final Duration WARNING = Duration.ofMinutes(5);
    /** The second, stronger warning: the last minute. */
    public static final Duration LAST_MINUTE = Duration.ofMinutes(1);
    private static final long EXTRA_NANOS = Duration.ofMinutes(5).toNanos();
    private static final long STORE_EVERY = Duration.ofSeconds(15).toNanos();

    private final long sessionId;
    private final FacilitationRepository repository;
    private final Autosave autosave;
    private final LongSupplier nanoTime;

    private static final class Clock {
        int minutes;
        long elapsed;
        long extra;
        long runningSince = -1;
        long lastStored;
    }

    /** The autosave key of one stage's time-box. */
    private record TimeboxKey(long sessionId, Stage stage) {
    }

    private final Map<Stage, Clock> clocks = new EnumMap<>(Stage.class);
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.FINANCIAL);
    /** The stage the timer is on: the stage shown, or the last one shown while a page that is no stage is. */
    private Stage current = Stage.FINANCIAL;
    private final IntegerProperty minutes = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper overrun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper lastMinute = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyIntegerWrapper extraMinutes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private boolean switching;
    /** Raised by every time-box write of this laptop's own: a live read sent before one is read again. */
    private int localEdits;
    private final LiveRead<java.util.Map<Stage, Integer>> live;

    public StageTimers(long sessionId, FacilitationRepository repository, Autosave autosave, LongSupplier nanoTime) {
        this.sessionId = sessionId;
        this.repository = repository;
        this.autosave = autosave;
        this.nanoTime = nanoTime;
        this.live = new LiveRead<>(autosave.tasks(), () -> repository.timeboxes(sessionId), this::showTimeboxes, () -> localEdits);
        for (Stage s : Stage.values()) {
            Clock c = new Clock();
            c.minutes = DEFAULT_MINUTES.get(s);
            clocks.put(s, c);
        }
        minutes.set(clock().minutes);
        stage.addListener((o, before, now) -> switchTo(now));
        minutes.addListener((o, before, now) -> minutesChanged(now.intValue()));
        refresh();
    }

    /** Reads the session's stored time-boxes; stages without one keep the default. */
    public void load() {
        autosave.run(() -> java.util.Map.entry(repository.timeboxes(sessionId), repository.clocks(sessionId)), stored -> {
            stored.getKey().forEach((s, m) -> clocks.get(s).minutes = clamp(m));
            seenMinutes.putAll(stored.getKey());
            stored.getValue().forEach((s, c) -> {
                Clock clock = clocks.get(s);
                if (clock.runningSince < 0 && clock.elapsed == 0 && clock.extra == 0) { // not touched while loading
                    clock.elapsed = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(c.elapsedMillis());
                    clock.extra = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(c.extraMillis());
                }
            });
            quietlyShowMinutes();
            loaded.set(true);
            refresh();
        });
    }

    private Clock clock() {
        return clocks.get(current);
    }

    private void switchTo(Stage now) {
        if (now == null || now == current) {
            return;
        }
        Clock old = clocks.get(current);
        Stage previous = current;
        current = now;
        boolean wasRunning = old.runningSince >= 0;
        if (wasRunning) {
            stop(old);
            store(previous);
            clocks.get(now).runningSince = nanoTime.getAsLong();
        }
        quietlyShowMinutes();
        refresh();
    }

    private void quietlyShowMinutes() {
        switching = true;
        try {
            minutes.set(clock().minutes);
        } finally {
            switching = false;
        }
    }

    private void minutesChanged(int value) {
        if (switching) {
            return;
        }
        int clamped = clamp(value);
        if (clamped != value) {
            minutes.set(clamped);
            return;
        }
        clock().minutes = clamped;
        saveTimebox(current);
        refresh();
    }

    /**
     * Sets a stage's time-box (its planned minutes in the agenda), whichever stage is shown; the value
     * is clamped to {@value #MIN_MINUTES}–{@value #MAX_MINUTES} and stored.
     */
    public void setMinutes(Stage s, int value) {
        clocks.get(s).minutes = clamp(value);
        if (s == current) {
            quietlyShowMinutes();
        }
        saveTimebox(s);
        refresh();
    }

    /**
     * Another laptop planned other minutes for a stage (a team workspace): the time-boxes read again;
     * one being changed here keeps this laptop's value, its save follows. The clocks stay this laptop's. FX thread.
     */
    public void timeboxesChangedElsewhere() {
        live.request();
    }

    private void showTimeboxes(java.util.Map<Stage, Integer> stored) {
        stored.forEach((s, m) -> {
            if (!autosave.pending(new TimeboxKey(sessionId, s))) {
                seenMinutes.put(s, m);
                clocks.get(s).minutes = clamp(m);
                if (s == current) {
                    quietlyShowMinutes();
                }
            }
        });
        refresh();
    }

    private void saveTimebox(Stage s) {
        autosave.changed(new TimeboxKey(sessionId, s), () -> {
            int snapshot = clocks.get(s).minutes; // the value when the save fires, not the first of the burst
            Integer base = seenMinutes.get(s);
            seenMinutes.put(s, snapshot);
            localEdits++; // asked for the write as it is sent
            return () -> {
                writeTimebox(s, base, snapshot);
                return null;
            };
        });
    }

    /**
     * Database thread: a time-box written against what this laptop last saw stored (team workspaces);
     * another laptop's different minutes meanwhile are a conflict for the user, never overwritten unseen.
     */
    private void writeTimebox(Stage s, Integer base, int mine) {
        try {
            repository.saveTimebox(sessionId, s, base, mine);
        } catch (com.scorecardstudio.db.StaleWriteException stale) {
            com.scorecardstudio.domain.PlannedMinutes theirs = stale.theirs(com.scorecardstudio.domain.PlannedMinutes.class).orElseThrow();
            autosave.run(() -> null, ok -> {
                conflicts.add("stage_timebox", null, s, new com.scorecardstudio.domain.PlannedMinutes(s, false, mine),
                        theirs, stale, () -> {
                            localEdits++;
                            autosave.run(() -> {
                                writeTimebox(s, theirs.minutes(), mine);
                                return null;
                            }, done -> { });
                        }, () -> {
                            seenMinutes.put(s, theirs.minutes());
                            if (theirs.minutes() != null) {
                                clocks.get(s).minutes = clamp(theirs.minutes());
                                if (s == current) {
                                    quietlyShowMinutes();
                                }
                            }
                            refresh();
                        });
            });
        }
    }

    /** The time-boxes as this laptop last saw them stored, or last asked to store them (FX thread). */
    private final java.util.Map<Stage, Integer> seenMinutes = new java.util.EnumMap<>(Stage.class);
    private final Conflicts conflicts = new Conflicts();

    /** Time-boxes another laptop planned differently, waiting for the user's choice. */
    public javafx.collections.ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    private static int clamp(int m) {
        return Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, m));
    }

    private void stop(Clock c) {
        if (c.runningSince >= 0) {
            c.elapsed += nanoTime.getAsLong() - c.runningSince;
            c.runningSince = -1;
        }
    }

    private long elapsedNanos(Clock c) {
        return c.elapsed + (c.runningSince >= 0 ? nanoTime.getAsLong() - c.runningSince : 0);
    }

    // ---- commands

    public void start() {
        Clock c = clock();
        if (c.runningSince < 0) {
            c.runningSince = nanoTime.getAsLong();
        }
        refresh();
    }

    public void pause() {
        boolean wasRunning = clock().runningSince >= 0;
        stop(clock());
        if (wasRunning) {
            store(current);
        }
        refresh();
    }

    /** Start or pause (the space-bar action). */
    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    /** Back to the full time-box, paused; extra minutes are dropped. */
    public void reset() {
        Clock c = clock();
        c.runningSince = -1;
        c.elapsed = 0;
        c.extra = 0;
        store(current);
        refresh();
    }

    /** Five more minutes for this stage's discussion (the time-box itself is unchanged). */
    public void addFiveMinutes() {
        clock().extra += EXTRA_NANOS;
        store(current);
        refresh();
    }

    /** Refreshes the display from the time source; the view calls it once a second. */
    public void tick() {
        Clock c = clock();
        if (c.runningSince >= 0 && nanoTime.getAsLong() - c.lastStored >= STORE_EVERY) {
            store(current); // a crash while the timer runs loses at most this much of it
        }
        refresh();
    }

    /** Writes a stage's timer state (time used so far, minutes added) on the database thread. */
    private void store(Stage s) {
        Clock c = clocks.get(s);
        long now = nanoTime.getAsLong();
        c.lastStored = now;
        FacilitationRepository.StageClock snapshot = new FacilitationRepository.StageClock(
                java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(elapsedNanos(c)),
                java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(c.extra));
        autosave.run(() -> {
            repository.saveClock(sessionId, s, snapshot);
            return null;
        }, ok -> { });
    }

    private void refresh() {
        Clock c = clock();
        long budget = Duration.ofMinutes(c.minutes).toNanos() + c.extra;
        long elapsed = elapsedNanos(c);
        long left = budget - elapsed;
        running.set(c.runningSince >= 0);
        started.set(elapsed > 0 || c.runningSince >= 0);
        overrun.set(left < 0);
        warning.set(left >= 0 && left <= WARNING.toNanos() && started.get());
        lastMinute.set(left >= 0 && left <= LAST_MINUTE.toNanos() && started.get());
        progress.set(budget <= 0 ? 1 : Math.min(1, (double) elapsed / budget));
        extraMinutes.set((int) (c.extra / Duration.ofMinutes(1).toNanos()));
        display.set(left >= 0 ? format(ceilSeconds(left)) : "+" + format(-left / 1_000_000_000L));
        changes.set(changes.get() + 1);
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /** mm:ss; minutes run past 59 (a 90-minute box starts at 90:00). */
    public static String format(long seconds) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    // ---- read side

    /** The stage shown; bind it to the workspace's current stage (null for a page that is no stage). */
    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    /** The stage the timer is counting for. */
    public Stage timedStage() {
        return current;
    }

    /** The current stage's time-box in minutes ({@value #MIN_MINUTES}–{@value #MAX_MINUTES}); changes are stored. */
    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once the current stage's clock has run at all (reset clears it). */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** Time left as mm:ss, or the overrun as +mm:ss. */
    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overrunProperty() {
        return overrun.getReadOnlyProperty();
    }

    /** The last {@link #WARNING} of the time-box. */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The last {@link #LAST_MINUTE} of the time-box (the warning is on too). */
    public ReadOnlyBooleanProperty lastMinuteProperty() {
        return lastMinute.getReadOnlyProperty();
    }

    /** Elapsed share of the time-box (with extra minutes), 0–1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Minutes added with +5 to the current stage. */
    public ReadOnlyIntegerProperty extraMinutesProperty() {
        return extraMinutes.getReadOnlyProperty();
    }

    /** Counts every refresh (a tick, a command, a time-box set): what follows the timers (the agenda) listens to it. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Whole seconds left of the current stage's time-box with its extra minutes (negative once over). */
    public long secondsLeft() {
        Clock c = clock();
        long left = Duration.ofMinutes(c.minutes).toNanos() + c.extra - elapsedNanos(c);
        return left >= 0 ? ceilSeconds(left) : -(-left / 1_000_000_000L);
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Time spent on a stage so far. */
    public Duration elapsed(Stage s) {
        return Duration.ofNanos(elapsedNanos(clocks.get(s)));
    }

    /** A stage's time-box in minutes. */
    public int minutes(Stage s) {
        return clocks.get(s).minutes;
    }
}
