package com.scorecardstudio.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    private static final Locale EN = Locale.UK;
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,5|1.5", "1.5|1.5", "1234567|1234567", "1 234 567|1234567", "1\u00A0234\u00A0567,50|1234567.50",
        "1.234.567|1234567", "1,234,567|1234567", "1.234.567,89|1234567.89", "1,234,567.89|1234567.89",
        "1'234'567|1234567", "-3,25|-3.25", "4|4", " 42 |42", "1.2E+07|12000000", "0,5|0.5"
    })
    void filesMayUseACommaOrAPoint(String text, String expected) throws Exception {
        assertThat(Decimals.parseFlexible(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12abc", "1,2,3.4.5", "1 23", "1,23,456", ",5", "5,", "--1", "1 234,5,6", "€100", "1.234,5.6", "1.23.456"})
    void malformedNumbersAreRefusedNeverCutShort(String text) {
        assertThatThrownBy(() -> Decimals.parseFlexible(text)).isInstanceOf(Decimals.NotANumberException.class);
    }

    @Test
    void blankIsNoNumber() throws Exception {
        assertThat(Decimals.parseFlexible("  ")).isEmpty();
        assertThat(Decimals.parseLocal("", RU)).isEmpty();
    }

    @Test
    void theAppReadsNumbersAsTheUsersLanguageWritesThem() throws Exception {
        assertThat(Decimals.parseLocal("1,5", RU)).contains(new BigDecimal("1.5"));
        assertThat(Decimals.parseLocal("1 500 000", RU)).contains(new BigDecimal("1500000"));
        assertThat(Decimals.parseLocal("1\u00A0500\u00A0000,25", RU)).contains(new BigDecimal("1500000.25"));
        assertThat(Decimals.parseLocal("1.5", RU)).contains(new BigDecimal("1.5"));
        assertThat(Decimals.parseLocal("1,500,000", EN)).contains(new BigDecimal("1500000"));
        assertThat(Decimals.parseLocal("1,500,000.5", EN)).contains(new BigDecimal("1500000.5"));
        assertThat(Decimals.parseLocal("2.33", EN)).contains(new BigDecimal("2.33"));
        // in English a comma groups thousands: 1,5 is a typing mistake, not 15 and not 1.5
        assertThatThrownBy(() -> Decimals.parseLocal("1,5", EN)).isInstanceOf(Decimals.NotANumberException.class);
        assertThatThrownBy(() -> Decimals.parseLocal("1.234.5", RU)).isInstanceOf(Decimals.NotANumberException.class);
        assertThatThrownBy(() -> Decimals.parseLocal("12abc", RU)).isInstanceOf(Decimals.NotANumberException.class);
    }

    @Test
    void numbersAreShownInTheUsersLanguage() {
        assertThat(Decimals.two(new BigDecimal("3.8"), EN)).isEqualTo("3.80");
        assertThat(Decimals.two(new BigDecimal("3.8"), RU)).isEqualTo("3,80");
        assertThat(Decimals.twoPlain(new BigDecimal("3.8"))).isEqualTo("3.80");
        assertThat(Decimals.format(new BigDecimal("1234567.5"), EN, 2)).isEqualTo("1,234,567.5");
        assertThat(Decimals.format(new BigDecimal("1234567.5"), RU, 2)).isEqualTo("1\u00A0234\u00A0567,5");
        assertThat(Decimals.percent(new BigDecimal("0.2637"), EN)).isEqualTo("26%");
        assertThat(Decimals.percent(new BigDecimal("0.2637"), RU)).isEqualTo("26\u00A0%");
    }
}
