package com.scorecardstudio.ui.session;

import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionRules;
import com.scorecardstudio.domain.SessionRules.Field;
import com.scorecardstudio.domain.SessionRules.Problem;
import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session details form: one property per field, and the problems with what is typed, as
 * messages per field. Nothing typed is thrown away; an invalid form just cannot be saved yet.
 */
public final class SessionDetailsViewModel {
    private final Session original;
    private final Messages messages;

    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty organization = new SimpleStringProperty();
    private final StringProperty industry = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** Set by the view when the date text cannot be read; the picker keeps its last good date. */
    private final StringProperty dateError = new SimpleStringProperty();
    private final StringProperty facilitator = new SimpleStringProperty();
    private final StringProperty horizonYear = new SimpleStringProperty();
    private final StringProperty notes = new SimpleStringProperty();
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList(
            row -> new Observable[] {row.name, row.role});

    private final ObjectBinding<Map<Field, String>> problems;
    private final BooleanBinding valid;

    public SessionDetailsViewModel(Session original, Messages messages) {
        this.original = original;
        this.messages = messages;
        title.set(original.title());
        organization.set(original.organization());
        industry.set(original.industry());
        date.set(original.date());
        facilitator.set(original.facilitator());
        horizonYear.set(original.horizonYear() == null ? "" : String.valueOf(original.horizonYear()));
        notes.set(original.notes());
        original.participants().forEach(p -> participants.add(new ParticipantRow(p.name(), p.role())));

        problems = Bindings.createObjectBinding(this::computeProblems, title, organization, industry, date, dateError,
                facilitator, horizonYear, notes, participants);
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
    }

    public boolean isNew() {
        return !original.isStored();
    }

    private Map<Field, String> computeProblems() {
        Map<Field, String> result = new EnumMap<>(Field.class);
        Optional<Integer> year = parseYear();
        if (year.isEmpty() && !horizonYear.get().isBlank()) {
            result.put(Field.HORIZON_YEAR, messages.get("validation.year", LocalDate.now().getYear() + 1));
        }
        if (dateError.get() != null) {
            result.put(Field.DATE, dateError.get());
        } else if (date.get() == null) {
            result.put(Field.DATE, messages.get("validation.required", messages.get("session.field.date")));
        }
        for (Problem p : SessionRules.check(build(year.orElse(null)))) {
            result.putIfAbsent(p.field(), describe(p));
        }
        return result;
    }

    private String describe(Problem p) {
        String field = messages.get("session.field." + p.field().name().toLowerCase(java.util.Locale.ROOT));
        return switch (p.kind()) {
            case REQUIRED -> messages.get("validation.required", field);
            case TOO_LONG -> messages.get("validation.tooLong", field, p.a(), p.b());
            case OUT_OF_RANGE -> messages.get("validation.outOfRange", field, String.valueOf(p.a()), String.valueOf(p.b()));
            case TOO_MANY -> messages.get("validation.tooMany", field, p.a());
        };
    }

    private Optional<Integer> parseYear() {
        String t = horizonYear.get() == null ? "" : horizonYear.get().strip();
        if (!t.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(t));
    }

    private Session build(Integer year) {
        List<Participant> people = new ArrayList<>();
        participants.forEach(r -> people.add(new Participant(r.name.get(), r.role.get())));
        return new Session(original.id(), original.uid(), title.get(), organization.get(), industry.get(),
                date.get() == null ? original.date() : date.get(), facilitator.get(), people, year, notes.get(),
                original.createdAt(), original.updatedAt());
    }

    /** The session as typed; only call when {@link #validBinding()} is true. */
    public Session result() {
        if (!valid.get()) {
            throw new IllegalStateException("form has problems: " + problems.get());
        }
        return build(parseYear().orElse(null));
    }

    public void addParticipant() {
        participants.add(new ParticipantRow("", ""));
    }

    public ObjectBinding<Map<Field, String>> problemsBinding() {
        return problems;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty dateErrorProperty() {
        return dateError;
    }

    public StringProperty facilitatorProperty() {
        return facilitator;
    }

    public StringProperty horizonYearProperty() {
        return horizonYear;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    /** One editable row of the participants table. */
    public static final class ParticipantRow {
        private final StringProperty name;
        private final StringProperty role;

        public ParticipantRow(String name, String role) {
            this.name = new SimpleStringProperty(name);
            this.role = new SimpleStringProperty(role);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty roleProperty() {
            return role;
        }
    }
}
