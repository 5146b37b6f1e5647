package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An initiative (a concrete step) as the screen edits it. */
public final class InitiativeItem extends SharedRow<Initiative> {
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty owner = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    final NumberText budget;
    final ObjectProperty<InitiativeStatus> status = new SimpleObjectProperty<>(InitiativeStatus.PLANNED);

    InitiativeItem(Initiative i, LocalNumbers numbers, Messages messages) {
        if (i.id() != null) {
            dbId.set(i.id());
        }
        title.set(i.title());
        owner.set(i.owner());
        start.set(i.start());
        due.set(i.due());
        budget = new NumberText(i.budget(), numbers, messages);
        status.set(i.status());
    }

    /** The budget in another language, without an undo step or a save. */
    void relocalize(LocalNumbers numbers, Messages messages) {
        if (tracker == null) {
            budget.relocalize(numbers, messages);
        } else {
            tracker.quietly(() -> budget.relocalize(numbers, messages));
        }
    }

    @Override
    Initiative ownFields() {
        return toInitiative();
    }

    /** Takes an initiative's fields, as another user or the journal has them. */
    @Override
    void setOwnFields(Initiative i) {
        title.set(i.title());
        owner.set(i.owner());
        start.set(i.start());
        due.set(i.due());
        budget.show(i.budget());
        status.set(i.status());
    }

    public Initiative toInitiative() {
        return new Initiative(dbId.get() == 0 ? null : dbId.get(), title.get(), owner.get(), start.get(), due.get(),
                budget.value(), status.get());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public NumberText budget() {
        return budget;
    }

    public ObjectProperty<InitiativeStatus> statusProperty() {
        return status;
    }
}
