package com.scorecardstudio.ui.stage;

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

    NumberText(BigDecimal initial, LocalNumbers numbers, Messages messages) {
        value.set(initial);
        text.set(numbers.format(initial));
        text.addListener((o, a, t) -> {
            try {
                value.set(numbers.parse(t).orElse(null));
                error.set(null);
            } catch (LocalNumbers.NotANumberException e) {
                error.set(messages.get("validation.number", numbers.example()));
            }
        });
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
