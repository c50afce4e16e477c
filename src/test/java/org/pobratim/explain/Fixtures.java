package org.pobratim.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.ActivityKind;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Population;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.SerbianAdmin;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieStatus;

/** Small made-up atlases for the explanation tests: cities where the test puts them, ties with what it needs. */
final class Fixtures {
    static final Source PRIMARY = source("town-site", SourceTier.PRIMARY);
    static final Source NEWS = source("news", SourceTier.SECONDARY);
    static final Source NEWS2 = source("news-two", SourceTier.SECONDARY);
    static final Source LIST = source("a-list", SourceTier.LISTING);

    private Fixtures() {
    }

    static Source source(String id, SourceTier tier) {
        return new Source(id, "https://example.org/" + id, id, null, PartialDate.UNKNOWN, LocalDate.of(2026, 1, 1),
                "en", tier);
    }

    static City serbian(String slug, String name, double lat, double lon, String district, Census census) {
        return new City("rs-" + slug, Map.of("en", name), List.of(), "RS", new Coordinates(lat, lon), null, null,
                null, new SerbianAdmin(AdminType.MUNICIPALITY, district, null), List.of(), census);
    }

    static City city(String country, String slug, String name, double lat, double lon) {
        return new City(country.toLowerCase() + "-" + slug, Map.of("en", name), List.of(), country,
                new Coordinates(lat, lon), null, null, null, null, List.of());
    }

    static City withPopulation(City c, long count) {
        return new City(c.id(), c.names(), c.alternates(), c.country(), c.location(), new Population(count, 2022,
                null), c.geonamesId(), c.wikidataId(), c.admin(), c.sources(), c.census());
    }

    static Tie tie(City a, City b, String date) {
        return new Tie(a.id(), b.id(), List.of(new Agreement(AgreementKind.TWINNING, PartialDate.parse(date), null,
                List.of(LIST.id()))), TieStatus.UNKNOWN, List.of(), List.of(), List.of());
    }

    static Tie withReasons(Tie t, Reason... reasons) {
        return new Tie(t.cityA(), t.cityB(), t.agreements(), t.status(), List.of(reasons), t.activity(),
                t.conflicts());
    }

    static Tie with(Tie t, List<Agreement> agreements, TieStatus status, List<Activity> activity) {
        return new Tie(t.cityA(), t.cityB(), agreements, status, t.reasons(), activity, t.conflicts());
    }

    static Activity activity(String date) {
        return new Activity(PartialDate.parse(date), ActivityKind.VISIT, new LocalizedText("a visit", "poseta"),
                List.of(NEWS.id()));
    }

    static Atlas atlas(List<City> cities, List<Tie> ties) {
        List<Source> sources = new ArrayList<>(List.of(PRIMARY, NEWS, NEWS2, LIST));
        return new Atlas(1, sources, cities, ties);
    }
}
