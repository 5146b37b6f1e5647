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
    /**
     * Its hypothesis and strength as this laptop last saw them stored, or last asked to store them
     * (FX thread): what its next write expects to find (team workspaces). Only its hypothesis and
     * strength count; the ends stand in.
     */
    com.scorecardstudio.domain.map.GoalLink seen = com.scorecardstudio.domain.map.GoalLink.between(1, 2);

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

    /** Shows a link as stored (read, merged, or theirs kept); its next write expects it. */
    void show(com.scorecardstudio.domain.map.GoalLink stored) {
        hypothesis.set(stored.hypothesis());
        strength.set(stored.strength());
        seen = stored;
    }

    public boolean touches(GoalItem g) {
        return cause == g || effect == g;
    }

    @Override
    public String toString() {
        return cause.titleProperty().get() + " → " + effect.titleProperty().get();
    }
}
