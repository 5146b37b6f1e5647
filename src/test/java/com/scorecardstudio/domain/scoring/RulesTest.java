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
    void everyKindOfSpaceCaseAndCompatibilityFormIsOneName() {
        String key = ClientRules.nameKey("Acme Co");
        // no-break, narrow no-break, thin, figure, ideographic, em spaces; tab, line breaks; around and inside
        for (String spaced : List.of("Acme\u00A0Co", "Acme\u202FCo", "Acme\u2009Co", "Acme\u2007Co", "Acme\u3000Co",
                "Acme\u2003Co", "Acme\tCo", "Acme\r\nCo", "Acme\u2028Co", "\u00A0Acme Co\u00A0", "\u3000 Acme \t Co \u202F",
                "ACME CO", "acme co", "Acme\u200B Co", "\uFEFFAcme Co", "Ａｃｍｅ　Ｃｏ", "Acme\u0000Co")) {
            assertThat(ClientRules.nameKey(spaced)).as("%s", spaced.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(key);
        }
        assertThat(ClientRules.nameKey("Straße")).isEqualTo(ClientRules.nameKey("STRASSE"));
        assertThat(ClientRules.nameKey("ОДИССЕЙ")).isEqualTo(ClientRules.nameKey("одиссей"));
        assertThat(ClientRules.nameKey("Cafe\u0301")).as("composed and decomposed accents").isEqualTo(ClientRules.nameKey("Café"));
        assertThat(ClientRules.nameKey("Acme Co")).as("distinct names stay distinct").isNotEqualTo(ClientRules.nameKey("AcmeCo"))
                .isNotEqualTo(ClientRules.nameKey("Acme Co."));
        assertThat(ClientRules.nameKey(null)).isEmpty();
        assertThat(ClientRules.nameKey(" \u00A0\t")).isEmpty();
    }

    @Test
    void aKeyAlwaysFitsItsColumnAndStaysUnique() {
        // U+FDFA expands to 18 letters under compatibility normalisation: 200 of them would not fit
        String a = "\uFDFA".repeat(200);
        String b = "\uFDFA".repeat(199) + "x";
        assertThat(ClientRules.nameKey(a)).hasSizeLessThanOrEqualTo(ClientRules.KEY_LIMIT);
        assertThat(ClientRules.nameKey(b)).hasSizeLessThanOrEqualTo(ClientRules.KEY_LIMIT).isNotEqualTo(ClientRules.nameKey(a));
        assertThat(ClientRules.nameKey("😀".repeat(200))).hasSize(400).isEqualTo("😀".repeat(200));
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
