package com.scorecardstudio.checkinbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.testing.ChildJvm;
import com.scorecardstudio.testing.CliRunner;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL at a random moment while importing owners' workbooks leaves the
 * session whole: every open row holds the values of one workbook or of the other (or of none), never a
 * mix, and the closed period is untouched.
 */
@org.junit.jupiter.api.Tag("slow")
class CheckinImportKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillDuringAnImportLeavesTheSessionWholeOrUnchanged() throws Exception {
        CheckinBookFixture fx = new CheckinBookFixture(dir);
        CliRunner cli = new CliRunner(dir);
        Path exported = dir.resolve("owners.xlsx");
        assertThat(cli.run("--db", fx.db.toString(), "checkin-export", "--session", String.valueOf(fx.session), "--out",
                exported.toString())).isZero();
        Path a = everyOpenRow(exported, dir.resolve("a.xlsx"), 100, "A");
        Path b = everyOpenRow(exported, dir.resolve("b.xlsx"), 200, "B");
        Map<String, String> original = fx.actuals();
        Set<String> states = new HashSet<>();
        Random random = new Random(17);
        for (int round = 0; round < 6; round++) {
            int wanted = random.nextInt(3);
            Process child = ChildJvm.start(dir.resolve("home"), List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                    ImportLoopDriver.class.getName(), dir.resolve("home").toString(), fx.db.toString(),
                    String.valueOf(fx.session), a.toString(), b.toString());
            java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
            Thread pump = new Thread(() -> {
                try {
                    child.getErrorStream().transferTo(stderr);
                } catch (java.io.IOException e) {
                    // ends with the process
                }
            });
            pump.setDaemon(true);
            pump.start();
            int done = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while (done < wanted && (line = in.readLine()) != null) {
                    if (line.startsWith("DONE ")) {
                        done++;
                    }
                }
                Thread.sleep(random.nextInt(60));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            pump.join(5_000);
            assertThat(done).as(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(wanted);
            states.add(stateOf(fx.actuals(), original, fx));
        }
        assertThat(states).as("every state seen after a kill").isSubsetOf("original", "A", "B").containsAnyOf("A", "B");
    }

    /** "original", "A" or "B" when the session holds exactly that; fails on anything mixed. */
    private static String stateOf(Map<String, String> now, Map<String, String> original, CheckinBookFixture fx) {
        if (now.equals(original)) {
            return "original";
        }
        Set<String> notes = new HashSet<>();
        for (var e : now.entrySet()) {
            if (e.getKey().endsWith("@2026-06")) {
                assertThat(e.getValue()).as("the closed period").isEqualTo(original.get(e.getKey()));
                continue;
            }
            String note = e.getValue().substring(e.getValue().indexOf('|') + 1);
            notes.add(note);
        }
        assertThat(now).as("every open row was imported").hasSize(fx.indicators.size() * 5 + 1);
        assertThat(notes).as("one workbook's values, never a mix: %s", now).hasSize(1);
        return notes.iterator().next();
    }

    /** The export with every open row's actual and note filled: {@code base} + row number, and {@code note}. */
    private static Path everyOpenRow(Path exported, Path target, int base, String note) throws Exception {
        return CheckinBookRoundTripTest.fill(exported, target, book -> {
            for (Row r : book.sheet()) {
                var key = r.getCell(CheckinBook.COL_KEY);
                if (key != null && key.getStringCellValue().startsWith("S") && !key.getStringCellValue().endsWith("2026-06")) {
                    r.getCell(CheckinBook.COL_ACTUAL).setCellValue(base + r.getRowNum());
                    r.getCell(CheckinBook.COL_NOTE).setCellValue(note);
                }
            }
        });
    }
}
