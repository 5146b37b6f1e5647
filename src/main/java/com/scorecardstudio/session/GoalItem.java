package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Stage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A goal as the screen edits it: live properties that views (and the presenter view) bind to. */
public final class GoalItem extends SharedRow<Goal> {
    final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    final StringProperty area = new SimpleStringProperty();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty owner = new SimpleStringProperty("");
    final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.MEDIUM);
    final ObservableList<IndicatorItem> indicators = FXCollections.observableArrayList();
    final ObservableList<InitiativeItem> initiatives = FXCollections.observableArrayList();
    /** Dot-voting: each participant's dots on this goal (participant name to dots, none at 0). */
    final javafx.collections.ObservableMap<String, Integer> votes =
            FXCollections.observableMap(new java.util.TreeMap<>());
    private final javafx.beans.property.ReadOnlyIntegerWrapper totalVotes = new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** Its standing in the chosen review period; null while the session has no review periods. */
    final javafx.beans.property.ReadOnlyObjectWrapper<GoalReview> review = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    GoalItem(Goal g) {
        stage.set(g.stage());
        area.set(g.area());
        title.set(g.title());
        lastTitle = g.title();
        description.set(g.description());
        owner.set(g.owner());
        priority.set(g.priority());
        if (g.id() != null) {
            dbId.set(g.id());
        }
        g.votes().forEach(v -> votes.put(v.participant(), v.dots()));
        votes.addListener((javafx.collections.MapChangeListener<String, Integer>) c ->
                totalVotes.set(votes.values().stream().mapToInt(Integer::intValue).sum()));
        totalVotes.set(g.totalVotes());
    }

    /** All the dots this goal got in dot-voting. */
    public javafx.beans.property.ReadOnlyIntegerProperty totalVotesProperty() {
        return totalVotes.getReadOnlyProperty();
    }

    /** Its standing in the chosen review period (Check-in page); null while the session has no review periods. */
    public javafx.beans.property.ReadOnlyObjectProperty<GoalReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The dots one participant put on this goal (0 when none). */
    public int dotsOf(String participant) {
        return votes.getOrDefault(participant, 0);
    }

    /** Each participant's dots on this goal, by name. */
    public javafx.collections.ObservableMap<String, Integer> votes() {
        return FXCollections.unmodifiableObservableMap(votes);
    }

    @Override
    Goal ownFields() {
        return toGoal();
    }

    /** Takes a goal's own fields (title, description, owner, priority), as another user or the journal has them. */
    @Override
    void setOwnFields(Goal g) {
        title.set(g.title());
        description.set(g.description());
        owner.set(g.owner());
        priority.set(g.priority());
    }

    /** The last title that was not blank: a goal is never stored without one. */
    private String lastTitle = "";

    /** The goal as it stands now, with its indicators and initiatives. */
    public Goal toGoal() {
        if (!title.get().isBlank()) {
            lastTitle = title.get();
        }
        return new Goal(dbId.get() == 0 ? null : dbId.get(), stage.get(), area.get(), lastTitle, description.get(),
                owner.get(), priority.get(), indicators.stream().map(IndicatorItem::toIndicator).toList(),
                initiatives.stream().map(InitiativeItem::toInitiative).toList(),
                votes.entrySet().stream().map(e -> new com.scorecardstudio.domain.Vote(e.getKey(), e.getValue())).toList());
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public StringProperty areaProperty() {
        return area;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public ObservableList<IndicatorItem> indicators() {
        return indicators;
    }

    public ObservableList<InitiativeItem> initiatives() {
        return initiatives;
    }

    @Override
    public String toString() {
        return title.get();
    }
}
