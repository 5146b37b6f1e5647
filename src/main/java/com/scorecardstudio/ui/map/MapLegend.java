package com.scorecardstudio.ui.map;

import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the map's lines and marks mean: the three link strengths (line weight, dashes), the
 * indicators' dots, and on screen the marks of editing (a check's warning, a card placed by hand).
 * One line of samples under the map (wrapping when narrow), so it never covers a card.
 */
final class MapLegend extends FlowPane {
    /** Shown while the session has review periods: the cards then carry their goals' status. */
    private final Node reviewRow;

    MapLegend(Messages messages, boolean editingMarks) {
        super(18, 4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("map-legend");
        setId("mapLegend");
        Label heading = new Label(messages.get("map.legend.title"));
        heading.getStyleClass().add("map-legend-title");
        getChildren().add(heading);
        for (LinkStrength s : new LinkStrength[] {LinkStrength.STRONG, LinkStrength.MEDIUM, LinkStrength.WEAK}) {
            getChildren().add(row(arrow(s, "map-legend-line"), messages.get("map.legend.link." + s.key())));
        }
        getChildren().add(row(dot("reached"), messages.get("map.legend.dot.reached")));
        getChildren().add(row(dot("moving"), messages.get("map.legend.dot.moving")));
        getChildren().add(row(dot("none"), messages.get("map.legend.dot.none")));
        Label votes = new Label("3", Icons.of(Feather.CHECK_CIRCLE, 12));
        votes.getStyleClass().add("map-card-votes");
        getChildren().add(row(votes, messages.get("map.legend.votes")));
        javafx.scene.layout.HBox review = new javafx.scene.layout.HBox(3);
        review.setAlignment(Pos.CENTER_LEFT);
        for (com.scorecardstudio.domain.impact.Status st : new com.scorecardstudio.domain.impact.Status[] {
            com.scorecardstudio.domain.impact.Status.ON_TRACK, com.scorecardstudio.domain.impact.Status.AT_RISK,
            com.scorecardstudio.domain.impact.Status.OFF_TRACK}) {
            Label sign = new Label(com.scorecardstudio.ui.checkin.ReviewBadge.sign(st));
            sign.getStyleClass().addAll("review-badge", "review-compact", "review-" + st.key());
            review.getChildren().add(sign);
        }
        reviewRow = row(review, messages.get("map.legend.review"));
        reviewRow.setVisible(false);
        reviewRow.managedProperty().bind(reviewRow.visibleProperty());
        getChildren().add(reviewRow);
        if (editingMarks) {
            Node warnLine = arrow(LinkStrength.MEDIUM, "map-legend-warning-line");
            getChildren().add(row(warnLine, messages.get("map.legend.warningLink")));
            Label warn = new Label("⚠");
            warn.getStyleClass().add("map-card-warning");
            getChildren().add(row(warn, messages.get("map.legend.warning")));
            Label pin = new Label(null, Icons.of(Feather.MAP_PIN, 13));
            pin.getStyleClass().add("map-card-pin");
            getChildren().add(row(pin, messages.get("map.legend.pinned")));
        }
    }

    void setReviewing(boolean reviewing) {
        reviewRow.setVisible(reviewing);
    }

    private static Node row(Node sample, String text) {
        StackPane box = new StackPane(sample);
        box.setMinWidth(36); // wider only for a sample of several signs
        box.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(text);
        label.getStyleClass().add("map-legend-text");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(6, box, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node arrow(LinkStrength s, String styleClass) {
        Polyline line = new Polyline();
        Polygon head = new Polygon();
        line.getStyleClass().addAll("map-link-line", styleClass);
        head.getStyleClass().addAll("map-link-head", styleClass + "-head");
        LinkPaths.draw(new com.scorecardstudio.domain.map.Route(0, 1, new double[] {0, 8, 34, 8}), s, line, head, null);
        Group g = new Group(line, head);
        g.getStyleClass().add("map-link");
        return g;
    }

    private static Node dot(String state) {
        Circle c = new Circle(5);
        c.getStyleClass().addAll("map-dot", "map-dot-" + state);
        return c;
    }
}
