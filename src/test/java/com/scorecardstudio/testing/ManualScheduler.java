package com.scorecardstudio.testing;

import com.scorecardstudio.session.Autosave;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock the test moves by hand, so debounced saves fire exactly when the test says. */
public final class ManualScheduler implements Autosave.Scheduler {
    private long now;
    private final List<Task> tasks = new ArrayList<>();

    private static final class Task {
        final long at;
        final Runnable action;
        boolean cancelled;

        Task(long at, Runnable action) {
            this.at = at;
            this.action = action;
        }
    }

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        Task t = new Task(now + delay.toMillis(), action);
        tasks.add(t);
        return () -> t.cancelled = true;
    }

    /** Moves time on, running what falls due, in order. */
    public void advance(Duration d) {
        long until = now + d.toMillis();
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled && t.at <= until)
                    .min(java.util.Comparator.comparingLong(t -> t.at)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.at;
            next.action.run();
        }
        now = until;
        tasks.removeIf(t -> t.cancelled);
    }
}
