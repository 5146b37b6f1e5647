package com.scorecardstudio.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.DirectTaskRunner;
import com.scorecardstudio.testing.ManualScheduler;
import com.scorecardstudio.testing.TestDatabases;
import com.scorecardstudio.testing.TestPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The parts of an open session other than the goals follow the other laptops on a real PostgreSQL
 * team workspace, each laptop with its own library, change feed, database thread and "FX" thread
 * (a single thread standing in for it, so reads and announcements interleave as in the app).
 */
@Tag("postgres")
class TeamLiveTest {
    private final TestPostgres.Target target = TestPostgres.server().newDatabase();
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    private Database setup;
    private long sessionId;

    @BeforeEach
    void open() throws Exception {
        setup = Database.openServer(ServerAddress.parse(target.url(), Optional.empty()), Optional.of(target.password().toCharArray()));
        Session s = setup.store(TestDatabases.fixedClock()).sessions().insert(Session.draft(LocalDate.of(2026, 11, 22)).withTitle("Team"));
        sessionId = s.id();
        Autosave autosave = new Autosave(new DirectTaskRunner(), new ManualScheduler(), OpenSession.QUIET, OpenSession.MAX_WAIT, errors::add);
        GoalsModel goals = new GoalsModel(sessionId, setup.store(TestDatabases.fixedClock()).goals(), autosave, new EditHistory(),
                new Messages(Language.EN));
        goals.load();
        goals.addGoal(Stage.FINANCIAL, "profit_growth", "Grow margin");
        goals.addGoal(Stage.FINANCIAL, "profit_growth", "Cut costs");
        goals.addGoal(Stage.FINANCIAL, "profit_growth", "Raise prices");
    }

    @AfterEach
    void close() {
        setup.close();
        assertThat(errors).isEmpty();
    }

    /** One laptop's two threads: the database thread and the one that may touch the model. */
    private static final class Laptop implements TaskRunner, AutoCloseable {
        private final ExecutorService db = Executors.newSingleThreadExecutor();
        private final ExecutorService fx = Executors.newSingleThreadExecutor();
        private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
        final ManualScheduler clock = new ManualScheduler();
        OpenSession open;

        @Override
        public <T> void run(Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            db.execute(() -> {
                try {
                    T result = work.call();
                    fx.execute(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    fx.execute(() -> onFailure.accept(e));
                }
            });
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return busy.getReadOnlyProperty();
        }

        /** Runs on this laptop's FX thread and returns what it gave. */
        <T> T on(Callable<T> action) throws Exception {
            return fx.submit(action).get(10, TimeUnit.SECONDS);
        }

        void act(Runnable action) throws Exception {
            on(() -> {
                action.run();
                return null;
            });
        }

        /** Returns once what was sent to the database thread so far has been shown on the FX thread. */
        void drain() throws Exception {
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            run(() -> null, ok -> done.countDown(), e -> { });
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        }

        /** Waits until {@code condition}, checked on this laptop's FX thread, holds. */
        void waitUntil(Callable<Boolean> condition) throws Exception {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> on(condition));
        }

        GoalItem goal(String title) throws Exception {
            return on(() -> open.goals().goalsIn(Stage.FINANCIAL, "profit_growth").stream()
                    .filter(g -> g.titleProperty().get().equals(title)).findFirst().orElseThrow());
        }

        @Override
        public void close() throws InterruptedException {
            db.shutdown(); // what it still runs hands its result to the FX thread, so that one stops last
            db.awaitTermination(10, TimeUnit.SECONDS);
            fx.shutdown();
            fx.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private interface TwoLaptops {
        void run(Laptop anna, Laptop boris) throws Exception;
    }

    /**
     * The session open on two laptops through their own libraries (each with its change feed), once
     * each names the other as having it open; closed after {@code body}.
     */
    private void onTwoLaptops(TwoLaptops body) throws Exception {
        var libraries = new com.scorecardstudio.library.Libraries(new com.scorecardstudio.db.Backups(TestDatabases.fixedClock(), 3),
                TestDatabases.tickingClock()); // notes parked one after another keep their order
        ServerAddress address = ServerAddress.parse(target.url(), Optional.empty());
        // the laptops' threads close after the libraries, whose change feeds still hand them work until then
        try (Laptop anna = new Laptop();
             Laptop boris = new Laptop();
             var annaLib = libraries.openServer(address, Optional.of(target.password().toCharArray())).library();
             var borisLib = libraries.openServer(address, Optional.of(target.password().toCharArray())).library()) {
            Session session = borisLib.find(sessionId).orElseThrow();
            for (var l : List.of(Map.entry(boris, borisLib), Map.entry(anna, annaLib))) {
                Laptop laptop = l.getKey();
                laptop.act(() -> {
                    laptop.open = l.getValue().openSession(session, laptop, laptop.clock, System::nanoTime,
                            new Messages(Language.EN), errors::add, laptop.fx);
                    laptop.open.load();
                    laptop.open.clients().load();
                });
                laptop.waitUntil(() -> laptop.open.map().loadedProperty().get() && laptop.open.parking().loadedProperty().get()
                        && laptop.open.clients().loadedProperty().get());
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> annaLib.othersIn(session).size() == 1 && borisLib.othersIn(session).size() == 1);
            body.run(anna, boris);
            anna.act(() -> anna.open.close());
            boris.act(() -> boris.open.close());
        }
    }

    private static boolean shows(Laptop laptop, String cause, String effect) {
        return laptop.open.map().links().stream()
                .anyMatch(l -> l.cause().titleProperty().get().equals(cause) && l.effect().titleProperty().get().equals(effect));
    }

    @Test
    void aLinkAddedOrDeletedOnOneLaptopShowsOrGoesOnTheOthersMapAndUndoAfterwardsStillTakesBackTheRightLink() throws Exception {
        onTwoLaptops((anna, boris) -> {
            GoalItem margin = anna.goal("Grow margin");
            GoalItem costs = anna.goal("Cut costs");
            LinkItem annas = anna.on(() -> anna.open.map().link(costs, margin).orElseThrow());
            boris.waitUntil(() -> shows(boris, "Cut costs", "Grow margin"));

            // Boris's own link, then one of Anna's read live on his map after it
            LinkItem boriss = boris.on(() -> boris.open.map().link(goalOf(boris, "Raise prices"), goalOf(boris, "Grow margin")).orElseThrow());
            anna.waitUntil(() -> shows(anna, "Raise prices", "Grow margin"));
            anna.act(() -> anna.open.map().link(goalOf(anna, "Raise prices"), goalOf(anna, "Cut costs")));
            boris.waitUntil(() -> shows(boris, "Raise prices", "Cut costs"));
            assertThat(boris.on(() -> boris.open.map().links().contains(boriss)))
                    .as("the live read keeps the link object Boris's undo step holds").isTrue();

            // Boris's undo takes back his link, on his map, in the database and on Anna's map; Anna's stay
            boris.act(() -> boris.open.undo());
            assertThat(boris.on(() -> shows(boris, "Raise prices", "Grow margin"))).isFalse();
            anna.waitUntil(() -> !shows(anna, "Raise prices", "Grow margin"));
            assertThat(boris.on(() -> shows(boris, "Cut costs", "Grow margin") && shows(boris, "Raise prices", "Cut costs"))).isTrue();
            assertThat(setup.store(TestDatabases.fixedClock()).map().read(sessionId).links()).hasSize(2);
            // and his redo puts it back for both
            boris.act(() -> boris.open.redo());
            anna.waitUntil(() -> shows(anna, "Raise prices", "Grow margin"));

            // a link Anna deletes leaves Boris's map by itself
            anna.act(() -> anna.open.map().deleteLink(annas));
            boris.waitUntil(() -> !shows(boris, "Cut costs", "Grow margin"));
            assertThat(boris.on(() -> boris.open.map().links())).hasSize(2);

            // a card Anna pins stays where she put it on Boris's map too
            anna.act(() -> anna.open.map().move(Map.of(costs, new Point2D(400, 40))));
            boris.waitUntil(() -> boris.open.map().isPinned(goalOf(boris, "Cut costs")));
            anna.act(() -> anna.open.map().unpin(List.of(costs)));
            boris.waitUntil(() -> !boris.open.map().isPinned(goalOf(boris, "Cut costs")));
        });
    }

    @Test
    void aNoteParkedOnOneLaptopAppearsOnTheOtherWhileItsOwnNotesStay() throws Exception {
        onTwoLaptops((anna, boris) -> {
            ParkingItem earlier = boris.on(() -> boris.open.parking().add("Boris's first topic"));
            anna.waitUntil(() -> anna.open.parking().notes().size() == 1);

            anna.act(() -> anna.open.parking().add("Parked by Anna"));
            boris.waitUntil(() -> boris.open.parking().notes().stream().anyMatch(n -> n.textProperty().get().equals("Parked by Anna")));
            assertThat(boris.on(() -> boris.open.parking().notes().contains(earlier)))
                    .as("the note Boris may be editing in place is still the same row").isTrue();

            // an announcement read just before Boris parks his own note: that read, which cannot have
            // his note, does not take it off his screen once it is stored
            ParkingItem own = boris.on(() -> {
                boris.open.changedElsewhere("parking_note", 0);
                ParkingItem mine = boris.open.parking().add("Boris, half way through the day");
                // the read is shown only once his note is stored, as it would be on a slow FX thread
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> mine.dbId.get() != 0);
                return mine;
            });
            anna.act(() -> anna.open.parking().toggleDone(anna.open.parking().notes().stream()
                    .filter(n -> n.textProperty().get().equals("Parked by Anna")).findFirst().orElseThrow()));
            boris.waitUntil(() -> boris.open.parking().openCountProperty().get() == 2);
            assertThat(boris.on(() -> boris.open.parking().notes().stream().map(n -> n.textProperty().get()).toList()))
                    .containsExactly("Boris, half way through the day", "Parked by Anna", "Boris's first topic");
            assertThat(boris.on(() -> boris.open.parking().notes().contains(own))).isTrue();
            anna.waitUntil(() -> anna.open.parking().notes().size() == 3);

            // Boris's undo still takes back his own note, everywhere
            boris.act(() -> boris.open.undo());
            anna.waitUntil(() -> anna.open.parking().notes().size() == 2);
            assertThat(boris.on(() -> boris.open.parking().notes().contains(own))).isFalse();
        });
    }

    @Test
    void aClientScoredOnOneLaptopShowsItsNewScoreOnTheOther() throws Exception {
        onTwoLaptops((anna, boris) -> {
            List<Criterion> criteria = anna.on(() -> List.copyOf(anna.open.clients().criteria()));
            long critId = criteria.get(0).id();
            anna.act(() -> anna.open.clients().addClient(Client.draft("Northwind"), Map.of(critId, 2), row -> { }));
            boris.waitUntil(() -> boris.open.clients().rows().size() == 1);
            ClientRow row = boris.on(() -> boris.open.clients().rows().get(0));
            long clientId = row.id();
            assertThat(boris.on(() -> row.scores().get(critId))).isEqualTo(2);

            anna.act(() -> anna.open.clients().setScore(clientId, critId, 5));
            boris.waitUntil(() -> Integer.valueOf(5).equals(row.scores().get(critId)));
            assertThat(boris.on(() -> boris.open.clients().rows().get(0))).as("the same row, its score changed in place").isSameAs(row);
            assertThat(boris.on(() -> boris.open.clients().matrixProperty().get().byClientId().get(clientId)))
                    .as("the matrix places it by its new score").isEqualTo(anna.on(() ->
                            anna.open.clients().matrixProperty().get().byClientId().get(clientId)));
        });
    }

    @Test
    void anImportOfManyScoresIsReadOnceOrTwiceNotOncePerScore() throws Exception {
        onTwoLaptops((anna, boris) -> {
            List<Criterion> criteria = boris.on(() -> List.copyOf(boris.open.clients().criteria()));
            // the matrix is recomputed (and the page redrawn) once per read shown: what a burst costs
            AtomicInteger redrawn = new AtomicInteger();
            boris.act(() -> boris.open.clients().matrixProperty().addListener((javafx.beans.InvalidationListener) o -> {
                redrawn.incrementAndGet();
                boris.open.clients().matrixProperty().get(); // valid again: the next recompute is told too
            }));

            int clients = 10;
            setup.store(TestDatabases.fixedClock()).transaction(tx -> {
                for (int i = 0; i < clients; i++) {
                    Map<Long, Integer> scores = new HashMap<>();
                    for (Criterion c : criteria) {
                        scores.put(c.id(), 1 + (i + c.id().intValue()) % 5);
                    }
                    tx.scoring().addClient(sessionId, Client.draft("Imported " + i), scores);
                }
                return null;
            });
            // a note parked after the import is announced after all of it: once Boris shows it, every
            // announcement of the import has been handed to his FX thread, and the drain lets the reads they sent finish
            setup.store(TestDatabases.fixedClock()).facilitation().park(sessionId, "After the import");
            boris.waitUntil(() -> boris.open.parking().notes().size() == 1);
            boris.drain();
            assertThat(boris.on(() -> boris.open.clients().rows().size() == clients && boris.open.clients().rows().stream()
                    .allMatch(r -> r.scores().size() == criteria.size()))).as("the import, all of it").isTrue();
            assertThat(redrawn.get()).as("redrawn for an import of %d clients", clients).isBetween(1, 4);
        });
    }

    @Test
    void aReadOnlyRolesLaptopFollowsTheMapAndTheParkingLotWithoutWritingAnything() throws Exception {
        String reader = target.database() + "_reader";
        target.reader(reader);
        var libraries = new com.scorecardstudio.library.Libraries(new com.scorecardstudio.db.Backups(TestDatabases.fixedClock(), 3),
                TestDatabases.tickingClock()); // notes parked one after another keep their order
        ServerAddress address = ServerAddress.parse(target.url().replace(target.user() + "@", reader + "@"), Optional.empty());
        try (Laptop readers = new Laptop();
             Laptop owners = new Laptop();
             var lib = libraries.openServer(address, Optional.of("reader-secret".toCharArray())).library();
             var ownerLib = libraries.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                     Optional.of(target.password().toCharArray())).library()) {
            assertThat(lib.readOnly()).isTrue();
            Session session = lib.find(sessionId).orElseThrow();
            for (var l : List.of(Map.entry(readers, lib), Map.entry(owners, ownerLib))) {
                l.getKey().act(() -> {
                    l.getKey().open = l.getValue().openSession(session, l.getKey(), l.getKey().clock, System::nanoTime,
                            new Messages(Language.EN), errors::add, l.getKey().fx);
                    l.getKey().open.load();
                });
                l.getKey().waitUntil(() -> l.getKey().open.map().loadedProperty().get() && l.getKey().open.parking().loadedProperty().get());
            }
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ownerLib.othersIn(session).size() == 1);

            owners.act(() -> owners.open.parking().add("Parked by the owner"));
            owners.act(() -> owners.open.map().link(goalOf(owners, "Cut costs"), goalOf(owners, "Grow margin")));
            readers.waitUntil(() -> readers.open.parking().notes().size() == 1 && shows(readers, "Cut costs", "Grow margin"));
            assertThat(readers.on(() -> readers.open.history().canUndoProperty().get())).isFalse();
            assertThat(errors).as("the reader's laptop tried to write nothing").isEmpty();
            readers.act(() -> readers.open.close());
            owners.act(() -> owners.open.close());
        }
    }

    private static GoalItem goalOf(Laptop laptop, String title) {
        return laptop.open.goals().goalsIn(Stage.FINANCIAL, "profit_growth").stream()
                .filter(g -> g.titleProperty().get().equals(title)).findFirst().orElseThrow();
    }
}
