package org.pobratim.explain;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which countries share a land border: unordered pairs of ISO 3166-1 alpha-2 codes. The atlas derives them from the
 * bundled Natural Earth shapes (two countries whose outlines share an arc share a border); {@link #NONE} knows none.
 */
public record Borders(Set<String> pairs) {
    public static final Borders NONE = new Borders(Set.of());

    public Borders {
        pairs = Set.copyOf(pairs);
    }

    /** Borders from pairs of codes, in either order. */
    public static Borders of(Iterable<String[]> pairs) {
        Set<String> keys = new TreeSet<>();
        for (String[] pair : pairs) {
            if (!pair[0].equals(pair[1])) {
                keys.add(key(pair[0], pair[1]));
            }
        }
        return new Borders(keys);
    }

    public boolean neighbours(String one, String other) {
        return pairs.contains(key(one, other));
    }

    /** The countries that border this one, in code order. */
    public Set<String> of(String country) {
        Set<String> found = new TreeSet<>();
        for (String pair : pairs) {
            String[] codes = pair.split("-");
            if (codes[0].equals(country)) {
                found.add(codes[1]);
            } else if (codes[1].equals(country)) {
                found.add(codes[0]);
            }
        }
        return found;
    }

    private static String key(String one, String other) {
        return one.compareTo(other) <= 0 ? one + "-" + other : other + "-" + one;
    }
}
