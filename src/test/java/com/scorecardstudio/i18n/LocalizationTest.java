package com.scorecardstudio.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.config.Language;
import com.scorecardstudio.demo.DemoSession;
import com.scorecardstudio.domain.Stage;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text exists in every language, and every pattern can be formatted. */
class LocalizationTest {
    private static Set<String> keys(String bundle, Language l) {
        return new TreeSet<>(Collections.list(new Messages(l, bundle).bundle().getKeys()));
    }

    @ParameterizedTest
    @ValueSource(strings = {Messages.BUNDLE, DemoSession.BUNDLE})
    void bothLanguagesHaveTheSameKeys(String bundle) {
        Set<String> en = keys(bundle, Language.EN);
        Set<String> ru = keys(bundle, Language.RU);
        Set<String> missingInRu = new TreeSet<>(en);
        missingInRu.removeAll(ru);
        Set<String> missingInEn = new TreeSet<>(ru);
        missingInEn.removeAll(en);
        assertThat(missingInRu).as("keys missing in Russian").isEmpty();
        assertThat(missingInEn).as("keys missing in English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Messages.BUNDLE, DemoSession.BUNDLE})
    void everyPatternIsValidAndNothingIsLeftUntranslated(String bundle) {
        for (Language l : Language.values()) {
            ResourceBundle b = new Messages(l, bundle).bundle();
            for (String key : Collections.list(b.getKeys())) {
                String value = b.getString(key);
                if (!key.startsWith("usage.")) {
                    assertThat(value).as(l + " " + key).isNotBlank();
                }
                assertThat(new MessageFormat(value, l.locale()).format(new Object[] {1, 2, 3})).as(l + " " + key).isNotNull();
                // every text goes through MessageFormat, where a lone ' starts a quote and vanishes ("client's" → "clients")
                assertThat(value.replace("''", "")).as(l + " " + key).doesNotContain("'");
            }
        }
        Set<String> ru = keys(bundle, Language.RU);
        ResourceBundle en = new Messages(Language.EN, bundle).bundle();
        ResourceBundle rb = new Messages(Language.RU, bundle).bundle();
        long same = ru.stream().filter(k -> !k.startsWith("usage.") && !k.startsWith("language.") && !k.equals("app.name"))
                .filter(k -> en.getString(k).equals(rb.getString(k)) && en.getString(k).matches(".*[a-zA-Z]{4,}.*")).count();
        assertThat(same).as("Russian texts identical to English").isZero();
    }

    @Test
    void everyStageAndFocusAreaHasANameInBothLanguages() {
        for (Language l : Language.values()) {
            Messages m = new Messages(l);
            for (Stage s : Stage.values()) {
                assertThat(m.has("stage." + s.key())).isTrue();
                assertThat(m.has("stage." + s.key() + ".full")).isTrue();
                s.areas().forEach(a -> assertThat(m.has("area." + s.key() + "." + a)).as(a).isTrue());
            }
        }
    }

    @Test
    void datesAndCountsFollowTheLanguage() {
        var date = java.time.LocalDate.of(2026, 11, 22);
        assertThat(new Messages(Language.EN).formatDate(date)).isEqualTo("22 Nov 2026");
        assertThat(new Messages(Language.RU).formatDate(date)).contains("нояб").contains("2026");
        assertThat(new Messages(Language.RU).get("home.count", 3)).isEqualTo("3 сессии");
        assertThat(new Messages(Language.RU).get("home.count", 5)).isEqualTo("5 сессий");
        assertThat(new Messages(Language.EN).get("home.count", 1)).isEqualTo("1 session");
        assertThat(new Messages(Language.EN).get("home.empty.text")).contains("client's");
    }
}
