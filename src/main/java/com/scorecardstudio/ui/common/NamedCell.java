package com.scorecardstudio.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list or combo-box cell that shows a value by its name in the user's language. */
public final class NamedCell<T> extends ListCell<T> {
    private final Function<T, String> name;

    public NamedCell(Function<T, String> name) {
        this.name = name;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : name.apply(item));
    }
}
