package com.scorecardstudio.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.domain.scoring.ClientRules.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTest {
    @Test
    void aClientNeedsANameAndSaneValues() {
        assertThat(ClientRules.check(new Client(null, "Acme", "", BigDecimal.TEN, "eur", ""))).isEmpty();
        assertThat(ClientRules.check(Client.draft("   "))).extracting(ClientRules.Problem::field).containsExactly(Field.NAME);
        assertThat(ClientRules.check(new Client(null, "A", "", new BigDecimal("-1"), "", "")))
                .extracting(ClientRules.Problem::kind).containsExactly(ClientRules.Problem.Kind.OUT_OF_RANGE);
        assertThat(ClientRules.check(new Client(null, "A".repeat(201), "", null, "EURO-DOLLAR", "")))
                .extracting(ClientRules.Problem::field).containsExactly(Field.NAME, Field.CURRENCY);
        assertThat(new Client(null, "A", "", new BigDecimal("1.005"), " usd ", "").revenue()).isEqualByComparingTo("1.01");
        assertThat(new Client(null, "A", "", null, " usd ", "").currency()).isEqualTo("USD");
    }

    @Test
    void namesCompareIgnoringCaseAndSpacing() {
        assertThat(ClientRules.nameKey("  Acme   Corp ")).isEqualTo("acme corp");
        assertThat(ClientRules.nameKey("СК «Северный Щит»")).isEqualTo(ClientRules.nameKey("ск «северный щит»"));
    }

    @Test
    void criteriaNeedBothAxesValidKeysAndWeights() {
        assertThat(CriteriaRules.check(DefaultCriteria.create())).isEmpty();
        List<Criterion> only = DefaultCriteria.create().stream().filter(c -> c.axis() == Axis.ATTRACTIVENESS).toList();
        assertThat(CriteriaRules.check(only)).extracting(CriteriaRules.Problem::kind)
                .containsExactly(CriteriaRules.Problem.Kind.AXIS_EMPTY);
        List<Criterion> bad = new ArrayList<>(DefaultCriteria.create());
        bad.add(new Criterion(null, Axis.RELATIONSHIP, "Bad Key", "X", BigDecimal.ONE));
        bad.add(new Criterion(null, Axis.RELATIONSHIP, "margin", "Y", BigDecimal.ONE));
        bad.add(new Criterion(null, Axis.RELATIONSHIP, "w0", "Z", BigDecimal.ZERO));
        bad.add(new Criterion(null, Axis.RELATIONSHIP, "w3", "Z", new BigDecimal("1.005")));
        bad.add(new Criterion(null, Axis.RELATIONSHIP, "custom", "", BigDecimal.ONE));
        assertThat(CriteriaRules.check(bad)).extracting(CriteriaRules.Problem::kind).containsExactly(
                CriteriaRules.Problem.Kind.BAD_KEY, CriteriaRules.Problem.Kind.DUPLICATE_KEY,
                CriteriaRules.Problem.Kind.BAD_WEIGHT, CriteriaRules.Problem.Kind.BAD_WEIGHT,
                CriteriaRules.Problem.Kind.NAME_REQUIRED);
    }

    @Test
    void keysAreSuggestedFromNamesInEitherLanguage() {
        assertThat(CriteriaRules.suggestKey("Share of wallet (%)", Set.of())).isEqualTo("share_of_wallet");
        assertThat(CriteriaRules.suggestKey("Доля в бюджете", Set.of())).isEqualTo("dolya_v_byudzhete");
        assertThat(CriteriaRules.suggestKey("Margin", Set.of("margin", "margin_2"))).isEqualTo("margin_3");
        assertThat(CriteriaRules.suggestKey("2024 growth", Set.of())).isEqualTo("criterion_2024_growth");
        assertThat(CriteriaRules.suggestKey("???", Set.of())).isEqualTo("criterion");
        assertThat(CriteriaRules.validKey(CriteriaRules.suggestKey("x".repeat(80), Set.of()))).isTrue();
    }

    @Test
    void defaultCriteriaAreTheTenOfTheIssueWithEqualWeights() {
        List<Criterion> d = DefaultCriteria.create();
        assertThat(d).hasSize(10);
        assertThat(d).extracting(Criterion::key).containsExactly("revenue_potential", "margin", "growth_potential",
                "strategic_fit", "payment_discipline", "tenure", "share_of_wallet", "access_to_decision_makers",
                "satisfaction", "breadth_of_services");
        assertThat(d).allSatisfy(c -> assertThat(c.weight()).isEqualByComparingTo("1"));
    }
}
