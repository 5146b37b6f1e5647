package com.scorecardstudio.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The one history of an open session (the Scene Builder model): every change is a {@link Job} run
 * through here, and undo walks back through typing, adding, moving and deleting alike. Typing not yet
 * closed into a step is closed first ({@link #closeTypingWith}), so every Undo button and Ctrl+Z take
 * the same path. The revision counts every change, done, undone or redone, so a view can tell
 * whether what it shows is current.
 */
public final class EditHistory {
    private static final int LIMIT = 500;

    /** One change of the session that can be taken back and done again. */
    public interface Job {
        /** Applies the change for the first time; by default the same as {@link #redo()}. */
        default void execute() {
            redo();
        }

        void undo();

        void redo();

        /** What the job does, as a message key ("history.deleteGoal"), for notices and menus; may be empty. */
        default String description() {
            return "";
        }
    }

    /**
     * A job with what it did in the user's words: a message key ({@code history.delete.goal}) and the
     * name of what it touched, for the "… deleted — Undo" notice.
     */
    public record Named(String key, String subject, Job job) implements Job {
        @Override
        public void execute() {
            job.execute();
        }

        @Override
        public void undo() {
            job.undo();
        }

        @Override
        public void redo() {
            job.redo();
        }

        @Override
        public String description() {
            return key;
        }

        /** Whether the job deleted something (the views offer to take it back at once). */
        public boolean deletes() {
            return key.startsWith("history.delete.");
        }
    }

    /** {@code job}, described by a message key and the name of what it touches. */
    public static Job named(String key, String subject, Job job) {
        return new Named(key, subject == null ? "" : subject.strip(), job);
    }

    private final Deque<Job> done = new ArrayDeque<>();
    private final java.util.List<java.util.function.Consumer<Job>> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Deque<Job> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private Runnable closeTyping = () -> { };
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);

    /**
     * From now on no change may start here (a team workspace opened with a role that may only read):
     * the pages lock their fields over {@link #editableProperty()}, and a job that still arrives is
     * refused before it touches anything. There is no way back; the session is opened again to edit.
     */
    public void lock() {
        clear();
        editable.set(false);
    }

    /** False when the session may only be read: the one flag every page locks its editing over. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public boolean isEditable() {
        return editable.get();
    }

    private void refuseWhenLocked() {
        if (!editable.get()) {
            throw new com.scorecardstudio.db.ReadOnlyWorkspaceException();
        }
    }

    /** What closes pending typing bursts into steps of their own (the session's autosave flush). */
    public void closeTypingWith(Runnable closeTyping) {
        this.closeTyping = closeTyping;
    }

    /** Records a job that has already been applied (a typing burst closed by its pause). */
    public void push(Job job) {
        refuseWhenLocked();
        done.push(job);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        changed();
        recorded.forEach(l -> l.accept(job));
    }

    /** Told of every job recorded (executed or pushed), after it took effect; returns what removes the listener. */
    public Runnable onRecorded(java.util.function.Consumer<Job> listener) {
        recorded.add(listener);
        return () -> recorded.remove(listener);
    }

    /** Applies a job and records it; refused ({@link com.scorecardstudio.db.ReadOnlyWorkspaceException}) when locked. */
    public void execute(Job job) {
        refuseWhenLocked();
        job.execute();
        push(job);
    }

    /** Takes back the last step; typing still open becomes its own step first and is the one taken back. */
    public void undo() {
        closeTyping.run();
        if (!done.isEmpty()) {
            // moved before it is applied: a job whose write fails clears the history from inside
            Job job = done.pop();
            undone.push(job);
            changed();
            job.undo();
        }
    }

    public void redo() {
        closeTyping.run();
        if (!undone.isEmpty()) {
            Job job = undone.pop();
            done.push(job);
            changed();
            job.redo();
        }
    }

    /** The step Undo would take back, if any. */
    public Optional<Job> last() {
        return Optional.ofNullable(done.peek());
    }

    /** Forgets every step: after a failed write the data is reloaded and old steps may no longer fit it. */
    public void clear() {
        done.clear();
        undone.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        revision.set(revision.get() + 1);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Counts every change through the history. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
