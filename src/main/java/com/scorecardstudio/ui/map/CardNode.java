package com.scorecardstudio.ui.map;

import com.scorecardstudio.domain.Progress;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.MapText;
import com.scorecardstudio.domain.map.TextMeasure;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.IndicatorItem;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;

/**
 * A goal's card on the map: its title, owner and a dot per indicator (reached, on the way, not yet
 * measured), coloured by perspective; a pin when placed by hand, a warning mark with the map's
 * findings, and a handle on its right edge to drag a link from. The title is shown whole, in the
 * lines the layout measured (the card is as tall as they need); a card for the room or an image
 * ({@code bare}) has no handle, pin or warning mark.
 */
final class CardNode extends StackPane {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    final GoalItem goal;
    final Circle handle = new Circle(9);
    private final Label title = new Label();
    private final Label owner = new Label();
    private final HBox dots = new HBox(4);
    /** The goal's dots from dot-voting, when it has any. */
    private final Label votes = new Label(null, Icons.of(Feather.CHECK_CIRCLE, 11));
    /** The goal's status in the chosen review period, in place of the indicator dots once there is one. */
    private final com.scorecardstudio.ui.checkin.ReviewBadge review;
    private final Label pin = new Label(null, Icons.of(Feather.MAP_PIN, 13));
    private final Label warning = new Label("⚠");
    private final Messages messages;

    /** @param showing while false, the card's texts wait: typing a title while the map is not shown costs nothing here */
    CardNode(GoalItem goal, Messages messages, ObservableValue<Boolean> showing) {
        this(goal, messages, showing, false);
    }

    /** @param bare without handle, pin and warning mark: for the room and for images */
    CardNode(GoalItem goal, Messages messages, ObservableValue<Boolean> showing, boolean bare) {
        this.goal = goal;
        this.messages = messages;
        shownStage = goal.stageProperty().get();
        getStyleClass().addAll("map-card", "map-card-" + shownStage.key());
        setCardHeight(Lanes.CARD_HEIGHT);

        title.getStyleClass().add("map-card-title");
        title.setStyle(MapFonts.style(TextMeasure.Role.TITLE));
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinWidth(MapText.TITLE_WIDTH);
        title.textProperty().bind(goal.titleProperty().map(MapFonts.INSTANCE::titleLines).when(showing));
        owner.getStyleClass().add("map-card-owner");
        owner.textProperty().bind(goal.ownerProperty().when(showing));
        owner.setTextOverrun(OverrunStyle.ELLIPSIS);
        owner.setMaxWidth(120);
        dots.setAlignment(Pos.CENTER_RIGHT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        votes.getStyleClass().add("map-card-votes");
        votes.setMinWidth(Region.USE_PREF_SIZE);
        votes.textProperty().bind(goal.totalVotesProperty().map(n -> messages.get("map.card.votes", n.intValue())));
        votes.visibleProperty().bind(goal.totalVotesProperty().greaterThan(0));
        votes.managedProperty().bind(votes.visibleProperty());
        Tooltip votesTip = new Tooltip();
        votesTip.textProperty().bind(goal.totalVotesProperty().map(n -> messages.get("voting.dots", n.intValue())));
        votes.setTooltip(votesTip);
        review = new com.scorecardstudio.ui.checkin.ReviewBadge(messages, true);
        review.getStyleClass().add("map-card-review");
        review.followWhile(goal, showing);
        dots.visibleProperty().bind(review.visibleProperty().not());
        dots.managedProperty().bind(dots.visibleProperty());
        HBox bottom = new HBox(6, owner, spacer, votes, review, dots);
        bottom.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox body = new VBox(4, title, grow, bottom);
        body.getStyleClass().add("map-card-body");

        pin.getStyleClass().add("map-card-pin");
        warning.getStyleClass().add("map-card-warning");
        HBox marks = new HBox(2, warning, pin);
        marks.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        marks.setMouseTransparent(false);
        StackPane.setAlignment(marks, Pos.TOP_RIGHT);

        handle.getStyleClass().add("map-card-handle");
        handle.setManaged(false);
        handle.setLayoutX(Lanes.CARD_WIDTH);
        handle.setLayoutY(Lanes.CARD_HEIGHT / 2);
        Tooltip.install(handle, new Tooltip(messages.get("map.handle.tip")));

        if (bare) {
            getChildren().add(body);
            getStyleClass().add("map-card-bare");
        } else {
            getChildren().addAll(body, marks, handle);
        }
        goal.indicators().addListener((javafx.collections.ListChangeListener<IndicatorItem>) c -> updateDots());
        updateDots();
        accessibleTextProperty().bind(goal.titleProperty().when(showing));
    }

    /** The stage whose colours the card has. */
    private Stage shownStage;

    /** Gives the card the colours of its goal's stage (a goal moved to another stage). */
    void showStage(Stage stage) {
        if (stage != shownStage) {
            getStyleClass().remove("map-card-" + shownStage.key());
            getStyleClass().add("map-card-" + stage.key());
            shownStage = stage;
        }
    }

    /** The card's height as laid out (as tall as its title needs); the handle stays in the middle of its right side. */
    void setCardHeight(double h) {
        setPrefSize(Lanes.CARD_WIDTH, h);
        setMinSize(Lanes.CARD_WIDTH, h);
        setMaxSize(Lanes.CARD_WIDTH, h);
        handle.setLayoutY(h / 2);
    }

    /**
     * A card's size is the one the map's layout gave it: a title typed on it changes its lines, never
     * its size (a new height comes with a new layout), so the card is laid out alone instead of the
     * whole map around it on every keystroke.
     */
    @Override
    public void requestLayout() {
        if (getPrefHeight() >= 0 && getMinHeight() == getPrefHeight() && getMaxHeight() == getPrefHeight()) {
            setNeedsLayout(true);
        } else {
            super.requestLayout();
        }
    }

    /** The title as shown, its lines joined with line breaks (tests). */
    String shownTitle() {
        return title.getText();
    }

    Label titleLabel() {
        return title;
    }

    void updateDots() {
        dots.getChildren().clear();
        int reached = 0;
        for (IndicatorItem i : goal.indicators()) {
            Circle dot = new Circle(5);
            var p = Progress.of(i.toIndicator());
            String state = p.isEmpty() ? "none" : p.get() >= 1.0 ? "reached" : "moving";
            if (p.isPresent() && p.get() >= 1.0) {
                reached++;
            }
            dot.getStyleClass().addAll("map-dot", "map-dot-" + state);
            dots.getChildren().add(dot);
        }
        if (!goal.indicators().isEmpty()) {
            Tooltip.install(dots, new Tooltip(messages.get("map.card.indicators", goal.indicators().size(), reached)));
        }
    }

    /** The state last shown: a redraw leaves a card whose state did not change untouched (no new tooltip). */
    private boolean shownPinned;
    private boolean shownSelected;
    private List<String> shownFindings;

    void update(boolean pinned, boolean selected, List<String> findings) {
        if (findings.equals(shownFindings) && pinned == shownPinned && selected == shownSelected) {
            return;
        }
        shownPinned = pinned;
        shownSelected = selected;
        shownFindings = findings;
        pin.setVisible(pinned);
        pin.setManaged(pinned);
        pseudoClassStateChanged(SELECTED, selected);
        boolean warn = !findings.isEmpty();
        pseudoClassStateChanged(WARNING, warn);
        warning.setVisible(warn);
        warning.setManaged(warn);
        warning.setTooltip(warn ? new Tooltip(String.join("\n", findings)) : null);
    }

    String title() {
        return goal.titleProperty().get();
    }
}
