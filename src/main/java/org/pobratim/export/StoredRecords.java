package org.pobratim.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.ActivityKind;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Population;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.SerbianAdmin;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.TieStatus;
import org.pobratim.atlas.Trait;

/**
 * The shapes of the store's documents, field by field, and their mapping to and from the domain records. Codes and
 * dates are written as their text ({@code friendship}, {@code 1966-05}); a tie's document also carries its id.
 * Change a shape only with a migration of the documents already stored.
 */
final class StoredRecords {
    private StoredRecords() {
    }

    record SourceDoc(String id, String url, String title, String publisher, String published, String accessed,
                     String language, String tier) {
        static SourceDoc of(Source s) {
            return new SourceDoc(s.id(), s.url(), s.title(), s.publisher(), s.published().toString(),
                    s.accessed().toString(), s.language(), s.tier().code());
        }

        Source toSource() {
            if (tier == null) {
                throw new IllegalStateException("the stored source '" + id + "' has no tier: it was stored before"
                        + " sources had tiers; import the data folder again (./pobratim import data) to add them");
            }
            return new Source(id, url, title, publisher, date(published), LocalDate.parse(accessed), language,
                    code(SourceTier.class, tier));
        }
    }

    record PointDoc(double lat, double lon) {
    }

    record PopulationDoc(long count, Integer year, String source) {
    }

    record AdminDoc(String type, String district, String parent) {
    }

    record CensusDoc(int year, Long total, Map<String, Long> groups, Map<String, Double> percent,
                     List<String> sources, String note) {
        static CensusDoc of(Census c) {
            return c == null ? null : new CensusDoc(c.year(), c.total(), Coded.byCode(c.counts()),
                    Coded.byCode(c.percents()),
                    c.sources(), c.note());
        }

        Census toCensus() {
            return new Census(year, total, byGroup(groups), byGroup(percent), sources, note);
        }

        private static <N> Map<Nationality, N> byGroup(Map<String, N> values) {
            Map<Nationality, N> grouped = new EnumMap<>(Nationality.class);
            if (values != null) {
                values.forEach((group, n) -> grouped.put(code(Nationality.class, group), n));
            }
            return grouped;
        }
    }

    record CityDoc(String id, Map<String, String> names, List<String> alternates, String country, PointDoc location,
                   PopulationDoc population, Long geonamesId, String wikidataId, AdminDoc admin,
                   List<String> sources, CensusDoc census) {
        static CityDoc of(City c) {
            Population p = c.population();
            SerbianAdmin a = c.admin();
            return new CityDoc(c.id(), c.names(), c.alternates(), c.country(),
                    new PointDoc(c.location().lat(), c.location().lon()),
                    p == null ? null : new PopulationDoc(p.count(), p.year(), p.source()), c.geonamesId(),
                    c.wikidataId(), a == null ? null : new AdminDoc(a.type().code(), a.district(), a.parent()), c.sources(),
                    CensusDoc.of(c.census()));
        }

        City toCity() {
            return new City(id, names, alternates, country, new Coordinates(location.lat(), location.lon()),
                    population == null ? null : new Population(population.count(), population.year(),
                            population.source()),
                    geonamesId, wikidataId,
                    admin == null ? null : new SerbianAdmin(code(AdminType.class, admin.type()), admin.district(),
                            admin.parent()),
                    sources, census == null ? null : census.toCensus());
        }
    }

    record TextDoc(String en, @JsonProperty("sr-Latn") String srLatn) {
        static TextDoc of(LocalizedText t) {
            return t == null ? null : new TextDoc(t.en(), t.srLatn());
        }

        LocalizedText toText() {
            return new LocalizedText(en, srLatn);
        }
    }

    record AgreementDoc(String kind, String date, String title, List<String> sources) {
    }

    record StatusDoc(String state, String since, String note, List<String> sources) {
    }

    record ReasonDoc(String category, TextDoc narrative, List<String> sources, List<String> traits) {
    }

    record ActivityDoc(String date, String kind, TextDoc description, List<String> sources) {
    }

    record ConflictDoc(String about, String claim, List<String> sources) {
    }

    record ListingDoc(String source, String asListed, String start, String end, String claim,
                      SortedMap<String, String> items, String statedBy) {
    }

    record TieDoc(String id, String cityA, String cityB, List<AgreementDoc> agreements, StatusDoc status,
                  List<ReasonDoc> reasons, List<ActivityDoc> activity, List<ConflictDoc> conflicts,
                  List<ListingDoc> listings) {
        static TieDoc of(Tie t) {
            TieStatus s = t.status();
            return new TieDoc(t.id(), t.cityA(), t.cityB(),
                    t.agreements().stream().map(a -> new AgreementDoc(a.kind().code(), a.date().toString(),
                            a.title(), a.sources())).toList(),
                    new StatusDoc(s.state().code(), s.since().toString(), s.note(), s.sources()),
                    t.reasons().stream().map(r -> new ReasonDoc(r.category().code(), TextDoc.of(r.narrative()),
                            r.sources(), r.traits().isEmpty() ? null
                            : r.traits().stream().map(Trait::code).toList())).toList(),
                    t.activity().stream().map(a -> new ActivityDoc(a.date().toString(), a.kind().code(),
                            TextDoc.of(a.description()), a.sources())).toList(),
                    t.conflicts().stream().map(c -> new ConflictDoc(c.about().code(), c.claim(), c.sources()))
                            .toList(),
                    t.listings().isEmpty() ? null : t.listings().stream().map(l -> new ListingDoc(l.source(),
                            l.asListed(), l.start().toString(), l.end().toString(), l.claim(),
                            l.items().isEmpty() ? null : new TreeMap<>(l.items()), l.statedBy())).toList());
        }

        Tie toTie() {
            return new Tie(cityA, cityB,
                    agreements == null ? null : agreements.stream().map(a -> new Agreement(code(AgreementKind.class, a.kind()), date(a.date()),
                            a.title(), a.sources())).toList(),
                    status == null ? null : new TieStatus(code(TieState.class, status.state()), date(status.since()),
                            status.note(), status.sources()),
                    reasons == null ? null : reasons.stream().map(r -> new Reason(code(ReasonCategory.class,
                            r.category()), r.narrative() == null ? null : r.narrative().toText(), r.sources(),
                            r.traits() == null ? null : r.traits().stream().map(t -> code(Trait.class, t)).toList()))
                            .toList(),
                    activity == null ? null : activity.stream().map(a -> new Activity(date(a.date()),
                            code(ActivityKind.class, a.kind()), a.description() == null ? null
                            : a.description().toText(), a.sources())).toList(),
                    conflicts == null ? null : conflicts.stream().map(c -> new Conflict(code(ConflictTopic.class,
                            c.about()), c.claim(), c.sources())).toList(),
                    listings == null ? null : listings.stream().map(l -> new Listing(l.source(), l.asListed(),
                            date(l.start()), date(l.end()), l.claim(), l.items(), l.statedBy())).toList());
        }
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.parse(type, code).orElseThrow(() -> new IllegalStateException(
                "a stored document holds '" + code + "', which is not one of " + Coded.choices(type)));
    }
}
