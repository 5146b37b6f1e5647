package com.scorecardstudio.session;

import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.impact.Assessment;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One indicator on the Check-in page for the chosen period: whose it is, where it started and where
 * it should go, and the actual and note as typed. The actual is a {@link NumberText}: the text is kept
 * as typed, a text that is not a number says why and is never stored; {@link CheckinModel#commitActual}
 * stores a valid one as one undoable step.
 */
public final class CheckinRow {
    final IndicatorItem indicator;
    final GoalItem goal;
    final Period period;
    final NumberText actual;
    final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();

    CheckinRow(GoalItem goal, IndicatorItem indicator, Period period, BigDecimal value, String note,
               LocalNumbers numbers, Messages messages) {
        this.goal = goal;
        this.indicator = indicator;
        this.period = period;
        this.actual = new NumberText(value, numbers, messages);
        this.note.set(note);
    }

    void assess(Assessment a) {
        assessment.set(a);
    }

    /** Which indicator of the open session this row is, the same object whatever the period (for views that keep nodes per indicator). */
    public Object indicatorItemKey() {
        return indicator;
    }

    public long indicatorId() {
        return indicator.dbId.get();
    }

    public Indicator indicator() {
        return indicator.toIndicator();
    }

    public String goalTitle() {
        return goal.titleProperty().get();
    }

    /** The indicator's owner: its goal's owner (indicators have none of their own). */
    public String owner() {
        return goal.ownerProperty().get();
    }

    public Period period() {
        return period;
    }

    /** The actual as typed, its value and why it is not a number (null when it is). */
    public NumberText actual() {
        return actual;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }
}
