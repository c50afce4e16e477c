package org.pobratim.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps free-text countries and regions to ISO 3166-1 alpha-2 codes: names in English, Serbian (both scripts)
 * and other major languages from the JDK's CLDR data, alpha-2 and alpha-3 codes, and the curated aliases in
 * {@code names/country-aliases.tsv} (parts of the UK, older spellings, historical states, disputed
 * territories — each with its note). A text of several parts ({@code England, United Kingdom},
 * {@code Algarve, Portugal}) resolves part by part.
 */
public final class CountryResolver {
    private static final List<String> LANGUAGES = List.of("en", "sr-Latn", "sr", "de", "fr", "es", "it", "pt", "ru",
            "nl", "pl", "hu", "ro", "bg", "hr", "sl", "cs", "el", "tr");
    private static final String ALIASES = "/names/country-aliases.tsv";

    private final Map<String, Entry> byFoldedName;

    private record Entry(Set<String> codes, String note) {
    }

    private CountryResolver(Map<String, Entry> byFoldedName) {
        this.byFoldedName = Map.copyOf(byFoldedName);
    }

    /** The resolver with the JDK's country names and the bundled aliases. */
    public static CountryResolver standard() {
        Map<String, Entry> names = new HashMap<>();
        try (InputStream in = CountryResolver.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ALIASES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Set<String> codes = new LinkedHashSet<>(Arrays.asList(cells[1].split(",")));
                names.putIfAbsent(key(cells[0]), new Entry(codes, cells.length > 2 ? cells[2] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> countries = new LinkedHashSet<>(Arrays.asList(Locale.getISOCountries()));
        countries.add("XK");
        for (String language : LANGUAGES) {
            Locale in = Locale.forLanguageTag(language);
            for (String code : countries) {
                Locale country = new Locale("", code);
                names.putIfAbsent(key(country.getDisplayCountry(in)), new Entry(Set.of(code), null));
            }
        }
        for (String code : countries) {
            names.putIfAbsent(key(code), new Entry(Set.of(code), null));
            try {
                names.putIfAbsent(key(new Locale("", code).getISO3Country()), new Entry(Set.of(code), null));
            } catch (java.util.MissingResourceException e) {
                // XK has no alpha-3 code in the JDK
            }
        }
        return new CountryResolver(names);
    }

    /**
     * Territories GeoNames files under their own code that lists often write under their state ("Kourou, France").
     */
    private static final Map<String, Set<String>> DEPENDENCIES = Map.of(
            "FR", Set.of("GF", "GP", "MQ", "RE", "YT", "NC", "PF", "PM", "WF", "BL", "MF"),
            "US", Set.of("PR", "GU", "VI", "AS", "MP"),
            "GB", Set.of("GI", "JE", "GG", "IM"),
            "NL", Set.of("AW", "CW", "SX", "BQ"),
            "DK", Set.of("GL", "FO"),
            "FI", Set.of("AX"),
            "NO", Set.of("SJ"),
            "CN", Set.of("HK", "MO"));

    /** The codes with the territories each state's places may lie in ("France" also allows French Guiana). */
    public Set<String> withDependencies(Set<String> codes) {
        Set<String> all = new LinkedHashSet<>(codes);
        codes.forEach(code -> all.addAll(DEPENDENCIES.getOrDefault(code, Set.of())));
        return all;
    }

    /**
     * The countries a text names exactly (no misspellings): for a word that may be a country or something else,
     * like the qualifier of "Porz (Cologne)", where "Cologne" must not be read as a misspelt "Pologne".
     */
    public Optional<CountryMatch> resolveExactly(String text) {
        return resolve(text, false);
    }

    /** The countries a text names, or empty when no part of it is a known country, region or code. */
    public Optional<CountryMatch> resolve(String text) {
        return resolve(text, true);
    }

    private Optional<CountryMatch> resolve(String text, boolean misspelt) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Entry whole = byFoldedName.get(key(text));
        if (whole != null) {
            return Optional.of(new CountryMatch(whole.codes(), describe(text, whole)));
        }
        Set<String> codes = new LinkedHashSet<>();
        StringBuilder how = new StringBuilder();
        for (String part : text.split("[,;/()]|\\s[-–]\\s")) {
            Entry entry = byFoldedName.get(key(part));
            if (entry != null) {
                codes.addAll(entry.codes());
                how.append(how.length() == 0 ? "" : "; ").append(describe(part.strip(), entry));
            }
        }
        if (codes.isEmpty()) {
            return misspelt ? nearSpelling(text) : Optional.empty();
        }
        return Optional.of(new CountryMatch(codes, how.toString()));
    }

    /** A misspelt country ("Kazakhstah", "Japa"): the one known name one edit away, if there is exactly one. */
    private Optional<CountryMatch> nearSpelling(String text) {
        String wanted = key(text);
        if (wanted.length() < 4) {
            return Optional.empty();
        }
        List<Map.Entry<String, Entry>> near = byFoldedName.entrySet().stream()
                .filter(e -> e.getKey().length() >= 4 && Math.abs(e.getKey().length() - wanted.length()) <= 1)
                .filter(e -> oneEditApart(e.getKey(), wanted))
                .toList();
        if (near.stream().map(e -> e.getValue().codes()).distinct().count() != 1) {
            return Optional.empty();
        }
        Entry entry = near.get(0).getValue();
        return Optional.of(new CountryMatch(entry.codes(), "'" + text.strip() + "' read as '" + near.get(0).getKey()
                + "' = " + String.join(",", entry.codes()) + " (misspelt)"));
    }

    private static boolean oneEditApart(String a, String b) {
        if (a.length() < b.length()) {
            return oneEditApart(b, a);
        }
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(Math.min(b.length(), i + 1)));
        }
        return a.substring(i + 1).equals(b.substring(i));
    }

    /** Folded, with "&" read as "and" (CLDR writes "Bosnia & Herzegovina"). */
    private static String key(String name) {
        return NameFolding.fold(name.replace("&", " and "));
    }

    private static String describe(String text, Entry entry) {
        String codes = entry.codes().stream().collect(Collectors.joining(","));
        return "'" + text.strip() + "' = " + codes + (entry.note() == null ? "" : " (" + entry.note() + ")");
    }
}
