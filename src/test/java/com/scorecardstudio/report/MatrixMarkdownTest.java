package com.scorecardstudio.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.BandLimits;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.domain.scoring.Zone;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixMarkdownTest {
    private static final Criterion A = new Criterion(1L, Axis.ATTRACTIVENESS, "margin", "", BigDecimal.ONE);
    private static final Criterion R = new Criterion(2L, Axis.RELATIONSHIP, "tenure", "", BigDecimal.ONE);

    private static ScoringSheet sheet(ScoringSettings settings) {
        List<Client> clients = List.of(
                new Client(10L, "Big | Co", "", new BigDecimal("700"), "EUR", ""),
                new Client(11L, "Small_one", "", new BigDecimal("100"), "EUR", ""),
                new Client(12L, "Loyal", "", new BigDecimal("200"), "EUR", ""),
                new Client(13L, "New", "", null, "", ""));
        Map<Long, Map<Long, Integer>> scores = Map.of(
                10L, Map.of(1L, 5, 2L, 1),
                11L, Map.of(1L, 5, 2L, 1),
                12L, Map.of(1L, 1, 2L, 5),
                13L, Map.of(1L, 3));
        return new ScoringSheet(1, List.of(A, R), clients, scores, settings);
    }

    @Test
    void theSectionHasTheGridTheZonesTheUnplacedAndTheWarning() {
        String md = MatrixMarkdown.section(new Messages(Language.EN), sheet(ScoringSettings.DEFAULT));
        assertThat(md).startsWith("## Client matrix\n\n4 clients, 3 placed on the matrix. "
                + "Bands of the rounded score: low below 2.33, medium from 2.33, high from 3.67.\n\n");
        assertThat(md).contains("| Attractiveness ↓, relationship → | Weak | Medium | Strong |\n|---|---|---|---|\n");
        assertThat(md).contains("| **High** | Big \\| Co, Small\\_one (2 · 80%) | — | — |\n");
        assertThat(md).contains("| **Low** | — | — | Loyal (1 · 20%) |\n");
        assertThat(md).contains("- **Investment zone: build loyalty** — 2 clients, 80% of revenue: Big \\| Co, Small\\_one.  \n"
                + "  Raise the client's loyalty.\n");
        assertThat(md).contains("- **Invest selectively** — no clients.  \n");
        assertThat(md).contains("Not placed yet (a score is missing on an axis): New.");
        assertThat(md).contains("> ⚠ Big \\| Co brings 70% of revenue, more than the 25% limit");
        // the zones in the order of investment
        assertThat(md.indexOf("deepen the relationship")).isLessThan(md.indexOf("build loyalty"));
        assertThat(md.indexOf("build loyalty")).isLessThan(md.indexOf("Protect revenue"));
    }

    @Test
    void rewrittenStrategiesAndLimitsAndTheRussianText() {
        ScoringSettings s = new ScoringSettings(new BandLimits(new BigDecimal("2.5"), new BigDecimal("4")), new BigDecimal("90"),
                Map.of(Zone.BUILD_LOYALTY, "Звонить раз в месяц."));
        String md = MatrixMarkdown.section(new Messages(Language.RU), sheet(s));
        assertThat(md).startsWith("## Матрица клиентов\n\nКлиентов: 4, размещено на матрице: 3. "
                + "Диапазоны по округлённой оценке: низкая ниже 2,50, средняя от 2,50, высокая от 4,00.");
        assertThat(md).contains("| **Высокая** |");
        assertThat(md).contains("  Звонить раз в месяц.\n");
        assertThat(md).doesNotContain("⚠");
    }

    @Test
    void aSessionWithoutClientsSaysSo() {
        ScoringSheet empty = new ScoringSheet(1, List.of(A, R), List.of(), Map.of(), ScoringSettings.DEFAULT);
        assertThat(MatrixMarkdown.section(new Messages(Language.EN), empty))
                .isEqualTo("## Client matrix\n\nNo clients have been added to this session.\n");
    }

    @Test
    void goalTitlesNameTheClientsOfACell() {
        Messages en = new Messages(Language.EN);
        assertThat(GoalText.title(Zone.BUILD_LOYALTY, List.of("X", "Y", "Z"), en)).isEqualTo("Build loyalty with X, Y, Z");
        assertThat(GoalText.title(Zone.DEEPEN_RELATIONSHIP, List.of("A", "B", "C", "D", "E", "F", "G"), en))
                .isEqualTo("Deepen the relationship with A, B, C, D, E and 2 more");
        assertThat(GoalText.title(Zone.PROTECT_REVENUE, List.of("A", "B", "C", "D", "E", "F"), en))
                .isEqualTo("Protect revenue from A, B, C, D, E, F at minimal cost");
        assertThat(GoalText.title(Zone.BUILD_LOYALTY, List.of("X", "Y"), new Messages(Language.RU)))
                .isEqualTo("Повысить лояльность клиентов: X, Y");
        assertThat(GoalText.title(Zone.INVEST_SELECTIVELY, List.of("n".repeat(600)), en)).hasSize(GoalText.MAX_LENGTH);
    }

    @Test
    void clientLinesAreStableForScripts() {
        List<String> lines = ClientLines.lines(sheet(ScoringSettings.DEFAULT).matrix());
        assertThat(lines).containsExactly(
                "Big | Co\t5.00\t1.00\thigh/weak\tbuild_loyalty",
                "Small_one\t5.00\t1.00\thigh/weak\tbuild_loyalty",
                "Loyal\t1.00\t5.00\tlow/strong\tprotect_revenue",
                "New\t3.00\t\t-\t-");
    }
}
