package com.scorecardstudio.session;

import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.session.GoalItem;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A cause-and-effect link on the map, between two goals of the session. */
public final class LinkItem {
    /** Set on the database thread when the insert commits; work queued after it reads it there. */
    final AtomicLong dbId = new AtomicLong();
    private final GoalItem cause;
    private final GoalItem effect;
    private final StringProperty hypothesis = new SimpleStringProperty("");
    private final ObjectProperty<LinkStrength> strength = new SimpleObjectProperty<>(LinkStrength.MEDIUM);

    LinkItem(GoalItem cause, GoalItem effect) {
        this.cause = cause;
        this.effect = effect;
    }

    public GoalItem cause() {
        return cause;
    }

    public GoalItem effect() {
        return effect;
    }

    public StringProperty hypothesisProperty() {
        return hypothesis;
    }

    public ObjectProperty<LinkStrength> strengthProperty() {
        return strength;
    }

    public boolean touches(GoalItem g) {
        return cause == g || effect == g;
    }

    @Override
    public String toString() {
        return cause.titleProperty().get() + " → " + effect.titleProperty().get();
    }
}
