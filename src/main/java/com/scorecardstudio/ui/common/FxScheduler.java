package com.scorecardstudio.ui.common;

import com.scorecardstudio.session.Autosave;
import java.time.Duration;
import java.util.PriorityQueue;
import javafx.animation.AnimationTimer;

/**
 * The app's scheduler for the session's autosave: actions run on the FX thread at the first pulse
 * after their time. One animation timer serves every action, running only while one is waiting;
 * scheduling and cancelling are a queue entry and a flag, since autosave moves its pause on every
 * keystroke (an animation per keystroke cost the typing more than the save).
 */
public final class FxScheduler implements Autosave.Scheduler {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long pulse) {
            runDue();
        }
    };
    private boolean running;
    /** Entries neither run nor cancelled: when none is left the timer stops, pulses are not kept going. */
    private int waiting;

    private static final class Entry {
        final long due;
        final Runnable action;
        boolean cancelled;

        Entry(long due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    private FxScheduler() {
    }

    public static Autosave.Scheduler create() {
        return new FxScheduler();
    }

    /** FX thread. */
    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        Entry e = new Entry(System.nanoTime() + delay.toNanos(), action);
        queue.add(e);
        waiting++;
        if (!running) {
            running = true;
            timer.start();
        }
        return () -> {
            if (!e.cancelled) {
                e.cancelled = true;
                waiting--;
                stopWhenIdle();
            }
        };
    }

    private void runDue() {
        long now = System.nanoTime();
        while (!queue.isEmpty() && (queue.peek().cancelled || queue.peek().due <= now)) {
            Entry e = queue.poll();
            if (!e.cancelled) {
                e.cancelled = true;
                waiting--;
                e.action.run(); // may schedule more
            }
        }
        stopWhenIdle();
    }

    private void stopWhenIdle() {
        if (waiting == 0 && running) {
            queue.clear();
            running = false;
            timer.stop();
        }
    }
}
