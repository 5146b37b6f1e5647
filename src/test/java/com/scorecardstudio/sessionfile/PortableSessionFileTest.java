package com.scorecardstudio.sessionfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.sessionfile.SessionFileException.Reason;
import com.scorecardstudio.sessionfile.SessionFiles.OnConflict;
import com.scorecardstudio.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export a session to a .scorecard file and import it elsewhere; hostile files are refused and change nothing. */
class PortableSessionFileTest {
    @TempDir
    Path dir;

    private final Clock clock = TestDatabases.fixedClock();
    private Database source;
    private Database target;
    private long demoId;

    @BeforeEach
    void setUp() throws Exception {
        source = TestDatabases.open(dir.resolve("source.mv.db"));
        target = TestDatabases.open(dir.resolve("target.mv.db"));
        demoId = Demo.create(source.store(clock), Language.EN, LocalDate.of(2026, 11, 22)).id();
    }

    @AfterEach
    void tearDown() {
        source.close();
        target.close();
    }

    @Test
    void aSessionSurvivesTheRoundTripWithEverythingInIt() throws Exception {
        Path file = dir.resolve("demo.scorecard");
        long firstGoal = new com.scorecardstudio.db.GoalRepository(source.dsl()).list(demoId).get(0).id();
        new com.scorecardstudio.db.MapRepository(source.dsl()).pin(new com.scorecardstudio.domain.map.CardPosition(firstGoal, 412, 56));
        new SessionFiles(source.store(clock)).export(demoId, file);

        SessionFiles.Imported imported = new SessionFiles(target.store(clock)).importFile(file, OnConflict.ASK, "(imported)");

        SessionDocument before = new SessionFiles(source.store(clock)).read(demoId);
        SessionDocument after = new SessionFiles(target.store(clock)).read(imported.sessionId());
        assertThat(before.goals()).isNotEmpty();
        assertThat(before.goals()).anySatisfy(g -> assertThat(g.indicators()).isNotEmpty());
        assertThat(before.goals()).anySatisfy(g -> assertThat(g.initiatives()).isNotEmpty());
        assertThat(before.scoring()).isNotNull();
        assertThat(before.scoring().clients()).isNotEmpty();
        assertThat(before.scoring().clients()).anySatisfy(c -> assertThat(c.scores()).isNotEmpty());
        assertThat(before.policyChecks()).isNotEmpty();
        assertThat(before.areaAssessments()).isNotEmpty();
        assertThat(before.parkingNotes()).isNotEmpty();
        assertThat(before.map().links()).hasSize(16).allSatisfy(l -> assertThat(l.hypothesis()).isNotBlank());
        assertThat(before.map().pins()).hasSize(1);
        assertThat(normalized(after)).usingRecursiveComparison().isEqualTo(normalized(before));
        assertThat(imported.replaced()).isFalse();
    }

    /** Database ids and the update time differ by design; everything else must be equal. */
    private static SessionDocument normalized(SessionDocument d) {
        var s = d.session();
        return new SessionDocument(new SessionDocument.SessionDto(s.uid(), s.title(), s.organization(), s.industry(), s.date(),
                s.facilitator(), s.horizonYear(), s.notes(), s.createdAt(), null), d.participants(),
                d.goals().stream().map(g -> new SessionDocument.GoalDto(0, g.stage(), g.area(), g.position(), g.title(),
                        g.description(), g.owner(), g.priority(), g.indicators(), g.initiatives(), g.votes())).toList(),
                d.policyChecks(), d.areaAssessments(), d.parkingNotes(), d.stageTimeboxes(), d.scoring(), map(d),
                d.dotsPerParticipant());
    }

    /** The map with goal refs replaced by the goal's place in the document, which survives the import. */
    private static SessionDocument.MapDto map(SessionDocument d) {
        java.util.function.ToLongFunction<Long> at = ref -> java.util.stream.IntStream.range(0, d.goals().size())
                .filter(i -> d.goals().get(i).ref() == ref).findFirst().orElse(-1);
        return d.map() == null ? null : new SessionDocument.MapDto(
                d.map().links().stream().map(l -> new SessionDocument.LinkDto(at.applyAsLong(l.cause()), at.applyAsLong(l.effect()),
                        l.hypothesis(), l.strength())).toList(),
                d.map().pins().stream().map(p -> new SessionDocument.PinDto(at.applyAsLong(p.goal()), p.x(), p.y())).toList());
    }

    @Test
    void votesAndTheDotsPerParticipantSurviveTheRoundTrip() throws Exception {
        var sourceGoals = source.store(clock).goals();
        List<com.scorecardstudio.domain.Goal> goals = sourceGoals.list(demoId);
        sourceGoals.setVote(goals.get(0).id(), "Igor Belov", 4);
        sourceGoals.setVote(goals.get(0).id(), "Olga Morozova", 1);
        sourceGoals.setVote(goals.get(1).id(), "Someone who left", 20);
        sourceGoals.saveDotBudget(demoId, 5);
        Path file = dir.resolve("votes.scorecard");
        new SessionFiles(source.store(clock)).export(demoId, file);

        long id = new SessionFiles(target.store(clock)).importFile(file, OnConflict.ASK, "(imported)").sessionId();

        Map<String, List<com.scorecardstudio.domain.Vote>> before = votesByTitle(source, demoId);
        Map<String, List<com.scorecardstudio.domain.Vote>> after = votesByTitle(target, id);
        assertThat(before.get(goals.get(0).title())).extracting(com.scorecardstudio.domain.Vote::participant)
                .containsExactly("Igor Belov", "Marina Orlova", "Olga Morozova");
        assertThat(before.get(goals.get(1).title())).contains(new com.scorecardstudio.domain.Vote("Someone who left", 20));
        assertThat(after).isEqualTo(before);
        assertThat(target.store(clock).goals().dotBudget(id)).isEqualTo(5);
        assertThat(SessionFileFormat.read(file).dotsPerParticipant()).isEqualTo(5);

        // replacing the session brings the file's dots per participant along too
        target.store(clock).goals().saveDotBudget(id, 2);
        long replaced = new SessionFiles(target.store(clock)).importFile(file, OnConflict.REPLACE, "(imported)").sessionId();
        assertThat(target.store(clock).goals().dotBudget(replaced)).isEqualTo(5);
        assertThat(votesByTitle(target, replaced)).isEqualTo(before);
    }

    @Test
    void theAgendasBreaksSurviveTheRoundTripAndAReplaceTakesTheFilesAgenda() throws Exception {
        var facilitation = source.store(clock).facilitation();
        facilitation.saveAgendaBreak(demoId, com.scorecardstudio.domain.Stage.FINANCIAL,
                new com.scorecardstudio.db.FacilitationRepository.AgendaBreak(15, 120_000));
        facilitation.saveAgendaBreak(demoId, com.scorecardstudio.domain.Stage.CUSTOMER,
                new com.scorecardstudio.db.FacilitationRepository.AgendaBreak(45, 0));
        Path file = dir.resolve("agenda.scorecard");
        new SessionFiles(source.store(clock)).export(demoId, file);

        long id = new SessionFiles(target.store(clock)).importFile(file, OnConflict.ASK, "(imported)").sessionId();
        var there = target.store(clock).facilitation();
        // the plan travels; the minutes a break already ran are this room's, not the file's
        assertThat(there.agendaBreaks(id)).containsExactlyInAnyOrderEntriesOf(Map.of(
                com.scorecardstudio.domain.Stage.FINANCIAL, new com.scorecardstudio.db.FacilitationRepository.AgendaBreak(15, 0),
                com.scorecardstudio.domain.Stage.CUSTOMER, new com.scorecardstudio.db.FacilitationRepository.AgendaBreak(45, 0)));

        // a break planned here and not in the file is gone after replacing the session with the file
        there.saveAgendaBreak(id, com.scorecardstudio.domain.Stage.INTERNAL_PROCESSES,
                new com.scorecardstudio.db.FacilitationRepository.AgendaBreak(20, 0));
        long replaced = new SessionFiles(target.store(clock)).importFile(file, OnConflict.REPLACE, "(imported)").sessionId();
        assertThat(there.agendaBreaks(replaced).entrySet()).filteredOn(e -> e.getValue().minutes() > 0)
                .extracting(Map.Entry::getKey).containsExactlyInAnyOrder(com.scorecardstudio.domain.Stage.FINANCIAL,
                        com.scorecardstudio.domain.Stage.CUSTOMER);
    }

    @Test
    void aSessionThatNeverVotedWritesNoWordOfVoting() throws Exception {
        Database plain = TestDatabases.open(dir.resolve("plain.mv.db"));
        try (plain) {
            var store = plain.store(clock);
            Session s = store.sessions().insert(new Session(null, java.util.UUID.randomUUID(), "Plain", "", "",
                    LocalDate.of(2026, 11, 22), "", List.of(), null, "", null, null));
            store.goals().insert(s.id(), com.scorecardstudio.domain.Goal.titled(com.scorecardstudio.domain.Stage.FINANCIAL,
                    "cost_structure", "Cut costs"), 0);
            Path file = dir.resolve("plain.scorecard");
            new SessionFiles(store).export(s.id(), file);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                String json = new String(zip.getInputStream(zip.getEntry(SessionFileFormat.SESSION)).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertThat(json).contains("Cut costs").doesNotContain("votes").doesNotContain("dotsPerParticipant")
                        .doesNotContain("agendaBreaks");
            }
        }
    }

    private Map<String, List<com.scorecardstudio.domain.Vote>> votesByTitle(Database db, long sessionId) {
        Map<String, List<com.scorecardstudio.domain.Vote>> votes = new java.util.TreeMap<>();
        db.store(clock).goals().list(sessionId).forEach(g -> votes.put(g.title(), g.votes()));
        return votes;
    }

    @Test
    void anExistingSessionIsReplacedOrKeptBothOnlyWhenAsked() throws Exception {
        Path file = dir.resolve("demo.scorecard");
        long firstGoal = new com.scorecardstudio.db.GoalRepository(source.dsl()).list(demoId).get(0).id();
        new com.scorecardstudio.db.MapRepository(source.dsl()).pin(new com.scorecardstudio.domain.map.CardPosition(firstGoal, 412, 56));
        new SessionFiles(source.store(clock)).export(demoId, file);
        SessionFiles files = new SessionFiles(source.store(clock));

        assertThatThrownBy(() -> files.importFile(file, OnConflict.ASK, "(imported)"))
                .isInstanceOfSatisfying(SessionFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
        assertThat(sessions(source)).hasSize(1);
        assertThat(files.existingTitle(SessionFileFormat.read(file))).isPresent();

        SessionFiles.Imported both = files.importFile(file, OnConflict.KEEP_BOTH, "(imported)");
        assertThat(sessions(source)).hasSize(2);
        assertThat(both.title()).endsWith(" (imported)");
        Session copy = new SessionRepository(source.dsl(), clock).find(both.sessionId()).orElseThrow();
        Session original = new SessionRepository(source.dsl(), clock).find(demoId).orElseThrow();
        assertThat(copy.uid()).isNotEqualTo(original.uid());

        SessionFiles.Imported replaced = files.importFile(file, OnConflict.REPLACE, "(imported)");
        assertThat(replaced.replaced()).isTrue();
        assertThat(sessions(source)).hasSize(2);
        assertThat(new SessionRepository(source.dsl(), clock).find(demoId)).isEmpty();
        assertThat(new SessionRepository(source.dsl(), clock).findByUid(original.uid())).isPresent();
    }

    @Test
    void aSessionWithCheckInsIsNotReplacedByAFileThatCannotCarryThem() throws Exception {
        Path file = dir.resolve("demo.scorecard");
        new SessionFiles(source.store(clock)).export(demoId, file);
        var checkins = source.store(clock).checkins();
        checkins.saveSchedule(demoId, com.scorecardstudio.domain.impact.ReviewSchedule.of(
                com.scorecardstudio.domain.impact.Cadence.values()[0], LocalDate.of(2027, 1, 1)));
        long indicator = new com.scorecardstudio.db.GoalRepository(source.dsl()).list(demoId).get(0).indicators().get(0).id();
        var actual = new com.scorecardstudio.domain.impact.Actual(indicator, com.scorecardstudio.domain.impact.Period.parse("2027-01"),
                new java.math.BigDecimal("12"), "January");
        checkins.save(demoId, actual);

        assertThatThrownBy(() -> new SessionFiles(source.store(clock)).importFile(file, OnConflict.REPLACE, "(imported)"))
                .isInstanceOfSatisfying(SessionFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS);
                    assertThat(e.message(new com.scorecardstudio.i18n.Messages(Language.EN))).contains("check-in actuals")
                            .contains("Keep both").endsWith("Nothing was changed.");
                });
        assertThat(new SessionRepository(source.dsl(), clock).find(demoId)).isPresent();
        assertThat(checkins.read(demoId).actuals()).containsExactly(actual);
        assertThat(new SessionFiles(source.store(clock)).importFile(file, OnConflict.KEEP_BOTH, "(imported)").replaced()).isFalse();
    }

    @Test
    void unknownPropertiesFromANewerAppAreIgnored() throws Exception {
        String session = new String(entry(exported(), SessionFileFormat.SESSION), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"futureSection\": {\"x\": [1,2,3]}, ");
        Path file = zip("future.scorecard", Map.of(SessionFileFormat.MANIFEST, manifest(1), SessionFileFormat.SESSION,
                session.getBytes(StandardCharsets.UTF_8)));
        assertThat(new SessionFiles(target.store(clock)).importFile(file, OnConflict.ASK, "x").sessionId()).isPositive();
    }

    @Test
    void hostileAndBrokenFilesAreRefusedAndChangeNothing() throws Exception {
        byte[] good = Files.readAllBytes(exported());
        byte[] session = entry(exported(), SessionFileFormat.SESSION);

        refused(write("random.scorecard", "not a zip at all".getBytes(StandardCharsets.UTF_8)), Reason.MALFORMED);
        refused(write("truncated.scorecard", Arrays.copyOf(good, good.length / 2)), Reason.MALFORMED);
        refused(write("empty.scorecard", new byte[0]), Reason.MALFORMED);
        refused(zip("newer.scorecard", Map.of(SessionFileFormat.MANIFEST, manifest(99), SessionFileFormat.SESSION, session)),
                Reason.NEWER_VERSION);
        refused(zip("other.scorecard", Map.of("manifest.json", "{\"format\":\"something-else\",\"formatVersion\":1}"
                .getBytes(StandardCharsets.UTF_8), SessionFileFormat.SESSION, session)), Reason.NOT_SESSION_FILE);
        refused(zip("nomanifest.scorecard", Map.of(SessionFileFormat.SESSION, session)), Reason.NOT_SESSION_FILE);
        refused(zip("badjson.scorecard", Map.of(SessionFileFormat.MANIFEST, manifest(1), SessionFileFormat.SESSION,
                "{\"session\": {\"title\": ".getBytes(StandardCharsets.UTF_8))), Reason.MALFORMED);
        refused(zipWith("dotdot.scorecard", "../../etc/evil", new byte[1]), Reason.UNSAFE_ENTRY);
        refused(zipWith("absolute.scorecard", "/etc/evil", new byte[1]), Reason.UNSAFE_ENTRY);
        refused(zipWith("backslash.scorecard", "a\\..\\b", new byte[1]), Reason.UNSAFE_ENTRY);
        // a zip bomb: 200 MB of zeros compress to a few hundred kilobytes
        refused(bomb("bomb.scorecard", 200L * 1024 * 1024), Reason.TOO_LARGE);
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put(SessionFileFormat.MANIFEST, manifest(1));
        for (int i = 0; i < 100; i++) {
            many.put("extra/" + i, new byte[1]);
        }
        refused(zip("many.scorecard", many), Reason.TOO_LARGE);
        String json = new String(session, StandardCharsets.UTF_8);
        refused(withSession("hugeString.scorecard", json.replaceFirst("\"title\" : \"[^\"]*\"",
                "\"title\" : \"" + "x".repeat(100_000) + "\"")), Reason.TOO_LARGE);
        refused(withSession("longTitle.scorecard", json.replaceFirst("\"title\" : \"[^\"]*\"",
                "\"title\" : \"" + "x".repeat(5_000) + "\"")), Reason.TOO_LARGE);
        refused(withSession("badStage.scorecard", json.replaceFirst("\"stage\" : \"[a-z_]+\"", "\"stage\" : \"nowhere\"")),
                Reason.INVALID_CONTENT);
        refused(withSession("badDate.scorecard", json.replaceFirst("\"date\" : \"[0-9-]+\"", "\"date\" : \"yesterday\"")),
                Reason.INVALID_CONTENT);
        refused(withSession("nosession.scorecard", "{}"), Reason.INVALID_CONTENT);
        refused(withSession("badLink.scorecard", json.replaceFirst("\"cause\" : [0-9]+", "\"cause\" : 987654321")),
                Reason.INVALID_CONTENT);
    }

    private void refused(Path file, Reason reason) throws Exception {
        int before = sessions(target).size();
        long rows = rows(target);
        assertThatThrownBy(() -> new SessionFiles(target.store(clock)).importFile(file, OnConflict.KEEP_BOTH, "x"))
                .as(file.getFileName().toString())
                .isInstanceOfSatisfying(SessionFileException.class, e -> assertThat(e.reason()).as(file.getFileName().toString())
                        .isEqualTo(reason));
        assertThat(sessions(target)).hasSize(before);
        assertThat(rows(target)).isEqualTo(rows);
    }

    private static long rows(Database db) {
        long n = 0;
        for (var t : com.scorecardstudio.db.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            n += db.dsl().fetchCount(t);
        }
        return n;
    }

    private java.util.List<Session> sessions(Database db) {
        return new SessionRepository(db.dsl(), clock).list();
    }

    private Path exported() throws SessionFileException {
        Path file = dir.resolve("exported.scorecard");
        if (!Files.exists(file)) {
            new SessionFiles(source.store(clock)).export(demoId, file);
        }
        return file;
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    private static byte[] manifest(int version) {
        return ("{\"format\":\"" + Manifest.FORMAT + "\",\"formatVersion\":" + version + ",\"appVersion\":\"9.9\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Path withSession(String name, String json) throws IOException {
        return zip(name, Map.of(SessionFileFormat.MANIFEST, manifest(1), SessionFileFormat.SESSION,
                json.getBytes(StandardCharsets.UTF_8)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return write(name, bytes.toByteArray());
    }

    private Path zipWith(String name, String entryName, byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(SessionFileFormat.MANIFEST, manifest(1));
        entries.put(entryName, content);
        return zip(name, entries);
    }

    private Path bomb(String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(SessionFileFormat.MANIFEST));
            z.write(manifest(1));
            z.closeEntry();
            z.putNextEntry(new ZipEntry(SessionFileFormat.SESSION));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return file;
    }
}
