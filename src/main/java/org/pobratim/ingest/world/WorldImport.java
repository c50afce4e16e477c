package org.pobratim.ingest.world;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.QualifiedName;

/**
 * Plans the import of twin lists into the atlas: places both sides of every listed pair, and turns each pair whose
 * sides are placed into a listing of a tie. A pair that matches a tie already in the atlas adds its listing to it and
 * changes nothing else; a new pair becomes a tie whose evidence is the listing alone. Where a list names a curated
 * tie's partner but places it elsewhere (another namesake, another country), the listing goes to the curated tie
 * with that claim, as a conflict, instead of founding a second tie. Rows with a side it could not place, and Wikidata
 * statements made on one side only, become findings. Pure: the caller applies the plan in one transaction.
 */
public final class WorldImport {
    /** One list to import: which it is, the file it was read from, and its pairs. */
    public record Input(ListSource list, Path file, List<ListedPair> pairs) {
    }

    /** How far placing has come: {@code done} of {@code total} distinct places. */
    public interface Progress {
        void advanced(long done, long total);
    }

    public record Summary(int rows, int pairsPlaced, int tiesListed, int tiesNew, int tiesMatched, int citiesNew,
                          int rowsUnplaced, int oneSided, int partnerConflicts, int tiesNoLongerListed) {
    }

    /** The changes to apply, the findings that replace the lists' earlier ones, and counts. */
    /**
     * The changes to apply, the ties to delete (known only from these lists, which no longer name them), the
     * findings that replace the lists' earlier ones, and counts.
     */
    public record Plan(ChangeSet changes, List<String> deletedTies, Set<String> listSources,
                       List<ImportFinding> findings, Summary summary) {
    }

    private WorldImport() {
    }

    public static Plan plan(Atlas atlas, Gazetteer gazetteer, EntityResolver resolver, List<Input> inputs,
                            LocalDate today) {
        WorldPlacer placer = new WorldPlacer(atlas, gazetteer, resolver);
        List<ListedPair> all = inputs.stream().flatMap(i -> i.pairs().stream()).toList();
        placer.placeAll(all);

        String gazetteerSource = GAZETTEER_SOURCE.id();
        Map<String, Placement> toMake = new LinkedHashMap<>();
        Map<String, Set<String>> listedNames = new HashMap<>();
        Map<String, String> firstList = new HashMap<>();
        for (Input input : inputs) {
            for (ListedPair pair : input.pairs()) {
                for (ListedPlace side : List.of(pair.a(), pair.b())) {
                    Placement p = placer.placement(side);
                    if (p.place() != null || p.item() != null) {
                        String key = WorldCities.key(p);
                        toMake.putIfAbsent(key, p);
                        listedNames.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p.item() != null
                                ? side.name() : QualifiedName.baseOf(side.name()));
                        firstList.putIfAbsent(key, input.list().id());
                    }
                }
            }
        }
        Map<String, City> made = new WorldCities(atlas, gazetteerSource).make(toMake.values(), listedNames, firstList);

        Map<String, City> madeById = new HashMap<>();
        made.values().forEach(c -> madeById.put(c.id(), c));
        Map<String, Map<String, Listing>> listingsByTie = new LinkedHashMap<>();
        Map<String, String[]> pairOfTie = new HashMap<>();
        List<ImportFinding> findings = new ArrayList<>();
        int rows = 0;
        int placedPairs = 0;
        int unplacedRows = 0;
        int partnerConflicts = 0;
        for (Input input : inputs) {
            String source = input.list().id();
            for (ListedPair pair : input.pairs()) {
                rows++;
                String a = cityOf(placer.placement(pair.a()), made, findings, source, pair, pair.a());
                String b = cityOf(placer.placement(pair.b()), made, findings, source, pair, pair.b());
                if (a == null || b == null) {
                    unplacedRows++;
                    continue;
                }
                if (a.equals(b)) {
                    unplacedRows++;
                    findings.add(new ImportFinding(source, ImportFinding.Kind.UNPLACED, pair.file(), pair.line(),
                            pair.asListed(), null, "both sides placed on the same city " + a, List.of()));
                    continue;
                }
                placedPairs++;
                String claim = null;
                String tieId = Tie.idOf(a, b);
                if (atlas.ties().get(tieId) == null) {
                    String[] curated = curatedNamesake(atlas, madeById, a, b, pair);
                    if (curated != null) {
                        tieId = curated[0];
                        claim = curated[1];
                        partnerConflicts++;
                    }
                }
                if (claim == null) {
                    pairOfTie.putIfAbsent(tieId, new String[] {a, b});
                }
                Map<String, String> items = new HashMap<>();
                if (claim == null) {
                    putItem(items, a, pair.a().qid());
                    putItem(items, b, pair.b().qid());
                }
                Listing listing = new Listing(source, pair.asListed(), pair.start(), pair.end(), claim, items,
                        input.list().directed() && claim == null ? a : null);
                listingsByTie.computeIfAbsent(tieId, k -> new LinkedHashMap<>())
                        .putIfAbsent(source + "\u0000" + listing.asListed(), listing);
            }
            if (input.list().directed()) {
                findings.addAll(OneSided.of(source, input.pairs()));
            }
        }

        Set<String> listSources = new LinkedHashSet<>();
        List<Source> sources = new ArrayList<>();
        for (Input input : inputs) {
            if (listSources.add(input.list().id())) {
                sources.add(input.list().source(input.file(), today));
            }
        }
        if (!atlas.sources().containsKey(gazetteerSource) && !made.isEmpty()) {
            sources.add(GAZETTEER_SOURCE);
        }
        List<Tie> ties = new ArrayList<>();
        int matched = 0;
        for (Map.Entry<String, Map<String, Listing>> e : listingsByTie.entrySet()) {
            Tie existing = atlas.ties().get(e.getKey());
            List<Listing> listings = new ArrayList<>();
            if (existing != null) {
                matched++;
                existing.listings().stream().filter(l -> !listSources.contains(l.source())).forEach(listings::add);
            }
            listings.addAll(e.getValue().values());
            // by list, each in its own order: not by which list was imported last, so re-importing one rewrites no tie
            listings.sort(Comparator.comparing(Listing::source));
            if (existing != null) {
                ties.add(new Tie(existing.cityA(), existing.cityB(), existing.agreements(), existing.status(),
                        existing.reasons(), existing.activity(), existing.conflicts(), listings));
            } else {
                String[] pair = pairOfTie.get(e.getKey());
                ties.add(new Tie(pair[0], pair[1], List.of(), null, null, null, null, listings));
            }
        }
        // a tie these lists named before and no longer name loses their listings; one that rested on them alone goes
        List<String> deleted = new ArrayList<>();
        int noLongerListed = 0;
        for (Tie tie : atlas.ties().values()) {
            if (listingsByTie.containsKey(tie.id())
                    || tie.listings().stream().noneMatch(l -> listSources.contains(l.source()))) {
                continue;
            }
            noLongerListed++;
            List<Listing> kept = tie.listings().stream().filter(l -> !listSources.contains(l.source())).toList();
            if (tie.listedOnly() && kept.isEmpty()) {
                deleted.add(tie.id());
            } else {
                ties.add(new Tie(tie.cityA(), tie.cityB(), tie.agreements(), tie.status(), tie.reasons(),
                        tie.activity(), tie.conflicts(), kept));
            }
        }
        int oneSided = (int) findings.stream().filter(f -> f.kind() == ImportFinding.Kind.ONE_SIDED).count();
        int newCities = (int) made.values().stream().filter(c -> !atlas.cities().containsKey(c.id())).count();
        int listed = listingsByTie.size();
        Summary summary = new Summary(rows, placedPairs, listed, listed - matched, matched, newCities,
                unplacedRows, oneSided, partnerConflicts, noLongerListed);
        return new Plan(new ChangeSet(sources, List.copyOf(made.values()), ties), List.copyOf(deleted), listSources,
                findings, summary);
    }

    /**
     * The atlas without what imports of lists made: the cities that cite no list and the ties with an agreement.
     * Names are placed against it, so that a second import of the same lists places them as the first did (and not
     * on the cities the first made).
     */
    public static Atlas curated(Atlas atlas) {
        Set<String> lists = new HashSet<>();
        for (ListSource list : ListSource.values()) {
            lists.add(list.id());
        }
        List<City> cities = atlas.cities().values().stream()
                .filter(c -> c.sources().stream().noneMatch(lists::contains)).toList();
        Set<String> kept = new HashSet<>();
        cities.forEach(c -> kept.add(c.id()));
        List<Tie> ties = atlas.ties().values().stream()
                .filter(t -> !t.listedOnly() && kept.contains(t.cityA()) && kept.contains(t.cityB())).toList();
        return new Atlas(atlas.version(), atlas.sources().values(), cities, ties);
    }

    /** The gazetteer the cities of a world import come from (the bundled data cites the same id). */
    static final Source GAZETTEER_SOURCE = new Source("geonames-cities1000", "https://www.geonames.org/",
            "GeoNames gazetteer, cities1000 dump", "GeoNames", null, LocalDate.of(2026, 11, 25), "en",
            SourceTier.LISTING);

    private static void putItem(Map<String, String> items, String city, String qid) {
        if (qid != null) {
            items.put(city, qid);
        }
    }

    private static String cityOf(Placement p, Map<String, City> made, List<ImportFinding> findings, String source,
                                 ListedPair pair, ListedPlace side) {
        if (!p.placed()) {
            findings.add(new ImportFinding(source, ImportFinding.Kind.UNPLACED, pair.file(), pair.line(),
                    side.name(), side.country() == null ? side.qid() : side.country(), p.reason(), p.candidates()));
            return null;
        }
        return p.cityId() != null ? p.cityId() : made.get(WorldCities.key(p)).id();
    }

    /**
     * A curated tie of one side with a partner the list names alike but that the resolver placed elsewhere: the tie
     * id and the claim, or null. Only ties with an agreement count (a listed tie is no authority to defer to).
     */
    private static String[] curatedNamesake(Atlas atlas, Map<String, City> made, String a, String b,
                                            ListedPair pair) {
        for (String[] sides : List.of(new String[] {a, b}, new String[] {b, a})) {
            String home = sides[0];
            City placed = atlas.cities().getOrDefault(sides[1], made.get(sides[1]));
            ListedPlace listed = home.equals(a) ? pair.b() : pair.a();
            String wanted = QualifiedName.baseOf(listed.name());
            for (Tie tie : atlas.tiesOf(home)) {
                if (tie.listedOnly()) {
                    continue;
                }
                City partner = atlas.partnerOf(tie, home);
                boolean alike = atlas.citiesNamed(wanted).contains(partner);
                if (alike && !partner.id().equals(sides[1])) {
                    String where = placed.displayName() + " (" + placed.country() + ", " + placed.id() + ")";
                    return new String[] {tie.id(), "Listed as " + pair.asListed() + ", a partner the list places at "
                            + where + ", not at " + partner.displayName() + " (" + partner.country() + ", " + partner.id() + ")."};
                }
            }
        }
        return null;
    }
}
