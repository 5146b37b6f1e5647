package com.scorecardstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.CliRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-deck --session ID --out PATH [--lang en|ru]} (alias {@code deck}, {@code --language}). */
class ExportDeckCommandTest {
    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void cli() {
        cli = new CliRunner(dir);
    }

    @Test
    void writesTheDeckInTheChosenLanguage() throws Exception {
        String id = cli.demo("ru");
        Path file = dir.resolve("демо.pptx");
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", id, "--out", file.toString(), "--lang", "ru")).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().strip()).isEqualTo("Exported to " + file.toAbsolutePath());
        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            assertThat(show.getSlides().size()).isGreaterThan(10);
        }
        Path en = dir.resolve("deck.pptx");
        assertThat(cli.run("--db", cli.db(), "deck", "--session", id, "--out", en.toString(), "--language", "en")).isZero();
        assertThat(Files.size(en)).isPositive();
    }

    @Test
    void refusalsAreOneLineAndExitOne() throws Exception {
        String id = cli.demo("en");
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", "987654", "--out", dir.resolve("x.pptx").toString())).isEqualTo(1);
        assertThat(cli.err().strip().lines()).containsExactly("There is no session with id 987654.");
        Path file = dir.resolve("open.pptx");
        Files.writeString(file, "kept");
        Files.writeString(dir.resolve("~$open.pptx"), "PowerPoint has it open");
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", id, "--out", file.toString())).isEqualTo(1);
        assertThat(cli.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("open in another program"));
        assertThat(Files.readString(file)).isEqualTo("kept");
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", id, "--out", dir.resolve("no/such/x.pptx").toString())).isEqualTo(1);
        assertThat(cli.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("does not exist"));
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", id)).isEqualTo(2);
        assertThat(cli.err()).contains("--out");
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", id, "--out", dir.resolve("y.pptx").toString(),
                "--map-links", "tied")).isEqualTo(2);
        assertThat(cli.err()).contains("--map-links").contains("'tied' (glued|drawn)");
        assertThat(dir.resolve("y.pptx")).doesNotExist();
    }

    @Test
    void mapLinksGluedByDefaultOrDrawnForEveryOfficeSuite() throws Exception {
        String id = cli.demo("en");
        Path glued = dir.resolve("glued.pptx");
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", id, "--out", glued.toString())).isZero();
        Path drawn = dir.resolve("drawn.pptx");
        assertThat(cli.run("--db", cli.db(), "export-deck", "--session", id, "--out", drawn.toString(), "--map-links", "DRAWN")).isZero();
        try (XMLSlideShow g = new XMLSlideShow(Files.newInputStream(glued)); XMLSlideShow d = new XMLSlideShow(Files.newInputStream(drawn))) {
            var gl = links(g);
            var dl = links(d);
            assertThat(gl).isNotEmpty().allMatch(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFConnectorShape);
            assertThat(dl).hasSameSizeAs(gl).allMatch(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFAutoShape);
        }
    }

    private static java.util.List<org.apache.poi.xslf.usermodel.XSLFShape> links(XMLSlideShow show) {
        return show.getSlides().stream().flatMap(s -> s.getShapes().stream()).filter(sh -> sh.getShapeName().startsWith("Link ")).toList();
    }
}
