package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.bench.ExportBenchmark;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.demo.Demo;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.testing.OoxmlValidation;
import com.scorecardstudio.testing.TestDatabases;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every XML part of the exported workbook is valid against the ECMA-376 schemas, for the demo and for
 * a large session (2,000 clients, 200 goals), in both languages: a strict reader opens it, and Excel
 * has nothing to "repair".
 */
class ExportSchemaTest {
    @TempDir
    Path dir;

    static Path demo(Path dir, Language language) throws Exception {
        ExportData data;
        try (Database db = TestDatabases.open(dir.resolve("demo-" + language.code() + ".mv.db"))) {
            Session s = Demo.create(db.store(TestDatabases.fixedClock()), language, LocalDate.of(2026, 11, 22));
            data = ExportData.read(db.store(TestDatabases.fixedClock()), s.id()).orElseThrow();
        }
        Path file = dir.resolve("demo-" + language.code() + ".xlsx");
        ExcelExport.write(data, new Messages(language), file, null, p -> { });
        return keep(file);
    }

    static Path large(Path dir, Language language) throws Exception {
        Path file = dir.resolve("large-" + language.code() + ".xlsx");
        ExcelExport.write(ExportBenchmark.large(), new Messages(language), file, null, p -> { });
        return keep(file);
    }

    /** With {@code -Dexport.keep=DIR} the workbooks are kept there, to be opened or printed by hand. */
    static Path keep(Path file) throws java.io.IOException {
        String keep = System.getProperty("export.keep");
        if (keep != null && !keep.isBlank()) {
            Files.createDirectories(Path.of(keep));
            Files.copy(file, Path.of(keep).resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDemoIsSchemaValid(Language language) throws Exception {
        OoxmlValidation.assertValid(demo(dir, language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLargeSessionIsSchemaValid(Language language) throws Exception {
        OoxmlValidation.assertValid(large(dir, language));
    }

    /** The check can fail: the very defect the issue found (an empty dash value) is reported, with its part. */
    @Test
    void anInvalidPartIsReported() throws Exception {
        Path good = demo(dir, Language.EN);
        assertThat(OoxmlValidation.problems(good)).isEmpty();
        Path bad = dir.resolve("bad.xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); OutputStream os = Files.newOutputStream(bad);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream is = in.getInputStream(e)) {
                    byte[] bytes = is.readAllBytes();
                    if (e.getName().equals("xl/drawings/drawing1.xml")) {
                        bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("<a:ln w=\"([0-9]+)\">",
                                "<a:ln w=\"$1\"><a:prstDash val=\"\"/>").replaceFirst("<a:srgbClr val=\"([0-9A-F]{6})\"",
                                "<a:srgbClr val=\"FF$1\"").getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        assertThat(OoxmlValidation.problems(bad)).isNotEmpty().allMatch(p -> p.startsWith("xl/drawings/drawing1.xml"))
                .anyMatch(p -> p.contains("prstDash") || p.contains("val"));
    }
}
