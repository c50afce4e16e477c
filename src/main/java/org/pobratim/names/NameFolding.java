package org.pobratim.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name so that script, diacritics and case do not matter:
 * {@code Šabac}, {@code Шабац}, {@code sabac} and {@code SABAC} all fold to {@code sabac};
 * {@code Inđija} and {@code Indjija} both fold to {@code indjija}. Serbian Cyrillic is transliterated by the
 * Serbian alphabet; other scripts (Greek, Russian, Arabic, ...) by ICU's Any-Latin. Punctuation becomes single
 * spaces.
 */
public final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Apostrophes join a word rather than split it: Gao'an = Gao’an = Gaoan, Akhalts’ikhe = Akhaltsikhe. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´ʻ]");
    /** ICU transliterators are not thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameFolding() {
    }

    public static String fold(String text) {
        String latin = SerbianScript.toLatin(text);
        if (!isLatin(latin)) {
            latin = TO_LATIN.get().transliterate(latin.replace("đ", "dj").replace("Đ", "Dj"));
        }
        latin = latin.toLowerCase(Locale.ROOT)
                .replace("đ", "dj")
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ß", "ss")
                .replace("ł", "l")
                .replace("ı", "i");
        String stripped = MARKS.matcher(Normalizer.normalize(APOSTROPHES.matcher(latin).replaceAll(""),
                Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(stripped).replaceAll(" ").trim();
    }

    /** True when every letter is in the Latin script (digits and punctuation do not count). */
    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is left of a folded name when the usual differences between romanisations are removed (h, y/i/j, w/v,
     * kh/h, yo/e, doubled letters): Mytischi and Mytishchi, Zaporizhia and Zaporizhzhya, Zhukovsky and Zhukovskiy,
     * Cheryomushki and Cherëmushki agree.
     */
    public static String skeleton(String text) {
        String folded = fold(text).replace("kh", "h").replace("h", "").replace('y', 'i').replace('j', 'i').replace('w', 'v')
                .replace("ck", "k").replace(" ", "").replace("io", "e"); // Russian ё: yo, io or e
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            if (i == 0 || folded.charAt(i) != folded.charAt(i - 1)) {
                out.append(folded.charAt(i));
            }
        }
        return out.toString();
    }

    /** A URL-safe slug: folded, words joined by hyphens. */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }
}
