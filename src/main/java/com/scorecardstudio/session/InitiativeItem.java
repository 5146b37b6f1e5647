package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An initiative (a concrete step) as the screen edits it. */
public final class InitiativeItem implements SharedRow<Initiative> {
    final AtomicLong dbId = new AtomicLong();
    /** The stored row's version this item is based on (compare-and-set writes). Database thread. */
    final AtomicLong version = new AtomicLong();
    /** The initiative as stored at {@link #version}: the base of a merge with another user's change. Database thread. */
    final java.util.concurrent.atomic.AtomicReference<Initiative> base = new java.util.concurrent.atomic.AtomicReference<>();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty owner = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    final NumberText budget;
    final ObjectProperty<InitiativeStatus> status = new SimpleObjectProperty<>(InitiativeStatus.PLANNED);
    EditTracker tracker;

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

    /** Its row was inserted (new, or stored again by undo): a new row at version 0. Database thread. */
    void stored(Initiative row) {
        dbId.set(row.id());
        version.set(0);
        base.set(row);
    }

    @Override
    public AtomicLong rowId() {
        return dbId;
    }

    @Override
    public AtomicLong rowVersion() {
        return version;
    }

    @Override
    public java.util.concurrent.atomic.AtomicReference<Initiative> rowBase() {
        return base;
    }

    @Override
    public EditTracker rowTracker() {
        return tracker;
    }

    @Override
    public Initiative ownFields() {
        return toInitiative();
    }

    /** Takes an initiative's fields, as another user or the journal has them. */
    @Override
    public void setOwnFields(Initiative i) {
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
