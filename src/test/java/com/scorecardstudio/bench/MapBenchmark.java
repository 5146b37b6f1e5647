package com.scorecardstudio.bench;

import com.scorecardstudio.ui.common.FxScheduler;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.MapCard;
import com.scorecardstudio.domain.map.LinkRouter;
import com.scorecardstudio.domain.map.MapLayout;
import com.scorecardstudio.domain.map.MapText;
import com.scorecardstudio.domain.map.Route;
import com.scorecardstudio.domain.map.TextMeasure;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.Autosave;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.session.EditHistory;
import com.scorecardstudio.ui.map.MapCanvas;
import com.scorecardstudio.session.MapModel;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.GoalsModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The strategy map's figures (issues 4 and 14), on a map of 200 goals and 400 links:
 * <ol>
 *   <li>the automatic layout with cards as tall as their titles, and the links' routes round the cards
 *       (target &lt; 300 ms for both);</li>
 *   <li>dragging a card on the real map canvas, headless (Monocle): each frame moves the card by a few
 *       pixels; measured per frame are the time the drag handler holds the FX thread, the CSS and layout
 *       pass of the pulse (pre- to post-layout listener), and the time between pulses (AnimationTimer),
 *       whose p99 shows dropped frames (target: frame work &lt; 16 ms);</li>
 *   <li>dropping a card: the time the release holds the FX thread, then (the layout and routing run off
 *       it) the time showing their result holds it, and the time from the release to the routes shown.</li>
 * </ol>
 * Run: see the README's Benchmarks section, class {@code com.scorecardstudio.bench.MapBenchmark}.
 */
public final class MapBenchmark {
    private static final int GOALS = 200;
    private static final int LINKS = 400;
    private static final int FRAMES = 300;
    private static final int DROPS = 15;

    public static void main(String[] args) throws Exception {
        BenchData.headlessFx();
        System.out.printf("Java %s, %d cores; %d goals, %d links%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), GOALS, LINKS);
        layout();
        if (!Boolean.getBoolean("bench.layoutOnly")) {
            drag();
        }
        Platform.exit();
        System.exit(0);
    }

    /** 200 goals over the lanes and areas, 400 distinct links mostly pointing upwards. */
    private static List<int[]> linkPairs(Random r) {
        Set<String> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        while (pairs.size() < LINKS) {
            int a = r.nextInt(GOALS);
            int b = r.nextInt(GOALS);
            if (a != b && seen.add(a + ">" + b)) {
                pairs.add(new int[] {a, b});
            }
        }
        return pairs;
    }

    /** Titles of three lengths, a third of them long Russian ones that need four or five lines. */
    private static String title(int i) {
        return switch (i % 3) {
            case 0 -> "Goal number " + (i + 1) + " of the benchmark map";
            case 1 -> "Цель " + (i + 1);
            default -> "Снизить себестоимость амбулаторного приёма за счёт загрузки кабинетов, цель " + (i + 1);
        };
    }

    private static Stage stageOf(int i) {
        return Stage.values()[i % 4];
    }

    private static String areaOf(int i) {
        List<String> areas = stageOf(i).areas();
        return areas.get((i / 4) % areas.size());
    }

    private static void layout() {
        Random r = new Random(11);
        List<MapCard> cards = new ArrayList<>();
        for (int i = 0; i < GOALS; i++) {
            cards.add(new MapCard(i + 1, stageOf(i), areaOf(i)));
        }
        List<GoalLink> links = linkPairs(r).stream().map(p -> GoalLink.between(p[0] + 1, p[1] + 1)).toList();
        MapLayout.Sizing sizing = new MapLayout.Sizing() {
            @Override
            public double cardHeight(long goalId) {
                return MapText.cardHeight(title((int) goalId - 1), TextMeasure.ESTIMATE);
            }

            @Override
            public double areaLabelHeight(Stage stage, String area, double width) {
                return MapText.areaLabelHeight("Расширение возможностей получения прибыли и выход на новые рынки", width,
                        TextMeasure.ESTIMATE);
            }
        };
        for (int i = 0; i < 10; i++) {
            LinkRouter.route(MapLayout.layout(cards, links, Map.of(), sizing).boxes(), links, List.of());
        }
        long[] t = new long[20];
        long[] routing = new long[t.length];
        long[] both = new long[t.length];
        MapLayout.Result result = null;
        List<Route> routes = null;
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            result = MapLayout.layout(cards, links, Map.of(), sizing);
            long t1 = System.nanoTime();
            routes = LinkRouter.route(result.boxes(), links, List.of());
            long t2 = System.nanoTime();
            t[i] = t1 - t0;
            routing[i] = t2 - t1;
            both[i] = t2 - t0;
        }
        int before = MapLayout.crossings(links, MapLayout.layout(cards, List.of(), Map.of()).boxes());
        report("Automatic layout (cards as tall as their titles)", t);
        report("Routing 400 links round the cards", routing);
        report("Layout with routing", both);
        System.out.printf("   crossings: input order %d, after layout %d%n", before, result.crossings());
        int crossingCards = 0;
        long bends = 0;
        for (int i = 0; i < links.size(); i++) {
            Route route = routes.get(i);
            bends += route.bends();
            for (var b : result.boxes().values()) {
                if (b.goalId() != links.get(i).causeGoalId() && b.goalId() != links.get(i).effectGoalId() && route.crosses(b)) {
                    crossingCards++;
                }
            }
        }
        System.out.printf("   routes through a card other than their ends: %d; bends per route: %.1f%n", crossingCards,
                bends / (double) links.size());
    }

    private static void drag() throws Exception {
        Path dir = Files.createTempDirectory("map-bench");
        Database db = Database.open(dir.resolve("bench.mv.db"), new Backups(Clock.systemUTC(), 1), Database.BackupOnOpen.BEFORE_MIGRATION);
        long session = new SessionRepository(db.dsl(), Clock.systemUTC()).insert(Session.draft(LocalDate.now()).withTitle("Bench")).id();
        GoalRepository goals = new GoalRepository(db.dsl());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < GOALS; i++) {
            ids.add(goals.insert(session, Goal.titled(stageOf(i), areaOf(i), title(i)), i).id());
        }
        MapRepository map = new MapRepository(db.dsl());
        for (int[] p : linkPairs(new Random(11))) {
            map.insertLink(session, GoalLink.between(ids.get(p[0]), ids.get(p[1])));
        }

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch ready = new CountDownLatch(1);
        MapModel[] vm = new MapModel[1];
        MapCanvas[] canvas = new MapCanvas[1];
        Platform.runLater(() -> {
            Autosave autosave = new Autosave(new FxTaskRunner(new DbExecutor()), FxScheduler.create(), Duration.ofMillis(500),
                    Duration.ofSeconds(1), Throwable::printStackTrace);
            EditHistory undo = new EditHistory();
            GoalsModel g = new GoalsModel(session, goals, autosave, undo, new Messages(Language.EN));
            vm[0] = new MapModel(session, g, map, autosave, undo);
            g.load();
            vm[0].load();
            canvas[0] = new MapCanvas(vm[0], new Messages(Language.EN), x -> { });
            Scene scene = new Scene(canvas[0], 1200, 760);
            scene.getStylesheets().add(MapBenchmark.class.getResource("/ui/app.css").toExternalForm());
            javafx.stage.Stage window = new javafx.stage.Stage();
            window.setScene(scene);
            window.show();
            vm[0].loadedProperty().addListener((o, a, loaded) -> ready.countDown());
        });
        ready.await();
        Thread.sleep(1500); // first layout, CSS and rendering

        long[] handler = new long[FRAMES];
        long[] cssLayout = new long[FRAMES];
        long[] gaps = new long[FRAMES];
        long[] drop = new long[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            GoalItem moved = vm[0].goals().get(GOALS / 2);
            Node card = canvas[0].cardOf(moved);
            Bounds b = card.localToScene(card.getBoundsInLocal());
            double x0 = b.getCenterX();
            double y0 = b.getCenterY();
            Scene scene = card.getScene();
            long[] pre = {0};
            int[] frame = {-1};
            scene.addPreLayoutPulseListener(() -> pre[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                if (frame[0] >= 0 && frame[0] < FRAMES) {
                    cssLayout[frame[0]] = System.nanoTime() - pre[0];
                }
            });
            Event.fireEvent(card, mouse(MouseEvent.MOUSE_PRESSED, x0, y0));
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    int f = ++frame[0];
                    if (f > 0 && f <= FRAMES) {
                        gaps[f - 1] = now - last;
                    }
                    last = now;
                    if (f >= FRAMES) {
                        long d0 = System.nanoTime();
                        Event.fireEvent(card, mouse(MouseEvent.MOUSE_RELEASED, x0 + 3 * f, y0));
                        drop[0] = System.nanoTime() - d0;
                        stop();
                        done.countDown();
                        return;
                    }
                    long t0 = System.nanoTime();
                    // back and forth along the lane, across many links' paths
                    double dx = 3 * (f % 200 < 100 ? f % 100 : 100 - f % 100);
                    Event.fireEvent(card, mouse(MouseEvent.MOUSE_DRAGGED, x0 + dx, y0 + (f % 20)));
                    handler[f] = System.nanoTime() - t0;
                }
            }.start();
        });
        done.await();
        report("Drag: drag handler per frame", handler);
        report("Drag: CSS and layout per pulse", cssLayout);
        report("Drag: time between pulses (16.7 ms = no dropped frame)", gaps);
        long[] frameWork = new long[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            frameWork[i] = handler[i] + cssLayout[i];
        }
        report("Drag: FX-thread work per frame (handler + CSS and layout)", frameWork);
        System.out.printf("Drop after the long drag: the release on the FX thread: %.1f ms%n", drop[0] / 1e6);
        drops(vm[0], canvas[0]);
        db.close();
    }

    /**
     * {@value #DROPS} drops of different cards, each after a short drag: the time the release holds the
     * FX thread, the time showing the layout's result holds it when it comes (the model's apply and the
     * canvas's redraw), and the time from the release until the routes are shown.
     */
    private static void drops(MapModel vm, MapCanvas canvas) throws Exception {
        long[] release = new long[DROPS];
        long[] apply = new long[DROPS];
        long[] latency = new long[DROPS];
        // the CSS and layout pass of the pulse that follows the release, and of the one that follows the result
        long[] pulseAfterRelease = new long[DROPS];
        long[] pulseAfterResult = new long[DROPS];
        long[][] armed = {null}; // where the next pulse's CSS and layout time goes
        int[] armedAt = {0};
        long[] pre = {0};
        CountDownLatch listening = new CountDownLatch(1);
        Platform.runLater(() -> {
            canvas.getScene().addPreLayoutPulseListener(() -> pre[0] = System.nanoTime());
            canvas.getScene().addPostLayoutPulseListener(() -> {
                if (armed[0] != null) {
                    armed[0][armedAt[0]] = System.nanoTime() - pre[0];
                    armed[0] = null;
                }
            });
            listening.countDown();
        });
        listening.await();
        for (int i = 0; i < DROPS; i++) {
            int n = i;
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                GoalItem moved = vm.goals().get((GOALS / 3 + 17 * n) % GOALS);
                Node card = canvas.cardOf(moved);
                Bounds b = card.localToScene(card.getBoundsInLocal());
                long[] t = new long[2];
                // the layout's result: pending goes false, then the model applies it and the canvas redraws
                javafx.beans.value.ChangeListener<Boolean> pending = (o, was, now) -> {
                    if (!now) {
                        t[1] = System.nanoTime();
                    }
                };
                javafx.beans.value.ChangeListener<Number> redrawn = new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                        if (!vm.layoutPendingProperty().get() && t[0] != 0) {
                            long end = System.nanoTime();
                            // without a layout off the FX thread the release itself did everything
                            apply[n] = t[1] == 0 ? 0 : end - t[1];
                            latency[n] = end - t[0];
                            armed[0] = pulseAfterResult;
                            armedAt[0] = n;
                            vm.revisionProperty().removeListener(this);
                            vm.layoutPendingProperty().removeListener(pending);
                            shown.countDown();
                        }
                    }
                };
                vm.layoutPendingProperty().addListener(pending);
                vm.revisionProperty().addListener(redrawn);
                Event.fireEvent(card, mouse(MouseEvent.MOUSE_PRESSED, b.getCenterX(), b.getCenterY()));
                for (int f = 1; f <= 5; f++) {
                    Event.fireEvent(card, mouse(MouseEvent.MOUSE_DRAGGED, b.getCenterX() + 40 * f, b.getCenterY()));
                }
                t[0] = System.nanoTime();
                Event.fireEvent(card, mouse(MouseEvent.MOUSE_RELEASED, b.getCenterX() + 200, b.getCenterY()));
                release[n] = System.nanoTime() - t[0];
                armed[0] = pulseAfterRelease;
                armedAt[0] = n;
                if (t[1] == 0 && !vm.layoutPendingProperty().get() && latency[n] == 0) {
                    latency[n] = release[n]; // laid out during the release
                    vm.revisionProperty().removeListener(redrawn);
                    vm.layoutPendingProperty().removeListener(pending);
                    shown.countDown();
                }
            });
            shown.await();
            Thread.sleep(300); // a few pulses between drops
        }
        report("Drops: the release on the FX thread", release);
        report("Drops: showing the layout's result on the FX thread (model and canvas)", apply);
        report("Drops: release to routes shown", latency);
        report("Drops: CSS and layout of the pulse after the release", pulseAfterRelease);
        report("Drops: CSS and layout of the pulse after the result", pulseAfterResult);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                false, false, false, null);
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: median %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n", what, s[s.length / 2] / 1e6,
                s[(int) Math.min(s.length - 1, Math.round(s.length * 0.99))] / 1e6, s[s.length - 1] / 1e6, s.length);
    }
}
