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
            Edit e = done.pop();
            e.undo();
            undone.push(e);
            update();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            Edit e = undone.pop();
            e.redo();
            done.push(e);
            update();
        }
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
