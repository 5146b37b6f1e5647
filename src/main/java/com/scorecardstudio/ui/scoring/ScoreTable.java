package com.scorecardstudio.ui.scoring;

import com.scorecardstudio.session.ClientRow;
import com.scorecardstudio.session.ClientsModel;
import atlantafx.base.theme.Styles;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.AxisScore;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.CriterionNames;
import com.scorecardstudio.report.StrategyTexts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Clients with a column per criterion, for fast scoring from the keyboard: select a score cell and
 * type 1–5 (the focus moves on to the next criterion), Delete or Backspace clears it, arrows and
 * Tab move, Enter opens the client. Each axis ends with the client's score; the last column is the
 * cell it lands in.
 */
public final class ScoreTable extends TableView<ClientRow> {
    private static final double SCORE_WIDTH = 112;
    private final ClientsModel vm;
    private final Messages messages;
    private final Consumer<ClientRow> open;

    public ScoreTable(ClientsModel vm, Messages messages, Consumer<ClientRow> open) {
        this.vm = vm;
        this.messages = messages;
        this.open = open;
        setId("scoreTable");
        getStyleClass().addAll("score-grid", Styles.BORDERED);
        getSelectionModel().setCellSelectionEnabled(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        SortedList<ClientRow> sorted = new SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        buildColumns(vm.criteria());
        vm.criteriaVersionProperty().addListener((o, a, c) -> buildColumns(c));
        setRowFactory(t -> {
            TableRow<ClientRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void buildColumns(List<Criterion> criteria) {
        TableColumn<ClientRow, String> name = text("name", messages.get("clients.field.name"), Client::name, 210);
        name.setCellFactory(c -> styled("name-cell"));
        TableColumn<ClientRow, String> segment = text("segment", messages.get("clients.field.segment"), Client::segment, 140);
        TableColumn<ClientRow, BigDecimal> revenue = new TableColumn<>(messages.get("clients.field.revenue"));
        revenue.setId("col-revenue");
        revenue.setPrefWidth(120);
        revenue.setCellValueFactory(c -> Bindings.createObjectBinding(() -> c.getValue().client().revenue(),
                c.getValue().clientProperty()));
        revenue.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        revenue.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : LocalNumbers.of(messages.locale()).format(item, 2));
                getStyleClass().remove("number-cell");
                getStyleClass().add("number-cell");
            }
        });
        TableColumn<ClientRow, String> currency = text("currency", messages.get("clients.field.currency"), Client::currency, 70);
        getColumns().setAll(List.of(name, segment, revenue, currency));
        for (Axis axis : Axis.values()) {
            TableColumn<ClientRow, Object> group = new TableColumn<>(messages.get("scoring.axis." + axis.key()));
            group.setId("group-" + axis.key());
            for (Criterion c : criteria) {
                if (c.axis() == axis) {
                    group.getColumns().add(scoreColumn(c));
                }
            }
            group.getColumns().add(resultColumn(axis));
            getColumns().add(group);
        }
        getColumns().add(cellColumn());
    }

    private TableColumn<ClientRow, String> text(String id, String title, Function<Client, String> value, double width) {
        TableColumn<ClientRow, String> col = new TableColumn<>(title);
        col.setId("col-" + id);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue().client()),
                c.getValue().clientProperty()));
        return col;
    }

    private static TableCell<ClientRow, String> styled(String styleClass) {
        TableCell<ClientRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    /** The width of the longest word of a header in the table's font (bold, as headers are drawn). */
    private static double longestWord(String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, 14));
        double max = 0;
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            max = Math.max(max, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(max);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TableColumn scoreColumn(Criterion criterion) {
        TableColumn<ClientRow, Integer> col = new TableColumn<>();
        String full = CriterionNames.name(criterion, messages);
        Label header = new Label(full);
        header.setWrapText(true);
        header.getStyleClass().add("score-header");
        // wide enough for the header's longest word: wrapped between words, never inside one
        // ("Рентабельн/ость")
        double width = Math.max(SCORE_WIDTH, longestWord(full) + 14 + 12);
        header.setMaxWidth(width - 14);
        header.setPrefWidth(width - 14);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.setAlignment(Pos.CENTER);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setTooltip(new Tooltip(full + "  ·  " + messages.get("scoring.setup.column.weight") + " "
                + LocalNumbers.of(messages.locale()).format(criterion.weight(), 2)));
        col.setGraphic(header);
        col.setId("score-" + criterion.key());
        col.setUserData(criterion);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> c.getValue().score(criterion.id()));
        col.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        col.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("score-cell");
            }

            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("score-1", "score-2", "score-3", "score-4", "score-5");
                if (empty || item == null) {
                    setText(empty ? null : "·");
                } else {
                    setText(String.valueOf(item));
                    getStyleClass().add("score-" + item);
                }
            }
        });
        return col;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TableColumn resultColumn(Axis axis) {
        TableColumn<ClientRow, BigDecimal> col = new TableColumn<>(messages.get("scoring.column.score"));
        col.setId("result-" + axis.key());
        col.setPrefWidth(84);
        col.setCellValueFactory(c -> Bindings.createObjectBinding(() -> {
            Placement p = c.getValue().placement();
            AxisScore s = p == null ? null : p.score(axis);
            return s == null ? null : s.rounded();
        }, c.getValue().placementProperty()));
        col.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        col.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("result-cell");
            }

            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : LocalNumbers.of(messages.locale()).two(item));
            }
        });
        return col;
    }

    private TableColumn<ClientRow, Placement> cellColumn() {
        TableColumn<ClientRow, Placement> col = new TableColumn<>(messages.get("scoring.column.cell"));
        col.setId("col-cell");
        col.setPrefWidth(200);
        col.setCellValueFactory(c -> c.getValue().placementProperty());
        col.setComparator(Comparator.comparing((Placement p) -> p == null ? -1
                : p.cell().map(x -> x.attractiveness().ordinal() * 3 + x.relationship().ordinal()).orElse(-1)));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Placement p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                if (empty || p == null || p.cell().isEmpty()) {
                    return;
                }
                Cell cell = p.cell().get();
                Region chip = new Region();
                chip.getStyleClass().addAll("zone-chip", "zone-" + cell.zone().key());
                Label text = new Label(messages.get("scoring.band.attractiveness." + cell.attractiveness().key(Axis.ATTRACTIVENESS))
                        + " · " + messages.get("scoring.band.relationship." + cell.relationship().key(Axis.RELATIONSHIP)));
                HBox box = new HBox(8, chip, text);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setTooltip(new Tooltip(StrategyTexts.zoneName(cell.zone(), messages)));
            }
        });
        return col;
    }

    // ------------------------------------------------------------------ keyboard

    private void onKey(KeyEvent e) {
        TablePosition<ClientRow, ?> pos = getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getRow() >= getItems().size()) {
            return;
        }
        ClientRow row = getItems().get(pos.getRow());
        Criterion criterion = pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof Criterion c ? c : null;
        Integer digit = digit(e.getCode());
        boolean editable = vm.editableProperty().get(); // a reader moves through the scores, never changes them
        if (editable && criterion != null && digit != null && !e.isShortcutDown() && !e.isAltDown()) {
            vm.setScore(row.id(), criterion.id(), digit);
            move(pos, +1);
            e.consume();
        } else if (editable && criterion != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
            vm.setScore(row.id(), criterion.id(), null);
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            move(pos, e.isShiftDown() ? -1 : +1);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            open.accept(row);
            e.consume();
        }
    }

    private static Integer digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> null;
        };
    }

    /** Moves the focus one cell along the row, on to the next or previous row at the ends. */
    private void move(TablePosition<ClientRow, ?> pos, int direction) {
        List<TableColumn<ClientRow, ?>> columns = getVisibleLeafColumns();
        int col = columns.indexOf(pos.getTableColumn()) + direction;
        int row = pos.getRow();
        if (col >= columns.size()) {
            col = 0;
            row++;
        } else if (col < 0) {
            col = columns.size() - 1;
            row--;
        }
        if (row < 0 || row >= getItems().size()) {
            return;
        }
        getSelectionModel().clearAndSelect(row, columns.get(col));
        getFocusModel().focus(row, columns.get(col));
        scrollToColumn(columns.get(col));
        scrollTo(Math.max(0, row - 3));
    }

    /** Focuses a score cell, as a click would (for the keyboard and for tests). */
    public void focusScore(ClientRow row, Criterion criterion) {
        int r = getItems().indexOf(row);
        for (TableColumn<ClientRow, ?> c : getVisibleLeafColumns()) {
            if (c.getUserData() instanceof Criterion x && x.id().equals(criterion.id())) {
                getSelectionModel().clearAndSelect(r, c);
                getFocusModel().focus(r, c);
                scrollToColumn(c);
                requestFocus();
                return;
            }
        }
    }
}
