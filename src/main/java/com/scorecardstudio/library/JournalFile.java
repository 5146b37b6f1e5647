package com.scorecardstudio.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.scorecardstudio.domain.Goal;
import com.scorecardstudio.domain.Priority;
import com.scorecardstudio.domain.Stage;
import com.scorecardstudio.session.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * A session's offline journal as a file of JSON lines in the data folder, one per workspace and
 * session. Each entry is appended and forced to disk before {@link #record} returns; a line cut by a
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
        line.put("goal", e.goalId());
        line.put("basedOn", e.basedOn());
        line.put("stage", e.goal().stage().key());
        line.put("area", e.goal().area());
        line.put("title", e.goal().title());
        line.put("description", e.goal().description());
        line.put("owner", e.goal().owner());
        line.put("priority", e.goal().priority().key());
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
                    JsonNode j = JSON.readTree(line);
                    Stage stage = Stage.valueOf(j.get("stage").asText().toUpperCase(Locale.ROOT));
                    Goal g = new Goal(j.get("goal").asLong(), stage, j.get("area").asText(), j.get("title").asText(),
                            j.get("description").asText(), j.get("owner").asText(),
                            Priority.valueOf(j.get("priority").asText().toUpperCase(Locale.ROOT)), List.of(), List.of());
                    out.add(new Entry(j.get("goal").asLong(), j.get("basedOn").asLong(), g));
                } catch (IOException | RuntimeException cut) {
                    LoggerFactory.getLogger(JournalFile.class).warn("Skipped an unreadable line of {}", file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
