package com.scorecardstudio.clientimport;

import static com.scorecardstudio.clientimport.ClientFileReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DefaultCriteria;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Column matching and row checks: every rejected row with its number and reason. */
class ImportPlanTest {
    private static final List<Criterion> CRITERIA = stored(DefaultCriteria.create());
    private static final Messages EN = new Messages(Language.EN);
    private static final Messages RU = new Messages(Language.RU);

    private static List<Criterion> stored(List<Criterion> c) {
        List<Criterion> s = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            s.add(c.get(i).withId(100L + i));
        }
        return s;
    }

    private static long id(String key) {
        return CRITERIA.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().id();
    }

    private static ImportPlan plan(String fixture, Map<String, Long> existing) throws ImportException {
        ImportTable t = new ClientFileReader().read(fixture(fixture));
        return ImportPlan.build(t, ColumnMapping.auto(t.headers(), CRITERIA), CRITERIA, existing);
    }

    @Test
    void columnsMatchFieldKeysCriterionKeysAndNamesInEitherLanguageIgnoringCaseAndSpaces() {
        List<ColumnTarget> m = ColumnMapping.auto(List.of(" NAME ", "Сегмент", "annual  revenue", "margin",
                "Share of the client's wallet", "ДОСТУП К ЛИЦАМ, ПРИНИМАЮЩИМ РЕШЕНИЯ", "unknown", "name", "Рентабельность"), CRITERIA);
        assertThat(m).containsExactly(ColumnTarget.of(Field.NAME), ColumnTarget.of(Field.SEGMENT),
                ColumnTarget.of(Field.REVENUE), ColumnTarget.criterion("margin"), ColumnTarget.criterion("share_of_wallet"),
                ColumnTarget.criterion("access_to_decision_makers"), null, null, null);
        assertThat(ColumnMapping.hasName(m)).isTrue();
        // a criterion the user renamed is found by its own name as well
        List<Criterion> renamed = new ArrayList<>(CRITERIA);
        renamed.set(0, new Criterion(100L, CRITERIA.get(0).axis(), "revenue_potential", "Upside", CRITERIA.get(0).weight()));
        assertThat(ColumnMapping.auto(List.of("upside"), renamed)).containsExactly(ColumnTarget.criterion("revenue_potential"));
    }

    @Test
    void goodRowsBecomeClientsWithScoresDecimalPointAndComma() throws Exception {
        ImportPlan p = plan("utf8.csv", Map.of());
        assertThat(p.rejected()).isEmpty();
        assertThat(p.added()).hasSize(4);
        ImportPlan.Candidate first = p.added().get(0);
        assertThat(first.client().name()).isEqualTo("Northwind, Ltd.");
        assertThat(first.client().revenue()).isEqualByComparingTo("1234567.50");
        assertThat(first.scores()).isEqualTo(Map.of(id("margin"), 4, id("tenure"), 5, id("share_of_wallet"), 3));
        assertThat(p.added().get(1).client().revenue()).isEqualByComparingTo("1250000");
        assertThat(p.added().get(3).client().revenue()).isNull();

        ImportPlan ru = plan("utf8-bom-semicolon.csv", Map.of());
        assertThat(ru.rejected()).isEmpty();
        assertThat(ru.added().get(0).client().revenue()).isEqualByComparingTo("42000000.50");
        assertThat(ru.added().get(1).client().revenue()).isEqualByComparingTo("1500000");
        assertThat(ru.added().get(2).scores()).isEqualTo(Map.of(id("margin"), 4, id("tenure"), 3));
        assertThat(ru.added().get(0).scores()).containsEntry(id("access_to_decision_makers"), 4);

        ImportPlan cp = plan("windows-1251.csv", Map.of());
        assertThat(cp.added().get(1).client().revenue()).isEqualByComparingTo("800000.75");
    }

    @Test
    void everyInvalidRowIsRejectedAsAWholeWithItsRowNumberAndReason() throws Exception {
        ImportPlan p = plan("invalid-rows.csv", Map.of());
        assertThat(p.added()).extracting(c -> c.client().name()).containsExactly("Good One", "Multi Line", "Good Two");
        assertThat(p.added().get(2).client().revenue()).isEqualByComparingTo("1000.5");
        assertThat(p.rejected()).extracting(r -> r.line(EN)).containsExactly(
                "Row 3: no client name",
                "Row 4: “12abc” in column revenue is not a number",
                "Row 6: score “7” in column margin is not a whole number from 1 to 5",
                "Row 7: score “4,5” in column margin is not a whole number from 1 to 5",
                "Row 8: revenue “-5” in column revenue is negative or too large",
                "Row 11: the client “good one” is already in row 2 of the file",
                "Row 12: “x” in column revenue is not a number; score “0” in column margin is not a whole number from 1 to 5");
        assertThat(p.rejected().get(0).line(RU)).isEqualTo("Строка 3: нет названия клиента");
    }

    @Test
    void xlsxRowsAreCheckedTheSameWay() throws Exception {
        ImportPlan p = plan("clients.xlsx", Map.of());
        assertThat(p.added()).extracting(c -> c.client().name()).containsExactly("Orion Software", "Ural Chemicals");
        ImportPlan.Candidate orion = p.added().get(0);
        assertThat(orion.client().revenue()).isEqualByComparingTo("1234567.5");
        assertThat(orion.client().currency()).isEqualTo("EUR");
        assertThat(orion.scores()).isEqualTo(Map.of(id("revenue_potential"), 4, id("margin"), 5, id("satisfaction"), 3));
        assertThat(p.added().get(1).client().revenue()).isEqualByComparingTo("85000");
        assertThat(p.rejected()).extracting(r -> r.line(EN)).containsExactly(
                "Row 5: score “3.5” in column revenue_potential is not a whole number from 1 to 5",
                "Row 6: “2026-03-01” in column Revenue is not a number");
    }

    @Test
    void textOverWhatACellHoldsIsRefused() throws Exception {
        ImportPlan p = plan("long-text.csv", Map.of());
        assertThat(p.added()).extracting(c -> c.client().name()).containsExactly("Short");
        assertThat(p.rejected()).extracting(r -> r.line(EN))
                .containsExactly("Row 3: column notes holds more than 32,767 characters");
    }

    @Test
    void existingClientsAreFoundByNameIgnoringCaseAndOnlyWhatTheFileGivesWouldChange() throws Exception {
        ImportPlan p = plan("utf8.csv", Map.of("zeta health", 7L));
        assertThat(p.updated()).extracting(c -> c.client().name()).containsExactly("Zeta Health");
        ImportPlan.Candidate zeta = p.updated().get(0);
        assertThat(zeta.existingId()).isEqualTo(7L);
        assertThat(zeta.gives(Field.SEGMENT)).isTrue();
        assertThat(zeta.gives(Field.REVENUE)).isFalse();
        assertThat(zeta.gives(Field.CURRENCY)).isFalse();
        assertThat(p.valid()).isEqualTo(4);
    }

    private static ImportPlan revenues(ImportTable.Row... rows) {
        ImportTable t = new ImportTable(List.of("name", "revenue"), List.of(rows), "test");
        return ImportPlan.build(t, ColumnMapping.auto(t.headers(), CRITERIA), CRITERIA, Map.of());
    }

    private static ImportTable.Row text(int row, String name, String revenue) {
        return new ImportTable.Row(row, List.of(name, revenue));
    }

    @Test
    void aRevenueThatReadsAsThousandsOrDecimalsIsSettledByItsColumnOrRefused() {
        // nothing else in the column says which mark is the decimal one: refused, never guessed
        ImportPlan alone = revenues(text(2, "A", "1,234"), text(3, "B", "5"));
        assertThat(alone.rejected()).extracting(r -> r.line(EN)).containsExactly("Row 2: “1,234” in column revenue could be "
                + "1234 or 1.234, and no other value in the column shows which mark is the decimal one: write thousands without a separator");
        assertThat(alone.rejected().get(0).line(RU)).isEqualTo("Строка 2: «1,234» в столбце revenue может означать 1234 или 1,234, "
                + "а другие значения столбца не показывают, какой знак десятичный: пишите тысячи без разделителя");
        // a Russian file: 12,5 shows the comma is the decimal mark (1.234, and a client's revenue is kept in cents)
        ImportPlan russian = revenues(text(2, "A", "1,234"), text(3, "B", "12,5"), text(4, "C", "1 500 000"));
        assertThat(russian.added()).extracting(c -> c.client().revenue())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1.23"), new BigDecimal("12.5"),
                        new BigDecimal("1500000"));
        // an English one: 1,234,567 and 99.95 show the point is
        ImportPlan english = revenues(text(2, "A", "1,234"), text(3, "B", "1,234,567"), text(4, "C", "99.95"));
        assertThat(english.added()).extracting(c -> c.client().revenue())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1234"), new BigDecimal("1234567"),
                        new BigDecimal("99.95"));
    }

    @Test
    void aSheetsNumberCellIsItsPlainValueWhateverTheTextCellsShow() {
        // 1.234 from a number cell is 1.234 (1.23 in cents), though the column's text cells group thousands by a point
        ImportPlan p = revenues(new ImportTable.Row(2, List.of("A", "1.234"), Set.of(1)), text(3, "B", "1.234,5"),
                text(4, "C", "2.500"));
        assertThat(p.rejected()).isEmpty();
        assertThat(p.added()).extracting(c -> c.client().revenue())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1.23"), new BigDecimal("1234.5"),
                        new BigDecimal("2500"));
        // and a number cell never holds a file's text form
        assertThat(revenues(new ImportTable.Row(2, List.of("A", "1,5"), Set.of(1))).rejected()).hasSize(1);
    }

    @Test
    void scoresAreWholeNumbersFromOneToFive() {
        assertThat(ImportPlan.score("4")).isEqualTo(4);
        assertThat(ImportPlan.score("4.0")).isEqualTo(4);
        assertThat(ImportPlan.score("4,00")).isEqualTo(4);
        assertThat(ImportPlan.score("4.5")).isNull();
        assertThat(ImportPlan.score("0")).isNull();
        assertThat(ImportPlan.score("6")).isNull();
        assertThat(ImportPlan.score("four")).isNull();
        assertThat(ImportPlan.score("99999999999999999999")).isNull();
    }
}
