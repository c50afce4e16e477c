package org.pobratim.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.Page;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.explain.Explanations;
import org.pobratim.atlas.TieStatus;

/**
 * The JSON shapes of API v1's cities and ties (documented in docs/api-v1.md), built from the atlas snapshot. They
 * are the API's own records: a change of a domain record reaches the wire only through a change here.
 */
final class ApiViews {
    private ApiViews() {
    }

    /** One page of a list, with the number of all matches. */
    record PageView<T>(List<T> items, int total, int offset, int limit) {
        static <D, T> PageView<T> of(Page<D> page, java.util.function.Function<D, T> view) {
            return new PageView<>(page.items().stream().map(view).toList(), page.total(), page.offset(),
                    page.limit());
        }
    }

    /** A city as it appears inside other answers. */
    record CityRef(String id, String name, Map<String, String> names, String country, double lat, double lon) {
        static CityRef of(City c) {
            return new CityRef(c.id(), c.displayName(), c.names(), c.country(), c.location().lat(), c.location().lon());
        }
    }

    record AdminView(String type, String district, String parent) {
        static AdminView of(City c) {
            return c.admin() == null ? null
                    : new AdminView(c.admin().type().code(), c.admin().district(), c.admin().parent());
        }
    }

    /** A city in a list, with its number of ties. */
    record CityListItem(String id, String name, Map<String, String> names, String country, double lat, double lon,
                        AdminView admin, int ties) {
        static CityListItem of(City c, Atlas atlas) {
            return new CityListItem(c.id(), c.displayName(), c.names(), c.country(), c.location().lat(),
                    c.location().lon(), AdminView.of(c), atlas.tiesOf(c.id()).size());
        }
    }

    record PointView(double lat, double lon) {
    }

    record PopulationView(long count, Integer year, String source) {
    }

    /** Everything the atlas records of a city. */
    record CityView(String id, Map<String, String> names, List<String> alternates, String country, PointView location,
                    PopulationView population, Long geonamesId, String wikidataId, AdminView admin,
                    List<String> sources, ExplainViews.CensusView census) {
        static CityView of(City c) {
            return new CityView(c.id(), c.names(), c.alternates(), c.country(),
                    new PointView(c.location().lat(), c.location().lon()), c.population() == null ? null
                    : new PopulationView(c.population().count(), c.population().year(), c.population().source()),
                    c.geonamesId(), c.wikidataId(), AdminView.of(c), c.sources(),
                    ExplainViews.CensusView.of(c.census()));
        }
    }

    /**
     * A tie in a list: both cities, when it began, its kinds (no kind for a tie only lists name), status, reason
     * categories and the tier of its best evidence.
     */
    record TieListItem(String id, List<CityRef> cities, String established, String kind, List<String> kinds,
                       String status, List<String> reasons, boolean disputed, String tier) {
        static TieListItem of(Tie t, Atlas atlas) {
            return new TieListItem(t.id(), cityRefs(t, atlas), t.established().toString(), kindCode(t),
                    kindCodes(t), t.status().state().code(), reasonCodes(t), t.isDisputed(), atlas.tier(t).code());
        }
    }

    /** A tie seen from one of its cities: the partner first. */
    record PartnerTie(String id, CityRef partner, String established, String kind, List<String> kinds, String status,
                      List<String> reasons, boolean disputed, long distanceKm, String tier) {
        static PartnerTie of(Tie t, String fromCity, Atlas atlas) {
            City from = atlas.cities().get(fromCity);
            City partner = atlas.partnerOf(t, fromCity);
            return new PartnerTie(t.id(), CityRef.of(partner), t.established().toString(), kindCode(t),
                    kindCodes(t), t.status().state().code(), reasonCodes(t), t.isDisputed(),
                    Math.round(from.location().distanceKm(partner.location())), atlas.tier(t).code());
        }
    }

    /** A settlement of a unit, with its own ties seen from it. */
    record SettlementView(CityRef city, List<PartnerTie> ties) {
        static SettlementView of(City c, Atlas atlas) {
            return new SettlementView(CityRef.of(c),
                    atlas.tiesOf(c.id()).stream().map(t -> PartnerTie.of(t, c.id(), atlas)).toList());
        }
    }

    /** A city, its ties and, for a Serbian unit, its settlements' ties (omitted when it has none). */
    record CityDetail(CityView city, List<PartnerTie> ties, List<SettlementView> settlements) {
        static CityDetail of(City c, Atlas atlas) {
            List<SettlementView> settlements = atlas.settlementsOf(c.id()).stream()
                    .map(s -> SettlementView.of(s, atlas)).toList();
            return new CityDetail(CityView.of(c),
                    atlas.tiesOf(c.id()).stream().map(t -> PartnerTie.of(t, c.id(), atlas)).toList(),
                    settlements.isEmpty() ? null : settlements);
        }
    }

    record TextView(String en, @JsonProperty("sr-Latn") String srLatn) {
        static TextView of(LocalizedText t) {
            return t == null ? null : new TextView(t.en(), t.srLatn());
        }
    }

    record AgreementView(String kind, String date, String title, List<String> sources) {
        static AgreementView of(Agreement a) {
            return new AgreementView(a.kind().code(), a.date().toString(), a.title(), a.sources());
        }
    }

    record StatusView(String state, String since, String note, List<String> sources) {
        static StatusView of(TieStatus s) {
            return new StatusView(s.state().code(), s.since().toString(), s.note(), s.sources());
        }
    }

    record ReasonView(String category, TextView narrative, List<String> sources) {
        static ReasonView of(Reason r) {
            return new ReasonView(r.category().code(), TextView.of(r.narrative()), r.sources());
        }
    }

    record ActivityView(String date, String kind, TextView description, List<String> sources) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.date().toString(), a.kind().code(), TextView.of(a.description()), a.sources());
        }
    }

    record ConflictView(String about, String claim, List<String> sources) {
        static ConflictView of(Conflict c) {
            return new ConflictView(c.about().code(), c.claim(), c.sources());
        }
    }

    record SourceView(String id, String url, String title, String publisher, String published, String accessed,
                      String language, String tier) {
        static SourceView of(Source s) {
            return new SourceView(s.id(), s.url(), s.title(), s.publisher(), s.published().toString(),
                    s.accessed().toString(), s.language(), s.tier().code());
        }
    }

    record ListingView(String source, String asListed, String start, String end, String claim) {
        static ListingView of(Listing l) {
            return new ListingView(l.source(), l.asListed(), l.start().toString(), l.end().toString(), l.claim());
        }
    }

    /**
     * Everything about one tie, with the sources it cites resolved: the tier of its best evidence, the lists that
     * name it, and its conflicts (the curated ones, then where a list disagrees).
     */
    record TieDetail(String id, List<CityRef> cities, String established, String kind, long distanceKm, String tier,
                     List<AgreementView> agreements, StatusView status, List<ReasonView> reasons,
                     List<ActivityView> activity, List<ConflictView> conflicts, List<ListingView> listings,
                     List<SourceView> sources, ExplainViews.ExplanationView explanation,
                     ExplainViews.LivenessView liveness) {
        static TieDetail of(Tie t, Explanations explanations) {
            Atlas atlas = explanations.atlas();
            City a = atlas.cities().get(t.cityA());
            City b = atlas.cities().get(t.cityB());
            return new TieDetail(t.id(), cityRefs(t, atlas), t.established().toString(), kindCode(t),
                    Math.round(a.location().distanceKm(b.location())), atlas.tier(t).code(),
                    t.agreements().stream().map(AgreementView::of).toList(), StatusView.of(t.status()),
                    t.reasons().stream().map(ReasonView::of).toList(),
                    t.activity().stream().map(ActivityView::of).toList(),
                    java.util.stream.Stream.concat(t.conflicts().stream(), t.listingConflicts().stream())
                            .map(ConflictView::of).toList(),
                    t.listings().stream().map(ListingView::of).toList(),
                    t.sourceIds().stream().map(atlas.sources()::get).map(SourceView::of).toList(),
                    ExplainViews.ExplanationView.of(explanations.of(t)),
                    ExplainViews.LivenessView.of(explanations.liveness(t), explanations.referenceYear()));
        }
    }

    private static String kindCode(Tie t) {
        return t.firstKind().map(Coded::code).orElse(null);
    }

    static List<CityRef> cityRefs(Tie t, Atlas atlas) {
        return List.of(CityRef.of(atlas.cities().get(t.cityA())), CityRef.of(atlas.cities().get(t.cityB())));
    }

    private static List<String> kindCodes(Tie t) {
        return t.agreements().stream().map(Agreement::kind).distinct().map(Coded::code).toList();
    }

    private static List<String> reasonCodes(Tie t) {
        return t.reasonCategories().stream().map(Coded::code).toList();
    }
}
