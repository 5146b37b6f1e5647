package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.session.ClientsModel;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Band;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.ScoreExplanation;
import com.scorecardstudio.report.StrategyTexts;
import com.scorecardstudio.ui.common.Icons;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The 3 × 3 matrix: attractiveness up the side (high on top), relationship strength along the bottom
 * (strong on the right). Each cell shows its zone in colour and words, its strategy, its clients as
 * bubbles (area ∝ revenue, placed by their scores) and their count and share of revenue, and turns
 * into a goal with one click. Over the grid: the warning when one client brings too large a share.
 */
public final class MatrixView extends VBox {
    private static final double MIN_RADIUS = 6;

    private final ClientsModel vm;
    private final Messages messages;
    private final Consumer<Long> openClient;
    private final Consumer<Cell> toGoal;
    private final Map<Cell, CellPane> cells = new LinkedHashMap<>();
    private final VBox warnings = new VBox(8);
    private final FlowPane notPlaced = new FlowPane(6, 4);
    private final Label otherCurrency = new Label();
    private final Label empty = new Label();

    public MatrixView(ClientsModel vm, Messages messages, Consumer<Long> openClient, Consumer<Cell> toGoal) {
        super(10);
        this.vm = vm;
        this.messages = messages;
        this.openClient = openClient;
        this.toGoal = toGoal;
        setId("matrixView");
        setPadding(new Insets(12, 24, 16, 16));

        StackPane gridWithEmpty = new StackPane(grid(), empty);
        empty.getStyleClass().add("matrix-empty");
        empty.setText(messages.get("scoring.matrix.empty"));
        empty.setMouseTransparent(true);
        StackPane.setAlignment(empty, Pos.CENTER);
        VBox.setVgrow(gridWithEmpty, Priority.ALWAYS);

        notPlaced.setId("notPlaced");
        notPlaced.setAlignment(Pos.CENTER_LEFT);
        otherCurrency.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        otherCurrency.setWrapText(true);
        getChildren().addAll(warnings, gridWithEmpty, otherCurrency);
        vm.matrixProperty().addListener((o, a, m) -> refresh());
        refresh();
    }

    private static Group legendIcon() {
        Circle small = new Circle(4);
        Circle big = new Circle(8);
        small.getStyleClass().add("legend-circle");
        big.getStyleClass().add("legend-circle");
        small.setStyle("-fx-fill: transparent; -fx-stroke: -color-fg-muted;");
        big.setStyle("-fx-fill: transparent; -fx-stroke: -color-fg-muted;");
        small.setCenterX(4);
        small.setCenterY(12);
        big.setCenterX(20);
        big.setCenterY(8);
        return new Group(small, big);
    }

    private GridPane grid() {
        GridPane cellsGrid = new GridPane();
        cellsGrid.setId("matrixCells");
        cellsGrid.setHgap(8);
        cellsGrid.setVgap(8);
        GridPane bandsLeft = new GridPane();
        bandsLeft.setVgap(8);
        GridPane bandsBottom = new GridPane();
        bandsBottom.setHgap(8);
        for (int i = 0; i < 3; i++) {
            cellsGrid.getColumnConstraints().add(percentColumn());
            cellsGrid.getRowConstraints().add(percentRow());
            bandsLeft.getRowConstraints().add(percentRow());
            bandsBottom.getColumnConstraints().add(percentColumn());
        }
        for (Cell cell : Cell.all()) {
            CellPane pane = new CellPane(cell);
            cells.put(cell, pane);
            cellsGrid.add(pane, cell.relationship().ordinal(), Band.values().length - 1 - cell.attractiveness().ordinal());
        }
        for (Band a : Band.values()) {
            Label l = new Label(messages.get("scoring.band.attractiveness." + a.key(Axis.ATTRACTIVENESS)));
            l.getStyleClass().add("matrix-band-label");
            l.setMinWidth(Region.USE_PREF_SIZE);
            bandsLeft.add(l, 0, Band.values().length - 1 - a.ordinal());
            GridPane.setHalignment(l, HPos.RIGHT);
        }
        for (Band r : Band.values()) {
            Label l = new Label(messages.get("scoring.band.relationship." + r.key(Axis.RELATIONSHIP)));
            l.getStyleClass().add("matrix-band-label");
            bandsBottom.add(l, r.ordinal(), 0);
            GridPane.setHalignment(l, HPos.CENTER);
        }

        Label yTitle = new Label(messages.get("scoring.axis.attractiveness") + "  →");
        yTitle.getStyleClass().add("matrix-axis-title");
        yTitle.setRotate(-90);
        yTitle.setMinWidth(Region.USE_PREF_SIZE);
        Group yGroup = new Group(yTitle);
        Label xTitle = new Label(messages.get("scoring.axis.relationship") + "  →");
        xTitle.getStyleClass().add("matrix-axis-title");
        xTitle.setMinWidth(Region.USE_PREF_SIZE);
        Label legend = new Label(messages.get("scoring.matrix.size"), legendIcon());
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        // one line under the matrix: clients not placed, the axis title, the legend
        StackPane axisRow = new StackPane(xTitle, notPlaced, legend);
        StackPane.setAlignment(xTitle, Pos.CENTER);
        StackPane.setAlignment(legend, Pos.CENTER_RIGHT);
        StackPane.setAlignment(notPlaced, Pos.CENTER_LEFT);
        notPlaced.setPrefWrapLength(400);
        notPlaced.setMaxWidth(420);
        notPlaced.setMaxHeight(Region.USE_PREF_SIZE);
        legend.setMaxWidth(Region.USE_PREF_SIZE);

        GridPane g = new GridPane();
        g.setId("matrixGrid");
        g.setHgap(10);
        g.setVgap(4);
        ColumnConstraints main = new ColumnConstraints();
        main.setHgrow(Priority.ALWAYS);
        main.setFillWidth(true);
        g.getColumnConstraints().addAll(new ColumnConstraints(24), new ColumnConstraints(Region.USE_PREF_SIZE,
                Region.USE_COMPUTED_SIZE, Region.USE_PREF_SIZE), main);
        RowConstraints cellsRow = new RowConstraints();
        cellsRow.setVgrow(Priority.ALWAYS);
        cellsRow.setFillHeight(true);
        g.getRowConstraints().addAll(cellsRow, new RowConstraints(), new RowConstraints());
        g.add(yGroup, 0, 0);
        GridPane.setHalignment(yGroup, HPos.CENTER);
        g.add(bandsLeft, 1, 0);
        g.add(cellsGrid, 2, 0);
        g.add(bandsBottom, 2, 1);
        g.add(axisRow, 2, 2);
        return g;
    }

    private static ColumnConstraints percentColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(100.0 / 3);
        c.setFillWidth(true);
        return c;
    }

    private static RowConstraints percentRow() {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(100.0 / 3);
        r.setFillHeight(true);
        return r;
    }

    private void refresh() {
        Matrix m = vm.matrixProperty().get();
        if (m == null) {
            return;
        }
        ScoringSettings settings = vm.settingsProperty().get();
        BigDecimal largest = BigDecimal.ZERO;
        for (Placement p : m.placements()) {
            if (m.countsRevenue(p.client()) && p.client().revenue().compareTo(largest) > 0) {
                largest = p.client().revenue();
            }
        }
        for (CellPane pane : cells.values()) {
            pane.update(m, settings, largest);
        }
        empty.setVisible(m.placements().size() == m.notPlaced().size());

        warnings.getChildren().clear();
        for (Matrix.Concentration c : m.concentrated()) {
            Label warning = new Label(messages.get("scoring.concentration.warning", c.placement().client().name(),
                    LocalNumbers.of(messages.locale()).percentBeside(c.share(), m.concentrationLimit().movePointLeft(2)),
                    LocalNumbers.of(messages.locale()).percent(m.concentrationLimit().movePointLeft(2))),
                    Icons.of(Feather.ALERT_TRIANGLE, 18));
            warning.getStyleClass().add("concentration-warning");
            warning.setId("concentrationWarning");
            warning.setWrapText(true);
            warning.setMaxWidth(Double.MAX_VALUE);
            warning.setTooltip(tooltip(messages.get("scoring.concentration.title")));
            warnings.getChildren().add(warning);
        }
        warnings.setManaged(!m.concentrated().isEmpty());

        notPlaced.getChildren().clear();
        if (!m.notPlaced().isEmpty()) {
            Label title = new Label(messages.get("scoring.matrix.notPlaced", m.notPlaced().size()) + ":");
            title.getStyleClass().addAll(Styles.TEXT_MUTED);
            notPlaced.getChildren().add(title);
            for (Placement p : m.notPlaced()) {
                Hyperlink link = new Hyperlink(p.client().name());
                link.getStyleClass().add("not-placed-chip");
                link.setOnAction(e -> openClient.accept(p.client().id()));
                link.setTooltip(tooltip(ScoreExplanation.text(p, m, messages)));
                notPlaced.getChildren().add(link);
            }
        }
        otherCurrency.setText(m.otherCurrency().isEmpty() ? ""
                : messages.get("scoring.matrix.otherCurrency", m.otherCurrency().size(), m.currency()));
        otherCurrency.setManaged(!m.otherCurrency().isEmpty());
        otherCurrency.setVisible(!m.otherCurrency().isEmpty());
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(250));
        t.setShowDuration(Duration.seconds(30));
        t.setStyle("-fx-font-size: 13px;");
        return t;
    }

    /** The pane of one cell, for tests and for the view's own lookups. */
    public CellPane cellPane(Cell cell) {
        return cells.get(cell);
    }

    /** One cell: zone title, stats and goal button on top, bubbles in the middle, strategy at the bottom. */
    public final class CellPane extends Region {
        private static final double PAD = 12;
        private final Cell cell;
        private final Label title = new Label();
        private final Label stats = new Label();
        private final Label strategy = new Label();
        private final Button goal = new Button();
        private final List<BubbleNode> bubbles = new ArrayList<>();
        private BigDecimal largest = BigDecimal.ZERO;

        CellPane(Cell cell) {
            this.cell = cell;
            setId("cell-" + cell.key().replace('/', '-'));
            getStyleClass().addAll("matrix-cell", "zone-" + cell.zone().key());
            title.getStyleClass().add("zone-title");
            title.setWrapText(true);
            title.setTooltip(tooltip(StrategyTexts.zoneName(cell.zone(), messages)));
            stats.getStyleClass().add("cell-stats");
            stats.setId(getId() + "-stats");
            stats.setWrapText(true);
            strategy.getStyleClass().add("cell-strategy");
            strategy.setWrapText(true);
            strategy.setTextOverrun(OverrunStyle.ELLIPSIS);
            goal.setGraphic(Icons.of(Feather.FLAG, 16));
            goal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "goal-button");
            goal.setId(getId() + "-goal");
            goal.setAccessibleText(messages.get("scoring.cell.toGoal"));
            goal.setTooltip(tooltip(messages.get("scoring.cell.toGoal") + ": " + messages.get("scoring.cell.toGoal.tip")));
            goal.setOnAction(e -> toGoal.accept(cell));
            getChildren().addAll(title, stats, strategy, goal);
            setMinSize(150, 120);
        }

        public Cell cell() {
            return cell;
        }

        void update(Matrix m, ScoringSettings settings, BigDecimal largestRevenue) {
            this.largest = largestRevenue;
            Matrix.CellSummary summary = m.cell(cell);
            title.setText(messages.get("scoring.zone." + cell.zone().key() + ".short"));
            String count = messages.get("scoring.cell.count", summary.clients().size());
            stats.setText(summary.share() == null || summary.clients().isEmpty() ? count
                    : count + "  ·  " + messages.get("scoring.cell.share", LocalNumbers.of(messages.locale()).percent(summary.share())));
            String strategyText = StrategyTexts.strategy(cell.zone(), settings, messages);
            strategy.setText(strategyText);
            Tooltip.install(strategy, tooltip(strategyText));
            title.getTooltip().setText(StrategyTexts.zoneName(cell.zone(), messages) + "\n\n" + strategyText);
            goal.setDisable(summary.clients().isEmpty() || !vm.editableProperty().get()); // a goal from a cell is a change
            getChildren().removeAll(bubbles);
            bubbles.clear();
            for (Placement p : summary.clients()) {
                BubbleNode b = new BubbleNode(p, m, settings);
                bubbles.add(b);
            }
            getChildren().addAll(0, bubbles);
            requestLayout();
        }

        public List<BubbleNode> bubbles() {
            return bubbles;
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double inner = w - 2 * PAD;
            double goalW = goal.prefWidth(-1);
            double goalH = goal.prefHeight(-1);
            goal.resizeRelocate(w - PAD - goalW + 6, PAD - 6, goalW, goalH);
            // the zone's name and the counts are read whole (wrapping in a narrow cell); the strategy
            // under the bubbles gives way first when the cell is short (it is in the name's tooltip)
            double headW = Math.max(0, inner - goalW);
            double titleH = title.prefHeight(headW);
            title.resizeRelocate(PAD, PAD - 2, headW, titleH);
            double statsH = stats.prefHeight(headW);
            stats.resizeRelocate(PAD, PAD - 2 + titleH, headW, statsH);
            double line = strategy.getFont().getSize() * 1.4;
            double strategyH = Math.min(strategy.prefHeight(inner), 2 * line + 1);
            boolean roomForStrategy = h - 2 * PAD - titleH - statsH - strategyH >= 3 * MIN_RADIUS + 20;
            strategy.setVisible(roomForStrategy);
            if (!roomForStrategy) {
                strategyH = 0;
            }
            strategy.resizeRelocate(PAD, h - PAD + 2 - strategyH, inner, strategyH);

            double top = PAD + titleH + statsH + 2;
            double bottom = h - PAD - strategyH - 2;
            double plotH = Math.max(10, bottom - top);
            double maxRadius = Math.max(MIN_RADIUS + 2, Math.min(inner * 0.12, plotH * 0.24));
            List<BubbleLayout.Bubble> input = new ArrayList<>();
            for (BubbleNode b : bubbles) {
                b.setRadius(BubbleLayout.radius(b.revenue(), largest, MIN_RADIUS, maxRadius));
                input.add(new BubbleLayout.Bubble(b.clientId(), b.fx(), b.fy(), b.radius(), b.naturalLabelWidth(), b.labelHeight(),
                        b.twoLineWidth()));
            }
            // names as wide as the room allows: shortened only as far as needed for nothing to overlap
            List<BubbleLayout.Placed> placed = BubbleLayout.fit(input, inner, plotH, 64);
            for (int i = 0; i < bubbles.size(); i++) {
                BubbleLayout.Placed p = placed.get(i);
                bubbles.get(i).setLabelMax(p.labelWidth(), p.labelLines());
                bubbles.get(i).relocateCentre(PAD + p.x(), top + p.y(), p.labelLeft());
            }
        }
    }

    /** One client: a circle sized by revenue with its name beside it; hover explains, click opens. */
    public final class BubbleNode extends Group {
        private double labelMax = 132;
        private int labelLines = 1;
        private javafx.scene.text.Font twoLineFont;
        private double twoLineWidth;
        private final Placement placement;
        private final Circle circle = new Circle(MIN_RADIUS);
        private final Label label = new Label();
        private final double fx;
        private final double fy;

        BubbleNode(Placement p, Matrix m, ScoringSettings settings) {
            this.placement = p;
            setId("bubble-" + p.client().id());
            getStyleClass().add("bubble");
            if (!m.countsRevenue(p.client())) {
                getStyleClass().add("no-revenue");
            }
            if (m.concentrated().stream().anyMatch(c -> c.placement().client().id().equals(p.client().id()))) {
                getStyleClass().add("concentrated");
            }
            circle.getStyleClass().add("bubble-circle");
            label.setText(p.client().name());
            label.getStyleClass().add("bubble-label");
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            getChildren().addAll(circle, label);
            fx = BubbleLayout.within(p.relationship(), settings.limits());
            fy = 1 - BubbleLayout.within(p.attractiveness(), settings.limits());
            Tooltip.install(this, tooltip(ScoreExplanation.text(p, m, messages)));
            setCursor(Cursor.HAND);
            setOnMouseClicked(e -> openClient.accept(p.client().id()));
            setAccessibleText(p.client().name());
        }

        public long clientId() {
            return placement.client().id();
        }

        public Placement placement() {
            return placement;
        }

        BigDecimal revenue() {
            return placement.client().revenue();
        }

        double fx() {
            return fx;
        }

        double fy() {
            return fy;
        }

        double radius() {
            return circle.getRadius();
        }

        void setRadius(double r) {
            circle.setRadius(r);
        }

        void setLabelMax(double max, int lines) {
            labelMax = max;
            labelLines = lines;
            label.setMaxWidth(max); // the group sizes its children itself, within their maximum
            label.setWrapText(lines > 1);
        }

        double labelWidth() {
            return Math.min(labelMax, naturalLabelWidth());
        }

        double naturalLabelWidth() {
            double max = label.getMaxWidth();
            label.setMaxWidth(Double.MAX_VALUE);
            double w = label.prefWidth(-1);
            label.setMaxWidth(max);
            return w;
        }

        double labelHeight() {
            return label.prefHeight(-1);
        }

        /**
         * The least width that holds the name on two lines without breaking a word, as the label wraps
         * it (its own width when it has one word).
         */
        double twoLineWidth() {
            // measured once per font: the cell lays its bubbles out on every layout pass
            if (label.getFont() != twoLineFont) {
                twoLineFont = label.getFont();
                twoLineWidth = measureTwoLineWidth();
            }
            return twoLineWidth;
        }

        private double measureTwoLineWidth() {
            javafx.scene.text.Text t = new javafx.scene.text.Text(label.getText());
            t.setFont(label.getFont());
            double natural = t.getLayoutBounds().getWidth();
            double oneLine = t.getLayoutBounds().getHeight();
            double longest = 0;
            for (String word : label.getText().split("\\s+")) {
                javafx.scene.text.Text w = new javafx.scene.text.Text(word);
                w.setFont(label.getFont());
                longest = Math.max(longest, w.getLayoutBounds().getWidth());
            }
            double lo = longest;
            double hi = natural;
            for (int i = 0; i < 14 && hi - lo > 0.5; i++) {
                double mid = (lo + hi) / 2;
                t.setWrappingWidth(mid);
                if (t.getLayoutBounds().getHeight() <= 2 * oneLine + 0.5) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return Math.ceil(hi) + 2 + label.getPadding().getLeft() + label.getPadding().getRight();
        }

        /** Puts the circle's centre at (x, y) with the name beside it. */
        void relocateCentre(double x, double y, boolean labelLeft) {
            double lw = labelWidth();
            double r = circle.getRadius();
            double gap = BubbleLayout.LABEL_GAP;
            double lh = labelLines > 1 ? Math.min(label.prefHeight(lw), labelLines * labelHeight()) : labelHeight();
            // a name on two lines keeps to the bubble's side
            label.setTextAlignment(labelLeft ? javafx.scene.text.TextAlignment.RIGHT : javafx.scene.text.TextAlignment.LEFT);
            label.setAlignment(labelLeft ? javafx.geometry.Pos.CENTER_RIGHT : javafx.geometry.Pos.CENTER_LEFT);
            label.resizeRelocate(labelLeft ? -r - gap - lw : r + gap, -lh / 2, lw, lh);
            setLayoutX(x);
            setLayoutY(y);
        }
    }
}
