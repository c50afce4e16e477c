package org.pobratim.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.names.NameFolding;

/**
 * Finds atlas cities and gazetteer places by any of their names, however written: script, diacritics and case do
 * not matter, a beginning is enough (autocomplete) and a typo or two is forgiven when nothing matches as typed (the
 * first one or two letters must be right). Ranking: match quality (exact,
 * then whole-name prefix, then word prefixes, then near spellings), then number of ties, then population.
 * Immutable: built with a snapshot of the read side, its gazetteer index kept when only the atlas changes.
 */
public final class NameSearch {
    /** Longest query accepted, in characters. */
    public static final int MAX_QUERY = 200;
    private static final int MAX_WORDS = 8;
    private static final float EXACT = 8;
    private static final float PREFIX = 4;
    private static final float WORD_PREFIXES = 2;
    private static final float NEAR = 1;

    private final SearchIndex cities;
    private final SearchIndex places;
    private final Gazetteer gazetteer;
    /** The city records indexed, and their entries: what a next snapshot's index can keep. */
    private final Map<String, City> indexed;
    private final Map<String, SearchEntry> cityEntries;
    /** GeoNames places that are atlas cities: found as the city, never twice. */
    private final Set<Long> citiesGeonameIds;

    /** Indexes every city of the atlas and every place of the gazetteer (seconds for all of cities1000). */
    public NameSearch(Atlas atlas, Gazetteer gazetteer) {
        this(atlas, gazetteer, new SearchIndex(gazetteer.places().stream().map(SearchEntry::of).toList()));
    }

    private NameSearch(Atlas atlas, Gazetteer gazetteer, SearchIndex places) {
        this(atlas, gazetteer, places, null);
    }

    /** With {@code previous}, the entries of cities that did not change (same record, same ties) are kept. */
    private NameSearch(Atlas atlas, Gazetteer gazetteer, SearchIndex places, NameSearch previous) {
        this.gazetteer = gazetteer;
        this.places = places;
        this.indexed = Map.copyOf(atlas.cities());
        // an atlas city also answers to every spelling GeoNames has for its place ("Nish" for Niš)
        this.cities = new SearchIndex(atlas.cities().values().stream()
                .map(c -> {
                    int ties = atlas.tiesOf(c.id()).size();
                    SearchEntry kept = previous == null || previous.indexed.get(c.id()) != c ? null
                            : previous.cityEntries.get(c.id());
                    return kept != null && kept.ties() == ties ? kept : SearchEntry.of(c, ties,
                            c.geonamesId() == null ? List.of() : gazetteer.place(c.geonamesId())
                                    .map(GazetteerPlace::allNames).orElse(List.of()));
                })
                .toList());
        Map<String, SearchEntry> entries = new HashMap<>();
        this.cities.entries().forEach(e -> entries.put(e.id(), e));
        this.cityEntries = entries;
        Set<Long> ids = new HashSet<>();
        atlas.cities().values().stream().map(City::geonamesId).filter(java.util.Objects::nonNull).forEach(ids::add);
        this.citiesGeonameIds = Set.copyOf(ids);
    }

    /** The search over another atlas snapshot and the same gazetteer: only the atlas's cities are indexed anew. */
    public NameSearch withAtlas(Atlas atlas) {
        return new NameSearch(atlas, gazetteer, places, this);
    }

    /** Thrown for a query that cannot be searched: what is wrong with it, and the limit it broke (if any). */
    public static final class BadQuery extends IllegalArgumentException {
        /** What makes a query unsearchable. */
        public enum Problem { TOO_LONG, NO_LETTERS, TOO_MANY_WORDS }

        private final Problem problem;
        private final int limit;

        BadQuery(Problem problem, int limit, String message) {
            super(message);
            this.problem = problem;
            this.limit = limit;
        }

        public Problem problem() {
            return problem;
        }

        /** The most characters or words a query may have. */
        public int limit() {
            return limit;
        }
    }

    /** The best {@code limit} matches for {@code text}, optionally only in one country (ISO alpha-2). */
    public List<SearchHit> search(String text, int limit, String country) {
        if (text == null || text.length() > MAX_QUERY) {
            throw new BadQuery(BadQuery.Problem.TOO_LONG, MAX_QUERY, "a query has 1 to " + MAX_QUERY + " characters");
        }
        String folded = NameFolding.fold(text);
        if (folded.isEmpty()) {
            throw new BadQuery(BadQuery.Problem.NO_LETTERS, 0, "'" + text + "' has no letters or digits to search for");
        }
        List<String> words = Arrays.asList(folded.split(" "));
        if (words.size() > MAX_WORDS) {
            throw new BadQuery(BadQuery.Problem.TOO_MANY_WORDS, MAX_WORDS, "a query has at most " + MAX_WORDS + " words");
        }
        // typos are looked for only when nothing is spelled so or starts so, one edit before two: cheaper, and no
        // noise under good hits
        List<SearchIndex.Scored> found = find(query(folded, words, country, 0), limit);
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        for (int edits = 1; found.isEmpty() && edits <= maxEdits(longest); edits++) {
            found = find(query(folded, words, country, edits), limit);
        }
        return found.stream()
                .sorted(Comparator.comparingInt((SearchIndex.Scored s) -> -s.score())
                        .thenComparingInt(s -> -s.entry().ties())
                        .thenComparingLong(s -> -s.entry().population()))
                .limit(limit)
                .map(s -> MatchExplainer.explain(s.entry(), text, folded, words, s.score()))
                .toList();
    }

    private List<SearchIndex.Scored> find(Query query, int limit) {
        List<SearchIndex.Scored> found = new ArrayList<>(cities.search(query, limit));
        for (SearchIndex.Scored place : places.search(query, 2 * limit)) {
            long geonameId = Long.parseLong(place.entry().id().substring("geonames:".length()));
            if (!citiesGeonameIds.contains(geonameId)) {
                found.add(place); // the same place as an atlas city is shown once, as the city
            }
        }
        return found;
    }

    /** Edits forgiven in a word of this length: none in short words, one from 4 letters, two from 8. */
    private static int maxEdits(int length) {
        return length >= 8 ? 2 : length >= 4 ? 1 : 0;
    }

    private static Query query(String folded, List<String> words, String country, int typos) {
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        names.add(constant(new TermQuery(new Term(SearchIndex.EXACT, folded)), EXACT), Occur.SHOULD);
        if (folded.length() >= 2) {
            names.add(constant(new PrefixQuery(new Term(SearchIndex.EXACT, folded)), PREFIX), Occur.SHOULD);
        }
        BooleanQuery.Builder allPrefixes = new BooleanQuery.Builder();
        BooleanQuery.Builder allNear = new BooleanQuery.Builder();
        for (String word : words) {
            Query prefix = word.length() >= 2 ? new PrefixQuery(new Term(SearchIndex.WORDS, word))
                    : new TermQuery(new Term(SearchIndex.WORDS, word));
            allPrefixes.add(prefix, Occur.MUST);
            int edits = Math.min(typos, maxEdits(word.length()));
            Query near = edits == 0 ? prefix : new BooleanQuery.Builder()
                    .add(prefix, Occur.SHOULD)
                    .add(new FuzzyQuery(new Term(SearchIndex.WORDS, word), edits, edits), Occur.SHOULD)
                    .build();
            allNear.add(near, Occur.MUST);
        }
        names.add(constant(allPrefixes.build(), WORD_PREFIXES), Occur.SHOULD);
        if (typos > 0) {
            names.add(constant(allNear.build(), NEAR), Occur.SHOULD);
        }
        if (country == null) {
            return names.build();
        }
        return new BooleanQuery.Builder()
                .add(names.build(), Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.COUNTRY, country)), Occur.FILTER)
                .build();
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    /**
     * Names spelled almost like {@code text} (one edit, up to three for long names, over the whole name) among the places of
     * one country: other romanisations and typos, for resolving a name no place has exactly.
     */
    public List<String> nearSpellings(String text, String country, int limit) {
        String folded = NameFolding.fold(text);
        if (folded.length() < 5 || text.length() > MAX_QUERY || folded.split(" ").length > MAX_WORDS) {
            return List.of();
        }
        int allowed = folded.length() >= 12 ? 3 : folded.length() >= 9 ? 2 : 1;
        return search(text, limit, country).stream()
                .filter(hit -> !hit.match().equals("exact"))
                .filter(hit -> MatchExplainer.editDistance(NameFolding.fold(hit.matchedName()), folded) <= allowed)
                .map(SearchHit::matchedName)
                .distinct()
                .toList();
    }
}
