package com.scorecardstudio.session;

import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number field as the user types it: the text is kept as typed, the value follows it only while
 * the text is a number in the user's language, and the error says why it is not.
 */
public final class NumberText {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<BigDecimal> value = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private LocalNumbers numbers;
    private Messages messages;

    public NumberText(BigDecimal initial, LocalNumbers numbers, Messages messages) {
        this.numbers = numbers;
        this.messages = messages;
        value.set(initial);
        text.set(numbers.format(initial));
        text.addListener((o, a, t) -> check(t));
    }

    private void check(String t) {
        try {
            value.set(numbers.parse(t).orElse(null));
            error.set(null);
        } catch (LocalNumbers.NotANumberException e) {
            error.set(problem(e, numbers, messages));
        }
    }

    /**
     * Why a typed text is not a number, in words: what to type instead when the text is a number
     * written another way ("Write 1,5 …" for a Russian {@code 1.5}), else an example of a number.
     */
    public static String problem(LocalNumbers.NotANumberException e, LocalNumbers numbers, Messages messages) {
        return e.suggestion().map(s -> messages.get("validation.numberWrite", s))
                .orElseGet(() -> messages.get("validation.number", numbers.example()));
    }

    /**
     * Shows the number as the new language writes it ({@code 1.5} becomes {@code 1,5}); a text that is
     * not a number is kept as typed and its error said in the new language. The value never changes.
     */
    void relocalize(LocalNumbers now, Messages nowMessages) {
        boolean valid = error.get() == null;
        numbers = now;
        messages = nowMessages;
        if (valid) {
            text.set(now.format(value.get()));
        } else {
            check(text.get());
        }
    }

    /** Shows a number (another user's, the journal's) as this language writes it. */
    void show(BigDecimal number) {
        text.set(numbers.format(number));
        check(text.get()); // the same text again fires nothing, yet an error shown must go
    }

    /** True while the text is not a number (the value kept is the last valid one). */
    public boolean invalid() {
        return error.get() != null;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The last number the text held (null when blank); an invalid text leaves it unchanged. */
    public BigDecimal value() {
        return value.get();
    }

    public ObjectProperty<BigDecimal> valueProperty() {
        return value;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
