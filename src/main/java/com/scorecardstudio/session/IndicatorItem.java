package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.i18n.Messages;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An indicator as the screen edits it. Number fields keep the text typed; see {@link NumberText}. */
public final class IndicatorItem extends SharedRow<Indicator> {
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("");
    final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.UP);
    final NumberText baseline;
    final ObjectProperty<LocalDate> baselineDate = new SimpleObjectProperty<>();
    final NumberText target;
    final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>();
    final StringProperty scale = new SimpleStringProperty("");
    final NumberText impact;
    final StringProperty impactUnit = new SimpleStringProperty("");
    final StringProperty dataSource = new SimpleStringProperty("");
    final ObjectProperty<ReviewFrequency> reviewFrequency = new SimpleObjectProperty<>();
    final ObservableList<Measurement> measurements = FXCollections.observableArrayList();

    IndicatorItem(Indicator i, LocalNumbers numbers, Messages messages) {
        if (i.id() != null) {
            dbId.set(i.id());
        }
        name.set(i.name());
        unit.set(i.unit());
        direction.set(i.direction());
        baseline = new NumberText(i.baselineValue(), numbers, messages);
        baselineDate.set(i.baselineDate());
        target = new NumberText(i.targetValue(), numbers, messages);
        targetDate.set(i.targetDate());
        scale.set(i.scale());
        impact = new NumberText(i.impactValue(), numbers, messages);
        impactUnit.set(i.impactUnit());
        dataSource.set(i.dataSource());
        reviewFrequency.set(i.reviewFrequency());
        measurements.setAll(i.measurements());
    }

    /** The number fields in another language, without an undo step or a save. */
    void relocalize(LocalNumbers numbers, Messages messages) {
        Runnable r = () -> {
            baseline.relocalize(numbers, messages);
            target.relocalize(numbers, messages);
            impact.relocalize(numbers, messages);
        };
        if (tracker == null) {
            r.run();
        } else {
            tracker.quietly(r);
        }
    }

    @Override
    Indicator ownFields() {
        return toIndicator();
    }

    /** Takes an indicator's own fields (not its measurements), as another user or the journal has them. */
    @Override
    void setOwnFields(Indicator i) {
        name.set(i.name());
        unit.set(i.unit());
        direction.set(i.direction());
        baseline.show(i.baselineValue());
        baselineDate.set(i.baselineDate());
        target.show(i.targetValue());
        targetDate.set(i.targetDate());
        scale.set(i.scale());
        impact.show(i.impactValue());
        impactUnit.set(i.impactUnit());
        dataSource.set(i.dataSource());
        reviewFrequency.set(i.reviewFrequency());
    }

    public Indicator toIndicator() {
        return new Indicator(dbId.get() == 0 ? null : dbId.get(), name.get(), unit.get(), direction.get(), baseline.value(),
                baselineDate.get(), target.value(), targetDate.get(), scale.get(), impact.value(), impactUnit.get(),
                dataSource.get(), reviewFrequency.get(), java.util.List.copyOf(measurements));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public NumberText baseline() {
        return baseline;
    }

    public ObjectProperty<LocalDate> baselineDateProperty() {
        return baselineDate;
    }

    public NumberText target() {
        return target;
    }

    public ObjectProperty<LocalDate> targetDateProperty() {
        return targetDate;
    }

    public StringProperty scaleProperty() {
        return scale;
    }

    public NumberText impact() {
        return impact;
    }

    public StringProperty impactUnitProperty() {
        return impactUnit;
    }

    public StringProperty dataSourceProperty() {
        return dataSource;
    }

    public ObjectProperty<ReviewFrequency> reviewFrequencyProperty() {
        return reviewFrequency;
    }

    public ObservableList<Measurement> measurements() {
        return measurements;
    }
}
