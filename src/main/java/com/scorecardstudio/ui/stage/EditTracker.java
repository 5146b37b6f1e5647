package com.scorecardstudio.ui.stage;

import com.scorecardstudio.ui.common.Autosave;
import com.scorecardstudio.ui.common.UndoStack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.Property;

/**
 * Watches the fields of one thing (a goal, an indicator, an initiative): typing is saved through
 * {@link Autosave}, and each burst of typing becomes one undo step that restores every field the
 * burst touched.
 */
final class EditTracker {
    private final UndoStack undo;
    private final Autosave autosave;
    private final Supplier<Callable<?>> write;
    private final Runnable onChange;
    private final Map<Property<?>, Object> burst = new LinkedHashMap<>();
    private boolean muted;

    EditTracker(UndoStack undo, Autosave autosave, Supplier<Callable<?>> write, Runnable onChange) {
        this.undo = undo;
        this.autosave = autosave;
        this.write = write;
        this.onChange = onChange;
    }

    <T> void track(Property<T> p) {
        p.addListener((o, before, now) -> {
            if (muted) {
                return;
            }
            burst.putIfAbsent(p, before);
            autosave.changed(this, this::closeBurst);
            onChange.run();
        });
    }

    /** Called when the autosave fires: the burst so far becomes one undo step, and its write is returned. */
    private Callable<?> closeBurst() {
        if (!burst.isEmpty()) {
            Map<Property<?>, Object> before = new LinkedHashMap<>(burst);
            Map<Property<?>, Object> after = new LinkedHashMap<>();
            before.keySet().forEach(p -> after.put(p, p.getValue()));
            burst.clear();
            undo.push(new UndoStack.Edit() {
                @Override
                public void undo() {
                    apply(before);
                }

                @Override
                public void redo() {
                    apply(after);
                }
            });
        }
        return write.get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void apply(Map<Property<?>, Object> values) {
        muted = true;
        try {
            values.forEach((p, v) -> ((Property) p).setValue(v));
        } finally {
            muted = false;
        }
        autosave.saveNow(this, write);
        onChange.run();
    }

    /** Sets fields without recording an undo step or a save (loading, or an id arriving). */
    void quietly(Runnable r) {
        muted = true;
        try {
            r.run();
        } finally {
            muted = false;
        }
    }

    /** Writes any pending typing of this thing now (before it is deleted or moved). */
    void flush() {
        if (!burst.isEmpty()) {
            autosave.saveNow(this, this::closeBurst);
        }
    }
}
