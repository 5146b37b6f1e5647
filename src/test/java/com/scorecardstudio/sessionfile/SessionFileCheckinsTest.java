package com.scorecardstudio.sessionfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Cadence;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.domain.impact.ReviewSchedule;
import com.scorecardstudio.sessionfile.SessionFileException.Reason;
import com.scorecardstudio.sessionfile.SessionFiles.OnConflict;
import com.scorecardstudio.testing.TestDatabases;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session files carry the check-ins (issue 17): periods, actuals with notes, closed periods and their log. */
class SessionFileCheckinsTest {
    @TempDir
    Path dir;

    private final Clock clock = TestDatabases.tickingClock();
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

    /** A year of quarterly check-ins on two indicators, Q1 closed, unlocked with a reason and closed again. */
    private void checkIn(Store store, long session) {
        List<Goal> goals = store.goals().list(session);
        long first = goals.get(0).indicators().get(0).id();
        long second = goals.get(1).indicators().get(0).id();
        store.checkins().saveSchedule(session, new ReviewSchedule(Cadence.QUARTERLY, LocalDate.of(2026, 1, 1), 2, 4));
        store.checkins().saveAll(session, List.of(
                new Actual(first, Period.parse("2026-Q1"), new BigDecimal("2400.5"), "flu season"),
                new Actual(first, Period.parse("2026-Q3"), new BigDecimal("2310"), ""),
                new Actual(second, Period.parse("2026-Q2"), null, "figures come next week")));
        store.checkins().close(session, Period.parse("2026-Q1"));
        store.checkins().unlock(session, Period.parse("2026-Q1"), "Finance corrected the quarter");
        store.checkins().close(session, Period.parse("2026-Q1"));
    }

    /** The check-ins in words, naming goals by title, so sessions in two databases compare. */
    private static List<String> words(Store store, long session) {
        List<String> lines = new ArrayList<>();
        var c = store.checkins().read(session);
        lines.add("schedule " + c.schedule());
        for (Goal g : store.goals().list(session)) {
            for (var i : g.indicators()) {
                c.actuals().stream().filter(a -> a.indicatorId() == i.id()).sorted((a, b) -> a.period().compareTo(b.period()))
                        .forEach(a -> lines.add(g.title() + " / " + i.name() + " " + a.period().id() + " "
                                + (a.value() == null ? "-" : a.value().toPlainString()) + " " + a.note()));
            }
        }
        c.closed().stream().sorted().forEach(p -> lines.add("closed " + p.id()));
        store.checkins().log(session).forEach(e -> lines.add("log " + e.period().id() + " " + e.action() + " " + e.reason() + " " + e.at()));
        return lines;
    }

    private static int formatVersion(Path file) throws IOException {
        try (ZipFile z = new ZipFile(file.toFile())) {
            return new ObjectMapper().readTree(z.getInputStream(z.getEntry(SessionFileFormat.MANIFEST))).get("formatVersion").asInt();
        }
    }

    @Test
    void checkInsSurviveTheRoundTripInAVersionTwoFile() throws Exception {
        checkIn(source.store(clock), demoId);
        Path file = dir.resolve("reviewed.scorecard");
        new SessionFiles(source.store(clock)).export(demoId, file);
        assertThat(formatVersion(file)).isEqualTo(2);

        long imported = new SessionFiles(target.store(clock)).importFile(file, OnConflict.ASK, "(copy)").sessionId();

        List<String> before = words(source.store(clock), demoId);
        assertThat(before).hasSize(1 + 3 + 1 + 3);
        assertThat(words(target.store(clock), imported)).containsExactlyElementsOf(before);
        // and the imported session's closed period is locked like the original's
        assertThatThrownBy(() -> target.store(clock).checkins().save(imported, new Actual(
                target.store(clock).goals().list(imported).get(0).indicators().get(0).id(), Period.parse("2026-Q1"),
                BigDecimal.ONE, ""))).isInstanceOf(com.scorecardstudio.db.CheckinRefusedException.class);
    }

    @Test
    void aSessionWithoutReviewPeriodsStillWritesAVersionOneFile() throws Exception {
        Path file = dir.resolve("plain.scorecard");
        new SessionFiles(source.store(clock)).export(demoId, file);
        assertThat(formatVersion(file)).as("readable by an app of before check-ins").isEqualTo(1);
        assertThat(new String(entry(file), StandardCharsets.UTF_8)).doesNotContain("checkins");
    }

    @Test
    void aFileWithCheckInsReplacesTheSessionAndItsCheckIns() throws Exception {
        Path file = dir.resolve("reviewed.scorecard");
        checkIn(source.store(clock), demoId);
        new SessionFiles(source.store(clock)).export(demoId, file);
        List<String> inFile = words(source.store(clock), demoId);
        // here the team went on: another actual recorded after the file was written
        long first = source.store(clock).goals().list(demoId).get(0).indicators().get(0).id();
        source.store(clock).checkins().save(demoId, new Actual(first, Period.parse("2026-Q4"), new BigDecimal("2200"), ""));

        var replaced = new SessionFiles(source.store(clock)).importFile(file, OnConflict.REPLACE, "(copy)");

        assertThat(replaced.replaced()).isTrue();
        assertThat(words(source.store(clock), replaced.sessionId())).containsExactlyElementsOf(inFile);
    }

    @Test
    void hostileCheckInsAreRefusedInOneLineAndChangeNothing() throws Exception {
        checkIn(source.store(clock), demoId);
        Path file = dir.resolve("reviewed.scorecard");
        new SessionFiles(source.store(clock)).export(demoId, file);
        String json = new String(entry(file), StandardCharsets.UTF_8);

        refused(json, c -> c.put("cadence", "weekly"), Reason.INVALID_CONTENT, "checkins.cadence");
        refused(json, c -> c.put("start", "soon"), Reason.INVALID_CONTENT, "checkins.start");
        refused(json, c -> c.remove("start"), Reason.INVALID_CONTENT, "checkins.start");
        refused(json, c -> c.put("afterWindow", 0), Reason.INVALID_CONTENT, "checkins.afterWindow");
        refused(json, c -> c.put("sustainPeriods", 25), Reason.INVALID_CONTENT, "checkins.sustainPeriods");
        refused(json, c -> actual(c).put("goal", 987654321), Reason.INVALID_CONTENT, "checkins.actuals[0].goal");
        refused(json, c -> actual(c).put("indicator", 99), Reason.INVALID_CONTENT, "checkins.actuals[0].indicator");
        refused(json, c -> actual(c).put("period", "2025-Q4"), Reason.INVALID_CONTENT, "checkins.actuals[0].period");
        refused(json, c -> actual(c).put("period", "2026-03"), Reason.INVALID_CONTENT, "checkins.actuals[0].period");
        refused(json, c -> actual(c).put("period", "2099-Q1"), Reason.INVALID_CONTENT, "checkins.actuals[0].period");
        refused(json, c -> actual(c).put("value", "1,5"), Reason.INVALID_CONTENT, "checkins.actuals[0].value");
        refused(json, c -> actual(c).put("note", "x".repeat(2_001)), Reason.TOO_LARGE, "checkins.actuals[0].note");
        refused(json, c -> ((ArrayNode) c.get("actuals")).add(actual(c).deepCopy()), Reason.INVALID_CONTENT, "checkins.actuals[3].period");
        refused(json, c -> ((ArrayNode) c.get("closed")).add("2026-Q1"), Reason.INVALID_CONTENT, "checkins.closed[1]");
        refused(json, c -> ((ObjectNode) c.get("log").get(0)).put("action", "delete"), Reason.INVALID_CONTENT, "checkins.log[0].action");
        refused(json, c -> ((ObjectNode) c.get("log").get(0)).remove("at"), Reason.INVALID_CONTENT, "checkins.log[0].at");
    }

    private static ObjectNode actual(ObjectNode checkins) {
        return (ObjectNode) checkins.get("actuals").get(0);
    }

    private void refused(String json, Consumer<ObjectNode> change, Reason reason, String path) throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(json);
        change.accept((ObjectNode) doc.get("checkins"));
        Path file = dir.resolve("hostile.scorecard");
        Files.deleteIfExists(file);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(SessionFileFormat.MANIFEST));
            zip.write(("{\"format\":\"" + Manifest.FORMAT + "\",\"formatVersion\":2,\"appVersion\":\"9.9\"}")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(SessionFileFormat.SESSION));
            zip.write(new ObjectMapper().writeValueAsBytes(doc));
        }
        int sessions = target.store(clock).sessions().list().size();
        assertThatThrownBy(() -> new SessionFiles(target.store(clock)).importFile(file, OnConflict.KEEP_BOTH, "x"))
                .as(path)
                .isInstanceOfSatisfying(SessionFileException.class, e -> {
                    assertThat(e.reason()).as(path).isEqualTo(reason);
                    assertThat(e.message(new com.scorecardstudio.i18n.Messages(Language.EN))).as(path).contains(path)
                            .doesNotContain("\n");
                });
        assertThat(target.store(clock).sessions().list()).as(path).hasSize(sessions);
    }

    private static byte[] entry(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return z.getInputStream(z.getEntry(SessionFileFormat.SESSION)).readAllBytes();
        }
    }
}
