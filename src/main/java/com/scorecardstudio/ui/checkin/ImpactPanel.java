package com.scorecardstudio.ui.checkin;

import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.Trend;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.ImpactLines;
import com.scorecardstudio.session.CheckinModel;
import com.scorecardstudio.ui.common.Icons;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The chosen indicator's trend and impact (methodology §2) under the Check-in list: its actuals over
 * the review periods up to the chosen one, drawn against the baseline and the target, and the
 * impact statement in the method's six points with its hints, in the same words as the summary.
 */
final class ImpactPanel extends VBox {
    private final Messages messages;
    private final LocalNumbers numbers;
    private final Label title = new Label();
    private final Label movement = new Label();
    private final CategoryAxis periods = new CategoryAxis();
    private final NumberAxis values = new NumberAxis();
    private final LineChart<String, Number> chart = new LineChart<>(periods, values);
    private final GridPane statement = new GridPane();
    private final VBox hints = new VBox(2);

    ImpactPanel(Messages messages, Runnable close) {
        this.messages = messages;
        this.numbers = LocalNumbers.of(messages.locale());
        setId("impactPanel");
        getStyleClass().add("impact-panel");
        setSpacing(8);
        setPadding(new Insets(12, 16, 12, 16));

        title.setId("impactTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        movement.setId("impactMovement");
        movement.getStyleClass().add(Styles.TEXT_MUTED);
        movement.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button hide = new Button(null, Icons.of(Feather.X));
        hide.setId("impactClose");
        com.scorecardstudio.ui.common.EditLock.keep(hide);
        hide.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        hide.setAccessibleText(messages.get("common.close"));
        hide.setOnAction(e -> close.run());
        HBox head = new HBox(12, title, movement, spacer, hide);
        head.setAlignment(Pos.CENTER_LEFT);

        chart.setId("impactChart");
        chart.getStyleClass().add("impact-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        chart.setLegendSide(javafx.geometry.Side.RIGHT); // beside the lines: below them it would take their height
        chart.setMinSize(440, 190); // room for the legend beside the lines
        chart.setPrefSize(580, 210);
        values.setForceZeroInRange(false);
        periods.setAutoRanging(false); // the periods in their order, not in the order the series meet them
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return numbers.format(new BigDecimal(n.toString()), 2);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });

        statement.setId("impactStatement");
        statement.setHgap(12);
        statement.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        texts.setMinWidth(120);
        statement.getColumnConstraints().setAll(labels, texts);
        VBox words = new VBox(8, statement, hints);
        words.setMinWidth(220);
        words.setPrefWidth(640);
        HBox body = new HBox(16, chart, words);
        // a wide window gives the chart its room first; the words wrap within theirs
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(words, Priority.SOMETIMES);
        getChildren().addAll(head, body);
    }

    void show(CheckinModel.Detail d) {
        Indicator ind = d.statement().indicator();
        String unit = ind.unit().isEmpty() ? "" : " (" + ind.unit() + ")";
        title.setText((ind.name().isEmpty() ? messages.get("summary.untitled") : ind.name()) + unit);
        Trend trend = d.trend();
        movement.setText(messages.get("impact.movement." + trend.movement().key()));

        XYChart.Series<String, Number> actuals = new XYChart.Series<>();
        actuals.setName(messages.get("impact.chart.actual"));
        List<Period> shown = trend.points().stream().map(Trend.Point::period).toList();
        for (Trend.Point p : trend.points()) {
            if (p.value() != null) {
                actuals.getData().add(new XYChart.Data<>(p.period().id(), p.value()));
            }
        }
        List<XYChart.Series<String, Number>> all = new java.util.ArrayList<>();
        all.add(actuals);
        all.add(level(messages.get("impact.chart.baseline"), ind.baselineValue(), shown));
        all.add(level(messages.get("impact.chart.target"), ind.targetValue(), shown));
        // every period on the axis, in order, also those without an actual yet
        periods.getCategories().setAll(shown.stream().map(Period::id).toList());
        chart.getData().setAll(all);

        statement.getChildren().clear();
        int row = 0;
        for (ImpactLines.Line l : new ImpactLines(messages).of(d.statement())) {
            Label label = new Label(l.label());
            label.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
            Label text = new Label(l.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add(Styles.TEXT_SMALL);
            statement.addRow(row++, label, text);
        }
        hints.getChildren().setAll(new ImpactLines(messages).hints(d.statement()).stream().map(h -> {
            Label l = new Label("⚠ " + h);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
            return l;
        }).toList());
    }

    /** A level drawn across every period shown (baseline, target); empty when there is none. */
    private static XYChart.Series<String, Number> level(String name, BigDecimal v, List<Period> shown) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        if (v != null) {
            for (Period p : shown) {
                s.getData().add(new XYChart.Data<>(p.id(), v));
            }
        }
        return s;
    }

    /** The statement's points as shown, "label: text" (tests). */
    List<String> shownStatement() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < statement.getChildren().size(); i += 2) {
            lines.add(((Label) statement.getChildren().get(i)).getText() + ": " + ((Label) statement.getChildren().get(i + 1)).getText());
        }
        return lines;
    }

    int plottedActuals() {
        return chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
    }
}
