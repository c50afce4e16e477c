package org.pobratim.web.pages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three languages of the pages, each the first segment of a page's path ({@code /sr-Cyrl/city/rs-sabac}) so
 * that a shared link keeps its language.
 */
enum Lang {
    EN("en", "English", Locale.ENGLISH),
    SR_LATN("sr-Latn", "Srpski", Locale.forLanguageTag("sr-Latn")),
    SR_CYRL("sr-Cyrl", "Српски", Locale.forLanguageTag("sr-Cyrl"));

    private final String tag;
    private final String selfName;
    private final Locale locale;

    Lang(String tag, String selfName, Locale locale) {
        this.tag = tag;
        this.selfName = selfName;
        this.locale = locale;
    }

    /** The BCP 47 tag, also the path segment and the {@code lang} attribute. */
    String tag() {
        return tag;
    }

    /** The language's name in itself, for the switch. */
    String selfName() {
        return selfName;
    }

    Locale locale() {
        return locale;
    }

    boolean serbian() {
        return this != EN;
    }

    static Optional<Lang> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The best language for an Accept-Language header: Serbian in Cyrillic only when asked for, else Latin. */
    static Lang preferred(String acceptLanguage) {
        if (acceptLanguage == null) {
            return EN;
        }
        for (String part : acceptLanguage.split(",")) {
            // "fr;q=0.5", but also ";" or "" from a careless client: an empty tag matches nothing
            int semicolon = part.indexOf(';');
            String tag = (semicolon < 0 ? part : part.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
            if (tag.startsWith("sr-cyrl")) {
                return SR_CYRL;
            }
            if (tag.startsWith("sr") || tag.startsWith("hr") || tag.startsWith("bs")) {
                return SR_LATN;
            }
            if (tag.startsWith("en")) {
                return EN;
            }
        }
        return EN;
    }
}
