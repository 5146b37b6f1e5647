package com.scorecardstudio.bench;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.db.MapRepository;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.GoalItem;
import com.scorecardstudio.session.MapModel;
import com.scorecardstudio.session.OpenSession;
import com.scorecardstudio.ui.common.FxScheduler;
import com.scorecardstudio.ui.common.FxTaskRunner;
import com.scorecardstudio.ui.map.MapPage;
import com.scorecardstudio.ui.stage.StagePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * Issue 13's typing figures: a facilitator types goal titles in a session of 200 goals (400
 * indicators, 600 initiatives) and 400 map links, through the real pages of the app, headless
 * (Monocle) on a real H2 file, with the app's own session model ({@link OpenSession}: the real
 * pause of 500 ms, the real database thread).
 *
 * <p>Two rounds: (1) typing on a stage page while the map page exists but is not shown (as after a
 * visit to the map), (2) typing in the goal editor of the map page's side panel, the map shown. Per
 * round: 40 bursts (or {@code -Dbench.bursts=N}) of {@value #BURST} keystrokes, one keystroke every second pulse
 * (about 30 a second), then a pause of {@value #PAUSE_FRAMES} pulses, so each burst is saved by its
 * pause. Measured:
 * <ul>
 *   <li>FX-thread time per keystroke: the key event's dispatch (every listener it sets off) plus the
 *       CSS and layout passes of the same pulse and of the next, before the next keystroke (from the
 *       scene's pre- to its post-layout listener: layout asked for during a pass runs in the next), as
 *       wall time and as the FX thread's CPU time over the same spans (which a busy machine does not
 *       inflate by taking the core away);</li>
 *   <li>the same with the map's layouts counted in: a title that needs another number of lines grows its
 *       card at once (in the keystroke's own span) and the map makes room for it when typing pauses; the
 *       layout runs off the FX thread and showing its result (cards moved, links redrawn, its CSS and
 *       layout pass) is FX-thread work, added here to the keystroke that started the layout, if one did,
 *       and to a keystroke typed in the frame right after a result was shown (it waited for it);</li>
 *   <li>how many times the map was laid out during the round ({@link MapModel#layoutRuns()});</li>
 *   <li>autosave pause-to-commit: from the end of a burst's pause to the commit acknowledged on the FX
 *       thread ({@code Autosave.onCommitted}).</li>
 * </ul>
 * Then one link added with the map closed, then the map shown: the layout runs once, when shown.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/cp.txt) com.scorecardstudio.bench.KeystrokeBenchmark</pre>
 * ({@code -XX:TieredStopAtLevel=1}: the JIT setting of the app's launcher, {@code installer/app-image.args}).

 */
public final class KeystrokeBenchmark {
    private static final int GOALS = 200;
    private static final int LINKS = 400;
    private static final int BURSTS = Integer.getInteger("bench.bursts", 40);
    private static final int BURST = 12;
    private static final int PAUSE_FRAMES = 40;

    public static void main(String[] args) throws Exception {
        BenchData.headlessFx();
        System.out.printf("Java %s, %d cores; %d goals, %d links; %d keystrokes per round%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), GOALS, LINKS, BURSTS * BURST);

        Path dir = Files.createTempDirectory("keystroke-bench");
        Database db = Database.open(dir.resolve("bench.mv.db"), new Backups(Clock.systemUTC(), 1), Database.BackupOnOpen.BEFORE_MIGRATION);
        Session session = fill(db);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        DbExecutor executor = new DbExecutor();
        Messages messages = new Messages(Language.EN);
        OpenSession[] open = new OpenSession[1];
        List<Long> commits = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch loaded = new CountDownLatch(1);
        Platform.runLater(() -> {
            open[0] = new OpenSession(session, db.store(Clock.systemUTC()), new FxTaskRunner(executor), FxScheduler.create(),
                    System::nanoTime, messages, Throwable::printStackTrace);
            open[0].autosave().onCommitted(commits::add);
            open[0].map().loadedProperty().addListener((o, a, b) -> loaded.countDown());
            open[0].load();
        });
        loaded.await(60, TimeUnit.SECONDS);

        // the pages as the app builds them: the stage page of the typed goal, and the map page
        GoalItem[] typed = new GoalItem[1];
        StagePage[] stagePage = new StagePage[1];
        MapPage[] mapPage = new MapPage[1];
        StackPane root = new StackPane();
        onFx(() -> {
            OpenSession s = open[0];
            typed[0] = s.goals().goals().stream().filter(g -> g.stageProperty().get() == Stage.CUSTOMER).findFirst().orElseThrow();
            stagePage[0] = new StagePage(Stage.CUSTOMER, s.goals(), List::of, List.of(), null);
            mapPage[0] = new MapPage(s.map(), List::of, List.of(), () -> root.getScene().getWindow(), FxTaskRunner.onOwnThread("bench-files"));
            s.map().setLayoutRunner(new LayoutResults(FxTaskRunner.onOwnThread("bench-map-layout")));
            // the map was visited once: its page exists, then the stage page is shown
            root.getChildren().setAll(mapPage[0]);
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(KeystrokeBenchmark.class.getResource("/ui/app.css").toExternalForm());
            javafx.stage.Stage window = new javafx.stage.Stage();
            window.setScene(scene);
            window.show();
        });
        Thread.sleep(1500);
        MapModel map = open[0].map();

        // round 1: the map page closed, typing on the stage page
        onFx(() -> {
            root.getChildren().setAll(stagePage[0]);
            stagePage[0].selectedProperty().set(typed[0]);
        });
        Thread.sleep(1000);
        Sampler.start(fxThread());
        Round closed = type("map page closed (typing on the stage page)", root, () -> field(stagePage[0]), map, commits);

        // round 2: the map page shown, typing in the goal editor of its side panel
        onFx(() -> root.getChildren().setAll(mapPage[0]));
        Thread.sleep(1000);
        onFx(() -> {
            Node card = mapPage[0].canvas().cardOf(typed[0]);
            Event.fireEvent(card, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5, MouseButton.PRIMARY, 2,
                    false, false, false, false, true, false, false, false, false, false, null));
        });
        Thread.sleep(1000);
        Sampler.print("stage page", closed.cpu(), Long.getLong("bench.slow", 0));
        Round shown = type("map page shown (typing in its goal editor)", root, () -> field(mapPage[0]), map, commits);

        Sampler.print("map page", shown.cpu(), Long.getLong("bench.slow", 0));
        // a structural change with the map closed waits for the map to be shown
        onFx(() -> root.getChildren().setAll(stagePage[0]));
        Thread.sleep(500);
        long[] runs = new long[3];
        onFx(() -> {
            runs[0] = map.layoutRuns();
            List<GoalItem> goals = map.goals();
            GoalItem a = goals.get(0);
            GoalItem b = goals.stream().filter(g -> map.linkBetween(a, g).isEmpty() && map.linkBetween(g, a).isEmpty() && g != a)
                    .findFirst().orElseThrow();
            map.link(a, b);
            runs[1] = map.layoutRuns();
            root.getChildren().setAll(mapPage[0]);
        });
        Thread.sleep(500);
        onFx(() -> runs[2] = map.layoutRuns());

        System.out.println();
        closed.print();
        shown.print();
        System.out.printf("a link added with the map closed: layout runs %d; when the map is shown: %d%n",
                runs[1] - runs[0], runs[2] - runs[1]);
        onFx(() -> open[0].close());
        executor.close();
        db.close();
        Platform.exit();
        System.exit(0);
    }

    private static Thread fxThread() throws Exception {
        Thread[] t = new Thread[1];
        onFx(() -> t[0] = Thread.currentThread());
        return t[0];
    }

    /**
     * With {@code -Dbench.sample=true}: where the FX thread spends a keystroke's dispatch (phase 1) and
     * its pulse's CSS and layout (phase 2), from stack samples taken every half millisecond.
     */
    static final class Sampler {
        static volatile int phase;
        static volatile int keystroke;
        private record Sample(int keystroke, int phase, StackTraceElement[] stack) { }
        private static final List<Sample> samples = new ArrayList<>();

        static void start(Thread fx) {
            if (!Boolean.getBoolean("bench.sample")) {
                return;
            }
            Thread t = new Thread(() -> {
                while (true) {
                    int p = phase;
                    int k = keystroke;
                    if (p != 0) {
                        StackTraceElement[] st = fx.getStackTrace();
                        if (phase == p && keystroke == k) {
                            synchronized (samples) {
                                samples.add(new Sample(k, p, st));
                            }
                        }
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            }, "bench-sampler");
            t.setDaemon(true);
            t.start();
        }

        /** Inclusive frame counts of the keystrokes that took more than {@code slowerThan} ns (or all). */
        static void print(String round, long[] total, long slowerThan) {
            if (!Boolean.getBoolean("bench.sample")) {
                return;
            }
            synchronized (samples) {
                for (int p = 1; p <= 4; p++) {
                    java.util.Map<String, Integer> inclusive = new java.util.HashMap<>();
                    int n = 0;
                    for (Sample s : samples) {
                        if (s.phase() != p || p <= 2 && total[s.keystroke()] < slowerThan) {
                            continue;
                        }
                        n++;
                        java.util.Set<String> seen = new HashSet<>();
                        for (StackTraceElement e : s.stack()) {
                            String k = e.getClassName() + "." + e.getMethodName();
                            if (seen.add(k)) {
                                inclusive.merge(k, 1, Integer::sum);
                            }
                        }
                    }
                    System.out.printf("%n--- %s, %s, keystrokes over %.1f ms: %d samples%n", round, new String[] {"", "dispatch", "CSS and layout", "showing a layout", "the pulse after a layout shown"}[p],
                            slowerThan / 1e6, n);
                    inclusive.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(90)
                            .forEach(e -> System.out.printf("%5d %s%n", e.getValue(), e.getKey()));
                }
                samples.clear();
            }
        }
    }

    /**
     * The map's layout runner, timed: a layout runs off the FX thread and its result is shown later on
     * the FX thread (cards moved, links redrawn) with a CSS and layout pass after it. That work is a
     * keystroke's too if the keystroke started the layout, or came in the frame right after the result
     * was shown: its FX-thread CPU time and the next pulse's are added to that keystroke. A layout started
     * when typing paused is counted apart.
     */
    static final class LayoutResults implements com.scorecardstudio.session.TaskRunner {
        private final com.scorecardstudio.session.TaskRunner delegate;
        /** Per keystroke of the round under way: the FX thread's CPU time showing the layouts it started. */
        static volatile long[] cpu = new long[0];
        static volatile long[] wall = new long[0];
        static final List<Long> shown = Collections.synchronizedList(new ArrayList<>());
        static final List<Long> applied = Collections.synchronizedList(new ArrayList<>());
        /** The keystrokes that started a layout. */
        static final List<Integer> starters = Collections.synchronizedList(new ArrayList<>());
        /** The keystroke whose layout was shown last, while its next pulse is still to be counted (FX thread). */
        static int pulseFor = -1;
        /** {@link #pulseFor} for a layout started at a typing pause. */
        static final int PAUSE = -2;
        /** Layouts started by no keystroke (at a typing pause) during the round. */
        static int atPause;
        /** CPU time of a result shown since the last animation frame (FX thread): a keystroke typed in the next one waited for it. */
        static long sinceLastFrame;
        static long sinceLastFrameWall;
        /** Keystrokes typed in the frame right after a layout's result was shown. */
        static final List<Integer> waited = Collections.synchronizedList(new ArrayList<>());

        LayoutResults(com.scorecardstudio.session.TaskRunner delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            int k = typing && Sampler.phase == 1 ? Sampler.keystroke : -1; // inside a key event's dispatch
            if (k >= 0) {
                starters.add(k);
            } else if (typing) {
                atPause++;
            }
            boolean counted = typing;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            delegate.run(work, result -> {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Sampler.phase = 3;
                onSuccess.accept(result);
                Sampler.phase = 0;
                long c = threads.getCurrentThreadCpuTime() - c0;
                long t = System.nanoTime() - t0;
                if (k >= 0 && k < cpu.length) {
                    cpu[k] += c;
                    wall[k] += t;
                }
                if (counted) {
                    shown.add(c);
                    applied.add(c);
                    if (k < 0) {
                        sinceLastFrame += c; // a keystroke started it: counted for that one already
                        sinceLastFrameWall += t;
                    }
                    pulseFor = k >= 0 ? k : PAUSE;
                }
            }, onFailure);
        }

        @Override
        public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
            return delegate.busyProperty();
        }
    }

    /** True while a round types (keystroke indices then name the round's keystrokes). */
    static volatile boolean typing;

    private static TextField field(Node page) {
        return (TextField) page.lookup("#goalTitle");
    }

    private record Round(String name, long[] keystroke, long[] handler, long[] cssLayout, long[] cpu, long layoutRuns,
                         List<Long> commits, long[] withLayoutCpu, long[] withLayoutWall, List<Long> layoutShown, List<Long> layoutApplied,
                         List<Integer> layoutStarters, int layoutsAtPause, List<Integer> waited, List<Integer> resized) {
        void print() {
            System.out.println(name + ":");
            report("  FX time per keystroke (dispatch + CSS/layout)", keystroke);
            report("  FX thread's CPU time per keystroke (same span)", cpu);
            report("  FX time per keystroke, with the map layouts it started or waited for shown", withLayoutWall);
            report("  FX thread's CPU time per keystroke, with the map layouts it started or waited for shown", withLayoutCpu);
            report("    of which showing a layout's result (each, CPU, with its pulse)", layoutShown.stream().mapToLong(Long::longValue).toArray());
            report("      of which before its pulse", layoutApplied.stream().mapToLong(Long::longValue).toArray());
            report("    of which the key event's dispatch", handler);
            report("    of which the pulses' CSS and layout", cssLayout);
            slowest("  slowest keystrokes by CPU (index: ms)", cpu);
            if (!layoutStarters.isEmpty()) {
                report("  FX thread's CPU time of the keystrokes that started a layout (their own span)",
                        layoutStarters.stream().mapToLong(k -> cpu[k]).toArray());
            }
            if (!resized.isEmpty()) {
                report("  FX thread's CPU time of the keystrokes that changed a card's height (their own span)",
                        resized.stream().mapToLong(k -> cpu[k]).toArray());
            }
            System.out.printf("  map layout runs during %d keystrokes: %d (started by a keystroke: %d, at a typing pause: %d); "
                    + "keystrokes typed in the frame after a layout's result was shown: %d%n",
                    keystroke.length, layoutRuns, layoutStarters.size(), layoutsAtPause, waited.size());
            long[] c = commits.stream().mapToLong(Long::longValue).toArray();
            report("  autosave pause-to-commit", c);
        }
    }

    private static Round type(String name, StackPane root, java.util.function.Supplier<TextField> field, MapModel map,
                              List<Long> commits) throws Exception {
        int n = BURSTS * BURST;
        long[] handler = new long[n];
        long[] cssLayout = new long[n];
        long[] cpu = new long[n];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] runsBefore = new long[1];
        int commitsBefore = commits.size();
        LayoutResults.cpu = new long[n];
        LayoutResults.wall = new long[n];
        LayoutResults.shown.clear();
        LayoutResults.applied.clear();
        LayoutResults.starters.clear();
        LayoutResults.pulseFor = -1;
        LayoutResults.atPause = 0;
        LayoutResults.sinceLastFrame = 0;
        LayoutResults.sinceLastFrameWall = 0;
        LayoutResults.waited.clear();
        List<Integer> resized = new ArrayList<>();
        int[] startersBefore = {0};
        long[] applyPulse = new long[2];
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> {
            TextField f = field.get();
            f.requestFocus();
            f.end();
            runsBefore[0] = map.layoutRuns();
            typing = true;
            Scene scene = root.getScene();
            long[] pre = {0, 0};
            int[] measuring = {-1};
            // a keystroke's layout can spill into the next pulse (a change reaching a Group asks its
            // parents for layout while the pass is under way): both pulses count for it
            int[] pulsesLeft = {0};
            Runnable preListener = () -> {
                if (measuring[0] >= 0) {
                    Sampler.phase = 2;
                }
                if (LayoutResults.pulseFor != -1) {
                    Sampler.phase = 4;
                }
                pre[0] = System.nanoTime();
                pre[1] = threads.getCurrentThreadCpuTime();
                applyPulse[0] = pre[0];
                applyPulse[1] = pre[1];
            };
            Runnable[] post = new Runnable[1];
            post[0] = () -> {
                Sampler.phase = 0;
                int k = LayoutResults.pulseFor;
                if (k != -1) { // the pass after a layout's result was shown: that keystroke's too
                    long c = threads.getCurrentThreadCpuTime() - applyPulse[1];
                    if (k >= 0) {
                        LayoutResults.cpu[k] += c;
                        LayoutResults.wall[k] += System.nanoTime() - applyPulse[0];
                    }
                    int last = LayoutResults.shown.size() - 1;
                    LayoutResults.shown.set(last, LayoutResults.shown.get(last) + c);
                    LayoutResults.pulseFor = -1;
                }
                if (measuring[0] >= 0) {
                    cssLayout[measuring[0]] += System.nanoTime() - pre[0];
                    cpu[measuring[0]] += threads.getCurrentThreadCpuTime() - pre[1];
                    if (--pulsesLeft[0] == 0) {
                        measuring[0] = -1;
                    }
                }
            };
            scene.addPreLayoutPulseListener(preListener);
            scene.addPostLayoutPulseListener(post[0]);
            new AnimationTimer() {
                private int frame;
                private int typed;

                @Override
                public void handle(long now) {
                    int period = 2 * BURST + PAUSE_FRAMES;
                    int inBurst = frame % period;
                    frame++;
                    long waitedCpu = LayoutResults.sinceLastFrame; // a result shown since the last frame
                    long waitedWall = LayoutResults.sinceLastFrameWall;
                    LayoutResults.sinceLastFrame = 0;
                    LayoutResults.sinceLastFrameWall = 0;
                    if (typed >= n) {
                        if (inBurst == period - 1) {
                            stop();
                            typing = false;
                            scene.removePreLayoutPulseListener(preListener);
                            scene.removePostLayoutPulseListener(post[0]);
                            done.countDown();
                        }
                        return;
                    }
                    if (inBurst < 2 * BURST && inBurst % 2 == 0) {
                        char c = (char) ('a' + typed % 26);
                        String s = String.valueOf(c);
                        long c0 = threads.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        Sampler.keystroke = typed;
                        Sampler.phase = 1;
                        int revision = map.revisionProperty().get();
                        Event.fireEvent(f, new KeyEvent(KeyEvent.KEY_TYPED, s, s, KeyCode.UNDEFINED, false, false, false, false));
                        Sampler.phase = 0;
                        if (map.revisionProperty().get() != revision && LayoutResults.starters.size() == startersBefore[0]) {
                            resized.add(typed); // the card took another height at once (no layout started)
                        }
                        startersBefore[0] = LayoutResults.starters.size();
                        handler[typed] = System.nanoTime() - t0;
                        cpu[typed] = threads.getCurrentThreadCpuTime() - c0;
                        if (waitedCpu > 0) { // this keystroke waited for a layout's result to be shown
                            LayoutResults.cpu[typed] += waitedCpu;
                            LayoutResults.wall[typed] += waitedWall;
                            LayoutResults.waited.add(typed);
                        }
                        measuring[0] = typed;
                        pulsesLeft[0] = 2;
                        typed++;
                        if (typed % 60 == 0) {
                            f.setText("Typed title"); // keep the title within its limit
                            f.end();
                        }
                    }
                }
            }.start();
        });
        done.await();
        Thread.sleep(1500); // the last burst's commit
        long[] runs = new long[1];
        onFx(() -> runs[0] = map.layoutRuns() - runsBefore[0]);
        long[] total = new long[n];
        for (int i = 0; i < n; i++) {
            total[i] = handler[i] + cssLayout[i];
        }
        List<Long> c;
        synchronized (commits) {
            c = new ArrayList<>(commits.subList(commitsBefore, commits.size()));
        }
        long[] withCpu = new long[n];
        long[] withWall = new long[n];
        for (int i = 0; i < n; i++) {
            withCpu[i] = cpu[i] + LayoutResults.cpu[i];
            withWall[i] = total[i] + LayoutResults.wall[i];
        }
        return new Round(name, total, handler, cssLayout, cpu, runs[0], c, withCpu, withWall, new ArrayList<>(LayoutResults.shown),
                new ArrayList<>(LayoutResults.applied), new ArrayList<>(LayoutResults.starters), LayoutResults.atPause,
                new ArrayList<>(LayoutResults.waited), new ArrayList<>(resized));
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                l.countDown();
            }
        });
        l.await(30, TimeUnit.SECONDS);
    }

    /** 200 goals over every focus area, each with two indicators and three initiatives, and 400 links. */
    private static Session fill(Database db) {
        Session s = new SessionRepository(db.dsl(), Clock.systemUTC()).insert(Session.draft(LocalDate.now()).withTitle("Typing"));
        GoalRepository repo = new GoalRepository(db.dsl());
        List<String[]> areas = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            stage.areas().forEach(a -> areas.add(new String[] {stage.name(), a}));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < GOALS; i++) {
            String[] at = areas.get(i % areas.size());
            Goal g = new Goal(null, Stage.valueOf(at[0]), at[1], "Goal " + (i + 1) + ": reduce the cost of service by ten percent",
                    "Why it matters.", "Owner " + (i % 7), com.scorecardstudio.domain.Priority.MEDIUM,
                    List.of(Indicator.named("Cost per visit " + i), Indicator.named("Share of repeat visits " + i)),
                    List.of(Initiative.titled("Step A " + i), Initiative.titled("Step B " + i), Initiative.titled("Step C " + i)));
            ids.add(repo.insert(s.id(), g, i).id());
        }
        MapRepository map = new MapRepository(db.dsl());
        Random r = new Random(11);
        Set<String> seen = new HashSet<>();
        while (seen.size() < LINKS) {
            int a = r.nextInt(GOALS);
            int b = r.nextInt(GOALS);
            if (a != b && seen.add(a + ">" + b)) {
                map.insertLink(s.id(), GoalLink.between(ids.get(a), ids.get(b)));
            }
        }
        return s;
    }

    private static void slowest(String what, long[] nanos) {
        Integer[] order = new Integer[nanos.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
        StringBuilder sb = new StringBuilder(what).append(':');
        for (int i = 0; i < Math.min(10, order.length); i++) {
            sb.append(String.format(" %d: %.2f", order[i], nanos[order[i]] / 1e6));
        }
        System.out.println(sb);
    }

    private static void report(String what, long[] nanos) {
        if (nanos.length == 0) {
            System.out.printf("%s: no samples%n", what);
            return;
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: median %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n", what, s[s.length / 2] / 1e6,
                s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] / 1e6, s[s.length - 1] / 1e6, s.length);
    }
}
