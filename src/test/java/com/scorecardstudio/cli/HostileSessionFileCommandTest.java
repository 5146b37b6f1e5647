package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.sessionfile.SessionFileFormat;
import com.scorecardstudio.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-session} checks a file by the rules of the app's screens before it writes anything
 * (issue 19, F4, F5, F9): each hostile value is refused in one line naming the field and the value,
 * exit 1, and the database holds exactly what it held before.
 */
class HostileSessionFileCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String db;
    private byte[] manifest;
    private ObjectNode session;

    private int run(Language language, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandLineApp(new AppPaths(dir.resolve("home")), new Messages(language), TestDatabases.fixedClock(),
                new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    private int run(String... args) {
        return run(Language.EN, args);
    }

    @BeforeEach
    void exportTheDemo() throws Exception {
        db = dir.resolve("target.mv.db").toString();
        String source = dir.resolve("source.mv.db").toString();
        assertThat(run("--db", source, "demo")).isZero();
        String id = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        Path file = dir.resolve("demo.scorecard");
        assertThat(run("--db", source, "export-session", "--session", id, "--out", file.toString())).isZero();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            manifest = zip.getInputStream(zip.getEntry(SessionFileFormat.MANIFEST)).readAllBytes();
            session = (ObjectNode) JSON.readTree(zip.getInputStream(zip.getEntry(SessionFileFormat.SESSION)));
        }
        // the target already holds a session, which a refused import must leave as it is
        assertThat(run("--db", db, "demo")).isZero();
    }

    @Test
    void valuesTheDomainDoesNotKnowAreRefusedNamingFieldAndValue() throws Exception {
        refused(d -> policy(d).put("policy", "bogus_policy"), "policyChecks[0].policy", "bogus_policy");
        refused(d -> goal(d, "financial").put("area", "bogus_area"), ".area", "bogus_area");
        refused(d -> goal(d, "customer").put("area", "it_stack"), ".area", "it_stack");
        refused(d -> assessment(d).put("area", "bogus_area"), "areaAssessments[0].area", "bogus_area");
        refused(d -> d.putArray("stageTimeboxes").addObject().put("stage", "bogus_stage").put("minutes", 30),
                "stageTimeboxes[0].stage", "bogus_stage");
        refused(d -> d.putArray("stageTimeboxes").addObject().put("stage", "customer").put("minutes", 100_000),
                "stageTimeboxes[0].minutes", "100000");
        refused(d -> goal(d, "financial").put("priority", "urgent"), ".priority", "urgent");
        refused(d -> ((ObjectNode) goal(d, "financial").withArray("indicators").get(0)).put("direction", "sideways"),
                ".direction", "sideways");
        refused(d -> ((ObjectNode) d.withArray("goals").get(0)).put("stage", "nowhere"), "goals[0].stage", "nowhere");
        refused(d -> link(d).put("strength", "mighty"), "map.links[0].strength", "mighty");
        refused(d -> ((ObjectNode) d.with("scoring").withArray("strategies").addObject()).put("zone", "moon").put("text", "x"),
                ".zone", "moon");
    }

    @Test
    void limitsCountsWeightsAndScoresAreTheScreens() throws Exception {
        refused(d -> d.with("session").put("title", "t".repeat(300)), "session.title", "300");
        refused(d -> {
            ArrayNode people = d.putArray("participants");
            for (int i = 0; i < 5_000; i++) {
                people.addObject().put("name", "P" + i).put("role", "");
            }
        }, "participants", "5,000");
        refused(d -> {
            ArrayNode notes = d.putArray("parkingNotes");
            for (int i = 0; i < 1_001; i++) {
                notes.addObject().put("text", "n" + i).put("done", false);
            }
        }, "parkingNotes", "1,001");
        refused(d -> goal(d, "financial").put("title", "g".repeat(501)), ".title", "501");
        refused(d -> criterion(d).put("weight", "0"), ".weight", "0");
        refused(d -> criterion(d).put("weight", "1000"), ".weight", "1000");
        refused(d -> criterion(d).put("weight", "1.005"), ".weight", "1.005");
        // decimals are the plain locale-free form (LocalNumbers.parsePlain), whatever the language
        refused(d -> criterion(d).put("weight", "2,5"), ".weight", "2,5");
        refused(d -> criterion(d).put("weight", "+2"), ".weight", "+2");
        refused(d -> d.with("scoring").with("settings").put("mediumFrom", "0.5"), "scoring.settings", "0.5");
        refused(d -> client(d, 0).with("scores").put(criterion(d).get("key").asText(), 7), ".scores.", "7");
        refused(d -> client(d, 0).with("scores").put("no_such_criterion", 3), ".scores", "no_such_criterion");
        // two clients whose names differ only by case or spacing are one client
        refused(d -> client(d, 1).put("name", client(d, 0).get("name").asText().toUpperCase() + "  "),
                "scoring.clients[1].name", "");
        refused(d -> d.with("session").put("date", "yesterday"), "session.date", "yesterday");
    }

    @Test
    void dotVotingOutsideTheAppsRulesIsRefused() throws Exception {
        refused(d -> vote(d).put("dots", 0), ".votes[0].dots", "0");
        refused(d -> vote(d).put("dots", 21), ".votes[0].dots", "21");
        refused(d -> vote(d).put("dots", -2), ".votes[0].dots", "-2");
        refused(d -> vote(d).remove("dots"), ".votes[0].dots", "is missing");
        refused(d -> vote(d).put("participant", "  \t "), ".votes[0].participant", "is missing");
        refused(d -> vote(d).putNull("participant"), ".votes[0].participant", "is missing");
        refused(d -> vote(d).put("participant", "p".repeat(201)), ".votes[0].participant", "201");
        // one participant's dots on one goal are one vote, however the name is spaced
        refused(d -> {
            ArrayNode votes = goal(d, "financial").putArray("votes");
            votes.addObject().put("participant", "Igor Belov").put("dots", 1);
            votes.addObject().put("participant", " Igor Belov  ").put("dots", 1);
        }, ".votes[1].participant", "Igor Belov");
        refused(d -> d.put("dotsPerParticipant", 0), "dotsPerParticipant", "0");
        refused(d -> d.put("dotsPerParticipant", 21), "dotsPerParticipant", "21");
        refused(d -> d.put("dotsPerParticipant", -1), "dotsPerParticipant", "-1");
    }

    @Test
    void agendaBreaksOutsideTheAppsRulesAreRefused() throws Exception {
        refused(d -> d.putArray("agendaBreaks").addObject().put("afterStage", "bogus_stage").put("minutes", 10),
                "agendaBreaks[0].afterStage", "bogus_stage");
        refused(d -> d.putArray("agendaBreaks").addObject().put("afterStage", "financial").put("minutes", 601),
                "agendaBreaks[0].minutes", "601");
        refused(d -> d.putArray("agendaBreaks").addObject().put("afterStage", "financial").put("minutes", -5),
                "agendaBreaks[0].minutes", "-5");
        refused(d -> {
            ArrayNode breaks = d.putArray("agendaBreaks");
            breaks.addObject().put("afterStage", "customer").put("minutes", 10);
            breaks.addObject().put("afterStage", "customer").put("minutes", 15);
        }, "agendaBreaks[1].afterStage", "customer");
    }

    @Test
    void aRefusedVoteIsOneLineInRussian() throws Exception {
        Path file = write(d -> vote(d).put("dots", 21));
        assertThat(run(Language.RU, "--db", db, "import-session", "--file", file.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains(".votes[0].dots", "«21»", "Ничего не изменено");
    }

    @Test
    void aRefusalIsOneLineInRussianToo() throws Exception {
        Path file = write(d -> policy(d).put("policy", "bogus_policy"));
        assertThat(run(Language.RU, "--db", db, "import-session", "--file", file.toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("policyChecks[0].policy", "«bogus_policy»", "Ничего не изменено");
    }

    @Test
    void aHostileValueIsShownOnOneLineAndShort() throws Exception {
        refused(d -> policy(d).put("policy", "bogus\npolicy\u202e" + "x".repeat(5_000)), "policyChecks[0].policy", "bogus");
        assertThat(err.toString().length()).isLessThan(300);
    }

    @Test
    void theNameKeyIsTheAppsNeverTheFiles() throws Exception {
        Path file = write(d -> {
            client(d, 0).put("nameKey", client(d, 1).get("nameKey").asText());
            client(d, 1).put("nameKey", "something else");
        });
        assertThat(run("--db", db, "import-session", "--file", file.toString(), "--keep-both")).isZero();
        String id = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        Path back = dir.resolve("back.scorecard");
        assertThat(run("--db", db, "export-session", "--session", id, "--out", back.toString())).isZero();
        try (ZipFile zip = new ZipFile(back.toFile())) {
            JsonNode clients = JSON.readTree(zip.getInputStream(zip.getEntry(SessionFileFormat.SESSION)))
                    .get("scoring").get("clients");
            for (JsonNode c : clients) {
                assertThat(c.get("nameKey").asText())
                        .isEqualTo(com.scorecardstudio.domain.scoring.ClientRules.nameKey(c.get("name").asText()));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private void refused(Consumer<ObjectNode> change, String field, String value) throws Exception {
        Path file = write(change);
        Map<String, Long> before = rows();
        assertThat(run("--db", db, "import-session", "--file", file.toString(), "--keep-both")).as(field).isEqualTo(1);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).as(field).singleElement().asString().contains(field, value, "Nothing was changed");
        assertThat(rows()).as(field).isEqualTo(before);
    }

    private Path write(Consumer<ObjectNode> change) throws Exception {
        ObjectNode doc = session.deepCopy();
        change.accept(doc);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(SessionFileFormat.MANIFEST));
            z.write(manifest);
            z.closeEntry();
            z.putNextEntry(new ZipEntry(SessionFileFormat.SESSION));
            z.write(JSON.writeValueAsBytes(doc));
            z.closeEntry();
        }
        return Files.write(Files.createTempFile(dir, "hostile", ".scorecard"), bytes.toByteArray());
    }

    /** Rows of every table of the target database. */
    private Map<String, Long> rows() throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Database d = TestDatabases.open(Path.of(db))) {
            for (var t : com.scorecardstudio.db.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                rows.put(t.getName(), (long) d.dsl().fetchCount(t));
            }
        }
        return rows;
    }

    private static ObjectNode goal(ObjectNode d, String stage) {
        for (JsonNode g : d.withArray("goals")) {
            if (stage.equals(g.get("stage").asText())) {
                return (ObjectNode) g;
            }
        }
        throw new AssertionError("no " + stage + " goal in the demo");
    }

    /** The first vote on the demo's first financial goal, made there when the file has none. */
    private static ObjectNode vote(ObjectNode d) {
        ObjectNode goal = goal(d, "financial");
        ArrayNode votes = goal.has("votes") ? (ArrayNode) goal.get("votes") : goal.putArray("votes");
        if (votes.isEmpty()) {
            votes.addObject().put("participant", "Igor Belov").put("dots", 2);
        }
        return (ObjectNode) votes.get(0);
    }

    private static ObjectNode policy(ObjectNode d) {
        return (ObjectNode) first(d.withArray("policyChecks"));
    }

    private static ObjectNode assessment(ObjectNode d) {
        return (ObjectNode) first(d.withArray("areaAssessments"));
    }

    private static ObjectNode link(ObjectNode d) {
        return (ObjectNode) first(d.with("map").withArray("links"));
    }

    private static ObjectNode criterion(ObjectNode d) {
        return (ObjectNode) first(d.with("scoring").withArray("criteria"));
    }

    private static ObjectNode client(ObjectNode d, int i) {
        return (ObjectNode) d.with("scoring").withArray("clients").get(i);
    }

    private static JsonNode first(ArrayNode a) {
        assertThat(a).isNotEmpty();
        return a.get(0);
    }
}
