package com.scorecardstudio.ui.map;

import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.LinkItem;
import com.scorecardstudio.session.MapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/**
 * The map as it goes on a slide or a wall: the session's title, the lanes, every card with its whole
 * title, the links along their routes and a legend, without anything of editing (no link handles,
 * pins, warning marks or selection). Built on its own from the model, in the light colours whatever
 * the app's theme, so a snapshot of it is the slide image.
 */
final class MapPicture {
    private MapPicture() {
    }

    /** The picture, styled and laid out, in a scene of its own (not shown). */
    static Region build(MapModel vm, Messages messages) {
        vm.settle(); // a layout still running after a drop: the image shows its result, never elbows
        Label heading = new Label(vm.imageHeading(messages));
        heading.getStyleClass().add("map-picture-title");
        heading.setId("mapPictureTitle");
        heading.setWrapText(true);
        heading.setMaxWidth(vm.width());

        Pane map = new Pane();
        map.getStyleClass().add("map-picture-map");
        map.getChildren().addAll(MapCanvas.drawLanes(vm.lanes(), vm.width(), vm.areaLabels(), messages, true));
        Group links = new Group();
        Map<GoalItem, CardBox> boxes = vm.boxes();
        for (LinkItem l : vm.links()) {
            Route r = vm.routes().get(l);
            if (r != null) {
                Polyline line = new Polyline();
                Polygon head = new Polygon();
                line.getStyleClass().add("map-link-line");
                head.getStyleClass().add("map-link-head");
                LinkPaths.draw(r, l.strengthProperty().get(), line, head, null);
                Group shape = new Group(line, head);
                shape.getStyleClass().add("map-link");
                links.getChildren().add(shape);
            }
        }
        map.getChildren().add(links);
        SimpleBooleanProperty showing = new SimpleBooleanProperty(true);
        List<Node> cards = new ArrayList<>();
        boxes.forEach((g, b) -> {
            CardNode card = new CardNode(g, messages, showing, true);
            card.setCardHeight(b.height());
            card.relocate(b.x(), b.y());
            cards.add(card);
        });
        map.getChildren().addAll(cards);
        map.setMinSize(vm.width(), vm.height());
        map.setPrefSize(vm.width(), vm.height());
        map.setMaxSize(vm.width(), vm.height());

        MapLegend legend = new MapLegend(messages, false);
        legend.setReviewing(boxes.keySet().stream().anyMatch(g -> g.reviewProperty().get() != null));
        legend.setPrefWrapLength(vm.width());
        VBox picture = new VBox(16, heading, map, legend);
        picture.getStyleClass().add("map-picture");
        picture.setId("mapPicture");
        Scene scene = new Scene(picture);
        scene.getStylesheets().add(MapPicture.class.getResource("/ui/app.css").toExternalForm());
        picture.applyCss();
        picture.layout();
        picture.resize(picture.prefWidth(-1), picture.prefHeight(-1));
        picture.layout();
        return picture;
    }
}
