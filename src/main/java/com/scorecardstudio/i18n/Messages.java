package com.scorecardstudio.i18n;

import com.scorecardstudio.config.Language;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one language. Every string the user reads comes from here
 * ({@code i18n/messages_en.properties}, {@code i18n/messages_ru.properties}).
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public Messages(Language language) {
        this(language, BUNDLE);
    }

    public Messages(Language language, String bundleName) {
        this.language = language;
        // no fallback to the JVM's default locale: the language is always one we ship
        this.bundle = ResourceBundle.getBundle(bundleName, Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments formatted in this language's locale. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // visible but harmless; the localization test keeps this from shipping
            return "!" + key + "!";
        }
        // always through MessageFormat, so quoting rules (it''s) are the same with and without arguments
        return new MessageFormat(pattern, locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A date as this language writes it (e.g. 22 Nov 2026 / 22 нояб. 2026 г.). */
    public String formatDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** The short numeric date form of this locale, e.g. 22/11/2026 or 22.11.2026. */
    public DateTimeFormatter shortDateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale());
    }
}
