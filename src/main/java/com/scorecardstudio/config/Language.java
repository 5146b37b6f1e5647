package com.scorecardstudio.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the app speaks. Everything user-visible exists in each of them. */
public enum Language {
    EN("en", Locale.UK),
    RU("ru", Locale.forLanguageTag("ru-RU"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    /** The locale for formatting dates and numbers. */
    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }

    /** Russian for a Russian-speaking OS, English otherwise. */
    public static Language forLocale(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? RU : EN;
    }
}
