package com.scorecardstudio.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One command stack for every edit of a session (the Scene Builder model): each edit knows how to
 * undo and redo itself, and undo walks back through typing, adding, moving and deleting alike.
 */
public final class UndoStack {
    private static final int LIMIT = 500;

    /** An edit that can be taken back and done again. */
    public interface Edit {
        void undo();

        void redo();
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Records an edit that has already been applied. */
    public void push(Edit e) {
        done.push(e);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    /** Applies an edit and records it. */
    public void execute(Edit e) {
        e.redo();
        push(e);
    }

    public void undo() {
        if (!done.isEmpty()) {
            // moved before it is applied: an edit whose write fails clears the stack from inside
            Edit e = done.pop();
            undone.push(e);
            update();
            e.undo();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            Edit e = undone.pop();
            done.push(e);
            update();
            e.redo();
        }
    }

    /** Forgets every edit: after a failed write the data is reloaded and old edits may no longer fit it. */
    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
