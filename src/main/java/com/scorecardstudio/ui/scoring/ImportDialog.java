package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.session.ClientImportModel;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.clientimport.ColumnTarget;
import com.scorecardstudio.clientimport.ImportPlan;
import com.scorecardstudio.clientimport.ImportTable;
import com.scorecardstudio.ui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The import wizard in one window: reading (with a spinner), the preview (what each column holds,
 * changeable; the first rows; what would be added, updated and rejected, with every rejected row and
 * its reason), then on Import the question about existing clients and the import with progress.
 */
public final class ImportDialog extends Dialog<Void> {
    private static final int PREVIEW_ROWS = 8;

    private final ClientImportModel vm;
    private final Messages messages;
    private final StackPane body = new StackPane();
    private final ButtonType importType;
    private final ButtonType closeType;

    public ImportDialog(Window owner, ClientImportModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("clients.import.title"));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStylesheets().add(ClientsPage.STYLESHEET);
        getDialogPane().setId("importDialog");
        importType = new ButtonType(messages.get("clients.import.start"), ButtonBar.ButtonData.OK_DONE);
        closeType = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(importType, closeType);
        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId("startImport");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show progress and the outcome
            startImport();
        });
        body.setPadding(new Insets(4));
        getDialogPane().setContent(body);
        // as wide as the screen allows for the file's columns, decided before it opens: the preview
        // arrives after the file is read
        com.scorecardstudio.ui.common.Themes.sizeDialog(getDialogPane(), owner, 1240, 720);
        vm.stepProperty().addListener((o, a, step) -> showStep());
        vm.planProperty().addListener((o, a, b) -> updateButtons());
        showStep();
    }

    private void showStep() {
        body.getChildren().setAll(switch (vm.stepProperty().get()) {
            case READING -> reading();
            case PREVIEW -> preview();
            case IMPORTING -> importing();
            case DONE -> done();
            case FAILED -> failed();
        });
        updateButtons();
    }

    private void updateButtons() {
        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setDisable(!vm.canImport());
        boolean over = vm.stepProperty().get() == ClientImportModel.Step.DONE || vm.stepProperty().get() == ClientImportModel.Step.FAILED;
        importButton.setVisible(!over);
        importButton.setManaged(!over);
        Button close = (Button) getDialogPane().lookupButton(closeType);
        close.setText(messages.get(over ? "common.close" : "common.cancel"));
        close.setDisable(vm.stepProperty().get() == ClientImportModel.Step.IMPORTING);
    }

    private Node reading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        VBox box = new VBox(14, spinner, new Label(messages.get("clients.import.reading", vm.fileNameProperty().get())));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node preview() {
        ImportTable t = vm.tableProperty().get();
        Label source = new Label(messages.get("clients.import.source", vm.fileNameProperty().get(), t.rows().size(), t.source()),
                Icons.of(Feather.FILE_TEXT));
        source.getStyleClass().add(Styles.TEXT_BOLD);
        Label mappingHint = new Label(messages.get("clients.import.mapping"));
        mappingHint.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<ImportTable.Row> table = new TableView<>();
        table.setId("importPreview");
        table.getStyleClass().addAll(Styles.BORDERED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int i = 0; i < t.headers().size(); i++) {
            int column = i;
            TableColumn<ImportTable.Row, String> col = new TableColumn<>();
            ComboBox<ColumnTarget> target = new ComboBox<>(FXCollections.observableArrayList(vm.targets()));
            target.setId("mapping-" + i);
            target.setCellFactory(l -> new TargetCell());
            target.setButtonCell(new TargetCell());
            target.setValue(vm.mapping().get(i));
            target.setPrefWidth(150);
            target.valueProperty().addListener((o, a, b) -> {
                if (b != vm.mapping().get(column)) {
                    vm.setTarget(column, b);
                }
            });
            vm.mapping().addListener((ListChangeListener<ColumnTarget>) c -> target.setValue(vm.mapping().get(column)));
            Label header = new Label(t.headers().get(i));
            header.getStyleClass().add(Styles.TEXT_BOLD);
            VBox graphic = new VBox(4, target, header);
            graphic.setPadding(new Insets(4, 2, 4, 2));
            col.setGraphic(graphic);
            col.setPrefWidth(160);
            col.setSortable(false);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value(column)));
            table.getColumns().add(col);
        }
        table.getItems().setAll(t.rows().subList(0, Math.min(PREVIEW_ROWS, t.rows().size())));
        table.setPrefHeight(300);

        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.TITLE_4);
        Label rejectedTitle = new Label(messages.get("clients.import.rejectedTitle"), Icons.of(Feather.ALERT_TRIANGLE));
        rejectedTitle.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.WARNING);
        ListView<String> rejected = new ListView<>();
        rejected.setId("importRejected");
        rejected.setPrefHeight(150);
        rejected.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            { // a reason is read whole: it wraps within the list's width
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        Runnable update = () -> {
            ImportPlan plan = vm.planProperty().get();
            if (plan == null) {
                summary.setText(messages.get("clients.import.needName"));
                summary.getStyleClass().add(Styles.DANGER);
                rejected.getItems().clear();
            } else {
                summary.getStyleClass().remove(Styles.DANGER);
                String text = messages.get("clients.import.summary", plan.added().size(), plan.updated().size(), plan.rejected().size());
                summary.setText(plan.valid() == 0 ? text + " — " + messages.get("clients.import.nothing") : text);
                rejected.getItems().setAll(plan.rejected().stream().map(r -> r.line(messages)).toList());
            }
            boolean any = plan != null && !plan.rejected().isEmpty();
            rejectedTitle.setVisible(any);
            rejectedTitle.setManaged(any);
            rejected.setVisible(any);
            rejected.setManaged(any);
        };
        vm.planProperty().addListener((o, a, b) -> update.run());
        update.run();
        VBox box = new VBox(10, source, mappingHint, table, summary, rejectedTitle, rejected);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node importing() {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(520);
        bar.progressProperty().bind(vm.progressProperty());
        VBox box = new VBox(14, new Label(messages.get("clients.import.running")), bar);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node done() {
        var r = vm.resultProperty().get();
        Label text = new Label(messages.get("clients.import.done", r.imported(), r.updated(), r.skipped(), r.rejected()),
                Icons.of(Feather.CHECK_CIRCLE, 28));
        text.setId("importDone");
        text.getStyleClass().addAll(Styles.TITLE_4, Styles.SUCCESS);
        text.setWrapText(true);
        VBox box = new VBox(14, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node failed() {
        Label text = new Label(vm.errorProperty().get(), Icons.of(Feather.X_CIRCLE, 28));
        text.setId("importError");
        text.getStyleClass().addAll(Styles.TITLE_4, Styles.DANGER);
        text.setWrapText(true);
        text.setMaxWidth(760);
        VBox box = new VBox(14, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void startImport() {
        ImportPlan plan = vm.planProperty().get();
        if (!vm.canImport()) {
            return;
        }
        boolean update = true;
        if (!plan.updated().isEmpty()) {
            ButtonType yes = new ButtonType(messages.get("clients.import.updateYes"), ButtonBar.ButtonData.YES);
            ButtonType no = new ButtonType(messages.get("clients.import.updateNo"), ButtonBar.ButtonData.NO);
            ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("clients.import.updateQuestion", plan.updated().size()),
                    yes, no, cancel);
            ask.initOwner(getDialogPane().getScene().getWindow());
            ask.setTitle(messages.get("clients.import.updateTitle"));
            ask.setHeaderText(null);
            ask.getDialogPane().lookupButton(yes).setId("updateExisting");
            ask.getDialogPane().lookupButton(no).setId("keepExisting");
            ButtonType answer = ask.showAndWait().orElse(cancel);
            if (answer == cancel) {
                return;
            }
            update = answer == yes;
        }
        vm.start(update, r -> { });
    }

    private final class TargetCell extends ListCell<ColumnTarget> {
        @Override
        protected void updateItem(ColumnTarget item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : vm.label(item));
        }
    }
}
