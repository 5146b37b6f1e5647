package com.scorecardstudio.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/**
 * Locks a page of a session that may only be read (a team workspace opened with a read-only role)
 * before anything is typed: text stays readable and selectable but cannot be changed, choices
 * (lists, dates, toggles, check boxes) show their value but cannot be changed, and buttons that
 * change the session are disabled. What is added to the page later (the next goal in the editor, a
 * list's cells) is locked as it arrives. Controls that only show, find or export ({@link #keep}) and
 * everything inside them stay as they are.
 * <p>
 * It does nothing for a session that may be edited: the pages pay nothing then. A session opened
 * read-only stays so until it is opened again, so the lock has no way back either.
 */
public final class EditLock {
    /** The style class of a choice locked with its value still legible (app.css keeps it at full opacity). */
    public static final String LOCKED_VALUE = "locked-value";
    private static final String KEEP = "editLock.keep";
    private static final String WATCHED = "editLock.watched";

    private EditLock() {
    }

    /** Marks {@code node} (and what it holds) as changing nothing of the session: the lock leaves it alone. */
    public static <T extends Node> T keep(T node) {
        node.getProperties().put(KEEP, Boolean.TRUE);
        return node;
    }

    /** Locks {@code root} and what joins it later, when {@code editable} is false; returns {@code root}. */
    public static <T extends Node> T lock(T root, ObservableBooleanValue editable) {
        if (!editable.get()) {
            lockTree(root);
        }
        return root;
    }

    private static void lockTree(Node node) {
        if (Boolean.TRUE.equals(node.getProperties().get(KEEP))) {
            return;
        }
        lockOne(node);
        if (node instanceof Parent parent && !Boolean.TRUE.equals(parent.getProperties().get(WATCHED))) {
            parent.getProperties().put(WATCHED, Boolean.TRUE);
            parent.getChildrenUnmodifiable().forEach(EditLock::lockTree);
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(EditLock::lockTree);
                }
            });
        }
    }

    private static void lockOne(Node node) {
        switch (node) {
            case TextInputControl text -> {
                // readable and selectable (copy works), not greyed: only typing is refused
                if (text.editableProperty().isBound()) {
                    text.editableProperty().unbind();
                }
                text.setEditable(false);
            }
            case ComboBoxBase<?> choice -> {
                choice.setEditable(false);
                disable(node, true);
            }
            case Spinner<?> spinner -> {
                spinner.setEditable(false);
                disable(node, true);
            }
            case ToggleButton toggle -> disable(toggle, true); // a value (priority, direction, status) shown as chosen
            case javafx.scene.control.CheckBox check -> disable(check, true);
            case ChoiceBox<?> choice -> disable(choice, true);
            case Slider slider -> disable(slider, true);
            case ButtonBase action -> disable(action, false); // add, delete, import, undo: an action that changes the session
            case ListView<?> list -> list.setEditable(false);
            case TableView<?> table -> table.setEditable(false);
            case TreeView<?> tree -> tree.setEditable(false);
            case TreeTableView<?> tree -> tree.setEditable(false);
            default -> { }
        }
    }

    private static void disable(Node node, boolean legible) {
        if (node.disableProperty().isBound()) {
            node.disableProperty().unbind();
        }
        node.setDisable(true);
        if (legible) {
            node.getStyleClass().add(LOCKED_VALUE);
        }
    }
}
