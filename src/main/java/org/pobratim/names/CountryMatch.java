package org.pobratim.names;

import java.util.Set;

/**
 * The countries a free-text country names: usually one ISO 3166-1 alpha-2 code; several for a historical
 * state (Yugoslavia) or a text naming a territory and its state ({@code Réunion, France}). {@code how} says
 * which words matched and any note on a disputed or historical name.
 */
public record CountryMatch(Set<String> codes, String how) {
    public CountryMatch {
        codes = Set.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a country match needs at least one code");
        }
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }
}
