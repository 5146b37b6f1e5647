package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.domain.AreaAssessment;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The room's quick assessment of one customer area: current state 1–5 (null: not assessed) and a note. */
public final class AreaRow {
    private final String area;
    final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");
    final ReadOnlyBooleanWrapper weakest = new ReadOnlyBooleanWrapper();
    EditTracker tracker;

    /** As this laptop last saw it stored, or last asked to store it (FX thread): what its next write expects. */
    AreaAssessment seen;

    AreaRow(String area) {
        this.area = area;
        this.seen = new AreaAssessment(area, null, "");
    }

    /** The focus-area key of the customer stage ({@code pricing}, {@code quality}…). */
    public String area() {
        return area;
    }

    /** 1–5 or null. Setting it is one undo step, saved at once. */
    public ObjectProperty<Integer> scoreProperty() {
        return score;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True while this area is (one of) the weakest, so the room sees where to start. */
    public ReadOnlyBooleanProperty weakestProperty() {
        return weakest.getReadOnlyProperty();
    }

    AreaAssessment toAssessment() {
        return new AreaAssessment(area, score.get(), Notes.clip(note.get()));
    }
}
