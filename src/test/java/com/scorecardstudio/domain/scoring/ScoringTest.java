package com.scorecardstudio.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring math of issue 5, checked value by value and exhaustively against an integer reference. */
class ScoringTest {
    private static long nextId = 1;

    private static Criterion a(String weight) {
        return new Criterion(nextId++, Axis.ATTRACTIVENESS, "a" + nextId, "", new BigDecimal(weight));
    }

    private static Criterion r(String weight) {
        return new Criterion(nextId++, Axis.RELATIONSHIP, "r" + nextId, "", new BigDecimal(weight));
    }

    private static Map<Long, Integer> scores(List<Criterion> criteria, Integer... values) {
        Map<Long, Integer> m = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put(criteria.get(i).id(), values[i]);
            }
        }
        return m;
    }

    private static AxisScore attractiveness(List<Criterion> criteria, Integer... values) {
        return Scoring.axisScore(Axis.ATTRACTIVENESS, criteria, scores(criteria, values), BandLimits.DEFAULT);
    }

    @Test
    void equalWeightsGiveThePlainMean() {
        List<Criterion> c = List.of(a("1"), a("1"), a("1"), a("1"), a("1"));
        AxisScore s = attractiveness(c, 4, 4, 4, 4, 3);
        assertThat(s.rounded()).isEqualByComparingTo("3.80");
        assertThat(s.rounded().scale()).isEqualTo(2);
        assertThat(s.band()).isEqualTo(Band.HIGH);
        assertThat(s.complete()).isTrue();
    }

    @Test
    void weightsAreRenormalisedOverTheScoredCriteriaOnly() {
        List<Criterion> c = List.of(a("2"), a("1"), a("1"));
        // the heavy criterion is not scored: the other two share the weight equally
        AxisScore s = attractiveness(c, null, 5, 3);
        assertThat(s.rounded()).isEqualByComparingTo("4.00");
        assertThat(s.complete()).isFalse();
        assertThat(s.scored()).hasSize(2);
        assertThat(s.weightSum()).isEqualByComparingTo("2");
        assertThat(s.shares()).allSatisfy(x -> assertThat(x).isEqualByComparingTo("0.5"));
        // all scored: 2·1 + 1·5 + 1·3 = 10, over 4
        assertThat(attractiveness(c, 1, 5, 3).rounded()).isEqualByComparingTo("2.50");
        assertThat(attractiveness(c, 1, 5, 3).exact()).isEqualByComparingTo("2.5");
    }

    @Test
    void anAxisWithNoScoreIsNotScoredAndTheClientNotPlaced() {
        List<Criterion> c = List.of(a("1"), a("1"), r("1"), r("1"));
        assertThat(Scoring.axisScore(Axis.ATTRACTIVENESS, c, Map.of(), BandLimits.DEFAULT)).isNull();
        assertThat(Scoring.axisScore(Axis.ATTRACTIVENESS, c, null, BandLimits.DEFAULT)).isNull();
        Placement p = Scoring.place(Client.draft("X"), c, scores(c, 5, 5, null, null), BandLimits.DEFAULT);
        assertThat(p.attractiveness().rounded()).isEqualByComparingTo("5.00");
        assertThat(p.relationship()).isNull();
        assertThat(p.isPlaced()).isFalse();
        assertThat(p.cell()).isEmpty();
        assertThat(p.zone()).isEmpty();
        // an axis with no criteria at all places nobody either
        Placement q = Scoring.place(Client.draft("Y"), List.of(c.get(0)), scores(c, 3), BandLimits.DEFAULT);
        assertThat(q.isPlaced()).isFalse();
    }

    @Test
    void theMeanIsRoundedHalfUpFromTheExactFraction() {
        // 67.5·2 + 32.5·3 = 232.5 over 100 → 2.325 → 2.33, medium (from 2.33)
        AxisScore up = attractiveness(List.of(a("67.5"), a("32.5")), 2, 3);
        assertThat(up.exact()).isEqualByComparingTo("2.325");
        assertThat(up.rounded()).isEqualByComparingTo("2.33");
        assertThat(up.band()).isEqualTo(Band.MEDIUM);
        // 2.3249 → 2.32, low
        AxisScore down = attractiveness(List.of(a("67.51"), a("32.49")), 2, 3);
        assertThat(down.rounded()).isEqualByComparingTo("2.32");
        assertThat(down.band()).isEqualTo(Band.LOW);
        // 3.665 → 3.67, high (from 3.67); 3.6649 → 3.66, medium
        AxisScore high = attractiveness(List.of(a("33.5"), a("66.5")), 3, 4);
        assertThat(high.rounded()).isEqualByComparingTo("3.67");
        assertThat(high.band()).isEqualTo(Band.HIGH);
        AxisScore medium = attractiveness(List.of(a("33.51"), a("66.49")), 3, 4);
        assertThat(medium.rounded()).isEqualByComparingTo("3.66");
        assertThat(medium.band()).isEqualTo(Band.MEDIUM);
    }

    @Test
    void whatTheUserSeesDecidesTheBand() {
        // 11/3 = 3.666… is shown as 3.67, so it is high although the exact mean is below 3.67
        List<Criterion> c = List.of(a("1"), a("1"), a("1"));
        AxisScore s = attractiveness(c, 3, 4, 4);
        assertThat(s.exact()).isLessThan(new BigDecimal("3.67"));
        assertThat(s.rounded()).isEqualByComparingTo("3.67");
        assertThat(s.band()).isEqualTo(Band.HIGH);
        // 7/3 = 2.333… is shown as 2.33: medium
        assertThat(attractiveness(c, 2, 2, 3).band()).isEqualTo(Band.MEDIUM);
        // 2.2 is low
        List<Criterion> five = List.of(a("1"), a("1"), a("1"), a("1"), a("1"));
        assertThat(attractiveness(five, 2, 2, 2, 3, 2).band()).isEqualTo(Band.LOW);
    }

    @ParameterizedTest
    @CsvSource({
        "1.00, LOW", "2.32, LOW", "2.33, MEDIUM", "3.00, MEDIUM", "3.66, MEDIUM", "3.67, HIGH", "5.00, HIGH"
    })
    void bandsOfTheDefaultLimits(String score, Band band) {
        assertThat(BandLimits.DEFAULT.bandOf(new BigDecimal(score))).isEqualTo(band);
    }

    @Test
    void bandLimitsAreEditableAndChecked() {
        BandLimits l = new BandLimits(new BigDecimal("2.5"), new BigDecimal("3.5"));
        assertThat(l.bandOf(new BigDecimal("2.49"))).isEqualTo(Band.LOW);
        assertThat(l.bandOf(new BigDecimal("2.50"))).isEqualTo(Band.MEDIUM);
        assertThat(l.bandOf(new BigDecimal("3.49"))).isEqualTo(Band.MEDIUM);
        assertThat(l.bandOf(new BigDecimal("3.50"))).isEqualTo(Band.HIGH);
        assertThat(l.mediumFrom().scale()).isEqualTo(2);
        assertThat(BandLimits.valid(new BigDecimal("1"), new BigDecimal("3"))).isFalse();
        assertThat(BandLimits.valid(new BigDecimal("3"), new BigDecimal("3"))).isFalse();
        assertThat(BandLimits.valid(new BigDecimal("3"), new BigDecimal("2"))).isFalse();
        assertThat(BandLimits.valid(new BigDecimal("2"), new BigDecimal("5.01"))).isFalse();
        assertThat(BandLimits.valid(new BigDecimal("2.333"), new BigDecimal("4"))).isFalse();
        assertThat(BandLimits.valid(new BigDecimal("1.01"), new BigDecimal("5"))).isTrue();
        assertThatThrownBy(() -> new BandLimits(new BigDecimal("4"), new BigDecimal("3")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        List<Criterion> c = List.of(a("1"));
        assertThatThrownBy(() -> attractiveness(c, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attractiveness(c, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every combination of three criteria, each unscored or scored 1–5 (6³ = 216), under three sets
     * of weights, against a reference in integer arithmetic: round-half-up of Σwᵢsᵢ/Σwᵢ to
     * hundredths is ⌊(200·Σwᵢsᵢ + Σwᵢ) / (2·Σwᵢ)⌋ with weights in hundredths.
     */
    @Test
    void exhaustivelyAgreesWithAnIntegerReference() {
        long[][] weightSets = {{100, 100, 100}, {100, 200, 350}, {1, 9999, 333}};
        int checked = 0;
        for (long[] w : weightSets) {
            List<Criterion> c = new ArrayList<>();
            for (long x : w) {
                c.add(a(BigDecimal.valueOf(x, 2).toPlainString()));
            }
            for (int s0 = 0; s0 <= 5; s0++) {
                for (int s1 = 0; s1 <= 5; s1++) {
                    for (int s2 = 0; s2 <= 5; s2++) {
                        int[] s = {s0, s1, s2};
                        long num = 0;
                        long den = 0;
                        for (int i = 0; i < 3; i++) {
                            if (s[i] > 0) {
                                num += w[i] * s[i];
                                den += w[i];
                            }
                        }
                        AxisScore got = attractiveness(c, s0 == 0 ? null : s0, s1 == 0 ? null : s1, s2 == 0 ? null : s2);
                        if (den == 0) {
                            assertThat(got).isNull();
                            continue;
                        }
                        long hundredths = (200 * num + den) / (2 * den);
                        BigDecimal expected = BigDecimal.valueOf(hundredths, 2);
                        assertThat(got.rounded()).as("%s %s", java.util.Arrays.toString(w), java.util.Arrays.toString(s))
                                .isEqualByComparingTo(expected);
                        Band band = hundredths >= 367 ? Band.HIGH : hundredths >= 233 ? Band.MEDIUM : Band.LOW;
                        assertThat(got.band()).isEqualTo(band);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3 * (216 - 1));
    }

    @Test
    void zonesFollowTheMethodology() {
        for (Band r : Band.values()) {
            assertThat(Zone.of(Band.LOW, r)).isEqualTo(Zone.PROTECT_REVENUE);
            assertThat(Zone.of(Band.MEDIUM, r)).isEqualTo(Zone.INVEST_SELECTIVELY);
        }
        assertThat(Zone.of(Band.HIGH, Band.LOW)).isEqualTo(Zone.BUILD_LOYALTY);
        assertThat(Zone.of(Band.HIGH, Band.MEDIUM)).isEqualTo(Zone.DEEPEN_RELATIONSHIP);
        assertThat(Zone.of(Band.HIGH, Band.HIGH)).isEqualTo(Zone.DEEPEN_RELATIONSHIP);
        assertThat(Zone.values()).extracting(Zone::key)
                .containsExactly("protect_revenue", "invest_selectively", "build_loyalty", "deepen_relationship");
    }

    @Test
    void cellsHaveStableKeysAndTheMatrixOrder() {
        assertThat(new Cell(Band.HIGH, Band.LOW).key()).isEqualTo("high/weak");
        assertThat(new Cell(Band.LOW, Band.HIGH).key()).isEqualTo("low/strong");
        assertThat(new Cell(Band.MEDIUM, Band.MEDIUM).key()).isEqualTo("medium/medium");
        assertThat(Cell.all()).extracting(Cell::key).containsExactly(
                "high/weak", "high/medium", "high/strong",
                "medium/weak", "medium/medium", "medium/strong",
                "low/weak", "low/medium", "low/strong");
    }

    @Test
    void theMatrixPlacesClientsAndSharesRevenueByCell() {
        List<Criterion> c = List.of(a("1"), r("1"));
        Client big = new Client(1L, "Big", "", new BigDecimal("600"), "EUR", "");
        Client mid = new Client(2L, "Mid", "", new BigDecimal("300"), "EUR", "");
        Client none = new Client(3L, "No revenue", "", null, "", "");
        Client unplaced = new Client(4L, "Unplaced", "", new BigDecimal("100"), "", "");
        Map<Long, Map<Long, Integer>> s = Map.of(
                1L, scores(c, 5, 1),
                2L, scores(c, 5, 1),
                3L, scores(c, 1, 5),
                4L, scores(c, 3, null));
        Matrix m = Scoring.compute(c, List.of(big, mid, none, unplaced), s, ScoringSettings.DEFAULT);
        assertThat(m.currency()).isEqualTo("EUR");
        assertThat(m.totalRevenue()).isEqualByComparingTo("1000");
        Matrix.CellSummary loyalty = m.cell(new Cell(Band.HIGH, Band.LOW));
        assertThat(loyalty.clients()).extracting(p -> p.client().name()).containsExactly("Big", "Mid");
        assertThat(loyalty.revenue()).isEqualByComparingTo("900");
        assertThat(loyalty.share()).isEqualByComparingTo("0.9");
        assertThat(m.cell(new Cell(Band.LOW, Band.HIGH)).clients()).hasSize(1);
        assertThat(m.cell(new Cell(Band.LOW, Band.HIGH)).share()).isEqualByComparingTo("0");
        assertThat(m.notPlaced()).extracting(p -> p.client().name()).containsExactly("Unplaced");
        assertThat(m.cells()).hasSize(9);
        assertThat(m.placement(4L)).isPresent();
        assertThat(m.share(big)).contains(new BigDecimal("0.6000"));
        assertThat(m.share(none)).isEmpty();
        // Big brings 60 %: above the 25 % default
        assertThat(m.concentrated()).extracting(x -> x.placement().client().name()).containsExactly("Big", "Mid");
    }

    @Test
    void theConcentrationWarningIsForMoreThanTheLimitNotForExactlyIt() {
        List<Criterion> c = List.of(a("1"), r("1"));
        List<Client> clients = List.of(
                new Client(1L, "Quarter", "", new BigDecimal("25"), "", ""),
                new Client(2L, "Rest", "", new BigDecimal("75"), "", ""));
        ScoringSettings at25 = ScoringSettings.DEFAULT;
        Matrix m = Scoring.compute(c, clients, Map.of(), at25);
        assertThat(m.concentrated()).extracting(x -> x.placement().client().name()).containsExactly("Rest");
        ScoringSettings at80 = new ScoringSettings(BandLimits.DEFAULT, new BigDecimal("80"), Map.of());
        assertThat(Scoring.compute(c, clients, Map.of(), at80).concentrated()).isEmpty();
        ScoringSettings at24 = new ScoringSettings(BandLimits.DEFAULT, new BigDecimal("24.99"), Map.of());
        assertThat(Scoring.compute(c, clients, Map.of(), at24).concentrated()).hasSize(2);
        // no revenue at all: nothing to warn about
        assertThat(Scoring.compute(c, List.of(Client.draft("A").withId(9L)), Map.of(), at25).concentrated()).isEmpty();
    }

    @Test
    void revenueInAnotherCurrencyIsLeftOutOfTheShares() {
        List<Criterion> c = List.of(a("1"), r("1"));
        List<Client> clients = List.of(
                new Client(1L, "A", "", new BigDecimal("100"), "rub", ""),
                new Client(2L, "B", "", new BigDecimal("100"), "RUB", ""),
                new Client(3L, "C", "", new BigDecimal("5"), "EUR", ""),
                new Client(4L, "D", "", new BigDecimal("50"), "", ""));
        Matrix m = Scoring.compute(c, clients, Map.of(), ScoringSettings.DEFAULT);
        assertThat(m.currency()).isEqualTo("RUB");
        assertThat(m.totalRevenue()).isEqualByComparingTo("250");
        assertThat(m.otherCurrency()).extracting(p -> p.client().name()).containsExactly("C");
        assertThat(m.share(clients.get(2))).isEmpty();
        // ties go to the first code in alphabetical order
        assertThat(Scoring.mainCurrency(List.of(clients.get(0), clients.get(2)))).isEqualTo("EUR");
        assertThat(Scoring.mainCurrency(List.of(clients.get(3)))).isEmpty();
    }

    @Test
    void settingsKeepOnlyRewrittenStrategiesAndCheckTheLimit() {
        ScoringSettings s = new ScoringSettings(BandLimits.DEFAULT, new BigDecimal("30"),
                Map.of(Zone.BUILD_LOYALTY, "  Call them every month.  ", Zone.PROTECT_REVENUE, "   "));
        assertThat(s.strategy(Zone.BUILD_LOYALTY)).contains("Call them every month.");
        assertThat(s.strategy(Zone.PROTECT_REVENUE)).isEmpty();
        assertThat(ScoringSettings.validConcentration(new BigDecimal("0"))).isFalse();
        assertThat(ScoringSettings.validConcentration(new BigDecimal("100"))).isTrue();
        assertThat(ScoringSettings.validConcentration(new BigDecimal("100.01"))).isFalse();
    }
}
