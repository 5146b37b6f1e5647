package com.scorecardstudio.ui.checkin;

import com.scorecardstudio.domain.impact.Status;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalReview;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A goal's status in the chosen review period ("● at risk"), as the stage pages and the map show it:
 * the word beside the colour (never colour alone), the counts behind it in the tooltip. Hidden while
 * the session has no review periods or none of the goal's indicators is rated.
 */
public final class ReviewBadge extends Label {
    private final Messages messages;
    /** A sign in a coloured disc (✓ ! ✕) for the map's cards, where a word does not fit: shape and colour both tell. */
    private final boolean compact;
    private final ChangeListener<GoalReview> shown = (o, a, b) -> show(b);
    private GoalItem goal;

    public ReviewBadge(Messages messages) {
        this(messages, false);
    }

    public ReviewBadge(Messages messages, boolean compact) {
        this.messages = messages;
        this.compact = compact;
        getStyleClass().add("review-badge");
        if (compact) {
            getStyleClass().add("review-compact");
        }
        setMinWidth(Region.USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        setTooltip(new Tooltip());
        show(null);
    }

    /** Follows {@code g} (null: none), letting go of the goal it followed. */
    public void follow(GoalItem g) {
        if (goal != null) {
            goal.reviewProperty().removeListener(shown);
        }
        goal = g;
        if (g != null) {
            g.reviewProperty().addListener(shown);
        }
        show(g == null ? null : g.reviewProperty().get());
    }

    /** Follows one goal for good, while {@code showing} is true (a card built once). */
    public void followWhile(GoalItem g, ObservableValue<Boolean> showing) {
        goal = g;
        g.reviewProperty().when(showing).addListener(shown);
        show(g.reviewProperty().get());
    }

    private void show(GoalReview r) {
        getStyleClass().removeIf(c -> c.startsWith("review-") && !c.equals("review-badge") && !c.equals("review-compact"));
        if (r == null || !r.status().rated()) {
            setVisible(false);
            setText(null);
            return;
        }
        Status s = r.status();
        String word = messages.get("checkin.status." + s.key());
        setText(compact ? sign(s) : "● " + word);
        setAccessibleText(word);
        getStyleClass().add("review-" + s.key());
        getTooltip().setText((compact ? word + ". " : "") + messages.get("review.goal.tip", r.period().id(), r.counts().onTrack(), r.counts().rated(),
                r.counts().atRisk(), r.counts().offTrack(), r.counts().notRated()));
        setVisible(true);
    }

    /** The compact badge's sign for a rated status. */
    public static String sign(Status s) {
        return switch (s) {
            case ON_TRACK -> "✓";
            case AT_RISK -> "!";
            case OFF_TRACK, NOT_RATED -> "✕";
        };
    }

    /** The status shown, null when hidden (tests). */
    public Status shownStatus() {
        return isVisible() && goal != null && goal.reviewProperty().get() != null ? goal.reviewProperty().get().status() : null;
    }
}
