package com.scorecardstudio.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.Property;

/**
 * Watches the fields of one thing (a goal, an indicator, a policy row, a parked note): typing is
 * saved through {@link Autosave} and each burst of typing becomes one undo step that restores every
 * field the burst touched; a click (a status, a score, a date picked) is one undo step of its own,
 * written at once.
 */
public final class EditTracker {
    private final EditHistory undo;
    private final Autosave autosave;
    private final Supplier<Callable<?>> write;
    private final Runnable onChange;
    private final Map<Property<?>, Object> burst = new LinkedHashMap<>();
    private boolean muted;

    public EditTracker(EditHistory undo, Autosave autosave, Supplier<Callable<?>> write, Runnable onChange) {
        this.undo = undo;
        this.autosave = autosave;
        this.write = write;
        this.onChange = onChange;
    }

    /** A text field: changes are collected into bursts, saved after the pause, undone a burst at a time. */
    public <T> void typing(Property<T> p) {
        typing(p, onChange);
    }

    /**
     * A text field whose changes tell {@code changed} instead of the row's own listener (a title, which
     * nothing checked on the row depends on: a keystroke need not check the row again).
     */
    public <T> void typing(Property<T> p, Runnable changed) {
        p.addListener((o, before, now) -> {
            if (muted) {
                return;
            }
            burst.putIfAbsent(p, before);
            autosave.changed(this, this::closeBurst);
            changed.run();
        });
    }

    /** A click: each change is one undo step, written at once. */
    public <T> void click(Property<T> p) {
        p.addListener((o, before, now) -> {
            if (muted) {
                return;
            }
            if (!undo.isEditable()) {
                autosave.saveNow(this, EditTracker::refused);
                return;
            }
            pushBurst(); // typing on this row before the click comes first in the history
            Map<Property<?>, Object> from = new LinkedHashMap<>();
            from.put(p, before);
            Map<Property<?>, Object> to = new LinkedHashMap<>();
            to.put(p, now);
            undo.push(edit(from, to));
            autosave.saveNow(this, write);
            onChange.run();
        });
    }

    private Callable<?> closeBurst() {
        if (!undo.isEditable()) {
            burst.clear();
            return refused();
        }
        pushBurst();
        return write.get();
    }

    /**
     * A read-only session (its pages are locked, so only code can get here): nothing goes to the
     * server; the refusal fails like a refused write, so the session is read again and the user told.
     */
    private static Callable<?> refused() {
        return () -> {
            throw new com.scorecardstudio.db.ReadOnlyWorkspaceException();
        };
    }

    private void pushBurst() {
        if (burst.isEmpty()) {
            return;
        }
        Map<Property<?>, Object> before = new LinkedHashMap<>(burst);
        Map<Property<?>, Object> after = new LinkedHashMap<>();
        before.keySet().forEach(p -> after.put(p, p.getValue()));
        burst.clear();
        undo.push(edit(before, after));
    }

    private EditHistory.Job edit(Map<Property<?>, Object> before, Map<Property<?>, Object> after) {
        return new EditHistory.Job() {
            @Override
            public void undo() {
                apply(before);
            }

            @Override
            public void redo() {
                apply(after);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void apply(Map<Property<?>, Object> values) {
        muted = true;
        try {
            values.forEach((p, v) -> ((Property) p).setValue(v));
        } finally {
            muted = false;
        }
        // typing still pending on these fields is superseded by the restored values
        burst.keySet().removeAll(values.keySet());
        autosave.saveNow(this, write);
        onChange.run();
    }

    /** Sets fields without an undo step or a save (loading). */
    public void quietly(Runnable r) {
        muted = true;
        try {
            r.run();
        } finally {
            muted = false;
        }
    }

    /** Whether typing of this row is waiting to be written. */
    public boolean pending() {
        return !burst.isEmpty();
    }

    /** Writes pending typing of this row now, as its own undo step. */
    public void flush() {
        if (!burst.isEmpty()) {
            autosave.saveNow(this, this::closeBurst);
        }
    }
}
