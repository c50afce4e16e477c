package org.pobratim.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The country-level twin network: the countries are the nodes, and two countries are joined by an edge weighted
 * by the number of ties between their cities. Ties within one country are counted apart ({@code domestic}), not as
 * loops, so that a country's strength is its ties abroad. Built from a city graph and a node's country, so that it
 * is the same for the atlas's network and for an external pairs list.
 *
 * @param countries the countries with at least one tie
 * @param pairs     the country pairs with at least one tie between them
 * @param ties      every tie of the city graph
 * @param domestic  the ties between two cities of one country
 * @param density   pairs ÷ the pairs possible among these countries (0 with fewer than two)
 * @param strongest the country pairs with most ties, most first (ties of equal weight by the codes)
 * @param ranked    the countries by ties abroad, most first (then by partner countries, then code)
 */
public record CountryNetwork(int countries, int pairs, long ties, long domestic, double density,
                             List<Pair> strongest, List<Country> ranked) {
    /** Two countries (in code order) and the ties between them. */
    public record Pair(String a, String b, int ties) {
    }

    /**
     * A country: its ties abroad (strength, the weighted degree), the countries it has them with, and its ties at
     * home.
     */
    public record Country(String code, int tiesAbroad, int partnerCountries, int domestic) {
    }

    /** How many pairs and countries the atlas's country networks list (the API's largest limit). */
    public static final int LISTED = 200;

    public CountryNetwork {
        strongest = List.copyOf(strongest);
        ranked = List.copyOf(ranked);
    }

    /**
     * The country network of {@code g}, a node's country by {@code countryOf} (a node without one is left out, with
     * its ties), listing at most {@code limit} pairs and countries.
     */
    public static CountryNetwork of(Graph g, Function<String, String> countryOf, int limit) {
        String[] country = new String[g.nodes()];
        for (int u = 0; u < g.nodes(); u++) {
            country[u] = countryOf.apply(g.id(u));
        }
        Map<String, Map<String, Integer>> weights = new TreeMap<>();
        Map<String, Integer> home = new HashMap<>();
        long ties = 0;
        long domestic = 0;
        int[] adjacency = g.adjacency();
        for (int u = 0; u < g.nodes(); u++) {
            for (int i = g.start(u); i < g.end(u); i++) {
                int v = adjacency[i];
                if (v <= u || country[u] == null || country[v] == null) {
                    continue;
                }
                ties++;
                if (country[u].equals(country[v])) {
                    domestic++;
                    home.merge(country[u], 1, Integer::sum);
                } else {
                    add(weights, country[u], country[v]);
                    add(weights, country[v], country[u]);
                }
                weights.computeIfAbsent(country[u], k -> new TreeMap<>());
                weights.computeIfAbsent(country[v], k -> new TreeMap<>());
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<Country> ranked = new ArrayList<>();
        weights.forEach((code, partners) -> {
            int abroad = 0;
            for (Map.Entry<String, Integer> e : partners.entrySet()) {
                abroad += e.getValue();
                if (code.compareTo(e.getKey()) < 0) {
                    pairs.add(new Pair(code, e.getKey(), e.getValue()));
                }
            }
            ranked.add(new Country(code, abroad, partners.size(), home.getOrDefault(code, 0)));
        });
        int n = weights.size();
        double density = n < 2 ? 0 : pairs.size() / (n * (n - 1) / 2.0);
        int pairCount = pairs.size();
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.ties()).thenComparing(Pair::a).thenComparing(Pair::b));
        ranked.sort(Comparator.comparingInt((Country c) -> -c.tiesAbroad())
                .thenComparingInt(c -> -c.partnerCountries()).thenComparing(Country::code));
        return new CountryNetwork(n, pairCount, ties, domestic, density,
                pairs.subList(0, Math.min(limit, pairs.size())), ranked.subList(0, Math.min(limit, ranked.size())));
    }

    /** The country of a pairs list's node, "city|country" as {@code EdgeLists.pairs} writes it. */
    public static String pairsCountry(String node) {
        int bar = Objects.requireNonNull(node).lastIndexOf('|');
        return bar < 0 || bar == node.length() - 1 ? null : node.substring(bar + 1);
    }

    private static void add(Map<String, Map<String, Integer>> weights, String from, String to) {
        weights.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1, Integer::sum);
    }
}
