package com.scorecardstudio.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scorecardstudio.domain.Direction;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Indicator;
import com.scorecardstudio.domain.Initiative;
import com.scorecardstudio.domain.InitiativeStatus;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.ReviewFrequency;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.session.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * A session's offline journal as a file of JSON lines in the data folder, one per workspace and
 * session; a line is one row's fields (a goal's, an indicator's, an initiative's). Each entry is appended and forced to disk before {@link #record} returns; a line cut by a
 * kill mid-write (the last one, never acknowledged) is skipped when read.
 */
final class JournalFile implements Journal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    JournalFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(Entry e) {
        ObjectNode line = JSON.createObjectNode();
        switch (e.row()) {
            case Goal g -> {
                line.put("goal", e.id()); // the first journals' form, still read
                line.put("basedOn", e.basedOn());
                line.put("stage", g.stage().key());
                line.put("area", g.area());
                line.put("title", g.title());
                line.put("description", g.description());
                line.put("owner", g.owner());
                line.put("priority", g.priority().key());
            }
            case Indicator i -> {
                line.put("table", "indicator");
                line.put("id", e.id());
                line.put("basedOn", e.basedOn());
                line.put("name", i.name());
                line.put("unit", i.unit());
                line.put("direction", i.direction().key());
                line.put("baselineValue", number(i.baselineValue()));
                line.put("baselineDate", date(i.baselineDate()));
                line.put("targetValue", number(i.targetValue()));
                line.put("targetDate", date(i.targetDate()));
                line.put("scale", i.scale());
                line.put("impactValue", number(i.impactValue()));
                line.put("impactUnit", i.impactUnit());
                line.put("dataSource", i.dataSource());
                line.put("reviewFrequency", i.reviewFrequency() == null ? null : i.reviewFrequency().key());
            }
            case Initiative i -> {
                line.put("table", "initiative");
                line.put("id", e.id());
                line.put("basedOn", e.basedOn());
                line.put("title", i.title());
                line.put("owner", i.owner());
                line.put("start", date(i.start()));
                line.put("due", date(i.due()));
                line.put("budget", number(i.budget()));
                line.put("status", i.status().key());
            }
            default -> throw new IllegalArgumentException("not a row the journal keeps: " + e.table());
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("The offline journal " + file + " could not be written", ex);
        }
    }

    @Override
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(entry(JSON.readTree(line)));
                } catch (IOException | RuntimeException cut) {
                    LoggerFactory.getLogger(JournalFile.class).warn("Skipped an unreadable line of {}", file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Entry entry(JsonNode j) {
        String table = j.has("table") ? j.get("table").asText() : "goal";
        long basedOn = j.get("basedOn").asLong();
        return switch (table) {
            case "goal" -> {
                Stage stage = Stage.valueOf(j.get("stage").asText().toUpperCase(Locale.ROOT));
                long id = j.get("goal").asLong();
                yield new Entry("goal", id, basedOn, new Goal(id, stage, j.get("area").asText(), j.get("title").asText(),
                        j.get("description").asText(), j.get("owner").asText(),
                        Priority.valueOf(j.get("priority").asText().toUpperCase(Locale.ROOT)), List.of(), List.of()));
            }
            case "indicator" -> {
                long id = j.get("id").asLong();
                String review = text(j, "reviewFrequency");
                yield new Entry("indicator", id, basedOn, new Indicator(id, j.get("name").asText(), j.get("unit").asText(),
                        Direction.valueOf(j.get("direction").asText().toUpperCase(Locale.ROOT)), number(j, "baselineValue"),
                        date(j, "baselineDate"), number(j, "targetValue"), date(j, "targetDate"), j.get("scale").asText(),
                        number(j, "impactValue"), j.get("impactUnit").asText(), j.get("dataSource").asText(),
                        review == null ? null : ReviewFrequency.valueOf(review.toUpperCase(Locale.ROOT)), List.of()));
            }
            case "initiative" -> {
                long id = j.get("id").asLong();
                yield new Entry("initiative", id, basedOn, new Initiative(id, j.get("title").asText(), j.get("owner").asText(),
                        date(j, "start"), date(j, "due"), number(j, "budget"),
                        InitiativeStatus.valueOf(j.get("status").asText().toUpperCase(Locale.ROOT))));
            }
            default -> throw new IllegalArgumentException("unknown row " + table);
        };
    }

    private static String number(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal number(JsonNode j, String field) {
        String t = text(j, field);
        return t == null ? null : new BigDecimal(t);
    }

    private static LocalDate date(JsonNode j, String field) {
        String t = text(j, field);
        return t == null ? null : LocalDate.parse(t);
    }

    @Override
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
