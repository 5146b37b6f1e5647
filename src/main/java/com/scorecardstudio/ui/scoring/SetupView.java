package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.session.ScoringSetupModel;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.CriteriaTemplate;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.StrategyTexts;
import com.scorecardstudio.ui.common.Icons;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The criteria of both axes (name, key, weight and its share), the band limits, the concentration
 * limit and the strategy per zone, edited as one form and saved together; templates carry criteria
 * from one session to the next.
 */
public final class SetupView extends VBox {
    private final ScoringSetupModel vm;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Consumer<ScoringSheet> onSaved;
    private final Map<Axis, VBox> lists = new EnumMap<>(Axis.class);

    public SetupView(ScoringSetupModel vm, Messages messages, Supplier<Window> owner, Consumer<ScoringSheet> onSaved) {
        this.vm = vm;
        this.messages = messages;
        this.owner = owner;
        this.onSaved = onSaved;
        setId("setupView");

        VBox criteria = new VBox(16);
        for (Axis axis : Axis.values()) {
            criteria.getChildren().add(axisSection(axis));
        }
        VBox settings = new VBox(16, bandsSection(), strategiesSection());
        HBox columns = new HBox(20, criteria, settings);
        HBox.setHgrow(criteria, Priority.ALWAYS);
        criteria.setMinWidth(560);
        settings.setMinWidth(360);
        settings.setPrefWidth(400);
        settings.setMaxWidth(440);
        columns.setPadding(new Insets(12, 24, 16, 24));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, bar());

        vm.items().addListener((ListChangeListener<ScoringSetupModel.CriterionItem>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private Node axisSection(Axis axis) {
        Label title = new Label(messages.get("scoring.setup." + axis.key()));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox list = new VBox(6);
        lists.put(axis, list);
        Button add = new Button(messages.get("scoring.setup.add"), Icons.of(Feather.PLUS));
        add.setId("addCriterion-" + axis.key());
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> {
            ScoringSetupModel.CriterionItem item = vm.add(axis);
            javafx.application.Platform.runLater(() -> focusName(item));
        });
        VBox section = new VBox(10, title, header(), list, add);
        section.getStyleClass().add("setup-section");
        return section;
    }

    private Node header() {
        HBox h = new HBox(8, columnTitle("scoring.setup.column.name", -1), columnTitle("scoring.setup.column.key", 160),
                columnTitle("scoring.setup.column.weight", 70), columnTitle("scoring.setup.column.share", 52));
        Region buttons = new Region();
        buttons.setMinWidth(3 * 34);
        h.getChildren().add(buttons);
        HBox.setHgrow(h.getChildren().get(0), Priority.ALWAYS);
        return h;
    }

    private Label columnTitle(String key, double width) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        if (width > 0) {
            l.setMinWidth(width);
            l.setPrefWidth(width);
        } else {
            l.setMaxWidth(Double.MAX_VALUE);
        }
        return l;
    }

    private void rebuild() {
        lists.values().forEach(l -> l.getChildren().clear());
        for (ScoringSetupModel.CriterionItem item : vm.items()) {
            lists.get(item.axisProperty().get()).getChildren().add(row(item));
        }
    }

    private Node row(ScoringSetupModel.CriterionItem item) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(item.nameProperty());
        name.setUserData(item);
        name.getStyleClass().add("criterion-name");
        name.setId("criterionName-" + item.keyProperty().get());
        TextField key = new TextField();
        key.textProperty().bindBidirectional(item.keyProperty());
        key.setPrefWidth(160);
        key.setMinWidth(160);
        key.setTooltip(new Tooltip(messages.get("scoring.validation.key", item.keyProperty().get())));
        key.setOnKeyTyped(e -> item.keyTouchedProperty().set(true));
        TextField weight = new TextField();
        weight.textProperty().bindBidirectional(item.weightProperty());
        weight.setPrefWidth(70);
        weight.setMinWidth(70);
        weight.setAlignment(Pos.CENTER_RIGHT);
        weight.setId("criterionWeight-" + item.keyProperty().get());
        Label share = new Label();
        share.getStyleClass().add("setup-share");
        share.setMinWidth(52);
        share.setAlignment(Pos.CENTER_RIGHT);
        share.textProperty().bind(Bindings.createStringBinding(() -> vm.share(item), vm.items()));
        Button up = iconButton(Feather.ARROW_UP, "scoring.setup.up", () -> vm.move(item, -1));
        Button down = iconButton(Feather.ARROW_DOWN, "scoring.setup.down", () -> vm.move(item, +1));
        Button remove = iconButton(Feather.TRASH_2, "scoring.setup.remove", () -> vm.remove(item));
        HBox row = new HBox(8, name, key, weight, share, up, down, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        return row;
    }

    private Button iconButton(Feather icon, String key, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void focusName(ScoringSetupModel.CriterionItem item) {
        lists.values().forEach(list -> list.getChildren().forEach(row -> {
            Node first = ((HBox) row).getChildren().get(0);
            if (first.getUserData() == item) {
                first.requestFocus();
                ((TextField) first).selectAll();
            }
        }));
    }

    private Node bandsSection() {
        Label title = new Label(messages.get("scoring.setup.bands"));
        title.getStyleClass().add(Styles.TITLE_4);
        TextField medium = numberField("mediumFrom", vm.mediumFromProperty());
        TextField high = numberField("highFrom", vm.highFromProperty());
        TextField concentration = numberField("concentrationLimit", vm.concentrationProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("scoring.setup.mediumFrom")), medium);
        grid.addRow(1, new Label(messages.get("scoring.setup.highFrom")), high);
        Label hint = new Label(messages.get("scoring.setup.bandsHint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label concentrationLabel = new Label(messages.get("scoring.setup.concentration"));
        concentrationLabel.setWrapText(true);
        concentration.setMinWidth(90);
        HBox concentrationRow = new HBox(12, concentrationLabel, concentration);
        concentrationRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(concentrationLabel, Priority.ALWAYS);
        VBox section = new VBox(10, title, grid, hint, concentrationRow);
        section.getStyleClass().add("setup-section");
        return section;
    }

    private TextField numberField(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setPrefColumnCount(6);
        f.setMaxWidth(110);
        f.setAlignment(Pos.CENTER_RIGHT);
        return f;
    }

    private Node strategiesSection() {
        Label title = new Label(messages.get("scoring.setup.strategies"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox section = new VBox(10, title);
        for (Zone zone : List.of(Zone.DEEPEN_RELATIONSHIP, Zone.BUILD_LOYALTY, Zone.INVEST_SELECTIVELY, Zone.PROTECT_REVENUE)) {
            Region chip = new Region();
            chip.getStyleClass().addAll("zone-chip", "zone-" + zone.key());
            Label name = new Label(StrategyTexts.zoneName(zone, messages));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button reset = new Button(null, Icons.of(Feather.ROTATE_CCW));
            reset.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            reset.setTooltip(new Tooltip(messages.get("scoring.setup.strategyDefault")));
            reset.setAccessibleText(messages.get("scoring.setup.strategyDefault"));
            reset.setId("resetStrategy-" + zone.key());
            reset.setOnAction(e -> vm.resetStrategy(zone));
            reset.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> vm.strategy(zone).get().strip().equals(StrategyTexts.defaultStrategy(zone, messages).strip()),
                    vm.strategy(zone)));
            HBox head = new HBox(8, chip, name, spacer, reset);
            head.setAlignment(Pos.CENTER_LEFT);
            TextArea text = new TextArea();
            text.setId("strategy-" + zone.key());
            text.setWrapText(true);
            text.setPrefRowCount(3);
            text.textProperty().bindBidirectional(vm.strategy(zone));
            section.getChildren().addAll(head, text);
        }
        section.getStyleClass().add("setup-section");
        return section;
    }

    private Node bar() {
        Label problems = new Label();
        problems.setId("setupProblems");
        problems.setWrapText(true);
        problems.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problemsBinding().get()),
                vm.problemsBinding()));
        Label notice = new Label();
        notice.setId("setupNotice");
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        notice.textProperty().bind(Bindings.createStringBinding(
                () -> vm.dirtyBinding().get() ? messages.get("scoring.setup.unsaved")
                        : vm.noticeProperty().get() == null ? "" : vm.noticeProperty().get(),
                vm.dirtyBinding(), vm.noticeProperty()));
        VBox texts = new VBox(2, notice, problems);
        HBox.setHgrow(texts, Priority.ALWAYS);

        Button apply = new Button(messages.get("scoring.setup.template.apply"), Icons.of(Feather.DOWNLOAD));
        apply.setId("applyTemplate");
        apply.setOnAction(e -> applyTemplate());
        Button saveTemplate = new Button(messages.get("scoring.setup.template.save"), Icons.of(Feather.BOOKMARK));
        saveTemplate.setId("saveTemplate");
        saveTemplate.disableProperty().bind(vm.validBinding().not());
        saveTemplate.setOnAction(e -> saveTemplate());
        Button revert = new Button(messages.get("scoring.setup.revert"));
        revert.setId("revertSetup");
        revert.disableProperty().bind(vm.dirtyBinding().not());
        revert.setOnAction(e -> vm.revert());
        Button save = new Button(messages.get("scoring.setup.save"), Icons.of(Feather.CHECK));
        save.setId("saveSetup");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.dirtyBinding().not().or(vm.validBinding().not()));
        save.setOnAction(e -> vm.save(this::confirmLoss, this::overwriteTheirs, onSaved));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, apply, saveTemplate, revert, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPrefWrapLength(Double.MAX_VALUE); // one line when there is room
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        // the buttons go under the notice when the page is too narrow for both, each with its whole label
        com.scorecardstudio.ui.common.FoldingRow bar = new com.scorecardstudio.ui.common.FoldingRow(texts, buttons);
        bar.setPadding(new Insets(10, 24, 10, 24));
        bar.getStyleClass().add("setup-bar");
        return bar;
    }

    /** Another laptop saved the set-up meanwhile: save this form over theirs, or show theirs. */
    private boolean overwriteTheirs(com.scorecardstudio.domain.scoring.ScoringSheet theirs) {
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.setTitle(messages.get("scoring.tab.setup"));
        a.setContentText(messages.get("scoring.setup.changedElsewhere"));
        a.getDialogPane().setId("setupChangedElsewhere");
        ButtonType mine = new ButtonType(messages.get("team.conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType theirsButton = new ButtonType(messages.get("team.conflict.keepTheirs"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(theirsButton, mine);
        a.getDialogPane().lookupButton(mine).setId("setupKeepMine");
        a.getDialogPane().lookupButton(theirsButton).setId("setupKeepTheirs");
        return a.showAndWait().filter(b -> b == mine).isPresent();
    }

    private boolean confirmLoss(String names, int lost) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner.get());
        a.setHeaderText(null);
        a.setTitle(messages.get("scoring.tab.setup"));
        a.setContentText(messages.get("scoring.setup.removeConfirm", names, lost));
        ButtonType ok = new ButtonType(messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(ok, cancel);
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    private void saveTemplate() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner.get());
        d.setTitle(messages.get("scoring.setup.template.saveTitle"));
        d.setHeaderText(null);
        d.setContentText(messages.get("scoring.setup.template.name"));
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> vm.saveTemplate(name, existing -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, messages.get("scoring.setup.template.overwrite", existing),
                    ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(owner.get());
            a.setHeaderText(null);
            return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        }));
    }

    private void applyTemplate() {
        vm.templates(all -> {
            if (all.isEmpty()) {
                Alert a = new Alert(Alert.AlertType.INFORMATION, messages.get("scoring.setup.template.none"));
                a.initOwner(owner.get());
                a.setHeaderText(null);
                a.showAndWait();
                return;
            }
            List<String> names = all.stream().map(CriteriaTemplate::name).toList();
            ChoiceDialog<String> d = new ChoiceDialog<>(names.get(0), names);
            d.initOwner(owner.get());
            d.setTitle(messages.get("scoring.setup.template.apply"));
            d.setHeaderText(null);
            d.setContentText(messages.get("scoring.setup.template.choose"));
            Optional<CriteriaTemplate> chosen = d.showAndWait()
                    .flatMap(name -> all.stream().filter(t -> t.name().equals(name)).findFirst());
            chosen.ifPresent(vm::applyTemplate);
        });
    }
}
