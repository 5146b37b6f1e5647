package com.scorecardstudio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one number parser, every mode in one table: {@code mode | text | value, or ! when refused |
 * what to type instead, for a refused typed text}. Modes: {@code ru} and {@code en} (typed),
 * {@code plain} (session files, number cells), {@code file} (a file's text cell, column mark unknown),
 * {@code file,} and {@code file.} (the column shows a comma or a point as its decimal mark, which
 * settles only what the value itself cannot: {@code 1,234}).
 * Spaces in the table: {@code ~} is a no-break space, {@code ^} a narrow no-break space.
 */
class LocalNumbersTest {
    private static final LocalNumbers RU = LocalNumbers.of(Locale.forLanguageTag("ru-RU"));
    private static final LocalNumbers EN = LocalNumbers.of(Locale.UK);

    @ParameterizedTest(name = "{0} ''{1}'' → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "", ignoreLeadingAndTrailingWhitespace = false, value = {
        // ---- Russian, typed: a comma before the decimals, any space between thousands
        "ru|1,5|1.5|",
        "ru|0|0|",
        "ru|-3|-3|",
        "ru|−3|-3|",               // the true minus sign, as formatted text pastes it
        "ru|-0,25|-0.25|",
        "ru|1234,5|1234.5|",
        "ru|1~234,5|1234.5|",
        "ru|1^234,5|1234.5|",
        "ru|1 234,5|1234.5|",      // an ordinary space groups too: a space is never a decimal mark
        "ru|12~345 678|12345678|", // mixed spaces look alike and count as one mark
        "ru| 42 |42|",
        "ru|100,0|100|",
        "ru|1,234|1.234|",
        "ru|1.5|!|1,5",
        "ru|1.50|!|1,50",
        "ru|-1.25|!|-1,25",
        "ru|1,234.5|!|1~234,5",
        "ru|1.234,5|!|1~234,5",
        "ru|+5|!|5",
        "ru|1e5|!|100~000",
        "ru|1.234|!|",             // 1,234 or 1 234? no guess
        "ru|12abc|!|",
        "ru|abc|!|",
        "ru|1,5,5|!|",
        "ru|1~23,5|!|",
        "ru|1 23|!|",
        "ru|1  234|!|",
        "ru|,5|!|",
        "ru|1,|!|",
        "ru|--1|!|",
        "ru|5%|!|",
        "ru|1'234|!|1~234",
        // ---- English, typed: a point before the decimals, commas between thousands
        "en|1.5|1.5|",
        "en|1,234.5|1234.5|",
        "en|1234.5|1234.5|",
        "en|-7|-7|",
        "en|1,234,567|1234567|",
        "en|1,234|1234|",
        "en|1,5|!|1.5",
        "en|12,34|!|12.34",
        "en|1 234.5|!|1,234.5",
        "en|1.234,5|!|1,234.5",
        "en|1~234|!|1,234",
        "en|12abc|!|",
        "en|1.2.3|!|",
        "en|.5|!|",
        // ---- plain: session files, number cells, scripts
        "plain|12.5|12.5|",
        "plain|-1234.50|-1234.50|",
        "plain|0|0|",
        "plain|1E+3|1E+3|",
        "plain|1,5|!|",
        "plain|1 234|!|",
        "plain|+1|!|",
        "plain|.5|!|",
        "plain|5.|!|",
        "plain| 5|!|",
        // ---- file, the column's decimal mark unknown
        "file|1,5|1.5|",
        "file|1.5|1.5|",
        "file|1234.50|1234.50|",
        "file|1 234,50|1234.50|",
        "file|1~234~567,50|1234567.50|",
        "file|1234567|1234567|",
        "file|1 234 567|1234567|",
        "file|1.234.567|1234567|",
        "file|1,234,567|1234567|",
        "file|1.234.567,89|1234567.89|",
        "file|1,234,567.89|1234567.89|",
        "file|1'234'567|1234567|",
        "file|-3,25|-3.25|",
        "file|+4|4|",
        "file| 42 |42|",
        "file|1.2E+07|1.2E+7|",
        "file|0,500|0.500|",        // a lone 0 is never a group
        "file|1234,567|1234.567|",  // four digits before: not a group
        "file|1 234,567|1234.567|", // spaces group, so the comma is the decimal mark
        "file|1,234|!|",            // 1234 or 1.234: refused, not guessed
        "file|12.500|!|",
        "file|-1.234|!|",
        "file|12abc|!|",
        "file|1,2,3.4.5|!|",
        "file|1 23|!|",
        "file|1,23,456|!|",
        "file|,5|!|",
        "file|5,|!|",
        "file|--1|!|",
        "file|1 234,5,6|!|",
        "file|€100|!|",
        "file|1.234,5.6|!|",
        "file|1.23.456|!|",
        // ---- file, the column shows its decimal mark
        "file,|1,234|1.234|",
        "file,|1.234|1234|",
        "file,|1,5|1.5|",
        "file.|1,234|1234|",
        "file.|1.234|1.234|",
        "file.|1.234,5|1234.5|",    // the value's own marks say more than the column
    })
    void everyShapeInEveryMode(String mode, String text, String expected, String instead) {
        String t = text.replace('~', '\u00A0').replace('^', '\u202F');
        if (expected.equals("!")) {
            LocalNumbers.NotANumberException e = catchThrowableOfType(LocalNumbers.NotANumberException.class,
                    () -> parse(mode, t));
            assertThat(e).as("refused").isNotNull();
            assertThat(e.suggestion()).isEqualTo(Optional.ofNullable(instead).map(s -> s.replace('~', '\u00A0')));
            if (instead != null) { // what is suggested is read back as typed
                assertThat(catchThrowableOfType(LocalNumbers.NotANumberException.class,
                        () -> parse(mode, e.suggestion().orElseThrow()))).isNull();
            }
        } else {
            assertThat(catchThrowableOfType(LocalNumbers.NotANumberException.class, () -> {
                BigDecimal v = parse(mode, t).orElseThrow();
                assertThat(v).isEqualByComparingTo(expected);
                if (mode.startsWith("file") || mode.equals("plain")) {
                    assertThat(v.scale()).as("the file's decimals are kept").isEqualTo(new BigDecimal(expected).scale());
                }
            })).isNull();
        }
    }

    private static Optional<BigDecimal> parse(String mode, String text) throws LocalNumbers.NotANumberException {
        return switch (mode) {
            case "ru" -> RU.parse(text);
            case "en" -> EN.parse(text);
            case "plain" -> LocalNumbers.parsePlain(text);
            case "file" -> LocalNumbers.parseFile(text);
            case "file," -> LocalNumbers.parseFile(text, ',');
            case "file." -> LocalNumbers.parseFile(text, '.');
            default -> throw new IllegalArgumentException(mode);
        };
    }

    @Test
    void blankIsNoNumberRatherThanAnErrorInEveryMode() throws Exception {
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(RU.parse(blank)).isEmpty();
            assertThat(EN.parse(blank)).isEmpty();
            assertThat(LocalNumbers.parsePlain(blank)).isEmpty();
            assertThat(LocalNumbers.parseFile(blank)).isEmpty();
        }
    }

    @Test
    void typedNumbersLoseNeedlessZerosButNeverBecomeExponents() throws Exception {
        assertThat(RU.parse("100,0").orElseThrow()).hasToString("100");
        assertThat(EN.parse("1,250,000").orElseThrow()).hasToString("1250000");
        assertThat(EN.parse("2.50").orElseThrow()).hasToString("2.5");
    }

    @Test
    void anAmbiguousFileNumberNamesBothReadings() {
        LocalNumbers.AmbiguousNumberException e = catchThrowableOfType(LocalNumbers.AmbiguousNumberException.class,
                () -> LocalNumbers.parseFile("1,234"));
        assertThat(e.grouped()).isEqualByComparingTo("1234");
        assertThat(e.decimals()).isEqualByComparingTo("1.234");
    }

    @Test
    void aColumnShowsItsDecimalMarkOnlyByValuesThatCannotBeReadTwoWays() {
        assertThat(LocalNumbers.fileDecimalMark(List.of("1,234", "12,5", ""))).isEqualTo(',');
        assertThat(LocalNumbers.fileDecimalMark(List.of("1,234", "1.234,5"))).isEqualTo(',');
        assertThat(LocalNumbers.fileDecimalMark(List.of("1,234", "1,234,567"))).isEqualTo('.');
        assertThat(LocalNumbers.fileDecimalMark(List.of("1.234", "99.95"))).isEqualTo('.');
        assertThat(LocalNumbers.fileDecimalMark(List.of("1,234", "1.234", "4", "abc"))).isEqualTo((char) 0);
        assertThat(LocalNumbers.fileDecimalMark(List.of("12,5", "12.5"))).isEqualTo((char) 0); // both: no say
    }

    @Test
    void aShareBesideItsThresholdNeverReadsAsTheThreshold() {
        BigDecimal limit = new BigDecimal("0.25");
        assertThat(EN.percentBeside(new BigDecimal("0.2637"), limit)).isEqualTo("26%");
        assertThat(EN.percentBeside(new BigDecimal("0.2540"), limit)).isEqualTo("25.4%");
        assertThat(RU.percentBeside(new BigDecimal("0.2540"), limit)).isEqualTo("25,4\u00A0%");
        assertThat(EN.percentBeside(new BigDecimal("0.2496"), limit)).isEqualTo("24.96%");
        assertThat(EN.percentBeside(new BigDecimal("0.250001"), limit)).isEqualTo("25.0001%");
        assertThat(EN.percentBeside(new BigDecimal("0.2500001"), limit)).isEqualTo("25.0001%");
        assertThat(EN.percentBeside(new BigDecimal("0.25"), limit)).isEqualTo("25%");
    }

    @Test
    void formatsAsTheLanguageWritesAndParsesItsOwnOutput() throws Exception {
        assertThat(RU.format(new BigDecimal("1234.5"))).isEqualTo("1\u00A0234,5");
        assertThat(EN.format(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
        assertThat(RU.parse(RU.format(new BigDecimal("-98765.4321")))).contains(new BigDecimal("-98765.4321"));
        assertThat(EN.parse(EN.format(new BigDecimal("0.000125")))).contains(new BigDecimal("0.000125"));
        assertThat(RU.example()).isEqualTo("1\u00A0234,5");
        assertThat(EN.format(new BigDecimal("1234567.555"), 2)).isEqualTo("1,234,567.56");
        assertThat(RU.format(new BigDecimal("1234567.5"), 2)).isEqualTo("1\u00A0234\u00A0567,5");
        assertThat(EN.format(null)).isEmpty();
        assertThat(EN.two(new BigDecimal("3.8"))).isEqualTo("3.80");
        assertThat(RU.two(new BigDecimal("3.805"))).isEqualTo("3,81");
        assertThat(EN.percent(new BigDecimal("0.2637"))).isEqualTo("26%");
        assertThat(RU.percent(new BigDecimal("0.2637"))).isEqualTo("26\u00A0%");
        assertThat(LocalNumbers.plain(new BigDecimal("1.2E+3"))).isEqualTo("1200");
        assertThat(LocalNumbers.plain(new BigDecimal("12.500"))).isEqualTo("12.5");
        assertThat(LocalNumbers.plainTwo(new BigDecimal("3.8"))).isEqualTo("3.80");
        assertThat(LocalNumbers.parsePlain(LocalNumbers.plain(new BigDecimal("-0.0001")))).contains(new BigDecimal("-0.0001"));
    }

    @Test
    void oneInstancePerLanguage() {
        assertThat(LocalNumbers.of(Locale.UK)).isSameAs(EN);
        assertThatThrownBy(() -> EN.parse("1,5")).isInstanceOf(LocalNumbers.NotANumberException.class);
    }
}
