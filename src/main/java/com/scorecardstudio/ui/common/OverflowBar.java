package com.scorecardstudio.ui.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * A row of buttons that folds into a "more" menu when the window is too narrow for all of them:
 * buttons leave from the end of the row first, and each shows its whole label while it is in the
 * row. The row's minimum width is the "more" button alone, so the rest of a header keeps its room.
 */
public final class OverflowBar extends HBox {
    private final List<ButtonBase> buttons;
    private final MenuButton more = new MenuButton(null, Icons.of(Feather.MORE_HORIZONTAL));
    private int shownCount = -1;

    /** @param moreTooltip the tooltip of the "more" button (what its menu holds) */
    public OverflowBar(String moreTooltip, List<? extends ButtonBase> buttons) {
        super(8);
        this.buttons = new ArrayList<>(buttons);
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("overflow-bar");
        more.setId(null);
        more.getStyleClass().addAll(Styles.BUTTON_ICON, "overflow-more");
        more.setTooltip(new Tooltip(moreTooltip));
        more.setMinWidth(Region.USE_PREF_SIZE);
        for (ButtonBase b : this.buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(b);
        }
        getChildren().add(more);
        show(this.buttons.size());
    }

    /** Adds a button at the end of the row: the first to fold. */
    public void add(ButtonBase b) {
        b.setMinWidth(Region.USE_PREF_SIZE);
        buttons.add(b);
        getChildren().add(getChildren().size() - 1, b);
        shownCount = -1;
        show(buttons.size());
        requestLayout();
    }

    /** The "more" button (visible only while some buttons are folded into it). */
    public MenuButton moreButton() {
        return more;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + more.prefWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + widthOf(buttons.size(), false);
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        int fit = buttons.size();
        if (widthOf(fit, false) > room + 0.5) {
            do {
                fit--;
            } while (fit > 0 && widthOf(fit, true) > room + 0.5);
        }
        show(fit);
        super.layoutChildren();
    }

    /** The width of the first {@code count} buttons in a row, with the "more" button after them or not. */
    private double widthOf(int count, boolean withMore) {
        double w = 0;
        int items = 0;
        for (int i = 0; i < count; i++) {
            w += buttons.get(i).prefWidth(-1);
            items++;
        }
        if (withMore) {
            w += more.prefWidth(-1);
            items++;
        }
        return w + Math.max(0, items - 1) * getSpacing();
    }

    private void show(int count) {
        if (count == shownCount) {
            return;
        }
        shownCount = count;
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            ButtonBase b = buttons.get(i);
            boolean inRow = i < count;
            b.setManaged(inRow);
            b.setVisible(inRow);
            if (!inRow) {
                MenuItem item = new MenuItem(b.getText());
                item.setId(b.getId() == null ? null : b.getId() + "-menu");
                item.disableProperty().bind(b.disableProperty());
                item.setOnAction(e -> b.fire());
                items.add(item);
            }
        }
        more.getItems().setAll(items);
        more.setManaged(count < buttons.size());
        more.setVisible(count < buttons.size());
    }
}
