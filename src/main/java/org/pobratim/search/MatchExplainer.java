package org.pobratim.search;

import java.util.List;
import org.pobratim.names.SerbianScript;

/** Says which name of an entry matched a query, and how: exact, prefix, word or fuzzy. */
final class MatchExplainer {
    private MatchExplainer() {
    }

    static SearchHit explain(SearchEntry entry, String query, String folded, List<String> words, int score) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        boolean cyrillicQuery = SerbianScript.isCyrillic(query);
        for (int i = 0; i < entry.names().size(); i++) {
            String name = entry.names().get(i);
            // among equally good names, the one in the script the query was typed in
            int rank = 2 * rank(entry.foldedNames().get(i), folded, words)
                    + (SerbianScript.isCyrillic(name) == cyrillicQuery ? 0 : 1);
            if (rank < bestRank) {
                best = name;
                bestRank = rank;
            }
        }
        String how = switch (bestRank / 2) {
            case 0 -> "exact";
            case 1 -> "prefix";
            case 2 -> "word";
            default -> "fuzzy";
        };
        return new SearchHit(entry, best == null ? entry.name() : best, how, score);
    }

    /** 0 exact, 1 prefix of the whole name, 2 every query word starts a word of the name, 3 near spelling. */
    private static int rank(String name, String folded, List<String> words) {
        if (name.equals(folded)) {
            return 0;
        }
        if (name.startsWith(folded)) {
            return 1;
        }
        List<String> nameWords = List.of(name.split(" "));
        if (words.stream().allMatch(w -> nameWords.stream().anyMatch(n -> n.startsWith(w)))) {
            return 2;
        }
        int distance = words.stream().mapToInt(w -> nameWords.stream().mapToInt(n -> editDistance(n, w)).min()
                .orElse(Integer.MAX_VALUE)).sum();
        return 3 + distance;
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
