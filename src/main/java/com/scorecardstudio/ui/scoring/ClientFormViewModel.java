package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The client form: one property per field, a score (0 for none) per criterion, and the problems
 * with what is typed, as messages per field. Nothing typed is thrown away; an invalid form just
 * cannot be saved yet.
 */
public final class ClientFormViewModel {
    private final Client original;
    private final Messages messages;
    private final LocalNumbers numbers;
    private final BiPredicate<String, Long> nameTaken;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty segment = new SimpleStringProperty();
    private final StringProperty revenue = new SimpleStringProperty();
    private final StringProperty currency = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty();
    private final Map<Criterion, IntegerProperty> scores = new LinkedHashMap<>();
    private final ObjectBinding<Map<Field, String>> problems;
    private final BooleanBinding valid;

    /**
     * @param original the client edited, or a draft without id for a new one
     * @param nameTaken whether a name is used by another client than the one with the given id
     */
    public ClientFormViewModel(Client original, Map<Long, Integer> currentScores, List<Criterion> criteria,
                               Messages messages, BiPredicate<String, Long> nameTaken) {
        this.original = original;
        this.messages = messages;
        this.numbers = LocalNumbers.of(messages.locale());
        this.nameTaken = nameTaken;
        name.set(original.name());
        segment.set(original.segment());
        revenue.set(original.revenue() == null ? "" : numbers.format(original.revenue(), 2));
        currency.set(original.currency());
        notes.set(original.notes());
        for (Criterion c : criteria) {
            scores.put(c, new SimpleIntegerProperty(currentScores.getOrDefault(c.id(), 0)));
        }
        problems = Bindings.createObjectBinding(this::computeProblems, name, segment, revenue, currency, notes);
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
    }

    public boolean isNew() {
        return !original.isStored();
    }

    /** The revenue typed, read by the same rule as every number field (see {@link LocalNumbers}). */
    private Optional<BigDecimal> parsedRevenue() throws LocalNumbers.NotANumberException {
        return numbers.parse(revenue.get());
    }

    private Client candidate() {
        BigDecimal r;
        try {
            r = parsedRevenue().orElse(null);
        } catch (LocalNumbers.NotANumberException e) {
            r = null;
        }
        return new Client(original.id(), name.get(), segment.get(), r, currency.get(), notes.get());
    }

    private Map<Field, String> computeProblems() {
        Map<Field, String> result = new EnumMap<>(Field.class);
        try {
            parsedRevenue();
        } catch (LocalNumbers.NotANumberException e) {
            result.put(Field.REVENUE, e.suggestion().map(s -> messages.get("validation.numberWrite", s)).orElseGet(() ->
                    messages.get("clients.validation.revenue", numbers.format(new BigDecimal("1250000.5")))));
        }
        Client c = candidate();
        for (ClientRules.Problem p : ClientRules.check(c)) {
            String label = messages.get("clients.field." + p.field().key());
            String text = switch (p.kind()) {
                case REQUIRED -> messages.get("validation.required", label);
                case TOO_LONG -> messages.get("validation.tooLong", label, p.a(), p.b());
                case OUT_OF_RANGE -> messages.get("clients.validation.revenueRange");
                case DUPLICATE -> messages.get("clients.validation.nameTaken", c.name());
            };
            result.putIfAbsent(p.field(), text);
        }
        if (!c.name().isEmpty() && nameTaken.test(c.name(), original.id())) {
            result.putIfAbsent(Field.NAME, messages.get("clients.validation.nameTaken", c.name()));
        }
        return result;
    }

    /** The client as typed (valid forms only). */
    public Client result() {
        return candidate();
    }

    /** The scores as set: criteria without a score are left out. */
    public Map<Long, Integer> resultScores() {
        Map<Long, Integer> result = new LinkedHashMap<>();
        scores.forEach((c, p) -> {
            if (p.get() > 0) {
                result.put(c.id(), p.get());
            }
        });
        return result;
    }

    public ObjectBinding<Map<Field, String>> problemsBinding() {
        return problems;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty segmentProperty() {
        return segment;
    }

    public StringProperty revenueProperty() {
        return revenue;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public Map<Criterion, IntegerProperty> scores() {
        return scores;
    }

    /** For a binding that depends on every score. */
    public Observable[] scoreObservables() {
        return scores.values().toArray(new Observable[0]);
    }
}
