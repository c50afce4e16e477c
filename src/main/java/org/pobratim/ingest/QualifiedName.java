package org.pobratim.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place name as lists write it, taken apart: {@code Zemun (Belgrade)} is Zemun qualified by Belgrade,
 * {@code Coventry, Connecticut} is Coventry qualified by Connecticut, {@code Amberg-Sulzbach (district)} is
 * Amberg-Sulzbach with a kind word that makes it a region ({@link #region()}: not a town, so never placed on a
 * town's point). {@link #variants()} are the spellings worth looking up, best first.
 */
public record QualifiedName(String base, List<String> qualifiers, List<String> variants, boolean region) {
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");
    private static final Pattern SAINT = Pattern.compile("(Saint|Sainte|St\\.?|Ste\\.?|Sankt)([ -])");
    private static final Pattern CONNECTORS = Pattern.compile(
            "\\s+(an der|an|am|in der|im|ob der|bei|upon|on|sur|sous|del|de la|de los|de las)\\s+\\p{Lu}"
                    + "|-(sur|sous|lès|les|en|le|la)-");
    private static final Pattern MERGED = Pattern.compile("(\\p{Lu}[\\p{L} ]{3,}?)\\s*[-–]\\s*(\\p{Lu}\\p{L}{3,})");
    /** Words that say a name is a town (and so say nothing about where). */
    private static final Set<String> TOWN_WORDS = Set.of("city", "town", "village", "municipality", "commune",
            "gemeinde", "opstina", "grad", "urban", "rural", "township");
    /** Words that say a name is a district or region, not a town: such a name is not placed on a town's point. */
    private static final Set<String> REGION_WORDS = Set.of("district", "county", "region", "province", "prefecture",
            "state", "samtgemeinde", "verbandsgemeinde", "landkreis", "kreis", "communaute", "agglomeration",
            "metropolitan", "department", "canton", "oblast", "raion", "rayon", "voivodeship", "powiat", "parish",
            "borough", "okrug");

    /**
     * Only the name, without its qualifiers ({@code Zemun (Belgrade)} gives {@code Zemun}, {@code Coventry,
     * Connecticut} gives {@code Coventry}): the {@link #base} of {@link #parse}, without the work of the variants.
     */
    public static String baseOf(String text) {
        String name = withoutParentheses(text.strip());
        int comma = name.indexOf(',');
        return comma > 0 ? name.substring(0, comma).strip() : name;
    }

    private static String withoutParentheses(String name) {
        return PARENTHESES.matcher(name).replaceAll(" ").strip();
    }

    static QualifiedName parse(String text) {
        String name = text.strip();
        List<String> qualifiers = new ArrayList<>();
        boolean region = false;
        Matcher m = PARENTHESES.matcher(name);
        while (m.find()) {
            String q = m.group(1).strip();
            region |= REGION_WORDS.contains(org.pobratim.names.NameFolding.fold(q));
            if (!q.isEmpty() && !isKindWord(q)) {
                qualifiers.add(q);
            }
        }
        name = withoutParentheses(name);
        int comma = name.indexOf(',');
        if (comma > 0) {
            String after = name.substring(comma + 1).strip();
            if (!after.isEmpty() && !isKindWord(after)) {
                qualifiers.add(after);
            }
            name = name.substring(0, comma).strip();
        }
        List<String> variants = new ArrayList<>();
        variants.add(name);
        if (!text.strip().equals(name)) {
            variants.add(text.strip()); // GeoNames itself may name it so: "Halle (Saale)"
        }
        // "Vienna 1 – Innere Stadt", "Broadstairs and St Peter's": the parts are names too
        for (String separator : List.of(" – ", " - ", " — ", " and ", " & ", "/")) {
            int at = name.indexOf(separator);
            if (at > 0) {
                String first = name.substring(0, at).strip().replaceAll("\\s+\\d+$", "");
                String second = name.substring(at + separator.length()).strip();
                if (separator.startsWith(" \u2013") || separator.startsWith(" \u2014")) {
                    // "Belgrade – Zemun", "Budapest V – Terézváros": a city, then its district: the district first
                    variants.add(second);
                    variants.add(first);
                } else {
                    variants.add(first);
                    variants.add(second);
                }
            }
        }
        // "Erbach an der Donau", "Herblay-sur-Seine": the town is often filed under its short name
        Matcher connector = CONNECTORS.matcher(name);
        if (connector.find() && connector.start() > 0) {
            variants.add(name.substring(0, connector.start()).strip());
        }
        // merged municipalities: "Geldrop-Mierlo", "Saalbach-Hinterglemm", "Gorenja Vas–Poljane"
        Matcher merged = MERGED.matcher(name);
        if (merged.matches()) {
            variants.add(merged.group(1));
            variants.add(merged.group(2));
        }
        // "St. Ives" = "Saint Ives", "Sankt Pölten" = "St. Pölten"
        Matcher saint = SAINT.matcher(name);
        if (saint.lookingAt()) {
            String rest = name.substring(saint.end());
            String separator = saint.group(2);
            for (String form : List.of("Saint", "St.", "St", "Sankt", "Sainte", "Ste")) {
                variants.add(form + separator + rest);
            }
        }
        for (String word : org.pobratim.names.NameFolding.fold(name).split(" ")) {
            region |= REGION_WORDS.contains(word);
        }
        String withoutKind = stripKindWords(name);
        if (!withoutKind.equals(name) && !withoutKind.isEmpty()) {
            variants.add(withoutKind);
        }
        return new QualifiedName(name, List.copyOf(qualifiers),
                variants.stream().filter(v -> !v.isBlank()).distinct().toList(), region);
    }

    private static boolean isKindWord(String text) {
        String folded = org.pobratim.names.NameFolding.fold(text);
        return TOWN_WORDS.contains(folded) || REGION_WORDS.contains(folded);
    }

    /** "County Fingal" -> "Fingal", "Kauai County" -> "Kauai". */
    private static String stripKindWords(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        words.removeIf(w -> isKindWord(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("of"));
        return String.join(" ", words);
    }
}
