package org.pobratim.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.DatePrecision;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;

/**
 * What an export holds: the ties a filter selects (the ties list's {@link TieQuery}), ordered by id, and cities
 * ordered by id: with no filter every city of the atlas (those without ties too), with one the cities at the ends
 * of the selected ties.
 */
public record Selection(Atlas atlas, TieQuery query, List<Tie> ties, List<City> cities) {
    public Selection {
        ties = List.copyOf(ties);
        cities = List.copyOf(cities);
    }

    public static Selection of(Atlas atlas, TieQuery query) {
        List<Tie> ties = atlas.ties().values().stream().filter(t -> query.matches(t, atlas))
                .sorted(java.util.Comparator.comparing(Tie::id)).toList();
        Map<String, City> cities = new TreeMap<>();
        if (query.equals(TieQuery.ALL)) {
            cities.putAll(atlas.cities());
        }
        for (Tie tie : ties) {
            cities.put(tie.cityA(), atlas.cities().get(tie.cityA()));
            cities.put(tie.cityB(), atlas.cities().get(tie.cityB()));
        }
        return new Selection(atlas, query, ties, new ArrayList<>(cities.values()));
    }

    /**
     * The sources of the selection, ordered by id: with no filter every source of the atlas, with one those the
     * selected ties cite.
     */
    public List<Source> sources() {
        Map<String, Source> sources = new TreeMap<>();
        if (query.equals(TieQuery.ALL)) {
            sources.putAll(atlas.sources());
        }
        for (Tie tie : ties) {
            tie.sourceIds().forEach(id -> sources.put(id, atlas.sources().get(id)));
        }
        return new ArrayList<>(sources.values());
    }

    /** Every tie of the atlas. */
    public static Selection all(Atlas atlas) {
        return of(atlas, TieQuery.ALL);
    }

    City a(Tie tie) {
        return atlas.cities().get(tie.cityA());
    }

    City b(Tie tie) {
        return atlas.cities().get(tie.cityB());
    }

    /** The kinds of agreement a tie has had, in the order first made, as codes joined by {@code ;}. */
    static String kinds(Tie tie) {
        return tie.agreements().stream().map(Agreement::kind).distinct().map(Coded::code)
                .collect(Collectors.joining(";"));
    }

    static String reasons(Tie tie) {
        return tie.reasonCategories().stream().map(Coded::code).collect(Collectors.joining(";"));
    }

    /** The best tier of the tie's evidence ({@link Atlas#tier}): primary, secondary or listing. */
    String tier(Tie tie) {
        return atlas.tier(tie).code();
    }

    /** The sources the tie cites, every one, ordered by id. */
    List<Source> sources(Tie tie) {
        return tie.sourceIds().stream().sorted().map(id -> atlas.sources().get(id)).toList();
    }

    /** The established date as written ({@code 1968}, {@code 1960s}, {@code 1968-05-09}), empty when unknown. */
    static String established(Tie tie) {
        return tie.established().isKnown() ? tie.established().toString() : "";
    }

    /** The year the tie was established, when known to the year or better (a decade is no year); else null. */
    static Integer year(Tie tie) {
        PartialDate d = tie.established();
        return d.isKnown() && d.precision() != DatePrecision.DECADE ? d.year() : null;
    }

    /** A Wikidata entity's IRI. */
    static String wikidata(String qid) {
        return "http://www.wikidata.org/entity/" + qid;
    }
}
