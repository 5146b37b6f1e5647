package com.scorecardstudio.ui.common;

import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers in the user's locale (22.11.2026 in Russian, 22/11/2026 in English). Text that is not
 * a date is flagged in {@code error} and left as typed; the bound date keeps its last good value.
 * Clearing the text clears the date.
 */
public final class DateFields {
    private DateFields() {
    }

    public static DatePicker picker(ObjectProperty<LocalDate> date, StringProperty error, Messages messages) {
        DatePicker picker = new DatePicker(date.get());
        DateTimeFormatter format = messages.shortDateFormat();
        picker.setPromptText(format.format(LocalDate.of(2027, 12, 31)));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : format.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                LocalDate d = parse(s, format);
                return d == null ? picker.getValue() : d;
            }
        });
        boolean[] updating = {false};
        picker.getEditor().textProperty().addListener((o, a, text) -> {
            if (updating[0]) {
                return;
            }
            if (text == null || text.isBlank()) {
                error.set(null);
                date.set(null);
                return;
            }
            LocalDate d = parse(text, format);
            if (d != null) {
                error.set(null);
                date.set(d);
            } else {
                error.set(messages.get("validation.date", format.format(LocalDate.now())));
            }
        });
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(date.get())) {
                error.set(null);
                date.set(d);
            }
        });
        date.addListener((o, a, d) -> {
            // undo or another view changed the date: show it, unless the user is mid-typing it
            if (d != null ? !d.equals(picker.getValue()) : picker.getValue() != null) {
                updating[0] = true;
                picker.setValue(d);
                picker.getEditor().setText(d == null ? "" : format.format(d));
                updating[0] = false;
            }
        });
        return picker;
    }

    private static LocalDate parse(String s, DateTimeFormatter format) {
        try {
            return LocalDate.parse(s.strip(), format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
