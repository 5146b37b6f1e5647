package com.scorecardstudio.ui.map;

import com.scorecardstudio.session.LinkItem;
import com.scorecardstudio.session.MapModel;
import com.scorecardstudio.session.TaskRunner;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.Lanes;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ui.common.EditLock;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.common.Shortcuts;
import com.scorecardstudio.ui.common.TextLimits;
import com.scorecardstudio.ui.stage.GoalEditor;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.util.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The strategy map page: the toolbar (add a goal to a lane, arrange, unpin, align, snap, zoom,
 * image), the map, and a side panel that shows the goal editor of a double-clicked card, the
 * editor of the selected link, or else the list of the map's findings.
 */
public final class MapPage extends BorderPane {
    /** Print resolution for the image: 300 dpi, the map's units being the screen's 96 dpi; capped for very wide maps. */
    static final double IMAGE_DPI = 300;
    private static final double IMAGE_SCALE = IMAGE_DPI / 96;
    private static final double IMAGE_MAX_WIDTH = 16_000;

    private final MapModel vm;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final MapCanvas canvas;
    private final GoalEditor editor;
    private final StackPane side = new StackPane();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label status = new Label();
    private final MapLegend legend;
    private final TaskRunner files;
    private int writing;
    private GoalItem editing;

    /** @param files runs the image's file writing off the FX thread (not on the database thread: a large PNG takes a moment) */
    public MapPage(MapModel vm, Supplier<List<String>> people, List<Node> tools, Supplier<Window> owner, TaskRunner files) {
        this.vm = vm;
        this.files = files;
        this.messages = vm.goalsViewModel().messages();
        this.owner = owner;
        setId("mapPage");
        getStyleClass().add("map-page");
        editor = new GoalEditor(vm.goalsViewModel(), people);
        canvas = new MapCanvas(vm, messages, this::openGoal);
        legend = new MapLegend(messages, true);
        followReviews(vm.goalsViewModel().goals());
        canvas.setFocusTraversable(true);

        setTop(toolbar(tools));
        side.getStyleClass().add("map-side");
        side.setPrefWidth(320); // the map gets the rest: on a 1280 px laptop every pixel of it counts
        side.setMinWidth(260);
        StackPane center = new StackPane(canvas);
        center.getStyleClass().add("map-center");
        legend.getStyleClass().add("map-legend-bar");
        VBox.setVgrow(center, Priority.ALWAYS);
        setCenter(new VBox(center, legend));
        setRight(side);
        showSide();
        vm.selectedLinkProperty().addListener((o, a, b) -> showSide());
        vm.findingsProperty().addListener((o, a, b) -> {
            if (vm.selectedLinkProperty().get() == null && editing == null) {
                showSide();
            }
        });
        vm.goals().addListener((javafx.collections.ListChangeListener<GoalItem>) c -> {
            if (editing != null && !vm.goals().contains(editing)) {
                editing = null;
                showSide();
            }
        });
        vm.loadedProperty().addListener((o, a, loaded) -> canvas.requestFit());

        new Shortcuts()
                .on(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), canvas::fit)
                .on(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), canvas::fit)
                .on(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> canvas.zoomBy(1.2))
                .on(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> canvas.zoomBy(1.2))
                .on(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> canvas.zoomBy(1 / 1.2))
                .on(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> canvas.zoomBy(1 / 1.2))
                .on(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (vm.editableProperty().get()) {
                        vm.arrange();
                    }
                })
                .installOn(this);
        canvas.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && vm.selectedLinkProperty().get() != null
                    && vm.editableProperty().get()) {
                vm.deleteLink(vm.selectedLinkProperty().get());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.selection().clear();
                vm.selectedLinkProperty().set(null);
                closeEditor();
                e.consume();
            } else if (e.getCode() == KeyCode.A && e.isShortcutDown()) {
                vm.selection().addAll(vm.goals());
                e.consume();
            }
        });
    }

    private final javafx.beans.value.ChangeListener<com.scorecardstudio.session.GoalReview> reviewChanged =
            (o, a, b) -> showReviewLegend();
    private final javafx.beans.value.WeakChangeListener<com.scorecardstudio.session.GoalReview> weakReviewChanged =
            new javafx.beans.value.WeakChangeListener<>(reviewChanged);

    /** The legend explains the cards' status while any goal has one (the page may go before the goals do). */
    private void followReviews(javafx.collections.ObservableList<GoalItem> goals) {
        goals.forEach(g -> g.reviewProperty().addListener(weakReviewChanged));
        goals.addListener(new javafx.collections.WeakListChangeListener<>(goalsChanged));
        showReviewLegend();
    }

    private final javafx.collections.ListChangeListener<GoalItem> goalsChanged = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(g -> g.reviewProperty().addListener(weakReviewChanged));
        }
        showReviewLegend();
    };

    private void showReviewLegend() {
        legend.setReviewing(vm.goalsViewModel().goals().stream().anyMatch(g -> g.reviewProperty().get() != null));
    }

    private Node toolbar(List<Node> tools) {
        Label title = new Label(messages.get("map.title"));
        title.getStyleClass().addAll(Styles.TITLE_2);
        title.setMinWidth(Region.USE_PREF_SIZE);

        MenuButton add = new MenuButton(messages.get("map.addGoal"), Icons.of(Feather.PLUS));
        add.setId("mapAddGoal");
        for (Stage s : Lanes.TOP_TO_BOTTOM) {
            for (String area : s.areas()) {
                MenuItem item = new MenuItem(messages.get("stage." + s.key()) + " — " + messages.get("area." + s.key() + "." + area));
                item.setId("mapAdd-" + s.key() + "-" + area);
                item.setOnAction(e -> addGoal(s, area));
                add.getItems().add(item);
            }
        }

        Button arrange = iconButton("mapArrange", Feather.SHUFFLE, "map.arrange", vm::arrange);
        Button unpin = iconButton("mapUnpin", Feather.UNLOCK, "map.unpin", () -> vm.unpin(List.copyOf(vm.selection())));
        Button left = iconButton("mapAlignLeft", Feather.ALIGN_LEFT, "map.alignLeft", () -> vm.align(MapModel.Align.LEFT));
        Button middle = iconButton("mapAlignCenter", Feather.ALIGN_CENTER, "map.alignCenter", () -> vm.align(MapModel.Align.CENTER));
        Button top = iconButton("mapAlignTop", Feather.ARROW_UP, "map.alignTop", () -> vm.align(MapModel.Align.TOP));
        Button spread = iconButton("mapDistribute", Feather.MORE_HORIZONTAL, "map.distribute",
                () -> vm.align(MapModel.Align.DISTRIBUTE));
        unpin.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.selection()));
        var fewer = javafx.beans.binding.Bindings.size(vm.selection()).lessThan(2);
        left.disableProperty().bind(fewer);
        middle.disableProperty().bind(fewer);
        top.disableProperty().bind(fewer);
        spread.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.selection()).lessThan(3));
        ToggleButton snap = new ToggleButton(null, Icons.of(Feather.GRID));
        snap.setId("mapSnap");
        snap.selectedProperty().bindBidirectional(vm.snapProperty());
        snap.setTooltip(new Tooltip(messages.get("map.snap")));
        snap.setAccessibleText(messages.get("map.snap"));

        Button out = iconButton("mapZoomOut", Feather.ZOOM_OUT, "map.zoomOut", () -> canvas.zoomBy(1 / 1.2));
        Button fit = iconButton("mapFit", Feather.MAXIMIZE, "map.fit", canvas::fit);
        Button in = iconButton("mapZoomIn", Feather.ZOOM_IN, "map.zoomIn", () -> canvas.zoomBy(1.2));
        Button image = new Button(messages.get("map.image"), Icons.of(Feather.IMAGE));
        image.setId("mapImage");
        image.setOnAction(e -> exportImage());
        busy.setVisible(false);
        busy.setPrefSize(20, 20);
        status.getStyleClass().add(Styles.TEXT_MUTED);

        ToggleButton legendToggle = new ToggleButton(null, Icons.of(Feather.INFO));
        ToggleButton legend = legendToggle;
        legend.setId("mapLegendToggle");
        legend.setSelected(true);
        legend.setTooltip(new Tooltip(messages.get("map.legend.toggle")));
        legend.setAccessibleText(messages.get("map.legend.toggle"));
        legend.selectedProperty().addListener((o, a, on) -> {
            this.legend.setVisible(on);
            this.legend.setManaged(on);
        });

        ToggleButton hypotheses = new ToggleButton(null, Icons.of(Feather.MESSAGE_SQUARE));
        hypotheses.setId("mapHypotheses");
        hypotheses.setTooltip(new Tooltip(messages.get("map.hypotheses.toggle")));
        hypotheses.setAccessibleText(messages.get("map.hypotheses.toggle"));
        hypotheses.selectedProperty().bindBidirectional(canvas.showHypothesesProperty());

        // looking and exporting change nothing: they stay for a reader when the page is locked
        List.of(out, fit, in, legend, hypotheses, image).forEach(EditLock::keep);
        ToolBar bar = new ToolBar(add, arrange, unpin, new Separator(), left, middle, top, spread, snap,
                new Separator(), out, fit, in, legend, hypotheses, new Separator(), image, busy, status);
        bar.getStyleClass().add("map-toolbar");
        HBox toolBox = new HBox(12);
        toolBox.getChildren().addAll(tools);
        toolBox.setAlignment(Pos.CENTER_RIGHT);
        toolBox.setMinWidth(Region.USE_PREF_SIZE);
        // the timer and the other tools go under the title when the page is too narrow for both
        com.scorecardstudio.ui.common.FoldingRow header = new com.scorecardstudio.ui.common.FoldingRow(title, toolBox);
        header.getStyleClass().add("map-header");
        return new VBox(header, bar);
    }

    private Button iconButton(String id, Feather icon, String key, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add(Styles.BUTTON_ICON);
        return b;
    }

    private void addGoal(Stage stage, String area) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(owner.get());
        d.setTitle(messages.get("map.addGoal"));
        d.setHeaderText(messages.get("stage." + stage.key()) + " — " + messages.get("area." + stage.key() + "." + area));
        d.setContentText(messages.get("map.addGoal.title"));
        TextLimits.limit(d.getEditor(), Limits.TITLE_TEXT, messages);
        d.getEditor().setId("mapNewGoalTitle");
        d.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(t -> {
            GoalItem g = vm.goalsViewModel().addGoal(stage, area, t);
            vm.selection().clear();
            vm.selection().add(g);
        });
    }

    // ------------------------------------------------------------------ side panel

    private void openGoal(GoalItem g) {
        editing = g;
        editor.show(g);
        Button close = new Button(null, Icons.of(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(messages.get("common.close")));
        close.setOnAction(e -> closeEditor());
        EditLock.keep(close); // closing the goal's panel changes nothing: a reader closes it too
        StackPane.setAlignment(close, Pos.TOP_RIGHT);
        side.getChildren().setAll(editor, close);
    }

    private void closeEditor() {
        editing = null;
        showSide();
    }

    private void showSide() {
        LinkItem link = vm.selectedLinkProperty().get();
        if (link != null) {
            editing = null;
            side.getChildren().setAll(linkEditor(link));
        } else if (editing == null) {
            side.getChildren().setAll(findingsPanel());
        }
    }

    private Node linkEditor(LinkItem link) {
        Label heading = new Label(messages.get("map.link.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label ends = new Label(link.cause().titleProperty().get() + "\n→ " + link.effect().titleProperty().get());
        ends.setWrapText(true);
        ends.getStyleClass().add("map-link-ends");

        Label hLabel = new Label(messages.get("map.link.hypothesis"));
        TextArea hypothesis = TextLimits.limit(new TextArea(link.hypothesisProperty().get()), Limits.NOTE_TEXT, messages);
        hypothesis.setId("linkHypothesis");
        hypothesis.setPromptText(messages.get("map.link.hypothesis.prompt"));
        hypothesis.setWrapText(true);
        hypothesis.setPrefRowCount(4);
        hLabel.setLabelFor(hypothesis);
        String[] before = {link.hypothesisProperty().get()};
        hypothesis.textProperty().addListener((o, a, text) -> {
            if (!text.equals(link.hypothesisProperty().get())) {
                vm.typeHypothesis(link, text);
            }
        });
        link.hypothesisProperty().addListener((o, a, text) -> {
            if (!text.equals(hypothesis.getText())) {
                hypothesis.setText(text); // undo
            }
        });
        hypothesis.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.hypothesisDone(link, before[0]);
                before[0] = link.hypothesisProperty().get();
            }
        });

        Label sLabel = new Label(messages.get("map.link.strength"));
        ToggleGroup strength = new ToggleGroup();
        HBox strengths = new HBox();
        for (LinkStrength s : LinkStrength.values()) {
            ToggleButton b = new ToggleButton(messages.get("map.strength." + s.key()));
            b.setId("strength-" + s.key());
            b.setToggleGroup(strength);
            b.setSelected(link.strengthProperty().get() == s);
            b.getStyleClass().add(s == LinkStrength.WEAK ? Styles.LEFT_PILL : s == LinkStrength.STRONG ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setOnAction(e -> {
                vm.setStrength(link, s);
                b.setSelected(true);
            });
            strengths.getChildren().add(b);
        }
        link.strengthProperty().addListener((o, a, s) -> strength.getToggles().forEach(t ->
                t.setSelected(((ToggleButton) t).getId().equals("strength-" + s.key()))));

        Button delete = new Button(messages.get("map.link.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("deleteLink");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> vm.deleteLink(link));

        VBox box = new VBox(10, heading, ends, hLabel, hypothesis, sLabel, strengths, delete);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("map-link-editor");
        return box;
    }

    private Node findingsPanel() {
        Label heading = new Label(messages.get("map.checks.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        List<MapModel.Finding> findings = vm.findings();
        Label hint = new Label(messages.get(findings.isEmpty() ? "map.checks.none" : "map.checks.some", findings.size()));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // whole, on two lines if need be, never "…"
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        ListView<MapModel.Finding> list = new ListView<>();
        list.setId("mapFindings");
        list.getItems().setAll(findings);
        list.setCellFactory(v -> new ListCell<>() {
            // the text in a wrapping label as wide as the list: a finding names its goal whole, never with "…"
            private final Label text = new Label();
            private final javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, Icons.of(Feather.ALERT_TRIANGLE), text);

            {
                text.setWrapText(true);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(list.widthProperty().subtract(56));
                text.prefWidthProperty().bind(list.widthProperty().subtract(56));
            }

            @Override
            protected void updateItem(MapModel.Finding f, boolean empty) {
                super.updateItem(f, empty);
                text.textProperty().unbind();
                setText(null);
                if (empty || f == null) {
                    setGraphic(null);
                } else {
                    // the goals' titles as they are typed (the findings themselves do not change with a title)
                    javafx.beans.Observable[] titles = f.link() != null
                            ? new javafx.beans.Observable[] {f.link().cause().titleProperty(), f.link().effect().titleProperty()}
                            : new javafx.beans.Observable[] {f.goal().titleProperty()};
                    text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get("map.check." + f.kind().key())
                            + "\n" + (f.link() != null ? f.link().toString() : f.goal().titleProperty().get()), titles)
                            .when(canvas.showingProperty()));
                    setGraphic(row);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f == null) {
                return;
            }
            Platform.runLater(() -> {
                if (f.link() != null) {
                    vm.selectedLinkProperty().set(f.link());
                } else {
                    vm.selection().clear();
                    vm.selection().add(f.goal());
                }
            });
        });
        Label help = new Label(messages.get("map.help"));
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, "map-help");
        // the how-to folds away: on a laptop's height the findings keep the room, and nothing is cut
        javafx.scene.control.TitledPane howTo = new javafx.scene.control.TitledPane(messages.get("map.help.title"), help);
        howTo.setId("mapHowTo");
        howTo.setExpanded(false);
        howTo.setAnimated(false);
        VBox box = new VBox(10, heading, hint, list, howTo);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(96);
        box.setPadding(new Insets(16));
        return box;
    }

    // ------------------------------------------------------------------ image

    private void exportImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("map.image"));
        chooser.setInitialFileName(messages.get("map.image.fileName") + ".png");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("map.image.png"), "*.png"),
                new FileChooser.ExtensionFilter(messages.get("map.image.svg"), "*.svg"));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        boolean svg = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")
                || chooser.getSelectedExtensionFilter() == chooser.getExtensionFilters().get(1);
        Path target = svg && !file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")
                ? file.toPath().resolveSibling(file.getName() + ".svg") : file.toPath();
        if (svg) {
            writeSvg(target);
        } else {
            writeImage(target);
        }
    }

    /** Writes the map as SVG (drawn from its geometry) off the FX thread. */
    public CompletableFuture<Path> writeSvg(Path target) {
        String svg = vm.svg(messages, MapFonts.font(com.scorecardstudio.domain.map.TextMeasure.Role.TITLE).getFamily());
        return write(target, () -> {
            AtomicFiles.write(target, svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return target;
        });
    }

    /**
     * Draws the map for a slide (title, whole titles, routed links, legend; no handles or marks) at
     * 300 dpi and writes it as PNG off the FX thread.
     */
    public CompletableFuture<Path> writeImage(Path target) {
        Node world = MapPicture.build(vm, messages);
        double scale = Math.min(IMAGE_SCALE, IMAGE_MAX_WIDTH / Math.max(1, world.getLayoutBounds().getWidth()));
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(scale, scale));
        params.setFill(Color.WHITE);
        WritableImage snapshot = world.snapshot(params, null); // must run on the FX thread
        int w = (int) snapshot.getWidth();
        int h = (int) snapshot.getHeight();
        int[] pixels = new int[w * h];
        snapshot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), w);
        return write(target, () -> {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, w, h, pixels, 0, w);
            AtomicFiles.write(target, out -> PngFiles.write(img, IMAGE_DPI, out));
            return target;
        });
    }

    /** Runs the file writing through the task runner, with the spinner and the status shown meanwhile. */
    private CompletableFuture<Path> write(Path target, Callable<Path> work) {
        CompletableFuture<Path> result = new CompletableFuture<>();
        writing++;
        busy.setVisible(true);
        status.setText(messages.get("map.image.writing"));
        files.run(work, written -> {
            busy.setVisible(--writing > 0);
            status.setText(messages.get("map.image.saved", target.getFileName()));
            result.complete(written);
        }, e -> {
            busy.setVisible(--writing > 0);
            status.setText(messages.get("map.image.failed", target.getFileName(), String.valueOf(e.getMessage())));
            result.completeExceptionally(e);
        });
        return result;
    }

    public MapCanvas canvas() {
        return canvas;
    }

    public MapModel viewModel() {
        return vm;
    }
}
