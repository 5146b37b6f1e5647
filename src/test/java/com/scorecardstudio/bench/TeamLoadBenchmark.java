package com.scorecardstudio.bench;

import com.scorecardstudio.db.ChangeFeed;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.GoalRepository;
import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.StaleWriteException;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.testing.TestPostgres;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 16's load figures on loopback against a real PostgreSQL (testing/TestPostgres): ten
 * clients, each with its own connection and change feed, make 1,000 edits each to one session, a
 * third of them to five goals all clients share, every edit a compare-and-set. Reports lost updates
 * (a version written twice, or a stored title that is not the last write's), conflicts detected,
 * change-to-visible latency on the other clients (commit to arrival on their feeds), and the time to
 * open a 200-goal session from the server. Arguments: [clients] [edits per client].
 */
public final class TeamLoadBenchmark {
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        TestPostgres.Target target = TestPostgres.server().newDatabase();
        ServerAddress address = ServerAddress.parse(target.url(), Optional.empty());
        Optional<char[]> password = Optional.of(target.password().toCharArray());
        Clock clock = Clock.systemUTC();

        long sessionId;
        List<Long> goalIds = new ArrayList<>();
        try (Database db = Database.openServer(address, password)) {
            sessionId = db.store(clock).sessions().insert(Session.draft(LocalDate.now()).withTitle("Load")).id();
            GoalRepository goals = db.store(clock).goals();
            for (int i = 0; i < 200; i++) {
                Stage stage = Stage.values()[i % 4];
                goals.insert(sessionId, new Goal(null, stage, stage.areas().get(0), "Goal " + i, "Why it matters.", "Owner",
                        Priority.MEDIUM, List.of(Indicator.named("Indicator A " + i), Indicator.named("Indicator B " + i)),
                        List.of(Initiative.titled("Step " + i))), i);
            }
            goals.list(sessionId).forEach(g -> goalIds.add(g.id()));
        }

        // opening a 200-goal session from the server: connect, check the schema, read every goal
        long[] opens = new long[5];
        for (int i = 0; i < opens.length; i++) {
            long t0 = System.nanoTime();
            try (Database db = Database.openServer(address, password)) {
                db.store(clock).content().read(sessionId).orElseThrow();
            }
            opens[i] = System.nanoTime() - t0;
        }

        List<Long> shared = goalIds.subList(0, 5);
        Map<String, Long> committedAt = new ConcurrentHashMap<>(); // "goal/version" -> nanoTime of commit
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, String> written = new ConcurrentHashMap<>(); // "goal/version" -> title
        AtomicLong duplicates = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        List<Database> dbs = new ArrayList<>();
        List<ChangeFeed> feeds = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Database db = Database.openServer(address, password);
            dbs.add(db);
            feeds.add(ChangeFeed.start(db, password, change -> {
                long now = System.nanoTime();
                if (change.table().equals("goal") && change.id().isPresent() && change.version().isPresent()) {
                    Long at = committedAt.get(change.id().get() + "/" + change.version().get());
                    if (at != null) {
                        latencies.add(now - at);
                    }
                }
            }));
        }
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofPlatform().start(() -> {
                GoalRepository repo = dbs.get(client).store(clock).goals();
                Map<Long, Long> known = new java.util.HashMap<>(repo.versions(sessionId));
                long own = goalIds.get(10 + client);
                for (int e = 0; e < edits; e++) {
                    long goal = e % 3 == 0 ? shared.get(e % shared.size()) : own;
                    String title = "client " + client + " edit " + e;
                    Goal g = new Goal(goal, Stage.values()[goalIds.indexOf(goal) % 4],
                            Stage.values()[goalIds.indexOf(goal) % 4].areas().get(0), title, "Why it matters.", "Owner",
                            Priority.MEDIUM, List.of(), List.of());
                    while (true) {
                        try {
                            long v = repo.update(goal, g, known.get(goal));
                            committedAt.put(goal + "/" + v, System.nanoTime());
                            if (written.putIfAbsent(goal + "/" + v, title) != null) {
                                duplicates.incrementAndGet();
                            }
                            known.put(goal, v);
                            break;
                        } catch (StaleWriteException stale) {
                            conflicts.incrementAndGet(); // seen; this simulated user keeps theirs-then-mine
                            known.put(goal, stale.currentVersion());
                        }
                    }
                }
                done.countDown();
            });
        }
        done.await();
        long wall = System.nanoTime() - start;
        // the last announcements: wait for the feeds to go quiet (bounded)
        long quietSince = System.nanoTime();
        int seen = latencies.size();
        while (System.nanoTime() - quietSince < 2_000_000_000L) {
            Thread.sleep(100);
            if (latencies.size() != seen) {
                seen = latencies.size();
                quietSince = System.nanoTime();
            }
        }
        long lost = 0;
        try (Database db = Database.openServer(address, password)) {
            GoalRepository repo = db.store(clock).goals();
            Map<Long, Long> versions = repo.versions(sessionId);
            Map<Long, String> titles = new java.util.HashMap<>();
            repo.list(sessionId).forEach(g -> titles.put(g.id(), g.title()));
            for (long goal : goalIds) {
                long v = versions.get(goal);
                String expected = written.get(goal + "/" + v);
                if (v > 0 && !titles.get(goal).equals(expected)) {
                    lost++;
                }
                for (long k = 1; k <= v; k++) {
                    if (!written.containsKey(goal + "/" + k) && !(k == 0)) {
                        lost++; // a version nobody acknowledged: a write outside the compare-and-set
                    }
                }
            }
        }
        feeds.forEach(ChangeFeed::close);
        dbs.forEach(Database::close);

        long[] lat = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long firstOpen = opens[0];
        java.util.Arrays.sort(opens);
        System.out.printf("clients %d x edits %d (a third on 5 shared goals): %.1f s wall, %d writes acknowledged%n", clients, edits,
                wall / 1e9, written.size());
        System.out.printf("lost updates: %d; versions written twice: %d; conflicts detected and retried: %d%n", lost,
                duplicates.get(), conflicts.get());
        System.out.printf("change visible on another client: %d deliveries, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", lat.length,
                pct(lat, 50) / 1e6, pct(lat, 99) / 1e6, lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
        System.out.printf("open a 200-goal session from the server (connect, schema check, read it whole): median %.0f ms, "
                + "first %.0f ms%n", opens[opens.length / 2] / 1e6, firstOpen / 1e6);
        System.exit(0);
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
