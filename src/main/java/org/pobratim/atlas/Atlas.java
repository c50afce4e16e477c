package org.pobratim.atlas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.pobratim.names.NameFolding;

/**
 * The read model: an immutable snapshot of every source, city and tie, with the indexes reads need.
 * Built once from the store after each committed write and then shared by all readers without locks.
 */
public final class Atlas {
    private static final Comparator<Tie> BY_ESTABLISHED = Comparator.comparing(Tie::established).thenComparing(Tie::id);

    private final long version;
    private final Map<String, Source> sources;
    private final Map<String, City> cities;
    private final Map<String, Tie> ties;
    private final Map<String, List<Tie>> tiesByCity;
    private final Map<String, List<String>> foldedNames;
    private final List<City> citiesByName;
    private final List<Tie> tiesByEstablished;
    private final Map<String, String> sortKeys;
    private final Map<String, List<City>> citiesByFoldedName;
    private final Map<String, List<City>> settlementsByUnit;
    private final Map<String, SourceTier> tierByTie;
    private final Map<Long, City> citiesByGeonames;
    private final Map<String, City> citiesByWikidata;

    private final List<ImportFinding> findings;

    public Atlas(long version, Collection<Source> sources, Collection<City> cities, Collection<Tie> ties) {
        this(version, sources, cities, ties, List.of());
    }

    /** With what imports of lists could not take in (see {@link ImportFinding}). */
    public Atlas(long version, Collection<Source> sources, Collection<City> cities, Collection<Tie> ties,
                 List<ImportFinding> findings) {
        this(version, sources, cities, ties, findings, (Atlas) null);
    }

    /**
     * The next snapshot after a write: like the full constructor, but the names of every city that is the same
     * record as in {@code previous} are not folded again (folding is most of the cost at world scale).
     */
    public static Atlas next(Atlas previous, long version, Collection<Source> sources, Collection<City> cities,
                             Collection<Tie> ties, List<ImportFinding> findings) {
        return new Atlas(version, sources, cities, ties, findings, previous);
    }

    private Atlas(long version, Collection<Source> sources, Collection<City> cities, Collection<Tie> ties,
                  List<ImportFinding> findings, Atlas previous) {
        this.version = version;
        this.findings = List.copyOf(findings);
        this.sources = indexBy(sources, Source::id);
        this.cities = indexBy(cities, City::id);
        this.ties = indexBy(ties, Tie::id);
        Map<String, List<Tie>> byCity = new HashMap<>();
        List<Tie> ordered = ties.stream().sorted(BY_ESTABLISHED).toList();
        for (Tie tie : ordered) {
            byCity.computeIfAbsent(tie.cityA(), k -> new ArrayList<>()).add(tie);
            byCity.computeIfAbsent(tie.cityB(), k -> new ArrayList<>()).add(tie);
        }
        byCity.replaceAll((k, v) -> List.copyOf(v));
        this.tiesByCity = Map.copyOf(byCity);
        this.tiesByEstablished = ordered;
        Map<String, List<String>> folded = new HashMap<>();
        for (City city : cities) {
            if (previous != null && previous.cities.get(city.id()) == city) {
                folded.put(city.id(), previous.foldedNames.get(city.id()));
                continue;
            }
            List<String> names = new ArrayList<>();
            city.names().values().forEach(n -> names.add(NameFolding.fold(n)));
            city.alternates().forEach(n -> names.add(NameFolding.fold(n)));
            folded.put(city.id(), names.stream().distinct().toList());
        }
        this.foldedNames = Map.copyOf(folded);
        Map<String, List<City>> byName = new HashMap<>();
        Map<String, List<City>> settlements = new HashMap<>();
        for (City city : this.cities.values()) {
            folded.get(city.id()).forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(city));
            if (city.admin() != null && city.admin().parent() != null) {
                settlements.computeIfAbsent(city.admin().parent(), k -> new ArrayList<>()).add(city);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        settlements.replaceAll((k, v) -> List.copyOf(v));
        this.citiesByFoldedName = Map.copyOf(byName);
        Map<Long, City> byGeonames = new HashMap<>();
        Map<String, City> byWikidata = new HashMap<>();
        for (City city : this.cities.values()) {
            if (city.geonamesId() != null) {
                byGeonames.putIfAbsent(city.geonamesId(), city);
            }
            if (city.wikidataId() != null) {
                byWikidata.putIfAbsent(city.wikidataId(), city);
            }
        }
        this.citiesByGeonames = Map.copyOf(byGeonames);
        this.citiesByWikidata = Map.copyOf(byWikidata);
        this.settlementsByUnit = Map.copyOf(settlements);
        Map<String, SourceTier> tiers = new HashMap<>();
        for (Tie tie : ties) {
            tiers.put(tie.id(), bestTier(tie));
        }
        this.tierByTie = Map.copyOf(tiers);
        // each name folded once (not once per comparison), and not at all for a city the previous snapshot sorted
        Map<String, String> sortKeys = new HashMap<>();
        for (City city : cities) {
            boolean same = previous != null && previous.cities.get(city.id()) == city;
            sortKeys.put(city.id(), same ? previous.sortKeys.get(city.id()) : NameFolding.fold(city.displayName()));
        }
        this.sortKeys = sortKeys;
        this.citiesByName = cities.stream()
                .sorted(Comparator.comparing((City c) -> sortKeys.get(c.id())).thenComparing(City::id))
                .toList();
    }

    private SourceTier bestTier(Tie tie) {
        SourceTier best = SourceTier.LISTING;
        for (String id : tie.evidenceSourceIds()) {
            Source source = sources.get(id);
            if (source != null && source.tier().betterThan(best)) {
                best = source.tier();
            }
        }
        return best;
    }

    public static Atlas empty() {
        return new Atlas(0, List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> indexBy(Collection<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        for (T item : items) {
            if (map.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id " + key.apply(item));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Increases with every committed write; part of every ETag. */
    public long version() {
        return version;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public Map<String, City> cities() {
        return cities;
    }

    public Map<String, Tie> ties() {
        return ties;
    }

    public Optional<City> city(String id) {
        return Optional.ofNullable(cities.get(id));
    }

    /** A tie by id, in either order of its two cities ({@code a--b} or {@code b--a}). */
    public Optional<Tie> tie(String id) {
        int separator = id.indexOf(Tie.SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        String one = id.substring(0, separator);
        String other = id.substring(separator + Tie.SEPARATOR.length());
        return Optional.ofNullable(ties.get(Tie.idOf(one, other)));
    }

    /** The cities one of whose names or alternates folds to the name's folded form (exact, not a prefix). */
    public List<City> citiesNamed(String name) {
        return citiesByFoldedName.getOrDefault(NameFolding.fold(name), List.of());
    }

    /** What imports of lists could not take in, every kind. */
    public List<ImportFinding> findings() {
        return findings;
    }

    /** What imports of lists could not take in, of one kind, in the order the lists gave them. */
    public List<ImportFinding> findings(ImportFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * A page of findings of one kind, of one list ({@code source}, or all) and whose name or country contains
     * {@code text} (folded; or all).
     */
    public Page<ImportFinding> findFindings(ImportFinding.Kind kind, String source, String text, int offset,
                                           int limit) {
        return Page.of(ImportFinding.matching(findings, kind, source, text), offset, limit);
    }

    /** The city recorded with this GeoNames id (the first by id, should two claim it). */
    public Optional<City> cityOfGeonames(long geonameId) {
        return Optional.ofNullable(citiesByGeonames.get(geonameId));
    }

    /** The city recorded with this Wikidata QID. */
    public Optional<City> cityOfWikidata(String qid) {
        return Optional.ofNullable(citiesByWikidata.get(qid));
    }

    /** The settlements (naselja) whose parent is the unit, by id. */
    public List<City> settlementsOf(String unitId) {
        return settlementsByUnit.getOrDefault(unitId, List.of()).stream().sorted(Comparator.comparing(City::id))
                .toList();
    }

    /**
     * The best tier among the sources that evidence the tie (agreements, status, reasons, activity, listings):
     * {@link SourceTier#LISTING} for a tie that only lists name, or whose sources are only copies of lists.
     */
    public SourceTier tier(Tie tie) {
        return tierByTie.getOrDefault(tie.id(), bestTier(tie));
    }

    /** The ties of a city, oldest first. */
    public List<Tie> tiesOf(String cityId) {
        return tiesByCity.getOrDefault(cityId, List.of());
    }

    /** The two cities of a tie seen from {@code country} (see {@link TieSides}). */
    public TieSides sides(Tie tie, String country) {
        City a = cities.get(tie.cityA());
        City b = cities.get(tie.cityB());
        return a.country().equals(country) || !b.country().equals(country) ? new TieSides(a, b) : new TieSides(b, a);
    }

    /** The other city of a tie. */
    public City partnerOf(Tie tie, String cityId) {
        return cities.get(tie.partnerOf(cityId).orElseThrow(() -> new IllegalArgumentException(
                cityId + " is not a city of the tie " + tie.id())));
    }

    public Page<City> findCities(CityQuery query, int offset, int limit) {
        Predicate<City> filter = c -> (query.country() == null || c.country().equals(query.country()))
                && (query.adminType() == null || (c.admin() != null && c.admin().type() == query.adminType()));
        if (query.name() == null || query.name().isBlank()) {
            return Page.of(citiesByName.stream().filter(filter).toList(), offset, limit);
        }
        String wanted = NameFolding.fold(query.name());
        Map<City, Integer> quality = new HashMap<>();
        for (City city : citiesByName) {
            int best = foldedNames.get(city.id()).stream().mapToInt(n -> matchQuality(n, wanted)).max().orElse(0);
            if (best > 0 && filter.test(city)) {
                quality.put(city, best);
            }
        }
        List<City> matches = citiesByName.stream()
                .filter(quality::containsKey)
                .sorted(Comparator.comparing((City c) -> -quality.get(c))
                        .thenComparing(c -> -tiesOf(c.id()).size()))
                .toList();
        return Page.of(matches, offset, limit);
    }

    /** 3 for an exact folded match, 2 for a prefix, 1 for a word inside the name, 0 for none. */
    private static int matchQuality(String foldedName, String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return 0;
        }
        if (foldedName.equals(foldedQuery)) {
            return 3;
        }
        if (foldedName.startsWith(foldedQuery)) {
            return 2;
        }
        return foldedName.contains(" " + foldedQuery) ? 1 : 0;
    }

    public Page<Tie> findTies(TieQuery query, int offset, int limit) {
        return Page.of(tiesByEstablished.stream().filter(tie -> query.matches(tie, this)).toList(), offset, limit);
    }

    /** Counts for a statistics view; with a country, partners are the other side of that country's ties. */
    public AtlasStats stats(String country) {
        return AtlasStats.of(this, country);
    }

    /** All ties ordered by establishment date, oldest first, unknown dates last. */
    public List<Tie> tiesByEstablished() {
        return tiesByEstablished;
    }
}
