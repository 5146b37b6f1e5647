package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Measurement;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.StrategyTexts;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workbook as a client keeps working in it: the dashboard first (one page, lights, links), the
 * cause-and-effect sheet, and a matrix that is live over the clients' table: a client edited or
 * added moves the counts, shares and chart after recalculation (POI's formula evaluator standing in
 * for Excel), and revenue of another currency is never added to the session currency's.
 */
class LiveWorkbookTest {
    static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);

    @TempDir
    Path dir;

    /** Two criteria per axis; clients with a score of 5 or 1 everywhere land in "deepen" or "protect". */
    static ScoringSheet scoring(List<Client> clients, Map<Long, Integer> allScores) {
        List<Criterion> criteria = new ArrayList<>();
        long id = 1;
        for (Axis axis : Axis.values()) {
            for (int i = 0; i < 2; i++) {
                criteria.add(new Criterion(id++, axis, axis.key() + i, axis.key() + " " + i, BigDecimal.ONE));
            }
        }
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        for (Client c : clients) {
            Map<Long, Integer> s = new HashMap<>();
            criteria.forEach(k -> s.put(k.id(), allScores.get(c.id())));
            scores.put(c.id(), s);
        }
        return new ScoringSheet(1, criteria, clients, scores, ScoringSettings.DEFAULT);
    }

    private Path export(ExportData data, Language language) throws Exception {
        Path file = dir.resolve("live-" + language.code() + ".xlsx");
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, false);
        try (OutputStream out = Files.newOutputStream(file)) {
            SessionWorkbook.build(wb, data, new Messages(language), AS_OF, p -> { });
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
        return file;
    }

    private static ExportData clients(List<Client> clients, Map<Long, Integer> scores, List<Goal> goals, StrategyMap map) {
        ScoringSheet scoring = scoring(clients, scores);
        return ExportData.of(ExportWorkbookTest.content(goals), scoring, map);
    }

    private static XSSFSheet sheet(XSSFWorkbook wb, Language language, String key) {
        return wb.getSheet(SessionWorkbook.sheetName(new Messages(language), key));
    }

    /** The dashboard's row whose first right-hand cell reads {@code label}. */
    private static Row dashboardRow(XSSFSheet dashboard, String label) {
        for (Row row : dashboard) {
            var cell = row.getCell(4);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no dashboard row " + label);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void revenueOfAnotherCurrencyIsNeverAddedToTheSessionCurrency(Language language) throws Exception {
        Messages m = new Messages(language);
        List<Client> cs = List.of(new Client(1L, "A", "", new BigDecimal("100000"), "EUR", ""),
                new Client(2L, "B", "", new BigDecimal("5000"), "EUR", ""),
                new Client(3L, "Big rouble client", "", new BigDecimal("90000000"), "RUB", ""),
                new Client(4L, "No currency", "", new BigDecimal("1000"), "", ""));
        ExportData data = clients(cs, Map.of(1L, 5, 2L, 1, 3L, 1, 4L, 1), List.of(), StrategyMap.EMPTY);
        assertThat(data.matrix().currency()).isEqualTo("EUR");
        try (XSSFWorkbook wb = new XSSFWorkbook(export(data, language).toFile())) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            XSSFSheet matrix = sheet(wb, language, "matrix");
            String protect = StrategyTexts.zoneName(Zone.PROTECT_REVENUE, m);
            Row row = null;
            for (Row r : matrix) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && r.getCell(0).getStringCellValue().equals(protect) && r.getCell(4) != null) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(ev.evaluate(row.getCell(3)).getNumberValue()).isEqualTo(3); // B, the rouble client, no currency
            assertThat(ev.evaluate(row.getCell(4)).getNumberValue()).isEqualTo(6000); // 5,000 EUR + 1,000 without currency
            assertThat(ev.evaluate(row.getCell(5)).getNumberValue()).isCloseTo(6000.0 / 106000, org.assertj.core.data.Offset.offset(1e-12));
            // the roubles apart, with their own total
            boolean listed = false;
            for (Row r : matrix) {
                if (r.getCell(0) != null && "RUB".equals(r.getCell(0).getStringCellValue()) && r.getCell(4) != null) {
                    assertThat(ev.evaluate(r.getCell(4)).getNumberValue()).isEqualTo(90_000_000);
                    assertThat(ev.evaluate(r.getCell(3)).getNumberValue()).isEqualTo(1);
                    listed = true;
                }
            }
            assertThat(listed).isTrue();
            // the dashboard agrees
            Row dash = dashboardRow(sheet(wb, language, "dashboard"), m.get("scoring.zone.protect_revenue.short"));
            assertThat(ev.evaluate(dash.getCell(5)).getNumberValue()).isEqualTo(3);
            assertThat(ev.evaluate(dash.getCell(6)).getNumberValue()).isCloseTo(6000.0 / 106000, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void aClientEditedOrAddedInTheTableMovesTheCountsSharesAndChart() throws Exception {
        Language language = Language.EN;
        Messages m = new Messages(language);
        List<Client> cs = new ArrayList<>();
        Map<Long, Integer> scores = new HashMap<>();
        for (long i = 1; i <= 5; i++) {
            cs.add(new Client(i, "Client " + i, "", BigDecimal.valueOf(1000 * i), "EUR", ""));
            scores.put(i, i <= 2 ? 5 : 1);
        }
        ExportData data = clients(cs, scores, List.of(), StrategyMap.EMPTY);
        String deepen = m.get("scoring.zone.deepen_relationship.short"); // as the dashboard labels its rows
        String protect = m.get("scoring.zone.protect_revenue.short");
        try (XSSFWorkbook wb = new XSSFWorkbook(export(data, language).toFile())) {
            XSSFSheet scoresSheet = sheet(wb, language, "scores");
            XSSFSheet dashboard = sheet(wb, language, "dashboard");
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            assertThat(ev.evaluate(dashboardRow(dashboard, deepen).getCell(5)).getNumberValue()).isEqualTo(2);
            assertThat(ev.evaluate(dashboardRow(dashboard, protect).getCell(5)).getNumberValue()).isEqualTo(3);

            // a client's scores edited: it changes zone, and the counts follow
            int last = ScoresSheet.FIRST_DATA_ROW + cs.size() - 1;
            Row lastRow = scoresSheet.getRow(last); // sorted by zone: protect last
            for (int c = ScoresSheet.FIRST_CRITERION; c < ScoresSheet.FIRST_CRITERION + 4; c++) {
                lastRow.getCell(c).setCellValue(5);
            }
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            assertThat(ev.evaluate(dashboardRow(dashboard, deepen).getCell(5)).getNumberValue()).isEqualTo(3);
            assertThat(ev.evaluate(dashboardRow(dashboard, protect).getCell(5)).getNumberValue()).isEqualTo(2);
            // the chart's helper column for its zone now holds its attractiveness: its bubble moved series
            ScoresSheet.Names names = ScoresSheet.Names.of(new SheetContext(m, null, "", ""),
                    ScoresSheet.criteria(data.scoring()));
            assertThat(ev.evaluate(lastRow.getCell(names.zoneY(Zone.DEEPEN_RELATIONSHIP))).getNumberValue()).isEqualTo(5);
            assertThat(ev.evaluate(lastRow.getCell(names.zoneY(Zone.PROTECT_REVENUE))).getErrorValue())
                    .isEqualTo(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());

            // a client added below the table: the table grows (as Excel does when a row is typed under it), its
            // calculated columns fill the new row, and every count and share follows
            XSSFTable table = scoresSheet.getTables().get(0);
            assertThat(table.getName()).isEqualTo(ScoresSheet.TABLE);
            var calculated = table.getCTTable().getTableColumns().getTableColumnArray(names.zone());
            assertThat(calculated.isSetCalculatedColumnFormula()).isTrue();
            scoresSheet.copyRows(last, last, last + 1, new CellCopyPolicy());
            Row added = scoresSheet.getRow(last + 1);
            added.getCell(ScoresSheet.NAME).setCellValue("New client");
            added.getCell(ScoresSheet.REVENUE).setCellValue(10_000);
            for (int c = ScoresSheet.FIRST_CRITERION; c < ScoresSheet.FIRST_CRITERION + 4; c++) {
                added.getCell(c).setCellValue(1);
            }
            assertThat(added.getCell(names.zone()).getCellFormula()).contains(CellReference.convertNumToColString(names.zone() - 2) + (last + 2));
            table.setArea(new AreaReference(new CellReference(ScoresSheet.HEADER_ROW, 0), new CellReference(last + 1, names.last()),
                    SpreadsheetVersion.EXCEL2007));
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            assertThat(ev.evaluate(added.getCell(names.zone())).getStringValue()).isEqualTo(StrategyTexts.zoneName(Zone.PROTECT_REVENUE, m));
            assertThat(ev.evaluate(dashboardRow(dashboard, protect).getCell(5)).getNumberValue()).isEqualTo(3);
            // revenue 1,000..4,000 + 5,000 (moved) in deepen; protect: 3,000 + 4,000 + 10,000 of 25,000
            assertThat(ev.evaluate(dashboardRow(dashboard, protect).getCell(6)).getNumberValue())
                    .isCloseTo(17000.0 / 25000, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void theDashboardComesFirstOnOnePageWithLightsAndLinksToEverySheet() throws Exception {
        Goal g = new Goal(1L, Stage.FINANCIAL, Stage.FINANCIAL.areas().get(0), "Margin up", "", "CFO", null, List.of(
                indicator(10L, "Behind", "10", "100", "20"),   // 11 % of the way, half the time gone: off track
                indicator(11L, "Close", "10", "100", "40"),    // 33 %: at risk
                indicator(12L, "Fine", "10", "100", "60"),     // 56 %: on track
                Indicator.named("Never measured")),
                List.of(new Initiative(20L, "Late one", "", null, LocalDate.of(2026, 6, 1), new BigDecimal("500"), InitiativeStatus.IN_PROGRESS),
                        new Initiative(21L, "Done one", "", null, LocalDate.of(2026, 6, 1), new BigDecimal("250"), InitiativeStatus.DONE)));
        ExportData data = clients(List.of(), Map.of(), List.of(g), StrategyMap.EMPTY);
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            Path file = export(data, language);
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                XSSFSheet dashboard = wb.getSheetAt(0);
                assertThat(dashboard.getSheetName()).isEqualTo(SessionWorkbook.sheetName(m, "dashboard"));
                assertThat(dashboard.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
                assertThat(dashboard.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                List<String> texts = new ArrayList<>();
                List<String> links = new ArrayList<>();
                for (Row row : dashboard) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                        if (cell.getHyperlink() != null) {
                            links.add(cell.getHyperlink().getAddress());
                        }
                    }
                }
                for (IndicatorStatus s : List.of(IndicatorStatus.OFF_TRACK, IndicatorStatus.AT_RISK, IndicatorStatus.ON_TRACK,
                        IndicatorStatus.NOT_MEASURED)) {
                    assertThat(texts).contains("● " + m.get("export.dashboard.light." + s.key()));
                }
                for (String key : SessionWorkbook.SHEETS) {
                    if (!key.equals("dashboard")) {
                        String name = SessionWorkbook.sheetName(m, key);
                        assertThat(links).contains("'" + name + "'!A1");
                        assertThat(wb.getSheet(name)).isNotNull();
                    }
                }
                FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                Row overdue = dashboardRow(dashboard, m.get("export.dashboard.overdue"));
                assertThat(ev.evaluate(overdue.getCell(5)).getNumberValue()).isEqualTo(1);
                Row budget = dashboardRow(dashboard, m.get("export.plan.total"));
                assertThat(ev.evaluate(budget.getCell(5)).getNumberValue()).isEqualTo(750);
                // the plan's Gantt: a month column for June 2026, bars and overdue rows by conditional formats
                XSSFSheet plan = sheet(wb, language, "plan");
                assertThat(plan.getRow(ActionPlanSheet.HEADER_ROW).getCell(ActionPlanSheet.GANTT).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.of(2026, 6, 1));
                assertThat(plan.getRow(ActionPlanSheet.HEADER_ROW).getCell(ActionPlanSheet.GANTT + 1)).isNull();
                List<String> rules = new ArrayList<>();
                var cf = plan.getSheetConditionalFormatting();
                for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                    for (int k = 0; k < cf.getConditionalFormattingAt(i).getNumberOfRules(); k++) {
                        rules.add(cf.getConditionalFormattingAt(i).getRule(k).getFormula1());
                    }
                }
                assertThat(rules).anyMatch(f -> f.contains("TODAY()") && f.startsWith("AND(ISNUMBER($F5)"))
                        .anyMatch(f -> f.contains("DATE(YEAR(I$4),MONTH(I$4)+1,1)"));
            }
            PrintLegibilityTest.assertLegible(file);
            com.scorecardstudio.testing.OoxmlValidation.assertValid(file); // no clients: the table holds one empty row
        }
    }

    @Test
    void trafficLightsFollowProgressAgainstTimeAndTheDirection() {
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "100"), AS_OF)).isEqualTo(IndicatorStatus.REACHED);
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "55"), AS_OF)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "50"), AS_OF)).isEqualTo(IndicatorStatus.ON_TRACK); // 44 %
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "40"), AS_OF)).isEqualTo(IndicatorStatus.AT_RISK); // 33 %
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "20"), AS_OF)).isEqualTo(IndicatorStatus.OFF_TRACK);
        // down is good: from 100 toward 10, at 55 half way at half time
        assertThat(IndicatorStatus.of(indicator(1L, "x", "100", "10", "55"), AS_OF)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorStatus.of(indicator(1L, "x", "100", "10", "120"), AS_OF)).isEqualTo(IndicatorStatus.OFF_TRACK);
        // past the target date: the one rule of the app (check-ins and dashboard) allows 10 points short,
        // not 25 (StatusRuleTest has the same case for a review period)
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "95"), LocalDate.of(2028, 1, 2))).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "80"), LocalDate.of(2028, 1, 2))).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(IndicatorStatus.of(indicator(1L, "x", "10", "100", "60"), LocalDate.of(2028, 1, 2))).isEqualTo(IndicatorStatus.OFF_TRACK);
        // hold the level: judged by the direction
        Indicator hold = new Indicator(1L, "hold", "", Direction.DOWN, new BigDecimal("5"), LocalDate.of(2026, 1, 1), new BigDecimal("5"),
                LocalDate.of(2028, 1, 1), "", null, "", "", null, List.of(new Measurement(2L, LocalDate.of(2026, 12, 1), new BigDecimal("4"))));
        assertThat(IndicatorStatus.of(hold, AS_OF)).isEqualTo(IndicatorStatus.REACHED);
        assertThat(IndicatorStatus.of(Indicator.named("none"), AS_OF)).isEqualTo(IndicatorStatus.NOT_MEASURED);
    }

    @Test
    void theCauseAndEffectSheetListsEveryLinkWithStrengthAndHypothesis() throws Exception {
        List<Goal> goals = List.of(new Goal(1L, Stage.LEARNING_GROWTH, Stage.LEARNING_GROWTH.areas().get(0), "Train the team", "", "", null,
                        List.of(), List.of()),
                new Goal(2L, Stage.INTERNAL_PROCESSES, Stage.INTERNAL_PROCESSES.areas().get(0), "Faster processes", "", "", null, List.of(),
                        List.of()));
        StrategyMap map = new StrategyMap(List.of(new GoalLink(7L, 1, 2, "Trained people work faster", LinkStrength.STRONG)), Map.of());
        ExportData data = clients(List.of(), Map.of(), goals, map);
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            try (XSSFWorkbook wb = new XSSFWorkbook(export(data, language).toFile())) {
                XSSFSheet links = sheet(wb, language, "links");
                Row row = links.getRow(LinksSheet.HEADER_ROW + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Train the team");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Faster processes");
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(m.get("map.strength.strong"));
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Trained people work faster");
            }
        }
    }

    @Test
    void documentPropertiesNameTheSessionTheFacilitatorAndTheClient() throws Exception {
        ExportData data = clients(List.of(), Map.of(), List.of(), StrategyMap.EMPTY);
        try (XSSFWorkbook wb = new XSSFWorkbook(export(data, Language.RU).toFile())) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Test session & co");
            assertThat(core.getCreator()).isEqualTo("F");
            assertThat(core.getSubject()).isEqualTo(new Messages(Language.RU).get("export.properties.subject"));
            var ext = wb.getProperties().getExtendedProperties();
            assertThat(ext.getCompany()).isEqualTo("Org");
            assertThat(ext.getApplication()).startsWith("Scorecard Studio").doesNotContain("POI");
        }
    }

    @Test
    void notesTablesKeepTheirHeaderOnEveryPage() throws Exception {
        List<com.scorecardstudio.domain.ParkingNote> notes = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            notes.add(new com.scorecardstudio.domain.ParkingNote((long) i + 1, "Parked question number " + i
                    + (i % 3 == 0 ? ": a longer one that needs a second line in its column, and maybe a third one as well" : ""), java.time.Instant.EPOCH, i % 2 == 0));
        }
        var base = ExportWorkbookTest.content(List.of());
        var content = new com.scorecardstudio.domain.SessionContent(base.session(), List.of(), List.of(), List.of(), notes);
        ScoringSheet scoring = scoring(List.of(), Map.of());
        ExportData data = ExportData.of(content, scoring, StrategyMap.EMPTY);
        Messages m = new Messages(Language.EN);
        try (XSSFWorkbook wb = new XSSFWorkbook(export(data, Language.EN).toFile())) {
            XSSFSheet sheet = sheet(wb, Language.EN, "notes");
            int[] breaks = sheet.getRowBreaks();
            assertThat(breaks).isNotEmpty();
            for (int b : breaks) {
                Row next = sheet.getRow(b + 1);
                String first = next.getCell(0).getStringCellValue();
                // a page starts with a table's header, or with a section title followed by its header
                if (!first.equals("#")) {
                    assertThat(sheet.getRow(b + 2).getCell(0).getStringCellValue()).as("row " + (b + 2)).isEqualTo("#");
                }
                // and never ends with a title or a header
                String before = sheet.getRow(b).getCell(0) == null ? "" : sheet.getRow(b).getCell(0).toString();
                assertThat(before).isNotEqualTo("#").isNotEqualTo(m.get("summary.parking.title"));
            }
            // the page heights between the breaks stay within the page
            int from = 0;
            List<Integer> ends = new ArrayList<>();
            for (int b : breaks) {
                ends.add(b);
            }
            ends.add(sheet.getLastRowNum());
            for (int end : ends) {
                double h = 0;
                for (int r = from; r <= end; r++) {
                    Row row = sheet.getRow(r);
                    h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
                }
                assertThat(h * sheet.getPrintSetup().getScale() / 100.0).as("rows " + from + ".." + end)
                        .isLessThanOrEqualTo(SheetWriter.A4_SHORT_PT - 2 * 0.7 * 72);
                from = end + 1;
            }
        }
    }

    /** Baseline 1 Jan 2026, target 1 Jan 2028 (half the time gone on {@link #AS_OF}), measured 1 Dec 2026. */
    private static Indicator indicator(long id, String name, String baseline, String target, String latest) {
        Direction direction = new BigDecimal(target).compareTo(new BigDecimal(baseline)) >= 0 ? Direction.UP : Direction.DOWN;
        return new Indicator(id, name, "", direction, new BigDecimal(baseline), LocalDate.of(2026, 1, 1), new BigDecimal(target),
                LocalDate.of(2028, 1, 1), "", null, "", "", null,
                List.of(new Measurement(id + 100, LocalDate.of(2026, 12, 1), new BigDecimal(latest))));
    }
}
