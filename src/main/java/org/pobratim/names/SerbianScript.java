package org.pobratim.names;

import java.util.Map;

/**
 * Serbian Cyrillic and Latin transliteration, by the official one-to-one correspondence of the two alphabets
 * (Љ = Lj, Њ = Nj, Џ = Dž are one letter each). Latin to Cyrillic reads lj, nj and dž as single letters; the
 * rare words where they are two letters (nadživeti) come out wrong, which is why curated Cyrillic wins where
 * it exists.
 */
public final class SerbianScript {
    private static final Map<Character, String> CYRILLIC_TO_LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('ђ', "đ"), Map.entry('е', "e"), Map.entry('ж', "ž"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('ј', "j"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "ć"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "č"),
            Map.entry('џ', "dž"), Map.entry('ш', "š"));

    private static final Map<String, Character> LATIN_TO_CYRILLIC = new java.util.HashMap<>();

    static {
        CYRILLIC_TO_LATIN.forEach((cyrillic, latin) -> LATIN_TO_CYRILLIC.put(latin, cyrillic));
    }

    private SerbianScript() {
    }

    /** Cyrillic form of a Serbian Latin text; characters outside the Serbian alphabet pass through. */
    public static String toCyrillic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int taken = 0;
            if (i + 1 < text.length()) {
                String pair = text.substring(i, i + 2);
                Character letter = LATIN_TO_CYRILLIC.get(pair.toLowerCase(java.util.Locale.ROOT));
                if (letter != null) {
                    out.append(Character.isUpperCase(pair.charAt(0)) ? Character.toUpperCase(letter) : letter);
                    taken = 2;
                }
            }
            if (taken == 0) {
                char c = text.charAt(i);
                Character letter = LATIN_TO_CYRILLIC.get(String.valueOf(Character.toLowerCase(c)));
                out.append(letter == null ? c : Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter);
                taken = 1;
            }
            i += taken;
        }
        return out.toString();
    }

    /** True when the text has at least one Cyrillic letter. */
    public static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Latin form of a Serbian Cyrillic text; characters outside the Serbian alphabet pass through. */
    public static String toLatin(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = CYRILLIC_TO_LATIN.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c == lower) {
                out.append(latin);
            } else {
                boolean nextIsUpper = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
                out.append(Character.toUpperCase(latin.charAt(0)));
                // "Љубљана" -> "Ljubljana", but "ЉУБЉАНА" -> "LJUBLJANA"
                out.append(nextIsUpper ? latin.substring(1).toUpperCase(java.util.Locale.ROOT) : latin.substring(1));
            }
        }
        return out.toString();
    }
}
