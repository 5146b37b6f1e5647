package com.scorecardstudio.ui.checkin;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.checkinbook.CheckinImport;
import com.scorecardstudio.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Why an owners' workbook was not imported: every refused or conflicting cell by row and column with
 * its reason and, when the only problems are conflicts, those side by side (yours, theirs, as
 * exported) with the choice to keep theirs or yours for all of them. Nothing is written until one is
 * chosen.
 */
final class CheckinBookReport {
    private CheckinBookReport() {
    }

    /** Shows the report and waits; the side to keep, or empty for nothing imported. */
    static Optional<CheckinImport.Keep> show(Window owner, Messages m, CheckinImport.Plan plan) {
        Dialog<ButtonType> dialog = build(owner, m, plan);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        String text = answer.get().getText();
        if (text.equals(m.get("checkinbook.gui.keepTheirs"))) {
            return Optional.of(CheckinImport.Keep.THEIRS);
        }
        if (text.equals(m.get("checkinbook.gui.keepMine"))) {
            return Optional.of(CheckinImport.Keep.MINE);
        }
        return Optional.empty();
    }

    static Dialog<ButtonType> build(Window owner, Messages m, CheckinImport.Plan plan) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get("checkinbook.gui.reportTitle"));
        dialog.setResizable(true);
        List<CheckinImport.Finding> refusals = plan.refusals();
        long conflicts = refusals.stream().filter(f -> f.outcome() == CheckinImport.Outcome.CONFLICT).count();
        boolean onlyConflicts = conflicts == refusals.size();
        Label heading = new Label(m.get("checkinbook.gui.reportText", refusals.size() - conflicts, conflicts));
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TEXT_BOLD);

        TableView<CheckinImport.Finding> cells = new TableView<>();
        cells.setId("checkinBookFindings");
        cells.getColumns().add(column(m.get("checkinbook.gui.col.row"), f -> String.valueOf(f.row()), 60));
        cells.getColumns().add(column(m.get("checkinbook.gui.col.column"), CheckinImport.Finding::columnName, 60));
        cells.getColumns().add(column(m.get("checkinbook.gui.col.reason"), f -> f.text(m), 620));
        cells.getItems().setAll(refusals);
        cells.setPrefHeight(220);
        VBox content = new VBox(10, heading, cells);
        content.setPrefWidth(780);

        if (conflicts > 0) {
            Label side = new Label(m.get("checkinbook.gui.sideBySide"));
            side.setWrapText(true);
            TableView<CheckinImport.Conflict> table = new TableView<>();
            table.setId("checkinBookConflicts");
            table.getColumns().add(column(m.get("checkinbook.gui.col.row"), c -> String.valueOf(c.row()), 60));
            table.getColumns().add(column(m.get("checkin.period"), c -> c.period().id(), 90));
            table.getColumns().add(column(m.get("checkinbook.gui.col.yours"), c -> dash(c.mine()), 190));
            table.getColumns().add(column(m.get("checkinbook.gui.col.theirs"), c -> dash(c.theirs()), 190));
            table.getColumns().add(column(m.get("checkinbook.gui.col.exported"), c -> dash(c.exported()), 190));
            table.getItems().setAll(plan.conflicts());
            table.setPrefHeight(200);
            content.getChildren().addAll(side, table);
        }
        dialog.getDialogPane().setId("checkinBookReport");
        dialog.getDialogPane().setContent(content);
        if (onlyConflicts) {
            dialog.getDialogPane().getButtonTypes().addAll(
                    new ButtonType(m.get("checkinbook.gui.keepTheirs"), ButtonBar.ButtonData.YES),
                    new ButtonType(m.get("checkinbook.gui.keepMine"), ButtonBar.ButtonData.NO),
                    new ButtonType(m.get("checkinbook.gui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        } else {
            dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("checkinbook.gui.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        return dialog;
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
