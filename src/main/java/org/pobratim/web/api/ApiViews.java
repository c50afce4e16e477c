package org.pobratim.web.api;

import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.SerbianAdmin;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieStatus;
import org.pobratim.search.SearchEntry;
import org.pobratim.search.SearchHit;

/** The JSON shapes of API v1 (documented in docs/api-v1.md), built from the atlas snapshot. */
final class ApiViews {
    private ApiViews() {
    }

    /** A city as it appears inside other answers. */
    record CityRef(String id, String name, Map<String, String> names, String country, double lat, double lon) {
        static CityRef of(City c) {
            return new CityRef(c.id(), c.displayName(), c.names(), c.country(), c.location().lat(), c.location().lon());
        }
    }

    /** A city in a list, with its number of ties. */
    record CityListItem(String id, String name, Map<String, String> names, String country, double lat, double lon,
                        SerbianAdmin admin, int ties) {
        static CityListItem of(City c, Atlas atlas) {
            return new CityListItem(c.id(), c.displayName(), c.names(), c.country(), c.location().lat(),
                    c.location().lon(), c.admin(), atlas.tiesOf(c.id()).size());
        }
    }

    /** A tie in a list: both cities, when it began, its kinds, status and reason categories. */
    record TieListItem(String id, List<CityRef> cities, String established, String kind, List<String> kinds,
                       String status, List<String> reasons, boolean disputed) {
        static TieListItem of(Tie t, Atlas atlas) {
            return new TieListItem(t.id(), cityRefs(t, atlas), t.established().toString(), t.firstKind().code(),
                    kindCodes(t), t.status().state().code(), reasonCodes(t), t.isDisputed());
        }
    }

    /** A tie seen from one of its cities: the partner first. */
    record PartnerTie(String id, CityRef partner, String established, String kind, List<String> kinds, String status,
                      List<String> reasons, boolean disputed, long distanceKm) {
        static PartnerTie of(Tie t, String fromCity, Atlas atlas) {
            City from = atlas.cities().get(fromCity);
            City partner = atlas.cities().get(t.partnerOf(fromCity).orElseThrow());
            return new PartnerTie(t.id(), CityRef.of(partner), t.established().toString(), t.firstKind().code(),
                    kindCodes(t), t.status().state().code(), reasonCodes(t), t.isDisputed(),
                    Math.round(from.location().distanceKm(partner.location())));
        }
    }

    record CityDetail(City city, List<PartnerTie> ties) {
        static CityDetail of(City c, Atlas atlas) {
            return new CityDetail(c, atlas.tiesOf(c.id()).stream().map(t -> PartnerTie.of(t, c.id(), atlas)).toList());
        }
    }

    /** Everything about one tie, with the sources it cites resolved. */
    record TieDetail(String id, List<CityRef> cities, String established, String kind, long distanceKm,
                     List<Agreement> agreements, TieStatus status, List<Reason> reasons, List<Activity> activity,
                     List<Conflict> conflicts, List<Source> sources) {
        static TieDetail of(Tie t, Atlas atlas) {
            City a = atlas.cities().get(t.cityA());
            City b = atlas.cities().get(t.cityB());
            return new TieDetail(t.id(), cityRefs(t, atlas), t.established().toString(), t.firstKind().code(),
                    Math.round(a.location().distanceKm(b.location())), t.agreements(), t.status(), t.reasons(),
                    t.activity(), t.conflicts(), t.sourceIds().stream().map(atlas.sources()::get).toList());
        }
    }

    /** One search result: what was found, which of its names matched and how. */
    record SearchItem(String id, String kind, String name, String matchedName, String match, String country,
                      double lat, double lon, int ties, long population) {
        static SearchItem of(SearchHit hit) {
            SearchEntry e = hit.entry();
            return new SearchItem(e.id(), e.kind() == SearchEntry.Kind.CITY ? "city" : "place", e.name(),
                    hit.matchedName(), hit.match(), e.country(), e.location().lat(), e.location().lon(), e.ties(),
                    e.population());
        }
    }

    record SearchResults(String query, List<SearchItem> items) {
    }

    /** The data-quality report, with the counts of one country's ties. */
    record QualityReport(org.pobratim.atlas.AtlasStats counts, List<String> tiesWithoutYear,
                         List<String> tiesWithoutReason, List<String> disputedTies,
                         List<org.pobratim.atlas.DataQuality.Finding> suspectedDuplicates,
                         List<org.pobratim.atlas.DataQuality.Finding> doubtfulCoordinates, List<String> sourcesCitedOnce,
                         List<org.pobratim.atlas.DataQuality.Finding> errors, boolean gazetteerChecked) {
        static QualityReport of(org.pobratim.atlas.DataQuality q, org.pobratim.atlas.AtlasStats counts) {
            return new QualityReport(counts, q.tiesWithoutYear(), q.tiesWithoutReason(), q.disputedTies(),
                    q.suspectedDuplicates(), q.doubtfulCoordinates(), q.sourcesCitedOnce(), q.errors(),
                    q.gazetteerChecked());
        }
    }

    record Health(String status, long version, int cities, int ties, int sources) {
    }

    private static List<CityRef> cityRefs(Tie t, Atlas atlas) {
        return List.of(CityRef.of(atlas.cities().get(t.cityA())), CityRef.of(atlas.cities().get(t.cityB())));
    }

    private static List<String> kindCodes(Tie t) {
        return t.agreements().stream().map(Agreement::kind).distinct().map(Coded::code).toList();
    }

    private static List<String> reasonCodes(Tie t) {
        return t.reasonCategories().stream().map(Coded::code).toList();
    }
}
