package com.scorecardstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two users' edits of one row from the same stored version: merged field by field, a clash left to the user. */
class RowMergeTest {
    private static Indicator margin(String unit, String target, String source) {
        return new Indicator(7L, "Gross margin", unit, Direction.UP, new BigDecimal("9"), null,
                target == null ? null : new BigDecimal(target), LocalDate.of(2027, 6, 30), "", null, "", source, null, List.of());
    }

    @Test
    void anIndicatorsFieldsChangedByOneEachAreBothKept() {
        Indicator base = margin("", "12", "");
        Indicator mine = margin("%", "12", "");
        Indicator theirs = margin("", "12", "Monthly P&L");
        assertThat(RowMerge.merge(base, mine, theirs)).hasValueSatisfying(m -> {
            assertThat(m.unit()).isEqualTo("%");
            assertThat(m.dataSource()).isEqualTo("Monthly P&L");
        });
    }

    @Test
    void theSameFigureWrittenTwoWaysIsNoClashButTwoFiguresAre() {
        Indicator base = margin("", "10", "");
        assertThat(RowMerge.merge(base, margin("", "12.50", ""), margin("", "12.5", ""))).isPresent();
        assertThat(RowMerge.merge(base, margin("", "12", ""), margin("", "15", ""))).isEmpty();
        assertThat(RowMerge.sameOwnFields(margin("", "12.50", ""), margin("", "12.5", ""))).isTrue();
    }

    @Test
    void anInitiativeClashesOnlyWhereBothChangedTheSameField() {
        Initiative base = new Initiative(3L, "Review prices", "", null, null, null, InitiativeStatus.PLANNED);
        Initiative mine = new Initiative(3L, "Review prices", "CFO", null, null, null, InitiativeStatus.PLANNED);
        Initiative theirs = new Initiative(3L, "Review prices", "", null, null, new BigDecimal("250000"), InitiativeStatus.DONE);
        assertThat(RowMerge.merge(base, mine, theirs)).hasValueSatisfying(m -> {
            assertThat(m.owner()).isEqualTo("CFO");
            assertThat(m.status()).isEqualTo(InitiativeStatus.DONE);
            assertThat(m.budget()).isEqualByComparingTo("250000");
        });
        Initiative dropped = new Initiative(3L, "Review prices", "", null, null, null, InitiativeStatus.DROPPED);
        assertThat(RowMerge.merge(base, dropped, theirs)).isEmpty();
    }
}
