package com.scorecardstudio.deck;

import com.scorecardstudio.config.Language;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the demo's deck in both languages and DeckTest's large session's to {@code target/deck-preview/} to look at (convert with
 * LibreOffice and render): {@code java -cp ... com.scorecardstudio.deck.DeckPreview}.
 */
public final class DeckPreview {
    private DeckPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/deck-preview").toAbsolutePath();
        Files.createDirectories(dir);
        Path db = Files.createTempDirectory("deck-preview");
        for (Language l : Language.values()) {
            Path f = DeckTestSupport.write(DeckTestSupport.demo(db, l), l, dir.resolve("demo-" + l.code() + ".pptx"));
            System.out.println(f);
        }
        // and the large session of DeckTest (continuations, the roadmap by years), to look at the limits
        System.out.println(DeckTestSupport.write(DeckTest.large(200), Language.RU, dir.resolve("large-ru.pptx")));
    }
}
