package org.pobratim.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name so that script, diacritics and case do not matter:
 * {@code Šabac}, {@code Шабац}, {@code sabac} and {@code SABAC} all fold to {@code sabac};
 * {@code Inđija} and {@code Indjija} both fold to {@code indjija}.
 */
public final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameFolding() {
    }

    public static String fold(String text) {
        String latin = SerbianScript.toLatin(text).toLowerCase(Locale.ROOT)
                .replace("đ", "dj")
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("ß", "ss")
                .replace("ł", "l");
        String stripped = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(stripped).replaceAll(" ").trim();
    }

    /** A URL-safe slug: folded, words joined by hyphens. */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }
}
