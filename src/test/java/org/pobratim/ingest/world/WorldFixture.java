package org.pobratim.ingest.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.atlas.LocalizedText;
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
import org.pobratim.ingest.EntityResolver;
import org.pobratim.names.CountryResolver;
import org.pobratim.names.RegionResolver;

/**
 * The world import's test world, built in code: a curated atlas of a Serbian unit (Kikinda) with two ties on its
 * city's own site (Narvik 1966, with a status, a reason and a curated conflict; Paris 1970), and a gazetteer of a few
 * places around them, among them namesakes (two Parises in two countries; two Aleksandrovos of similar size in
 * Bulgaria; two Brestovacs in Serbia, one a hundred times the other).
 */
final class WorldFixture {
    static final String LIST = ListSource.WIKIPEDIA_LISTS.id();

    static final Source CITY_SITE = new Source("kikinda-city-site", "https://www.kikinda.org.rs/gradovi-prijatelji",
            "Grad Kikinda: gradovi prijatelji", "Grad Kikinda", null, LocalDate.of(2026, 1, 10), "sr-Latn",
            SourceTier.PRIMARY);
    static final Source NEWS = new Source("kikinda-news", "https://example.org/kikinda-narvik",
            "Kikinda and Narvik, a report", "Example News", null, LocalDate.of(2026, 1, 11), "en",
            SourceTier.SECONDARY);

    static final City KIKINDA = new City("rs-kikinda", Map.of("en", "Kikinda", "sr-Latn", "Kikinda",
            "sr-Cyrl", "Кикинда"), List.of("Nagykikinda"), "RS", new Coordinates(45.8297, 20.4653),
            new Population(38065, 2022, CITY_SITE.id()), 789518L, "Q188803",
            new SerbianAdmin(AdminType.CITY, "Severnobanatski"), List.of(CITY_SITE.id()));
    static final City NARVIK = new City("no-narvik", Map.of("en", "Narvik"), List.of(), "NO",
            new Coordinates(68.4385, 17.4273), null, 3144987L, "Q107356", null, List.of(CITY_SITE.id()));
    static final City PARIS = new City("fr-paris", Map.of("en", "Paris"), List.of(), "FR",
            new Coordinates(48.8534, 2.3488), null, 2988507L, "Q90", null, List.of(CITY_SITE.id()));

    static final Tie KIKINDA_NARVIK = new Tie(KIKINDA.id(), NARVIK.id(),
            List.of(new Agreement(AgreementKind.FRIENDSHIP, PartialDate.year(1966), "Friendship charter",
                    List.of(CITY_SITE.id()))),
            new TieStatus(TieState.ACTIVE, PartialDate.year(2019), "exchanges every year", List.of(CITY_SITE.id())),
            List.of(new Reason(ReasonCategory.CULTURE, new LocalizedText("Folk ensembles met at a festival.",
                    "Folklorni ansambli su se sreli na festivalu."), List.of(CITY_SITE.id()))),
            null,
            List.of(new Conflict(ConflictTopic.KIND, "Reported as a twinning.", List.of(NEWS.id()))));
    static final Tie KIKINDA_PARIS = new Tie(KIKINDA.id(), PARIS.id(),
            List.of(new Agreement(AgreementKind.TWINNING, PartialDate.year(1970), null, List.of(CITY_SITE.id()))),
            null, null, null, null);

    static final Atlas ATLAS = new Atlas(7, List.of(CITY_SITE, NEWS), List.of(KIKINDA, NARVIK, PARIS),
            List.of(KIKINDA_NARVIK, KIKINDA_PARIS));

    static final GazetteerPlace KIKINDA_PLACE = place(789518, "Kikinda", 45.8297, 20.4653, "PPLA2", "RS", 38065);
    static final GazetteerPlace PARIS_TEXAS = place(4717560, "Paris", 33.6609, -95.5555, "PPLA2", "US", 24782);
    static final GazetteerPlace SZEGED = place(715429, "Szeged", 46.253, 20.14824, "PPLA", "HU", 161879);
    /**
     * Namesakes the resolver cannot choose between ({@code ResolutionPolicy}): both matched by their main name, less
     * than twice the other's size (so the best's lead is NO_LEAD, 0.4, under the threshold of 0.6), and more than
     * SAME_PLACE_KM (10 km) apart, so neither counts as the other listed twice. These two lie 110 km apart.
     */
    static final GazetteerPlace ALEKSANDROVO_NORTH = place(900001, "Aleksandrovo", 43.25, 24.99, "PPL", "BG", 3000);
    static final GazetteerPlace ALEKSANDROVO_SOUTH = place(900002, "Aleksandrovo", 42.60, 26.10, "PPL", "BG", 2800);
    /** Namesakes of which one is a hundred times the other: the resolver takes the big one. */
    static final GazetteerPlace BRESTOVAC_BIG = place(900011, "Brestovac", 43.00, 21.90, "PPL", "RS", 50000);
    static final GazetteerPlace BRESTOVAC_SMALL = place(900012, "Brestovac", 44.40, 19.30, "PPL", "RS", 500);

    /** Namesakes of equal size 20 km apart: a point between them lies within 25 km of both. */
    static final GazetteerPlace NOVO_SELO_WEST = place(900021, "Novo Selo", 43.00, 25.00, "PPL", "BG", 1000);
    static final GazetteerPlace NOVO_SELO_EAST = place(900022, "Novo Selo", 43.00, 25.25, "PPL", "BG", 1000);

    static final List<GazetteerPlace> PLACES = List.of(KIKINDA_PLACE, NOVO_SELO_WEST, NOVO_SELO_EAST,
            place(3144987, "Narvik", 68.4385, 17.4273, "PPL", "NO", 18512),
            place(2988507, "Paris", 48.8534, 2.3488, "PPLC", "FR", 2138551),
            PARIS_TEXAS, SZEGED, ALEKSANDROVO_NORTH, ALEKSANDROVO_SOUTH, BRESTOVAC_BIG, BRESTOVAC_SMALL);
    static final Gazetteer GAZETTEER = new Gazetteer(PLACES);

    private WorldFixture() {
    }

    static GazetteerPlace place(long id, String name, double lat, double lon, String featureCode, String country,
                                long population) {
        return new GazetteerPlace(id, name, name, List.of(), new Coordinates(lat, lon), "P", featureCode, country,
                "01", null, population);
    }

    /** The resolver a world import uses: against the curated part of the atlas, no near spellings. */
    static EntityResolver resolver(Atlas atlas) {
        return new EntityResolver(WorldImport.curated(atlas), GAZETTEER, CountryResolver.standard(),
                RegionResolver.standard());
    }

    /** The curated atlas as it is once the plan is applied: its records written over, its findings in place. */
    static Atlas applied(Atlas atlas, WorldImport.Plan plan) {
        return applied(atlas, plan.changes(), plan.findings());
    }

    static Atlas applied(Atlas atlas, ChangeSet changes, List<org.pobratim.atlas.ImportFinding> findings) {
        Map<String, Source> sources = new LinkedHashMap<>(atlas.sources());
        changes.sources().forEach(s -> sources.put(s.id(), s));
        Map<String, City> cities = new LinkedHashMap<>(atlas.cities());
        changes.cities().forEach(c -> cities.put(c.id(), c));
        Map<String, Tie> ties = new LinkedHashMap<>(atlas.ties());
        changes.ties().forEach(t -> ties.put(t.id(), t));
        return new Atlas(atlas.version() + 1, sources.values(), cities.values(), ties.values(),
                new ArrayList<>(findings));
    }
}
