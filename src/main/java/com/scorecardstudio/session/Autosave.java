package com.scorecardstudio.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Saves as the user types: changes to one thing (a goal, an indicator…) are collected while the user
 * keeps typing and written once they pause ({@code quiet}), and never later than {@code maxWait}
 * after the first change. The snapshot is taken on the FX thread; the write runs on the database
 * thread. {@link #flush()} writes everything pending at once (leaving a screen, closing the app).
 */
public final class Autosave {
    /** Delays work on the FX thread; the app uses animation timers, tests a manual clock. */
    public interface Scheduler {
        Runnable schedule(Duration delay, Runnable action);
    }

    private final TaskRunner tasks;
    private final Scheduler scheduler;
    private final Duration quiet;
    private final Duration maxWait;
    private final Consumer<Throwable> onError;
    private final Map<Object, Pending> pending = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final List<Consumer<Long>> commitListeners = new ArrayList<>();

    public Autosave(TaskRunner tasks, Scheduler scheduler, Duration quiet, Duration maxWait, Consumer<Throwable> onError) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.quiet = quiet;
        this.maxWait = maxWait;
        this.onError = onError;
    }

    private final class Pending {
        final Supplier<Callable<?>> write;
        Runnable cancelQuiet;
        Runnable cancelMax;

        Pending(Supplier<Callable<?>> write) {
            this.write = write;
        }
    }

    /**
     * Notes that {@code key} changed. {@code write} is asked, when the time comes, for the database
     * work that stores the current state (it snapshots on the FX thread, the work runs off it).
     */
    public void changed(Object key, Supplier<Callable<?>> write) {
        Pending p = pending.get(key);
        if (p == null) {
            p = new Pending(write);
            pending.put(key, p);
            Pending created = p;
            p.cancelMax = scheduler.schedule(maxWait, () -> fire(key, created));
        } else if (p.cancelQuiet != null) {
            p.cancelQuiet.run();
        }
        Pending current = p;
        p.cancelQuiet = scheduler.schedule(quiet, () -> fire(key, current));
        dirty.set(true);
    }

    /** Writes {@code key}'s state now (undo, structural edits), replacing any pending write of it. */
    public void saveNow(Object key, Supplier<Callable<?>> write) {
        Pending p = pending.remove(key);
        if (p != null) {
            cancel(p);
        }
        submit(write);
        dirty.set(!pending.isEmpty());
    }

    /** Runs {@code work} on the database thread in order with the saves (structural edits). */
    public <T> void run(Callable<T> work, Consumer<? super T> then) {
        tasks.run(work, then, e -> failed(e, () -> run(work, then)));
    }

    /**
     * Runs a write checked against what this laptop last saw (team workspaces) in order with the saves;
     * when another laptop changed the same thing meanwhile ({@link com.scorecardstudio.db.StaleWriteException}),
     * {@code stale} gets it on the FX thread (to merge, or to ask the user). Other failures as {@link #run}.
     */
    public void runChecked(Runnable write, Consumer<com.scorecardstudio.db.StaleWriteException> stale) {
        run(() -> {
            try {
                write.run();
                return null;
            } catch (com.scorecardstudio.db.StaleWriteException e) {
                return e;
            }
        }, e -> {
            if (e != null) {
                stale.accept(e);
            }
        });
    }

    /** The database thread's runner: a read sent through it comes after the saves already sent (live reads). */
    TaskRunner tasks() {
        return tasks;
    }

    /** The clock the saves wait on: what else waits for typing to pause uses the same. */
    Scheduler scheduler() {
        return scheduler;
    }

    /** True while a typed change of {@code key} waits for its write: a live read keeps it. */
    public boolean pending(Object key) {
        return pending.containsKey(key);
    }

    // ---- a team workspace's server away (issue 16, item 5)

    private java.util.function.Predicate<Throwable> connectionLost = e -> false;
    private final List<Runnable> waitingForServer = new ArrayList<>();
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);

    /**
     * On a team workspace: a write that fails because the server is away is kept, in order, and
     * written again by {@link #reconnected()}, instead of failing the session; the screen keeps
     * everything typed meanwhile.
     */
    public void keepWritesWhileOffline(java.util.function.Predicate<Throwable> lost) {
        this.connectionLost = lost;
    }

    /** True while the server is away and writes wait on this computer. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** Marks the server away (a write found it so, or the session's change feed did). FX thread. */
    public void wentOffline() {
        offline.set(true);
    }

    /** The server is back: the kept writes go, in the order they were made. FX thread. */
    public void reconnected() {
        offline.set(false);
        List<Runnable> again = new ArrayList<>(waitingForServer);
        waitingForServer.clear();
        again.forEach(Runnable::run);
    }

    private void failed(Throwable e, Runnable retry) {
        if (connectionLost.test(e)) {
            waitingForServer.add(retry);
            offline.set(true);
        } else {
            onError.accept(e);
        }
    }

    private void fire(Object key, Pending p) {
        if (pending.get(key) != p) {
            return;
        }
        pending.remove(key);
        cancel(p);
        submit(p.write);
        dirty.set(!pending.isEmpty());
    }

    private void submit(Supplier<Callable<?>> write) {
        Callable<?> work = write.get();
        long fired = System.nanoTime();
        tasks.run(work, ok -> {
            long latency = System.nanoTime() - fired;
            commitListeners.forEach(l -> l.accept(latency));
        }, e -> failed(e, () -> submit(() -> work)));
    }

    private static void cancel(Pending p) {
        if (p.cancelQuiet != null) {
            p.cancelQuiet.run();
        }
        if (p.cancelMax != null) {
            p.cancelMax.run();
        }
    }

    /** Forgets every write still waiting (after a failed write the session is read again instead). */
    public void discardPending() {
        pending.values().forEach(Autosave::cancel);
        pending.clear();
        dirty.set(false);
    }

    /** Writes everything pending now. */
    public void flush() {
        List<Map.Entry<Object, Pending>> all = new ArrayList<>(pending.entrySet());
        for (var e : all) {
            fire(e.getKey(), e.getValue());
        }
    }

    /** True while typed changes wait for their write. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Called with the nanoseconds from a write's start (after the pause) to its commit; for the benchmark. */
    public void onCommitted(Consumer<Long> listener) {
        commitListeners.add(listener);
    }

}
