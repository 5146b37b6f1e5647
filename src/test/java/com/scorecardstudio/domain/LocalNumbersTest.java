package com.scorecardstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers typed in each language: the whole text must be a number; nothing is silently cut. */
class LocalNumbersTest {
    private final LocalNumbers ru = new LocalNumbers(Locale.forLanguageTag("ru-RU"));
    private final LocalNumbers en = new LocalNumbers(Locale.UK);

    @ParameterizedTest(name = "ru ''{0}'' = {1}")
    @CsvSource(delimiter = '|', value = {
        "1,5|1.5",
        "0|0",
        "-3|-3",
        "-0,25|-0.25",
        "1234,5|1234.5",
        "1\u00A0234,5|1234.5",
        "1\u202F234,5|1234.5",
        "12\u00A0345\u00A0678|12345678",
        " 42 |42",
        "100,0|100",
    })
    void russianAccepts(String text, String expected) throws Exception {
        assertThat(ru.parse(text)).contains(new BigDecimal(expected).stripTrailingZeros());
    }

    @ParameterizedTest(name = "ru rejects ''{0}''")
    @ValueSource(strings = {"1.5", "1 234,5", "12abc", "abc", "1,5,5", "1\u00A023,5", ",5", "1,", "--1", "1e5", "5%"})
    void russianRejects(String text) {
        assertThatThrownBy(() -> ru.parse(text)).isInstanceOf(LocalNumbers.NotANumberException.class);
    }

    @ParameterizedTest(name = "en ''{0}'' = {1}")
    @CsvSource(delimiter = '|', value = {"1.5|1.5", "1,234.5|1234.5", "1234.5|1234.5", "-7|-7", "1,234,567|1234567"})
    void englishAccepts(String text, String expected) throws Exception {
        assertThat(en.parse(text)).contains(new BigDecimal(expected).stripTrailingZeros());
    }

    @ParameterizedTest(name = "en rejects ''{0}''")
    @ValueSource(strings = {"1,5", "12abc", "1.2.3", "1 234.5", "12,34"})
    void englishRejects(String text) {
        assertThatThrownBy(() -> en.parse(text)).isInstanceOf(LocalNumbers.NotANumberException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoNumberRatherThanAnError(String text) throws Exception {
        assertThat(ru.parse(text)).isEmpty();
        assertThat(en.parse(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void formatsAsTheLanguageWritesAndParsesItsOwnOutput() throws Exception {
        assertThat(ru.format(new BigDecimal("1234.5"))).isEqualTo("1\u00A0234,5");
        assertThat(en.format(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(ru.parse(ru.format(new BigDecimal("-98765.4321")))).contains(new BigDecimal("-98765.4321"));
        assertThat(en.parse(en.format(new BigDecimal("0.000125")))).contains(new BigDecimal("0.000125"));
    }
}
