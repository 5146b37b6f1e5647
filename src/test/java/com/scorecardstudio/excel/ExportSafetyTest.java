package com.scorecardstudio.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temp file and move: an existing file is either fully replaced or left exactly as it was. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    private Path oldFile() throws IOException {
        Path target = dir.resolve("plan.xlsx");
        Files.write(target, "the previous workbook".getBytes());
        return target;
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileIntactAndNoTempFile() throws Exception {
        Path target = oldFile();
        assertThatThrownBy(() -> ExcelExport.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.DISK_FULL));
        assertThat(Files.readString(target)).isEqualTo("the previous workbook");
        assertThat(files()).containsExactly("plan.xlsx");
    }

    @Test
    void aReadOnlyTargetIsRefusedAndStaysIntact() throws Exception {
        Path target = oldFile();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> ExcelExport.write(target, out -> out.write(1)))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExportException.Reason.READ_ONLY);
                    assertThat(e.message(new com.scorecardstudio.i18n.Messages(com.scorecardstudio.config.Language.EN)))
                            .contains("read-only").contains("plan.xlsx");
                });
        assertThat(Files.readString(target)).isEqualTo("the previous workbook");
        assertThat(files()).containsExactly("plan.xlsx");
    }

    @Test
    void aTargetOpenInAnOfficeProgramIsRefused() throws Exception {
        Path target = oldFile();
        Files.writeString(dir.resolve(".~lock.plan.xlsx#"), "someone,host,...");
        assertThatThrownBy(() -> ExcelExport.write(target, out -> out.write(1)))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.IN_USE));
        assertThat(Files.readString(target)).isEqualTo("the previous workbook");
    }

    @Test
    void aMissingFolderIsSaidInWords() {
        assertThatThrownBy(() -> ExcelExport.write(dir.resolve("nowhere/plan.xlsx"), out -> out.write(1)))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.reason()).isEqualTo(ExportException.Reason.NO_FOLDER));
    }

    @Test
    void aSuccessfulWriteReplacesTheWholeFile() throws Exception {
        Path target = oldFile();
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        ExcelExport.write(target, out -> out.write("new".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(files()).containsExactly("plan.xlsx");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
        Path fresh = dir.resolve("new.xlsx");
        ExcelExport.write(fresh, out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }

    @Test
    void quotePrefixIsNeededExactlyForFormulaLikeText() {
        assertThat(Stream.of("=1", "+1", "-1", "@A", "\t=1").allMatch(SafeText::needsQuotePrefix)).isTrue();
        assertThat(Stream.of("", "a=1", "1-2", "Иван", " =1").noneMatch(SafeText::needsQuotePrefix)).isTrue();
        assertThat(SafeText.fit("x".repeat(40_000))).hasSize(SafeText.CELL_LIMIT);
    }
}
