package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Progress;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Band;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.report.StrategyTexts;
import com.scorecardstudio.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFConnector;
import com.scorecardstudio.ooxml.ConnectorPaths;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo exported and read back with POI: every sheet holds what the issue asks, in both languages. */
class ExportWorkbookTest {
    @TempDir
    Path dir;

    private record Exported(ExportData data, Path file, XSSFWorkbook wb, Messages m) {
        Sheet sheet(String key) {
            return wb.getSheet(SessionWorkbook.sheetName(m, key));
        }
    }

    private Exported demo(Language language) throws Exception {
        Path dbFile = dir.resolve("demo-" + language.code() + ".mv.db");
        ExportData data;
        try (Database db = TestDatabases.open(dbFile)) {
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), language, LocalDate.of(2026, 11, 22));
            data = ExportData.read(db.store(TestDatabases.fixedClock()), s.id()).orElseThrow();
            assertThat(data.map().links()).hasSize(new com.scorecardstudio.db.MapRepository(db.dsl()).read(s.id()).links().size());
        }
        return export(data, language, null);
    }

    private Exported export(ExportData data, Language language, char[] password) throws Exception {
        Messages m = new Messages(language);
        Path file = dir.resolve("out-" + language.code() + ".xlsx");
        ExcelExport.write(data, m, file, password, p -> { });
        return new Exported(data, file, password == null ? (XSSFWorkbook) WorkbookFactory.create(file.toFile()) : null, m);
    }

    @Test
    void theSheetsAreNamedInTheChosenLanguageInOrder() throws Exception {
        for (Language language : Language.values()) {
            Exported e = demo(language);
            List<String> names = new ArrayList<>();
            e.wb().forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly(java.util.Arrays.stream(SessionWorkbook.SHEETS)
                    .map(k -> SessionWorkbook.sheetName(e.m(), k)).toArray(String[]::new));
            if (language == Language.RU) {
                assertThat(names).contains("Стратегическая карта", "Матрица клиентов");
            }
        }
    }

    @Test
    void theCyrillicDemoRoundTrips() throws Exception {
        Exported e = demo(Language.RU);
        Sheet goals = e.sheet("goals");
        List<String> titles = column(goals, 2, GoalsSheet.HEADER_ROW + 1);
        for (Goal g : e.data().content().goals()) {
            assertThat(titles).contains(g.title());
            assertThat(g.title()).matches(".*[а-яА-Я].*");
        }
        assertThat(text(e.sheet("overview"), 0, 0)).isEqualTo(e.data().content().session().title());
        assertThat(text(goals, GoalsSheet.HEADER_ROW, 0)).isEqualTo("Перспектива");
    }

    @Test
    void theMapHasALanePerPerspectiveAndABoxPerGoal() throws Exception {
        Exported e = demo(Language.EN);
        XSSFDrawing drawing = (XSSFDrawing) e.sheet("map").getDrawingPatriarch();
        assertThat(drawing).isNotNull();
        List<XSSFSimpleShape> boxes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<XSSFShape> shapes = drawing.getShapes();
        for (XSSFShape shape : shapes) {
            if (shape instanceof XSSFSimpleShape ss) {
                texts.add(ss.getText());
                if (ss.getCTShape().getSpPr().isSetPrstGeom() && ss.getShapeType() == ShapeTypes.ROUND_RECT) {
                    boxes.add(ss);
                }
            }
        }
        assertThat(boxes).hasSize(e.data().content().goals().size());
        for (Stage stage : Stage.values()) {
            assertThat(texts).contains(e.m().get("stage." + stage.key()));
        }
        // each card is named after its goal and shows its owner and a dot per indicator
        Map<String, XSSFSimpleShape> cardByName = new java.util.HashMap<>();
        boxes.forEach(b -> cardByName.put(b.getShapeName(), b));
        for (Goal g : e.data().content().goals()) {
            XSSFSimpleShape card = cardByName.get(MapSheet.shorten(g.title(), 120));
            assertThat(card).as(g.title()).isNotNull();
            String text = card.getText();
            if (!g.indicators().isEmpty()) {
                assertThat(text.chars().filter(ch -> ch == '●' || ch == '○').count()).as(g.title()).isEqualTo(g.indicators().size());
            }
            if (!g.owner().isBlank()) {
                // a card with dots from dot-voting gives the count room: the owner may be cut shorter, never dropped
                int shown = g.totalVotes() > 0 ? 4 : 8;
                assertThat(text).contains(g.owner().substring(0, Math.min(shown, g.owner().length())));
            }
            if (g.totalVotes() > 0) {
                assertThat(text).as(g.title()).endsWith(e.m().get("export.map.card.votes", g.totalVotes()));
            } else {
                assertThat(text).as(g.title()).doesNotContain(" dot");
            }
        }
        assertThat(e.data().content().goals()).anyMatch(g -> g.totalVotes() > 0);
        // the demo's links (issue 4): an arrow along its route,
        // named "cause → effect", all drawn before (under) the cards
        Map<Long, Goal> goalById = new java.util.HashMap<>();
        e.data().content().goals().forEach(g -> goalById.put(g.id(), g));
        assertThat(e.data().map().links()).isNotEmpty();
        List<Long> ids = new ArrayList<>();
        for (XSSFShape shape : shapes) {
            ids.add(shape instanceof XSSFConnector c ? c.getCTConnector().getNvCxnSpPr().getCNvPr().getId()
                    : ((XSSFSimpleShape) shape).getCTShape().getNvSpPr().getCNvPr().getId());
        }
        assertThat(ids).doesNotHaveDuplicates();
        int firstCard = shapes.indexOf(boxes.get(0));
        Map<String, String[]> ends = new java.util.HashMap<>();
        for (MapSheet.Link link : e.data().map().links()) {
            String cause = goalById.get(link.causeGoalId()).title();
            String effect = goalById.get(link.effectGoalId()).title();
            String name = e.m().get("export.map.shape.link", MapSheet.shorten(cause, 40), MapSheet.shorten(effect, 40));
            XSSFShape drawn = shapes.stream().filter(sh -> name.equals(sh.getShapeName())).findFirst().orElse(null);
            assertThat(drawn).as(name).isNotNull();
            assertThat(shapes.indexOf(drawn)).as("under the cards: " + name).isLessThan(firstCard);
            assertThat(drawn).as(name).isInstanceOf(XSSFSimpleShape.class);
            var sp = ((XSSFSimpleShape) drawn).getCTShape().getSpPr();
            assertThat(sp.isSetCustGeom()).as("a freeform along the route: " + name).isTrue();
            assertThat(sp.getLn().isSetTailEnd()).as("arrowhead at the effect: " + name).isTrue();
            assertThat(sp.getLn().isSetPrstDash()).as("dashed exactly when weak: " + name)
                    .isEqualTo(link.strength() == com.scorecardstudio.domain.map.LinkStrength.WEAK);
            ends.put(name, new String[] {MapSheet.shorten(cause, 120), MapSheet.shorten(effect, 120)});
        }
        // along the app's routes (issue 15): from the cause's edge to the effect's, square bends, through no
        // other card, a link within a lane over the cards between
        assertThat(routeProblems(drawing, boxes, ends)).isEmpty();
    }

    /**
     * Every link arrow (by name, with the names of its cause and effect boxes) drawn from edge to edge of
     * its boxes along square bends, through no other box, where Excel puts them: what is wrong, in words.
     */
    static List<String> routeProblems(XSSFDrawing drawing, List<XSSFSimpleShape> boxes, Map<String, String[]> ends) {
        Map<String, double[]> byName = new java.util.HashMap<>();
        for (XSSFSimpleShape b : boxes) {
            byName.put(b.getShapeName(), placed(b));
        }
        List<String> out = new ArrayList<>();
        for (XSSFShape shape : drawing.getShapes()) {
            String[] link = ends.get(shape.getShapeName());
            if (link == null) {
                continue;
            }
            // the freeform's path, scaled from its own units into the box Excel gives it by its anchor
            double[] at = placed((XSSFSimpleShape) shape);
            var path = ((XSSFSimpleShape) shape).getCTShape().getSpPr().getCustGeom().getPathLst().getPathArray(0);
            double[] pts = new double[2 + 2 * path.getLnToArray().length];
            pts[0] = at[0] + emu(path.getMoveToArray(0).getPt().getX()) * at[2] / path.getW();
            pts[1] = at[1] + emu(path.getMoveToArray(0).getPt().getY()) * at[3] / path.getH();
            for (int i = 0; i < path.getLnToArray().length; i++) {
                pts[2 + 2 * i] = at[0] + emu(path.getLnToArray(i).getPt().getX()) * at[2] / path.getW();
                pts[3 + 2 * i] = at[1] + emu(path.getLnToArray(i).getPt().getY()) * at[3] / path.getH();
            }
            Map<String, double[]> others = new java.util.HashMap<>(byName);
            others.remove(link[0]);
            others.remove(link[1]);
            ConnectorPaths.problems(pts, byName.get(link[0]), byName.get(link[1]), others, 1.5 * 9525)
                    .forEach(p -> out.add(shape.getShapeName() + ": " + p));
        }
        return out;
    }

    /** Where Excel puts a shape: its anchor on the map's grid of equal cells, in EMU. */
    private static double[] placed(XSSFSimpleShape s) {
        var a = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) s.getAnchor();
        double x1 = a.getCol1() * MapSheet.CELL_W * 9525.0 + a.getDx1();
        double y1 = a.getRow1() * MapSheet.CELL_H * 9525.0 + a.getDy1();
        double x2 = a.getCol2() * MapSheet.CELL_W * 9525.0 + a.getDx2();
        double y2 = a.getRow2() * MapSheet.CELL_H * 9525.0 + a.getDy2();
        return new double[] {x1, y1, x2 - x1, y2 - y1};
    }

    private static double emu(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v));
    }

    @Test
    void everyLinkIsAnArrowAlongItsRouteBetweenItsBoxes() throws Exception {
        List<Goal> goals = List.of(goal(1, Stage.LEARNING_GROWTH, "it_stack", "Train the team"),
                goal(2, Stage.INTERNAL_PROCESSES, "operational", "Faster processes"),
                goal(3, Stage.CUSTOMER, "service", "Happier customers"),
                goal(4, Stage.FINANCIAL, "cost_structure", "Margin up"),
                goal(5, Stage.FINANCIAL, "profit_growth", "New markets"),
                goal(6, Stage.FINANCIAL, "profit_growth", "Bigger deals"));
        MapSheet.Input layout = MapSheet.Input.laneLayout(goals);
        // 4 → 6 runs along the financial lane past 5: over it, never through it
        List<MapSheet.Link> links = List.of(new MapSheet.Link(1, 2), new MapSheet.Link(2, 3), new MapSheet.Link(3, 4),
                new MapSheet.Link(4, 5), new MapSheet.Link(3, 5), new MapSheet.Link(4, 6));
        MapSheet.Input input = new MapSheet.Input(layout.width(), layout.height(), layout.lanes(), layout.boxes(), links);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Messages m = new Messages(Language.EN);
            var sheet = wb.createSheet("map");
            MapSheet.write(sheet, sheet.createDrawingPatriarch(), wb, new Styles(wb, Language.EN), m, input, "T", "D");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            try (XSSFWorkbook back = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                XSSFDrawing d = back.getSheetAt(0).getDrawingPatriarch();
                List<XSSFSimpleShape> cards = d.getShapes().stream().filter(sh -> sh instanceof XSSFSimpleShape ss
                        && ss.getCTShape().getSpPr().isSetPrstGeom() && ss.getShapeType() == ShapeTypes.ROUND_RECT && goals.stream().anyMatch(g -> g.title().equals(ss.getShapeName())))
                        .map(sh -> (XSSFSimpleShape) sh).toList();
                assertThat(cards).hasSize(goals.size());
                Map<String, String[]> ends = new java.util.HashMap<>();
                for (MapSheet.Link l : links) {
                    String cause = goals.get((int) l.causeGoalId() - 1).title();
                    String effect = goals.get((int) l.effectGoalId() - 1).title();
                    ends.put(m.get("export.map.shape.link", cause, effect), new String[] {cause, effect});
                }
                assertThat(d.getShapes().stream().map(XSSFShape::getShapeName)).containsAll(ends.keySet());
                assertThat(routeProblems(d, cards, ends)).isEmpty();
            }
        }
    }

    @Test
    void goalsSheetHasARowPerIndicatorAndLiveProgressEqualToTheApps() throws Exception {
        Exported e = demo(Language.EN);
        Sheet sheet = e.sheet("goals");
        FormulaEvaluator ev = e.wb().getCreationHelper().createFormulaEvaluator();
        List<Indicator> expected = new ArrayList<>();
        int rows = 0;
        for (Goal g : GoalsSheet.ordered(e.data().content().goals())) {
            rows += Math.max(1, g.indicators().size());
            expected.addAll(g.indicators());
        }
        assertThat(sheet.getLastRowNum() - GoalsSheet.HEADER_ROW).isEqualTo(rows);
        GoalsSheet.Columns columns = GoalsSheet.Columns.of(e.data().content().goals());
        int checked = 0;
        for (int r = GoalsSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String name = row.getCell(columns.of("indicator")).getStringCellValue();
            Indicator i = expected.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (i == null) {
                continue;
            }
            var cell = row.getCell(columns.of("progress"));
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            var value = ev.evaluate(cell);
            var app = Progress.of(i);
            if (app.isPresent()) {
                assertThat(value.getNumberValue()).as(name).isCloseTo(app.get(), org.assertj.core.data.Offset.offset(1e-12));
                checked++;
            } else {
                assertThat(value.getStringValue()).as(name).isEmpty();
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void actionPlanHasARowPerInitiativeByDueDateWithALiveTotal() throws Exception {
        Exported e = demo(Language.EN);
        Sheet sheet = e.sheet("plan");
        int initiatives = e.data().content().goals().stream().mapToInt(g -> g.initiatives().size()).sum();
        List<LocalDate> dues = new ArrayList<>();
        for (int r = ActionPlanSheet.HEADER_ROW + 1; r <= ActionPlanSheet.HEADER_ROW + initiatives; r++) {
            var due = sheet.getRow(r).getCell(5);
            if (due.getCellType() == CellType.NUMERIC) {
                dues.add(due.getLocalDateTimeCellValue().toLocalDate());
            }
        }
        assertThat(dues).isSorted().isNotEmpty();
        // a colour per status, the overdue due dates, the Gantt bars (overdue, running)
        assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(4 + 1 + 2);
        assertThat(sheet.getDataValidations()).hasSize(1);
        Row total = sheet.getRow(ActionPlanSheet.HEADER_ROW + initiatives + 1);
        assertThat(total.getCell(ActionPlanSheet.BUDGET).getCellFormula()).startsWith("SUBTOTAL(109,");
        double sum = e.data().content().goals().stream().flatMap(g -> g.initiatives().stream())
                .filter(i -> i.budget() != null).mapToDouble(i -> i.budget().doubleValue()).sum();
        assertThat(e.wb().getCreationHelper().createFormulaEvaluator().evaluate(total.getCell(ActionPlanSheet.BUDGET)).getNumberValue())
                .isEqualTo(sum);
    }

    @Test
    void everyClientIsInItsMatrixCell() throws Exception {
        Exported e = demo(Language.EN);
        Sheet sheet = e.sheet("matrix");
        Matrix matrix = e.data().matrix();
        assertThat(matrix.placements()).isNotEmpty();
        for (Cell cell : Cell.all()) {
            String text = sheet.getRow(MatrixSheet.namesRow(cell.attractiveness()))
                    .getCell(MatrixSheet.column(cell.relationship())).getStringCellValue();
            for (Placement p : matrix.cell(cell).clients()) {
                assertThat(text).as(cell.key()).contains(p.client().name());
            }
            for (Placement p : matrix.placements()) {
                if (!p.cell().map(cell::equals).orElse(false)) {
                    assertThat(text).as(cell.key()).doesNotContain(p.client().name() + ",");
                }
            }
        }
        FormulaEvaluator ev = e.wb().getCreationHelper().createFormulaEvaluator();
        var title = sheet.getRow(MatrixSheet.namesRow(Band.HIGH) - 1).getCell(MatrixSheet.column(Band.LOW));
        assertThat(ev.evaluate(title).getStringValue())
                .endsWith(": " + matrix.cell(new Cell(Band.HIGH, Band.LOW)).clients().size());
        assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getDrawingPatriarch().getCharts()).hasSize(1);
    }

    @Test
    void scoresAreLiveFormulasEqualToTheAppsEvenAfterAWeightChanges() throws Exception {
        Exported e = demo(Language.EN);
        Sheet sheet = e.sheet("scores");
        ScoresSheet.Layout layout = layout(e);
        assertFormulasMatch(e, sheet, e.data().scoring().criteria(), e.data().scoring().scores());

        // the reader doubles the first weight and changes a score: the results move as the app's would
        var criteria = new ArrayList<>(ScoresSheet.criteria(e.data().scoring()));
        criteria.set(0, criteria.get(0).withWeight(criteria.get(0).weight().multiply(BigDecimal.valueOf(3))));
        sheet.getRow(ScoresSheet.WEIGHT_ROW).getCell(ScoresSheet.FIRST_CRITERION).setCellValue(criteria.get(0).weight().doubleValue());
        Map<Long, Map<Long, Integer>> scores = new java.util.HashMap<>();
        e.data().scoring().scores().forEach((k, v) -> scores.put(k, new java.util.HashMap<>(v)));
        Placement first = ScoresSheet.ordered(e.data().matrix()).get(0);
        scores.get(first.client().id()).put(criteria.get(1).id(), 1);
        sheet.getRow(ScoresSheet.FIRST_DATA_ROW).getCell(ScoresSheet.FIRST_CRITERION + 1).setCellValue(1);
        assertThat(layout.criteria()).isEqualTo(criteria.size());
        assertFormulasMatch(e, sheet, criteria, scores);
    }

    private ScoresSheet.Layout layout(Exported e) {
        int n = e.data().scoring().criteria().size();
        return new ScoresSheet.Layout("x", n, ScoresSheet.FIRST_DATA_ROW, 0, Map.of());
    }

    private void assertFormulasMatch(Exported e, Sheet sheet, List<com.scorecardstudio.domain.scoring.Criterion> criteria,
                                     Map<Long, ? extends Map<Long, Integer>> scores) {
        ScoresSheet.Layout layout = layout(e);
        FormulaEvaluator ev = e.wb().getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        var settings = e.data().scoring().settings();
        Matrix app = com.scorecardstudio.domain.scoring.Scoring.compute(criteria, e.data().scoring().clients(), scores, settings);
        int r = ScoresSheet.FIRST_DATA_ROW;
        for (Placement exported : ScoresSheet.ordered(e.data().matrix())) {
            Row row = sheet.getRow(r++);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(exported.client().name());
            Placement p = app.placement(exported.client().id()).orElseThrow();
            check(ev, row.getCell(layout.attractivenessScore()), row.getCell(layout.attractivenessBand()), p.attractiveness(),
                    Axis.ATTRACTIVENESS, e.m());
            check(ev, row.getCell(layout.relationshipScore()), row.getCell(layout.relationshipBand()), p.relationship(),
                    Axis.RELATIONSHIP, e.m());
            String zone = ev.evaluate(row.getCell(layout.zone())).getStringValue();
            assertThat(zone).as(p.client().name()).isEqualTo(p.zone().map(z -> StrategyTexts.zoneName(z, e.m())).orElse(""));
        }
    }

    private static void check(FormulaEvaluator ev, org.apache.poi.ss.usermodel.Cell score, org.apache.poi.ss.usermodel.Cell band,
                              com.scorecardstudio.domain.scoring.AxisScore app, Axis axis, Messages m) {
        assertThat(score.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(band.getCellType()).isEqualTo(CellType.FORMULA);
        var value = ev.evaluate(score);
        if (app == null) {
            assertThat(value.getStringValue()).isEmpty();
            return;
        }
        assertThat(value.getNumberValue()).isEqualTo(app.rounded().doubleValue());
        assertThat(ev.evaluate(band).getStringValue()).isEqualTo(m.get("scoring.band." + axis.key() + "." + app.band().key(axis)));
    }

    @Test
    void randomWeightsAndScoresGiveTheAppsResultsExactly() throws Exception {
        java.util.Random random = new java.util.Random(20261122);
        List<com.scorecardstudio.domain.scoring.Criterion> criteria = new ArrayList<>();
        long id = 1;
        for (Axis axis : Axis.values()) {
            for (int i = 0; i < 4; i++) {
                BigDecimal weight = BigDecimal.valueOf(1 + random.nextInt(1000), 2); // 0.01 .. 10.00
                criteria.add(new com.scorecardstudio.domain.scoring.Criterion(id++, axis, axis.key() + i, "C" + i, weight));
            }
        }
        List<Client> clients = new ArrayList<>();
        Map<Long, Map<Long, Integer>> scores = new java.util.HashMap<>();
        for (int c = 0; c < 300; c++) {
            long clientId = 1000 + c;
            clients.add(new Client(clientId, "Client " + c, "", BigDecimal.valueOf(random.nextInt(100_000)), "EUR", ""));
            Map<Long, Integer> s = new java.util.HashMap<>();
            for (var criterion : criteria) {
                if (random.nextInt(6) > 0) {
                    s.put(criterion.id(), 1 + random.nextInt(5));
                }
            }
            scores.put(clientId, s);
        }
        var settings = new com.scorecardstudio.domain.scoring.ScoringSettings(
                new com.scorecardstudio.domain.scoring.BandLimits(new BigDecimal("2.50"), new BigDecimal("3.75")),
                BigDecimal.valueOf(25), Map.of());
        var scoring = new com.scorecardstudio.domain.scoring.ScoringSheet(1, criteria, clients, scores, settings);
        ExportData data = new ExportData(content(List.of()), scoring, scoring.matrix(), MapSheet.Input.laneLayout(List.of()));
        Exported e = export(data, Language.RU, null);
        assertFormulasMatch(e, e.sheet("scores"), criteria, scores);
    }

    @Test
    void userTextNeverBecomesAFormula() throws Exception {
        String[] evil = {"=HYPERLINK(\"http://x\",\"click\")", "+1+2", "-3-4", "@SUM(A1)", "=1+1"};
        Goal g = new Goal(1L, Stage.CUSTOMER, "service", evil[0], "", evil[1], null,
                List.of(new Indicator(2L, evil[2], evil[3], null, BigDecimal.ONE, null, BigDecimal.TEN, null, evil[4], null, "",
                        "", null, List.of(new Measurement(3L, LocalDate.of(2026, 1, 1), BigDecimal.valueOf(5))))),
                List.of(new Initiative(4L, evil[4], evil[0], null, null, null, InitiativeStatus.PLANNED)));
        var criteria = com.scorecardstudio.domain.scoring.DefaultCriteria.create();
        List<com.scorecardstudio.domain.scoring.Criterion> stored = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            stored.add(criteria.get(i).withId((long) i + 1));
        }
        Client client = new Client(9L, evil[3], evil[1], null, "", "");
        var scoring = new com.scorecardstudio.domain.scoring.ScoringSheet(1, stored, List.of(client),
                Map.of(9L, Map.of(1L, 5, 6L, 1)), com.scorecardstudio.domain.scoring.ScoringSettings.DEFAULT);
        ExportData data = new ExportData(content(List.of(g)), scoring, scoring.matrix(), MapSheet.Input.laneLayout(List.of(g)));
        Exported e = export(data, Language.EN, null);
        int quoted = 0;
        for (Sheet sheet : e.wb()) {
            for (Row row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        for (String s : evil) {
                            assertThat(cell.getCellFormula()).doesNotContain(s.substring(1));
                        }
                    } else if (cell.getCellType() == CellType.STRING && SafeText.needsQuotePrefix(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                        quoted++;
                    }
                }
            }
        }
        assertThat(quoted).isGreaterThanOrEqualTo(9);
        assertThat(text(e.sheet("goals"), GoalsSheet.HEADER_ROW + 1, 2)).isEqualTo(evil[0]);
    }

    @Test
    void everyFormulaCarriesTheResultTheAppComputedAsItsCachedValue() throws Exception {
        for (Language language : Language.values()) {
            Exported e = demo(language);
            FormulaEvaluator ev = e.wb().getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Sheet sheet : e.wb()) {
                for (Row row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        var value = ev.evaluate(cell);
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        if (value.getCellType() == CellType.ERROR) {
                            // only the chart's hidden helpers give #N/A (a point left out), computed on opening:
                            // the streaming writer cannot store an error as a cached result
                            assertThat(sheet.isColumnHidden(cell.getColumnIndex())).as(where).isTrue();
                            assertThat(value.getErrorValue()).as(where).isEqualTo(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
                        } else if (value.getCellType() == CellType.NUMERIC) {
                            assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getNumericCellValue()).as(where)
                                    .isCloseTo(value.getNumberValue(), org.assertj.core.data.Offset.offset(1e-9));
                        } else {
                            assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(CellType.STRING);
                            assertThat(cell.getStringCellValue()).as(where).isEqualTo(value.getStringValue());
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThan(100);
        }
    }

    @Test
    void everySheetIsSetUpForPrinting() throws Exception {
        Exported e = demo(Language.EN);
        for (Sheet s : e.wb()) {
            assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getHeader().getLeft()).isEqualTo(SheetWriter.headerText(e.data().content().session().title()));
            assertThat(s.getFooter().getRight()).isEqualTo("Page &P of &N");
        }
        for (String key : List.of("goals", "plan", "scores")) {
            Sheet s = e.sheet(key);
            assertThat(s.getPaneInformation()).as(key).isNotNull();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            var xs = (org.apache.poi.xssf.usermodel.XSSFSheet) s;
            // the scores' filter is their table's (a sheet filter beside a table is refused by Excel)
            assertThat(key.equals("scores") ? xs.getTables().get(0).getCTTable().isSetAutoFilter() : xs.getCTWorksheet().isSetAutoFilter())
                    .as(key).isTrue();
            assertThat(s.getRepeatingRows()).as(key).isNotNull();
        }
        assertThat(e.wb().getNumCellStyles()).isLessThan(80);
    }

    @Test
    void aPasswordEncryptsTheWorkbook() throws Exception {
        Path dbFile = dir.resolve("pw.mv.db");
        ExportData data;
        try (Database db = TestDatabases.open(dbFile)) {
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), Language.EN, LocalDate.of(2026, 11, 22));
            data = ExportData.read(db.store(TestDatabases.fixedClock()), s.id()).orElseThrow();
        }
        Exported e = export(data, Language.EN, "s3cret Пароль".toCharArray());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkbookFactory.create(e.file().toFile()))
                .isInstanceOf(org.apache.poi.EncryptedDocumentException.class);
        try (var wb = WorkbookFactory.create(e.file().toFile(), "s3cret Пароль", true)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(data.content().session().title());
        }
    }

    @Test
    void aNewEmptySessionExportsToo() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("new.mv.db"))) {
            Session s = new SessionRepository(db.dsl(), TestDatabases.fixedClock()).insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Новая сессия"));
            ExportData data = ExportData.read(db.store(TestDatabases.fixedClock()), s.id()).orElseThrow();
            Exported e = export(data, Language.RU, null);
            assertThat(e.wb().getNumberOfSheets()).isEqualTo(SessionWorkbook.SHEETS.length);
            assertThat(text(e.sheet("overview"), 0, 0)).isEqualTo("Новая сессия");
            // the four lanes and their titles, and the legend: three link samples and six texts
            assertThat(((XSSFDrawing) e.sheet("map").getDrawingPatriarch()).getShapes()).hasSize(8 + 3 + 6);
        }
    }

    @Test
    void anUnknownSessionReadsAsEmpty() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("empty.mv.db"))) {
            assertThat(ExportData.read(db.store(TestDatabases.fixedClock()), 424242)).isEmpty();
        }
    }

    static Goal goal(long id, Stage stage, String area, String title) {
        return new Goal(id, stage, area, title, "", "", null, List.of(), List.of());
    }

    static com.scorecardstudio.domain.SessionContent content(List<Goal> goals) {
        Session s = new Session(1L, java.util.UUID.randomUUID(), "Test session & co", "Org", "", LocalDate.of(2026, 11, 22), "F",
                List.of(), 2027, "", null, null);
        return new com.scorecardstudio.domain.SessionContent(s, goals, List.of(), List.of(), List.of());
    }

    private static List<String> column(Sheet sheet, int c, int from) {
        List<String> out = new ArrayList<>();
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(c) != null) {
                out.add(new DataFormatter().formatCellValue(row.getCell(c)));
            }
        }
        return out;
    }

    private static String text(Sheet sheet, int r, int c) {
        return sheet.getRow(r).getCell(c).getStringCellValue();
    }
}
