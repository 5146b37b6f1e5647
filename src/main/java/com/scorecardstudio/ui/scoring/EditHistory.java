package com.scorecardstudio.ui.scoring;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The undo and redo stacks of the client scoring page: every score, every client added, edited or
 * deleted is an edit that knows how to take itself back and do itself again.
 */
public final class EditHistory {
    private static final int LIMIT = 500;

    /** One edit that has been applied. */
    public interface Edit {
        void undo();

        void redo();
    }

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Records an edit that was just applied; what could be redone is forgotten. */
    public void push(Edit e) {
        done.push(e);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    public void undo() {
        if (!done.isEmpty()) {
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

    /** After the data was reloaded from the database: old edits may no longer fit it. */
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
