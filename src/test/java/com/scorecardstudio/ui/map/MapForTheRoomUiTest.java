package com.scorecardstudio.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.Theme;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.map.CardBox;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import com.scorecardstudio.session.LinkItem;
import com.scorecardstudio.session.MapModel;
import com.scorecardstudio.testing.AppHarness;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.ui.common.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Russian demo's map on a 1280×720 laptop, as the room sees it: whole titles and area labels,
 * links that go round the cards, Fit that fills the view, lane names in view when zoomed in, a
 * legend, the dark theme; and the slide image (PNG at 300 dpi, SVG) without editing marks.
 */
@ExtendWith(ApplicationExtension.class)
class MapForTheRoomUiTest {
    private static final String LONG_RU = "Снизить себестоимость амбулаторного приёма на двенадцать процентов за счёт полной "
            + "загрузки кабинетов и перераспределения смен между филиалами";

    @TempDir
    static Path dir;
    private static int run;
    private javafx.stage.Stage stage;
    private Database db;
    /** The session's clock: the saves and the map's wait for a typing pause run when the test moves it. */
    private final ManualScheduler clock = new ManualScheduler();
    private MapModel vm;
    private MapPage page;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.hide());
        if (db != null) {
            db.close();
        }
    }

    private void showRussianDemo(FxRobot robot, double width, double height) throws Exception {
        db = TestDatabases.open(dir.resolve("room-" + (++run) + ".mv.db"));
        long session = Demo.create(db.store(TestDatabases.fixedClock()), Language.RU, LocalDate.of(2026, 11, 22)).id();
        Messages ru = new Messages(Language.RU);
        robot.interact(() -> {
            Autosave autosave = new Autosave(new DirectTaskRunner(), clock, Duration.ofMillis(500),
                    Duration.ofSeconds(1), Throwable::printStackTrace);
            EditHistory history = new EditHistory();
            GoalsModel goals = new GoalsModel(session, new GoalRepository(db.dsl()), autosave, history, ru);
            vm = new MapModel(session, goals, new MapRepository(db.dsl()), autosave, history);
            vm.setSessionTitle(() -> "Стратегическая сессия 2027");
            goals.load();
            vm.load();
            page = new MapPage(vm, List::of, List.of(), () -> stage, new DirectTaskRunner());
            AppHarness.show(stage, page, width, height);
        });
        AppHarness.waitUntil(() -> vm.loadedProperty().get() && !vm.goals().isEmpty()
                && page.canvas().cards().size() == vm.goals().size());
    }

    /** The text a label really draws (its skin's text node): "…" there means it was cut. */
    private static String drawn(Labeled label) {
        Text text = (Text) label.lookup(".text");
        return text == null ? "" : text.getText();
    }

    private static String words(String s) {
        return s.replaceAll("[\\s-]+", ""); // lines may break at a hyphen, or split a long word with one
    }

    @Test
    void everyTitleAndAreaLabelIsWholeLinksGoRoundCardsFitFillsAndLaneNamesStayInView(FxRobot robot) throws Exception {
        showRussianDemo(robot, 1280, 720);
        // a long Russian title typed in: its card grows, the lane below moves down, nothing is cut
        GoalItem first = vm.goals().get(0);
        double before = vm.boxes().get(first).height();
        robot.interact(() -> first.titleProperty().set(LONG_RU));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.boxes().get(first).height()).isGreaterThan(before);
        robot.interact(() -> com.scorecardstudio.testing.Screenshots.save(stage.getScene(), "map-ru-card-grown-while-typing"));
        // typing pauses: the map makes room for the grown card
        robot.interact(() -> clock.advance(MapModel.SETTLE_AFTER_TYPING));
        AppHarness.waitUntil(() -> !vm.layoutPendingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> com.scorecardstudio.testing.Screenshots.save(stage.getScene(), "map-ru-card-grown-after-pause"));

        for (double zoom : new double[] {0.5, 1, 2.2}) {
            robot.interact(() -> page.canvas().zoomAt(zoom / page.canvas().zoomLevel(), 0, 0));
            WaitForAsyncUtils.waitForFxEvents();
            for (var e : page.canvas().cards().entrySet()) {
                CardNode card = e.getValue();
                String title = e.getKey().titleProperty().get();
                assertThat(drawn(card.titleLabel())).as("card at zoom " + zoom).doesNotContain("…");
                assertThat(words(drawn(card.titleLabel()))).as("whole title at zoom " + zoom).isEqualTo(words(title));
                // the title's lines lie inside the card
                Bounds t = card.titleLabel().localToScene(card.titleLabel().getLayoutBounds());
                Bounds c = card.localToScene(card.getLayoutBounds());
                assertThat(t.getMaxY()).as(title).isLessThanOrEqualTo(c.getMaxY() + 0.5);
            }
            for (Node n : page.canvas().lookupAll(".map-area-label")) {
                Label area = (Label) n;
                assertThat(drawn(area)).doesNotContain("…");
                assertThat(words(drawn(area))).isEqualTo(words(area.getText()));
            }
        }

        // no route crosses a card other than its ends, and the arrows drawn follow the routes
        Map<GoalItem, CardBox> boxes = vm.boxes();
        assertThat(vm.links()).isNotEmpty();
        for (LinkItem l : vm.links()) {
            Route r = vm.routes().get(l);
            assertThat(r).isNotNull();
            boxes.forEach((g, b) -> {
                if (g != l.cause() && g != l.effect()) {
                    assertThat(r.crosses(b)).as(l + " crosses " + g.titleProperty().get()).isFalse();
                }
            });
            List<Double> drawn = page.canvas().linkShapes().get(l).points();
            assertThat(drawn.get(0)).isEqualTo(r.x(0));
            assertThat(drawn.size()).isEqualTo(2 * r.size());
        }
        // a goal no link touches: no drawn line crosses its card
        GoalItem lonely = vm.goals().stream().filter(g -> vm.links().stream().noneMatch(l -> l.touches(g))).findFirst().orElseThrow();
        CardNode lonelyCard = page.canvas().cards().get(lonely);
        for (var shape : page.canvas().linkShapes().values()) {
            Bounds line = shape.line.localToScene(shape.line.getLayoutBounds());
            Bounds card = lonelyCard.localToScene(lonelyCard.getLayoutBounds());
            if (line.intersects(card)) { // the line's box may overlap; its segments must not
                List<Double> p = shape.points();
                for (int i = 2; i < p.size(); i += 2) {
                    CardBox b = boxes.get(lonely);
                    assertThat(Route.segmentEntersBox(p.get(i - 2), p.get(i - 1), p.get(i), p.get(i + 1), b)).isFalse();
                }
            }
        }

        // Fit (Ctrl+0) fills the view in one dimension
        robot.clickOn("#mapFit");
        double[] size = page.canvas().drawnSize();
        assertThat(size[0] / page.canvas().getWidth() >= 0.9 || size[1] / page.canvas().getHeight() >= 0.9)
                .as("fit %.0fx%.0f in %.0fx%.0f", size[0], size[1], page.canvas().getWidth(), page.canvas().getHeight()).isTrue();

        // zoomed far into the right end of the map: the visible lanes' names are still on screen, at the left
        robot.interact(() -> page.canvas().zoomAt(3, page.canvas().getWidth() - 10, page.canvas().getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = page.canvas().localToScene(page.canvas().getLayoutBounds());
        int inView = 0;
        for (Label title : page.canvas().laneTitles()) {
            Bounds t = title.localToScene(title.getLayoutBounds());
            if (t.getMinY() < view.getMaxY() && t.getMaxY() > view.getMinY()) {
                inView++;
                assertThat(t.getMinX()).as(title.getText()).isGreaterThanOrEqualTo(view.getMinX() - 0.5).isLessThan(view.getMinX() + 40);
                assertThat(t.getMinY()).as(title.getText()).isGreaterThanOrEqualTo(view.getMinY() - 0.5);
            }
        }
        assertThat(inView).isGreaterThanOrEqualTo(1);

        // the legend explains the lines, in Russian
        assertThat(robot.lookup("#mapLegend").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.from(page).lookup(".map-legend-text").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Слабая связь", "Показатель достиг цели");
        robot.clickOn("#mapLegendToggle");
        assertThat(robot.lookup("#mapLegend").queryAs(Node.class).isVisible()).isFalse();

        // the links' hypotheses, on request, beside their lines
        assertThat(page.canvas().linkShapes().values()).noneMatch(l -> l.note.isVisible());
        robot.clickOn("#mapHypotheses");
        LinkItem withHypothesis = vm.links().stream().filter(l -> !l.hypothesisProperty().get().isBlank()).findFirst().orElseThrow();
        MapCanvas.LinkShape shape = page.canvas().linkShapes().get(withHypothesis);
        assertThat(shape.note.isVisible()).isTrue();
        assertThat(shape.note.getText()).isEqualTo(withHypothesis.hypothesisProperty().get());
        // beside its line: its corner a few pixels off a point of the line as drawn
        List<Double> line = shape.points();
        double noteX = shape.note.getLayoutX() + shape.getTranslateX() - 6;
        double noteY = shape.note.getLayoutY() + shape.getTranslateY() - 4;
        double nearest = Double.MAX_VALUE;
        for (int i = 2; i < line.size(); i += 2) {
            nearest = Math.min(nearest, java.awt.geom.Line2D.ptSegDist(line.get(i - 2), line.get(i - 1), line.get(i), line.get(i + 1), noteX, noteY));
        }
        assertThat(nearest).as("the note's distance from its line").isLessThan(0.5);

        // the dark theme: dark lanes and cards, light titles
        robot.interact(() -> Themes.apply(Theme.DARK, stage.getScene()));
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle lane = robot.from(page).lookup(".map-lane-financial").queryAs(Rectangle.class);
        assertThat(((Color) lane.getFill()).getBrightness()).isLessThan(0.35);
        CardNode card = page.canvas().cards().get(first);
        assertThat(((Color) card.titleLabel().getTextFill()).getBrightness()).isGreaterThan(0.8);
        assertThat(card.getBackground().getFills().get(0).getFill()).isNotEqualTo(Color.WHITE);
        robot.interact(() -> Themes.apply(Theme.LIGHT, stage.getScene()));
    }

    @Test
    void theSlideImageIsA300DpiPngAndAnSvgWithTheTitleTheLegendAndWholeTitlesButNoEditingMarks(FxRobot robot) throws Exception {
        showRussianDemo(robot, 1280, 800);
        // the picture drawn for the image has no handles, pins, warnings or selection
        Node[] picture = new Node[1];
        robot.interact(() -> picture[0] = MapPicture.build(vm, new Messages(Language.RU)));
        assertThat(picture[0].lookupAll(".map-card")).hasSize(vm.goals().size());
        assertThat(picture[0].lookupAll(".map-card-handle")).isEmpty();
        assertThat(picture[0].lookupAll(".map-card-warning")).isEmpty();
        assertThat(picture[0].lookupAll(".map-card-pin")).isEmpty();
        assertThat(vm.findings()).isNotEmpty(); // the demo has findings: on screen they show, in the image not
        assertThat(((Label) picture[0].lookup("#mapPictureTitle")).getText()).contains("Стратегическая сессия 2027");
        assertThat(picture[0].lookup("#mapLegend")).isNotNull();

        Path png = dir.resolve("map-" + run + ".png");
        @SuppressWarnings("unchecked")
        Future<Path>[] task = new Future[1];
        robot.interact(() -> task[0] = page.writeImage(png));
        assertThat(task[0].get(60, TimeUnit.SECONDS)).isEqualTo(png);
        // 300 dpi: said in the file (pHYs) and true of its pixels (the map's 96-dpi units × 300/96)
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys).isNotNull();
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            double dpi = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertThat(dpi).isGreaterThanOrEqualTo(299.9);
            assertThat(reader.getWidth(0)).isGreaterThanOrEqualTo((int) (vm.width() * 300 / 96));
            reader.dispose();
        }
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().contains(".tmp"))).isEmpty(); // written atomically

        Path svg = dir.resolve("map-" + run + ".svg");
        robot.interact(() -> task[0] = page.writeSvg(svg));
        assertThat(task[0].get(30, TimeUnit.SECONDS)).isEqualTo(svg);
        if (System.getProperty("map.keep") != null) { // to look at them: -Dmap.keep=/some/dir
            Files.copy(png, Path.of(System.getProperty("map.keep")).resolve("map-ru.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(svg, Path.of(System.getProperty("map.keep")).resolve("map-ru.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Стратегическая сессия 2027").contains("Обозначения").contains("Слабая связь");
        assertThat(text).doesNotContain("⚠").doesNotContain("…");
        // every title whole: the lines of each card, joined, are its title
        org.w3c.dom.NodeList groups = doc.getElementsByTagName("g");
        List<String> cardTexts = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
            if ("card".equals(g.getAttribute("class"))) {
                org.w3c.dom.NodeList lines = g.getElementsByTagName("text");
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < lines.getLength(); k++) {
                    sb.append(lines.item(k).getTextContent()).append('\n');
                }
                cardTexts.add(words(sb.toString()));
            }
        }
        for (GoalItem g : vm.goals()) {
            assertThat(cardTexts).anyMatch(t -> t.startsWith(words(g.titleProperty().get())));
        }
        // an arrow per link, along its route (the legend's three samples besides)
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(vm.links().size() + 3);
    }

    @Test
    void theMapForTheRoomHasNoHandlesOrMarksAndFillsItsWindowAtEverySize(FxRobot robot) throws Exception {
        showRussianDemo(robot, 1280, 800);
        MapCanvas[] room = new MapCanvas[1];
        robot.interact(() -> {
            room[0] = MapCanvas.forRoom(vm, new Messages(Language.RU));
            AppHarness.show(stage, new javafx.scene.layout.StackPane(room[0]), 1000, 560);
        });
        AppHarness.waitUntil(() -> room[0].cards().size() == vm.goals().size());
        assertThat(vm.findings()).isNotEmpty();
        assertThat(room[0].lookupAll(".map-card-handle")).isEmpty();
        assertThat(room[0].lookupAll(".map-card-warning")).isEmpty();
        assertThat(room[0].lookupAll(".map-link-hit")).isEmpty();
        for (double[] size : new double[][] {{1000, 560}, {1200, 1000}, {640, 360}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            double[] drawn = room[0].drawnSize();
            assertThat(drawn[0] / room[0].getWidth() >= 0.9 || drawn[1] / room[0].getHeight() >= 0.9)
                    .as("map %.0fx%.0f in %.0fx%.0f", drawn[0], drawn[1], room[0].getWidth(), room[0].getHeight()).isTrue();
            assertThat(drawn[0]).isLessThanOrEqualTo(room[0].getWidth() + 0.5);
            assertThat(drawn[1]).isLessThanOrEqualTo(room[0].getHeight() + 0.5);
        }
    }
}
