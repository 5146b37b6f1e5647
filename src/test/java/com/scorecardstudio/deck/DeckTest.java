package com.scorecardstudio.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.ParkingNote;
import com.scorecardstudio.domain.Participant;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.Vote;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.StrategyMap;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.ooxml.ConnectorPaths;
import com.scorecardstudio.domain.InitiativeStatus;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.presentationml.x2006.main.CTConnector;

/** The demo's deck and a large session's, read back with POI: sections, map shapes and glue, fit, schema validity. */
class DeckTest {
    @TempDir
    Path dir;

    private static XMLSlideShow open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }

    private static String title(XSLFSlide s) {
        return s.getShapes().stream().filter(sh -> "Title".equals(sh.getShapeName()) && sh instanceof XSLFTextShape)
                .map(sh -> ((XSLFTextShape) sh).getText()).findFirst().orElse("");
    }

    private static String notes(XMLSlideShow show, XSLFSlide s) {
        XSLFNotes n = s.getNotes();
        if (n == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (XSLFShape sh : n.getShapes()) {
            if (sh instanceof XSLFTextShape t && t.getTextType() == Placeholder.BODY) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }

    @Test
    void theDemoDeckHasEverySectionInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            DeckData data = DeckTestSupport.demo(dir, language);
            Path file = DeckTestSupport.write(data, language, dir.resolve("demo-" + language.code() + ".pptx"));
            try (XMLSlideShow show = open(file)) {
                assertThat(show.getPageSize().getWidth() / show.getPageSize().getHeight()).isCloseTo(16 / 9.0,
                        org.assertj.core.data.Offset.offset(0.01));
                // the roadmap of the demo's 30 initiatives continues on a second slide
                String roadmapContinued = m.get("deck.continued", m.get("deck.roadmap.title"));
                List<String> titles = show.getSlides().stream().map(DeckTest::title).filter(t -> !t.equals(roadmapContinued)).toList();
                List<String> expected = new ArrayList<>();
                expected.add(data.content().session().title());
                expected.add(m.get("deck.participants.title"));
                for (Stage s : Stage.values()) {
                    expected.add(m.get("deck.stage.title", m.get("stage." + s.key())));
                }
                expected.add(m.get("deck.map.title"));
                for (Stage s : Stage.values()) {
                    expected.add(m.get("deck.indicators.title", m.get("stage." + s.key())));
                }
                expected.add(m.get("deck.roadmap.title"));
                expected.add(m.get("deck.matrix.title"));
                expected.add(m.get("deck.matrix.bubbles.title"));
                expected.add(m.get("deck.matrix.strategies"));
                expected.add(m.get("deck.hypotheses.title"));
                assertThat(titles.subList(0, expected.size())).containsExactlyElementsOf(expected);
                assertThat(titles).contains(m.get("parking.title"));
                assertThat(titles).allMatch(t -> !t.isBlank());

                String all = show.getSlides().stream().flatMap(s -> DeckChecks.all(s.getShapes()).stream())
                        .map(DeckTest::text).reduce("", (a, b) -> a + "\n" + b);
                Session session = data.content().session();
                assertThat(all).contains(session.organization(), session.facilitator(), m.formatDate(session.date()));
                session.participants().forEach(p -> assertThat(all).contains(p.name()));
                data.content().goals().forEach(g -> assertThat(all).contains(g.title()));
                data.content().parkingNotes().forEach(n -> assertThat(all).contains(n.text()));
                data.map().links().stream().filter(l -> !l.hypothesis().isBlank()).forEach(l -> assertThat(all).contains(l.hypothesis()));
                if (language == Language.RU) {
                    assertThat(all).contains("Финансовый", "Стратегическая карта", "Матрица клиентов").doesNotContain("Strategy map");
                }
                // the stage's guiding questions are its speaker notes
                XSLFSlide financial = show.getSlides().get(2);
                assertThat(notes(show, financial)).contains(m.get("area.financial.cost_structure.questions").split("\\|")[0]);
                assertThat(DeckChecks.outside(show)).isEmpty();
                assertThat(DeckChecks.overflowing(show)).isEmpty();
            }
            assertThat(DeckChecks.schemaErrors(file)).isEmpty();
        }
    }

    private static String text(XSLFShape sh) {
        if (sh instanceof XSLFTextShape t) {
            return t.getText();
        }
        if (sh instanceof XSLFTable t) {
            StringBuilder sb = new StringBuilder();
            t.getRows().forEach(r -> r.getCells().forEach(c -> sb.append(c.getText()).append('\n')));
            return sb.toString();
        }
        return "";
    }

    @Test
    void everyCardIsAShapeAndEveryLinkAConnectorGluedToItsCards() throws Exception {
        DeckData data = DeckTestSupport.demo(dir, Language.EN);
        Path file = DeckTestSupport.write(data, Language.EN, dir.resolve("map.pptx"));
        try (XMLSlideShow show = open(file)) {
            XSLFSlide map = show.getSlides().stream().filter(s -> title(s).equals("Strategy map")).findFirst().orElseThrow();
            Map<Long, Integer> cardIds = new HashMap<>();
            List<XSLFGroupShape> groups = new ArrayList<>();
            for (XSLFShape sh : map.getShapes()) {
                if (sh instanceof XSLFGroupShape g) {
                    groups.add(g);
                    for (XSLFShape inner : g.getShapes()) {
                        if (inner.getShapeName().startsWith("Goal ")) {
                            cardIds.put(Long.parseLong(inner.getShapeName().substring(5)), inner.getShapeId());
                            assertThat(((XSLFTextShape) inner).getText()).isNotBlank();
                        }
                    }
                }
            }
            assertThat(groups).hasSize(4); // one per lane: band, title, area labels and cards move as one
            assertThat(cardIds.keySet()).containsExactlyInAnyOrderElementsOf(data.content().goals().stream().map(Goal::id).toList());
            List<XSLFConnectorShape> connectors = map.getShapes().stream().filter(s -> s instanceof XSLFConnectorShape)
                    .map(s -> (XSLFConnectorShape) s).toList();
            assertThat(connectors).hasSize(data.map().links().size());
            Set<String> glued = new HashSet<>();
            for (XSLFConnectorShape c : connectors) {
                CTConnector ct = (CTConnector) c.getXmlObject();
                var nv = ct.getNvCxnSpPr().getCNvCxnSpPr();
                assertThat(nv.isSetStCxn()).isTrue();
                assertThat(nv.isSetEndCxn()).isTrue();
                glued.add(nv.getStCxn().getId() + "-" + nv.getEndCxn().getId());
                glued.add(nv.getEndCxn().getId() + "-" + nv.getStCxn().getId());
            }
            for (GoalLink l : data.map().links()) {
                assertThat(glued).contains(cardIds.get(l.causeGoalId()) + "-" + cardIds.get(l.effectGoalId()));
                XSLFConnectorShape c = connectors.stream().filter(x -> x.getShapeName().equals("Link " + l.causeGoalId() + " → " + l.effectGoalId()))
                        .findFirst().orElseThrow();
                assertThat(c.getLineDash() == LineDash.DASH).isEqualTo(l.strength() == LinkStrength.WEAK);
            }
            assertThat(data.map().links()).anyMatch(l -> l.strength() == LinkStrength.WEAK);
            // along the app's routes: from card edge to card edge, square bends, through no other card
            assertThat(routeProblems(show)).isEmpty();
            assertThat(connectors).anyMatch(c -> ((CTConnector) c.getXmlObject()).getSpPr().getPrstGeom().getPrst().toString()
                    .startsWith("bentConnector"));
        }
    }

    @Test
    void mapLinksDrawnForEveryOfficeSuiteAreFreeformArrowsAlongTheSameRoutes() throws Exception {
        DeckData data = DeckTestSupport.demo(dir, Language.RU);
        Path file = dir.resolve("drawn.pptx");
        DeckExport.write(data, new Messages(Language.RU), MapLinks.DRAWN, file);
        try (XMLSlideShow show = open(file)) {
            List<XSLFShape> links = show.getSlides().stream().flatMap(s -> s.getShapes().stream())
                    .filter(sh -> sh.getShapeName().startsWith("Link ")).toList();
            assertThat(links).hasSize(data.map().links().size()).allSatisfy(sh -> {
                assertThat(sh).isInstanceOf(XSLFAutoShape.class);
                var sp = ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) sh.getXmlObject()).getSpPr();
                assertThat(sp.isSetCustGeom()).isTrue();
                assertThat(sp.getLn().isSetTailEnd()).as("arrowhead at the effect").isTrue();
            });
            assertThat(show.getSlides().stream().flatMap(s -> s.getShapes().stream())).noneMatch(sh -> sh instanceof XSLFConnectorShape);
            assertThat(routeProblems(show)).isEmpty();
        }
        assertThat(DeckChecks.schemaErrors(file)).isEmpty();
    }

    /**
     * Every link connector on every slide drawn along an orthogonal route from one of its cards' edges
     * to the other's, crossing no other card: what is wrong, in words.
     */
    static List<String> routeProblems(XMLSlideShow show) {
        List<String> out = new ArrayList<>();
        for (XSLFSlide slide : show.getSlides()) {
            Map<Long, double[]> cards = new HashMap<>();
            for (XSLFShape sh : DeckChecks.all(slide.getShapes())) {
                if (sh.getShapeName().matches("Goal \\d+")) {
                    var a = sh.getAnchor();
                    cards.put(Long.parseLong(sh.getShapeName().substring(5)), new double[] {a.getX(), a.getY(), a.getWidth(), a.getHeight()});
                }
            }
            for (XSLFShape c : slide.getShapes()) {
                if (!c.getShapeName().startsWith("Link ")) {
                    continue;
                }
                String[] ends = c.getShapeName().substring(5).split(" → ");
                long cause = Long.parseLong(ends[0]);
                long effect = Long.parseLong(ends[1]);
                double[] path = ConnectorPaths.path(c instanceof XSLFConnectorShape ? ((CTConnector) c.getXmlObject()).getSpPr()
                        : ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape) c.getXmlObject()).getSpPr());
                for (int i = 0; i < path.length; i++) {
                    path[i] /= 12_700;
                }
                Map<String, double[]> others = new HashMap<>();
                cards.forEach((id, b) -> {
                    if (id != cause && id != effect) {
                        others.put("Goal " + id, b);
                    }
                });
                ConnectorPaths.problems(path, cards.get(cause), cards.get(effect), others, 0.05)
                        .forEach(p -> out.add("slide " + (slide.getSlideNumber()) + ", " + c.getShapeName() + ": " + p));
            }
        }
        return out;
    }

    /** A session far larger than a room produces: 200 goals, 600 initiatives, 400 links, long texts, Cyrillic. */
    static DeckData large(int goalCount) {
        Random rnd = new Random(18);
        List<Goal> goals = new ArrayList<>();
        String[] words = "повысить выручку клиентов через новые каналы продаж и сервис обучение персонала процессы качество"
                .split(" ");
        for (int i = 0; i < goalCount; i++) {
            Stage stage = Stage.values()[i % 4];
            String area = stage.areas().get(i % stage.areas().size());
            StringBuilder title = new StringBuilder("Цель " + (i + 1));
            int len = i % 17 == 0 ? 70 : 3 + rnd.nextInt(12);
            for (int w = 0; w < len; w++) {
                title.append(' ').append(words[rnd.nextInt(words.length)]);
            }
            List<Initiative> inits = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                // dated mostly: start and due, a due date only, a start only; every fifth goal's last one
                // without dates; one initiative runs to 2032, past twelve quarters (the roadmap counts years)
                LocalDate start = LocalDate.of(2027, 1, 1).plusDays(rnd.nextInt(700));
                LocalDate due = i == 7 && k == 0 ? LocalDate.of(2032, 6, 30) : start.plusDays(20 + rnd.nextInt(400));
                String name = "Инициатива " + (i * 3 + k) + (i % 11 == 0 ? " " + "с очень длинным названием".repeat(6) : "");
                inits.add(switch (k) {
                    case 0 -> new Initiative(null, name, "Владелец " + (i % 13), start, due, BigDecimal.valueOf(1000L * i),
                            InitiativeStatus.values()[i % 4]);
                    case 1 -> new Initiative(null, name, "", null, due, null, InitiativeStatus.PLANNED);
                    default -> i % 5 == 0 ? Initiative.titled(name)
                            : new Initiative(null, name, "Владелец " + (i % 13), start, null, null, InitiativeStatus.IN_PROGRESS);
                });
            }
            List<Indicator> inds = List.of(Indicator.named("Показатель " + i));
            // every third goal of the first three stages has dots (up to 20 of one participant): the map cards carry them too
            List<Vote> votes = i % 3 == 0 && stage != Stage.LEARNING_GROWTH ? List.of(new Vote("Участник " + i % 40, 1 + i % 20))
                    : List.of();
            goals.add(new Goal((long) i + 1, stage, area, title.toString(), "", "Владелец " + (i % 13), Priority.values()[i % 3], inds, inits,
                    votes));
        }
        List<GoalLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (links.size() < goalCount * 2) {
            long a = 1 + rnd.nextInt(goalCount);
            long b = 1 + rnd.nextInt(goalCount);
            if (a != b && seen.add(a + "-" + b)) {
                links.add(new GoalLink((long) links.size() + 1, a, b, "Если " + a + ", то " + b, LinkStrength.values()[links.size() % 3]));
            }
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(new Participant("Участник " + i, "Роль " + i));
        }
        Session s = new Session(1L, java.util.UUID.randomUUID(), "Большая сессия " + "с очень длинным названием ".repeat(12), "Организация",
                "", LocalDate.of(2026, 11, 22), "Модератор", people, 2027, "", Instant.EPOCH, Instant.EPOCH);
        List<ParkingNote> parking = List.of(new ParkingNote(1L, "Очень длинная заметка ".repeat(300), Instant.EPOCH, false));
        SessionContent content = new SessionContent(s, goals, List.of(), List.of(), parking);
        return DeckData.of(content, new ScoringSheet(1, List.of(), List.of(), Map.of(), ScoringSettings.DEFAULT),
                new StrategyMap(links, Map.of()));
    }

    @Test
    void aLargeSessionContinuesOnFurtherSlidesAndStillFits() throws Exception {
        DeckData data = large(200);
        Path file = DeckTestSupport.write(data, Language.RU, dir.resolve("large.pptx"));
        try (XMLSlideShow show = open(file)) {
            List<String> titles = show.getSlides().stream().map(DeckTest::title).toList();
            assertThat(titles).anyMatch(t -> t.endsWith("(продолжение)"));
            // an overview of the map, then each lane on slides of its own
            assertThat(titles).contains("Стратегическая карта", "Стратегическая карта: Финансовый");
            // the roadmap continues too: every dated initiative a bar, the undated ones counted
            assertThat(titles).contains("Дорожная карта инициатив", "Дорожная карта инициатив (продолжение)");
            List<String> dated = data.content().goals().stream().flatMap(g -> g.initiatives().stream())
                    .filter(i -> i.start() != null || i.due() != null).map(Initiative::title).toList();
            assertThat(roadmapBars(show).stream().map(XSLFShape::getShapeName).toList()).containsExactlyInAnyOrderElementsOf(dated);
            assertThat(DeckChecks.outside(show)).isEmpty();
            assertThat(DeckChecks.overflowing(show)).isEmpty();
            assertThat(routeProblems(show)).isEmpty();
            String all = show.getSlides().stream().flatMap(s -> DeckChecks.all(s.getShapes()).stream())
                    .map(DeckTest::text).reduce("", (a, b) -> a + "\n" + b);
            data.content().goals().forEach(g -> assertThat(all).contains(g.title().substring(0, Math.min(40, g.title().length()))));
        }
        assertThat(DeckChecks.schemaErrors(file)).isEmpty();
    }

    /** The bars of the roadmap slides (continuations included): rounded shapes other than the legend's. */
    private static List<XSLFAutoShape> roadmapBars(XMLSlideShow show) {
        String en = new Messages(Language.EN).get("deck.roadmap.title");
        String ru = new Messages(Language.RU).get("deck.roadmap.title");
        return show.getSlides().stream().filter(s -> title(s).startsWith(en) || title(s).startsWith(ru))
                .flatMap(s -> s.getShapes().stream())
                .filter(sh -> sh instanceof XSLFAutoShape a && a.getShapeType() == ShapeType.ROUND_RECT && !sh.getShapeName().startsWith("Legend"))
                .map(sh -> (XSLFAutoShape) sh).toList();
    }

    @Test
    void theRoadmapIsAGanttOfNamedBarsFromStartToDueInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            DeckData data = DeckTestSupport.demo(dir, language);
            Path file = DeckTestSupport.write(data, language, dir.resolve("roadmap-" + language.code() + ".pptx"));
            try (XMLSlideShow show = open(file)) {
                List<String> titles = show.getSlides().stream().map(DeckTest::title).toList();
                int roadmap = titles.indexOf(m.get("deck.roadmap.title"));
                assertThat(roadmap).as("after the indicator slides")
                        .isEqualTo(titles.indexOf(m.get("deck.indicators.title", m.get("stage.learning_growth"))) + 1);
                assertThat(text(show.getSlides().get(1).getShapes().stream().filter(sh -> sh instanceof XSLFTextShape t
                        && t.getText().contains(m.get("deck.agenda"))).findFirst().orElseThrow())).contains(m.get("deck.agenda.roadmap"));
                List<Initiative> dated = data.content().goals().stream().flatMap(g -> g.initiatives().stream())
                        .filter(i -> i.start() != null && i.due() != null).toList();
                assertThat(dated).hasSizeGreaterThan(5);
                List<XSLFAutoShape> bars = roadmapBars(show);
                assertThat(bars.stream().map(XSLFShape::getShapeName).toList())
                        .containsExactlyInAnyOrderElementsOf(data.content().goals().stream().flatMap(g -> g.initiatives().stream())
                                .filter(i -> i.start() != null || i.due() != null).map(Initiative::title).toList());
                Map<String, java.awt.geom.Rectangle2D> at = new HashMap<>();
                bars.forEach(b -> at.put(b.getShapeName(), b.getAnchor()));
                for (Initiative a : dated) {
                    for (Initiative b : dated) {
                        // a week apart is more than a point on a scale of a few quarters on 640 pt
                        if (a.due().isAfter(b.due().plusDays(7))) {
                            assertThat(at.get(a.title()).getMaxX()).as(a.title() + " ends after " + b.title())
                                    .isGreaterThan(at.get(b.title()).getMaxX());
                        }
                        if (a.start().isAfter(b.start().plusDays(7))) {
                            assertThat(at.get(a.title()).getX()).as(a.title() + " starts after " + b.title())
                                    .isGreaterThan(at.get(b.title()).getX());
                        }
                    }
                }
                // the budget per perspective in the speaker notes
                assertThat(notes(show, show.getSlides().get(roadmap))).contains(m.get("deck.roadmap.budgets"));
                assertThat(DeckChecks.outside(show)).isEmpty();
                assertThat(DeckChecks.overflowing(show)).isEmpty();
            }
            assertThat(DeckChecks.schemaErrors(file)).isEmpty();
        }
    }

    @Test
    void theClientMatrixIsAlsoANativeBubbleChartWithASeriesPerZoneInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            DeckData data = DeckTestSupport.demo(dir, language);
            Path file = DeckTestSupport.write(data, language, dir.resolve("bubbles-" + language.code() + ".pptx"));
            List<com.scorecardstudio.domain.scoring.Placement> placed = data.matrix().placements().stream()
                    .filter(com.scorecardstudio.domain.scoring.Placement::isPlaced).toList();
            List<String> zones = MatrixSlidesZones.ORDER.stream().filter(z -> placed.stream().anyMatch(p -> p.zone().orElseThrow() == z))
                    .map(z -> com.scorecardstudio.report.StrategyTexts.zoneName(z, m)).toList();
            assertThat(placed).hasSizeGreaterThan(5);
            try (XMLSlideShow show = open(file)) {
                List<String> titles = show.getSlides().stream().map(DeckTest::title).toList();
                int at = titles.indexOf(m.get("deck.matrix.bubbles.title"));
                assertThat(at).isEqualTo(titles.indexOf(m.get("deck.matrix.title")) + 1);
                XSLFSlide slide = show.getSlides().get(at);
                List<org.apache.poi.xslf.usermodel.XSLFChart> charts = slide.getRelations().stream()
                        .filter(r -> r instanceof org.apache.poi.xslf.usermodel.XSLFChart).map(r -> (org.apache.poi.xslf.usermodel.XSLFChart) r)
                        .toList();
                assertThat(charts).hasSize(1);
                // the chart fills the slide's body, named so that the selection pane finds it
                XSLFShape frame = slide.getShapes().stream().filter(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFGraphicFrame)
                        .findFirst().orElseThrow();
                assertThat(frame.getShapeName()).isEqualTo(m.get("deck.matrix.bubbles.title"));
                assertThat(frame.getAnchor()).isEqualTo(Slides.BODY);
                assertThat(slide.getShapes().stream().map(XSLFShape::getShapeName)).contains("Title rule");
                var plot = charts.get(0).getCTChart().getPlotArea();
                assertThat(plot.sizeOfBubbleChartArray()).isEqualTo(1);
                // the chart's text in the deck's font, not below its floor
                var rpr = charts.get(0).getCTChartSpace().getTxPr().getPArray(0).getPPr().getDefRPr();
                assertThat(rpr.getSz()).isGreaterThanOrEqualTo((int) (TextMeasure.MIN_SIZE * 100));
                assertThat(rpr.getLatin().getTypeface()).isEqualTo(TextMeasure.DECLARED_FONT);
                var series = plot.getBubbleChartArray(0).getSerList();
                assertThat(series.stream().map(x -> x.getTx().getStrRef().getStrCache().getPtArray(0).getV()).toList())
                        .containsExactlyInAnyOrderElementsOf(zones);
                // the longest series first, or LibreOffice leaves out those before it
                long first = series.get(0).getXVal().getNumRef().getNumCache().getPtCount().getVal();
                assertThat(series).allMatch(x -> x.getXVal().getNumRef().getNumCache().getPtCount().getVal() <= first);
                assertThat(series.stream().mapToLong(x -> x.getXVal().getNumRef().getNumCache().getPtCount().getVal()).sum())
                        .isEqualTo(placed.size());
                assertThat(series).allMatch(x -> x.getBubbleSize().getNumRef().getNumCache().sizeOfPtArray()
                        == x.getYVal().getNumRef().getNumCache().sizeOfPtArray());
                // the numbers behind the chart are in its workbook, as numbers, for PowerPoint's "Edit data"
                var sheet = charts.get(0).getWorkbook().getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isPositive();
                assertThat(notes(show, slide)).contains(new com.scorecardstudio.domain.LocalNumbers(m.locale())
                        .two(data.scoring().settings().limits().highFrom()));
                assertThat(DeckChecks.outside(show)).isEmpty();
                assertThat(DeckChecks.overflowing(show)).isEmpty();
                // the embedded workbook is valid too
                Path xlsx = dir.resolve("chart-" + language.code() + ".xlsx");
                Files.write(xlsx, charts.get(0).getRelations().stream().filter(r -> r.getPackagePart().getPartName().getName().endsWith(".xlsx"))
                        .findFirst().orElseThrow().getPackagePart().getInputStream().readAllBytes());
                assertThat(DeckChecks.schemaErrors(xlsx)).isEmpty();
            }
            assertThat(DeckChecks.schemaErrors(file)).isEmpty();
        }
    }

    @Test
    void aThousandClientsDrawTheLargestByRevenueAndSayHowMany() throws Exception {
        var att = new com.scorecardstudio.domain.scoring.Criterion(1L, com.scorecardstudio.domain.scoring.Axis.ATTRACTIVENESS, "margin", "",
                BigDecimal.ONE);
        var rel = new com.scorecardstudio.domain.scoring.Criterion(2L, com.scorecardstudio.domain.scoring.Axis.RELATIONSHIP, "tenure", "",
                BigDecimal.ONE);
        List<com.scorecardstudio.domain.scoring.Client> clients = new ArrayList<>();
        Map<Long, Map<Long, Integer>> scores = new HashMap<>();
        for (long i = 1; i <= 1000; i++) {
            clients.add(new com.scorecardstudio.domain.scoring.Client(i, "Клиент " + i, "", BigDecimal.valueOf(1000 + i), "RUB", ""));
            scores.put(i, Map.of(1L, (int) (1 + i % 5), 2L, (int) (1 + i / 5 % 5)));
        }
        DeckData small = large(8);
        DeckData data = DeckData.of(small.content(), new ScoringSheet(1, List.of(att, rel), clients, scores, ScoringSettings.DEFAULT),
                small.map());
        Path file = DeckTestSupport.write(data, Language.RU, dir.resolve("clients.pptx"));
        Messages m = new Messages(Language.RU);
        try (XMLSlideShow show = open(file)) {
            XSLFSlide slide = show.getSlides().stream().filter(s -> title(s).equals(m.get("deck.matrix.bubbles.title"))).findFirst().orElseThrow();
            var chart = slide.getRelations().stream().filter(r -> r instanceof org.apache.poi.xslf.usermodel.XSLFChart)
                    .map(r -> (org.apache.poi.xslf.usermodel.XSLFChart) r).findFirst().orElseThrow();
            var series = chart.getCTChart().getPlotArea().getBubbleChartArray(0).getSerList();
            assertThat(series.stream().mapToLong(x -> x.getXVal().getNumRef().getNumCache().getPtCount().getVal()).sum())
                    .isEqualTo(MatrixSlides.MAX_BUBBLES);
            // the smallest drawn is larger than any left out
            double smallest = series.stream().flatMap(x -> x.getBubbleSize().getNumRef().getNumCache().getPtList().stream())
                    .mapToDouble(pt -> Double.parseDouble(pt.getV())).min().orElseThrow();
            assertThat(smallest).isEqualTo(1000 + 1000 - MatrixSlides.MAX_BUBBLES + 1);
            assertThat(notes(show, slide)).contains(m.get("deck.matrix.bubbles.capped", MatrixSlides.MAX_BUBBLES, 1000));
            assertThat(DeckChecks.outside(show)).isEmpty();
            assertThat(DeckChecks.overflowing(show)).isEmpty();
        }
        assertThat(DeckChecks.schemaErrors(file)).isEmpty();
    }

    /** The order of the zones in the chart's legend. */
    private static final class MatrixSlidesZones {
        static final List<com.scorecardstudio.domain.scoring.Zone> ORDER = List.of(com.scorecardstudio.domain.scoring.Zone.DEEPEN_RELATIONSHIP,
                com.scorecardstudio.domain.scoring.Zone.BUILD_LOYALTY, com.scorecardstudio.domain.scoring.Zone.INVEST_SELECTIVELY,
                com.scorecardstudio.domain.scoring.Zone.PROTECT_REVENUE);
    }

    @Test
    void anExistingFileIsReplacedWholeAndAnOpenOneIsRefused() throws Exception {
        DeckData data = DeckTestSupport.demo(dir, Language.EN);
        Path file = dir.resolve("deck.pptx");
        Files.writeString(file, "old");
        DeckTestSupport.write(data, Language.EN, file);
        try (XMLSlideShow show = open(file)) {
            assertThat(show.getSlides()).isNotEmpty();
        }
        byte[] before = Files.readAllBytes(file);
        Files.writeString(dir.resolve(".~lock.deck.pptx#"), "someone");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeckTestSupport.write(data, Language.EN, file))
                .isInstanceOf(com.scorecardstudio.excel.ExportException.class)
                .satisfies(e -> assertThat(((com.scorecardstudio.excel.ExportException) e).reason())
                        .isEqualTo(com.scorecardstudio.excel.ExportException.Reason.IN_USE));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static List<List<String>> table(XSLFSlide slide) {
        List<List<String>> rows = new ArrayList<>();
        for (XSLFShape sh : DeckChecks.all(slide.getShapes())) {
            if (sh instanceof XSLFTable t) {
                t.getRows().forEach(r -> rows.add(r.getCells().stream().map(c -> c.getText()).toList()));
            }
        }
        return rows;
    }

    @Test
    void aReviewedSessionGetsAResultsSlidePerPerspectiveInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            DeckData data;
            com.scorecardstudio.domain.Indicator ind;
            com.scorecardstudio.domain.impact.Period now = com.scorecardstudio.domain.impact.Period.containing(
                    com.scorecardstudio.domain.impact.Cadence.QUARTERLY, LocalDate.now());
            try (com.scorecardstudio.db.Database db = com.scorecardstudio.testing.TestDatabases.open(
                    dir.resolve("reviewed-" + language.code() + ".mv.db"))) {
                var store = db.store(com.scorecardstudio.testing.TestDatabases.fixedClock());
                long id = com.scorecardstudio.demo.Demo.create(store, language, LocalDate.of(2026, 11, 22)).id();
                ind = store.goals().list(id).stream().filter(g -> g.stage() == Stage.FINANCIAL).flatMap(g -> g.indicators().stream())
                        .filter(i -> i.baselineValue() != null && i.targetValue() != null).findFirst().orElseThrow();
                store.checkins().saveSchedule(id, com.scorecardstudio.domain.impact.ReviewSchedule.of(
                        com.scorecardstudio.domain.impact.Cadence.QUARTERLY, now.previous().start()));
                store.checkins().saveAll(id, List.of(
                        new com.scorecardstudio.domain.impact.Actual(ind.id(), now.previous(), ind.baselineValue(), ""),
                        new com.scorecardstudio.domain.impact.Actual(ind.id(), now, ind.targetValue(), "")));
                data = DeckData.read(store, id).orElseThrow();
            }
            Path file = DeckTestSupport.write(data, language, dir.resolve("reviewed-" + language.code() + ".pptx"));
            try (XMLSlideShow show = open(file)) {
                List<String> titles = show.getSlides().stream().map(DeckTest::title).toList();
                String results = m.get("deck.results.title", m.get("stage.financial"), now.id());
                assertThat(titles).contains(results);
                assertThat(titles.indexOf(results)).as("after the indicator slides")
                        .isGreaterThan(titles.indexOf(m.get("deck.indicators.title", m.get("stage.learning_growth"))));
                XSLFSlide slide = show.getSlides().get(titles.indexOf(results));
                List<List<String>> rows = table(slide);
                String name = ind.unit().isEmpty() ? ind.name() : ind.name() + ", " + ind.unit();
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.get(0)).isEqualTo(name);
                    assertThat(r.get(1)).isEqualTo(m.get("checkin.status.on_track"));
                    assertThat(r.get(4)).endsWith(m.get("results.md.better"));
                });
                assertThat(notes(show, slide)).contains(m.get("results.md.rollup", 1, 1, 0, 0,
                        data.content().goals().stream().filter(g -> g.stage() == Stage.FINANCIAL)
                                .mapToInt(g -> g.indicators().size()).sum() - 1));
                assertThat(DeckChecks.outside(show)).isEmpty();
                assertThat(DeckChecks.overflowing(show)).isEmpty();
            }
            assertThat(DeckChecks.schemaErrors(file)).isEmpty();
        }
    }

    @Test
    void votedStagesShowAVotesColumnAndMapCardsTheirDots() throws Exception {
        DeckData data;
        long cut;
        try (com.scorecardstudio.db.Database db = com.scorecardstudio.testing.TestDatabases.open(dir.resolve("votes.mv.db"))) {
            var store = db.store(com.scorecardstudio.testing.TestDatabases.fixedClock());
            Session s = store.sessions().insert(new Session(null, java.util.UUID.randomUUID(), "Votes", "", "",
                    LocalDate.of(2026, 11, 22), "", List.of(), null, "", null, null));
            cut = store.goals().insert(s.id(), Goal.titled(Stage.FINANCIAL, "cost_structure", "Cut costs")
                    .withVotes(List.of(new Vote("Igor", 2), new Vote("Marina", 3))), 0).id();
            store.goals().insert(s.id(), Goal.titled(Stage.FINANCIAL, "profit_growth", "Grow"), 0);
            store.goals().insert(s.id(), Goal.titled(Stage.CUSTOMER, "service", "Serve"), 0);
            data = DeckData.read(store, s.id()).orElseThrow();
        }
        assertThat(data.votes()).containsExactly(Map.entry(cut, 5));
        Path file = DeckTestSupport.write(data, Language.EN, dir.resolve("votes.pptx"));
        try (XMLSlideShow show = open(file)) {
            XSLFSlide financial = show.getSlides().stream().filter(s -> title(s).equals("Financial stage: goals")
                    || title(s).startsWith("Financial")).findFirst().orElseThrow();
            List<List<String>> rows = table(financial);
            assertThat(rows.get(0)).containsExactly("Goal", "Owner", "Priority", "Votes");
            assertThat(rows).contains(List.of("Cut costs", "no owner yet", "Medium", "5"))
                    .anyMatch(r -> r.get(0).equals("Grow") && r.get(3).equals("0"));
            // a stage nobody voted on keeps its three columns
            XSLFSlide customer = show.getSlides().stream().filter(s -> title(s).startsWith("Customer")).findFirst().orElseThrow();
            assertThat(table(customer).get(0)).containsExactly("Goal", "Owner", "Priority");
            XSLFSlide map = show.getSlides().stream().filter(s -> title(s).equals("Strategy map")).findFirst().orElseThrow();
            Map<String, String> cards = new HashMap<>();
            for (XSLFShape sh : DeckChecks.all(map.getShapes())) {
                if (sh.getShapeName().startsWith("Goal ")) {
                    cards.put(sh.getShapeName(), ((XSLFTextShape) sh).getText());
                }
            }
            assertThat(cards.get("Goal " + cut)).contains("Cut costs").endsWith("5 dots");
            assertThat(cards.values()).filteredOn(t -> t.contains("dot")).hasSize(1);
            assertThat(notes(show, map)).contains("the dots the goal got in the room’s dot-voting");
            // no initiative with a date: no roadmap, nor an agenda entry for it
            assertThat(show.getSlides().stream().map(DeckTest::title)).noneMatch(t -> t.startsWith("Initiative roadmap"));
            assertThat(show.getSlides().get(1).getShapes().stream().map(DeckTest::text)).noneMatch(t -> t.contains("Initiative roadmap"));
            assertThat(DeckChecks.outside(show)).isEmpty();
            assertThat(DeckChecks.overflowing(show)).isEmpty();
        }
        assertThat(DeckChecks.schemaErrors(file)).isEmpty();
    }
}
