package com.scorecardstudio.domain.scoring;

import com.scorecardstudio.domain.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A client of the company running the session. {@code revenue} is annual revenue (null when not
 * known), kept to cents; {@code currency} is a short code such as EUR, upper case, or empty.
 */
public record Client(Long id, String name, String segment, BigDecimal revenue, String currency, String notes) {
    public Client {
        name = Text.clean(name);
        segment = Text.clean(segment);
        currency = Text.clean(currency).toUpperCase(Locale.ROOT);
        notes = Text.cleanMultiline(notes);
        if (revenue != null) {
            revenue = revenue.setScale(2, RoundingMode.HALF_UP);
        }
    }

    public static Client draft(String name) {
        return new Client(null, name, "", null, "", "");
    }

    public Client withId(Long newId) {
        return new Client(newId, name, segment, revenue, currency, notes);
    }

    /** The name as compared for uniqueness within a session. */
    public String nameKey() {
        return ClientRules.nameKey(name);
    }

    public boolean isStored() {
        return id != null;
    }
}
