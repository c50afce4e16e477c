package org.pobratim.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieStatus;

/** The country-level network, the largest communities and the cousins, on graphs whose answers are known by hand. */
class CountryNetworkAndCousinsTest {
    private static Graph graph(String... edges) {
        return NetworkStatsTest.graph(edges);
    }

    /** A node's country is its first letter, upper-cased: "fa" is in F. */
    private static String country(String node) {
        return node.substring(0, 1).toUpperCase();
    }

    @Test
    void countriesAreJoinedByTheTiesOfTheirCitiesAndTiesAtHomeAreCountedApart() {
        // F–G three times, F–H once, G–G (at home) once
        CountryNetwork n = CountryNetwork.of(graph("fa-ga", "fa-gb", "fb-ga", "fa-ha", "ga-gb"),
                CountryNetworkAndCousinsTest::country, 10);
        assertThat(n.countries()).isEqualTo(3);
        assertThat(n.pairs()).isEqualTo(2);
        assertThat(n.ties()).isEqualTo(5);
        assertThat(n.domestic()).isEqualTo(1);
        assertThat(n.density()).as("2 of the 3 possible pairs").isEqualTo(2.0 / 3);
        assertThat(n.strongest()).containsExactly(new CountryNetwork.Pair("F", "G", 3),
                new CountryNetwork.Pair("F", "H", 1));
        assertThat(n.ranked()).containsExactly(new CountryNetwork.Country("F", 4, 2, 0),
                new CountryNetwork.Country("G", 3, 1, 1), new CountryNetwork.Country("H", 1, 1, 0));

        CountryNetwork top = CountryNetwork.of(graph("fa-ga", "fa-gb", "fb-ga", "fa-ha", "ga-gb"),
                CountryNetworkAndCousinsTest::country, 1);
        assertThat(top.strongest()).hasSize(1);
        assertThat(top.ranked()).extracting(CountryNetwork.Country::code).containsExactly("F");
        assertThat(top.pairs()).as("the figures count every pair, not only those listed").isEqualTo(2);
    }

    @Test
    void aNodeWithoutACountryIsLeftOutWithItsTies() {
        CountryNetwork n = CountryNetwork.of(graph("a|F-b|G", "c|-b|G"), CountryNetwork::pairsCountry, 10);
        assertThat(n.ties()).isEqualTo(1);
        assertThat(n.countries()).isEqualTo(2);
        assertThat(CountryNetwork.pairsCountry("Paris|France")).isEqualTo("France");
        assertThat(CountryNetwork.pairsCountry("Paris|")).isNull();
    }

    @Test
    void theLargestCommunitiesComeLargestFirstWithTheirHubsFirst() {
        // a five-clique with a leaf x on e, and a four-clique, joined by d–p: d and e have five ties each
        NetworkStats s = NetworkStats.of(graph("a-b", "a-c", "a-d", "a-e", "b-c", "b-d", "b-e", "c-d", "c-e", "d-e",
                "e-x", "p-q", "p-r", "p-s", "q-r", "q-s", "r-s", "d-p"), 1);
        assertThat(s.largestCommunities()).hasSize(2);
        NetworkStats.Community first = s.largestCommunities().get(0);
        assertThat(first.members()).as("most ties first, then by id; the leaf last")
                .containsExactly("d", "e", "a", "b", "c", "x");
        assertThat(first.innerEdges()).isEqualTo(11);
        assertThat(s.largestCommunities().get(1).members()).containsExactly("p", "q", "r", "s");
        assertThat(s.largestCommunities().get(1).innerEdges()).isEqualTo(6);
    }

    private static final Source LIST = new Source("list", "https://example.org/list", "list", null,
            PartialDate.UNKNOWN, LocalDate.of(2026, 1, 1), "en", SourceTier.LISTING);

    private static City city(String id) {
        return new City(id, Map.of("en", id), List.of(), "XX", new Coordinates(45, 20), null, null, null, null,
                List.of());
    }

    private static Tie tie(String a, String b) {
        return new Tie(a, b, List.of(new Agreement(AgreementKind.TWINNING, PartialDate.UNKNOWN, null,
                List.of(LIST.id()))), TieStatus.UNKNOWN, List.of(), List.of(), List.of());
    }

    @Test
    void cousinsShareMostPartnersFirstAndOfEquallyManyTheOneWhosePartnersOverlapMost() {
        // k has partners p1, p2, p3; hub shares p1 and p2 among five partners, twin shares p1 and p2 of its two,
        // far shares p3 only
        List<String> ids = List.of("xx-k", "xx-p1", "xx-p2", "xx-p3", "xx-hub", "xx-twin", "xx-far", "xx-o1",
                "xx-o2", "xx-o3");
        List<Tie> ties = List.of(tie("xx-k", "xx-p1"), tie("xx-k", "xx-p2"), tie("xx-k", "xx-p3"),
                tie("xx-hub", "xx-p1"), tie("xx-hub", "xx-p2"), tie("xx-hub", "xx-o1"), tie("xx-hub", "xx-o2"),
                tie("xx-hub", "xx-o3"), tie("xx-twin", "xx-p1"), tie("xx-twin", "xx-p2"), tie("xx-far", "xx-p3"));
        Atlas atlas = new Atlas(1, List.of(LIST), ids.stream().map(CountryNetworkAndCousinsTest::city).toList(),
                ties);
        List<Cousins.Cousin> cousins = Cousins.of(atlas, "xx-k", 10);
        assertThat(cousins).extracting(c -> c.city().id()).containsExactly("xx-twin", "xx-hub", "xx-far");
        assertThat(cousins.get(0).overlap()).as("2 shared of 3 partners in all").isEqualTo(2.0 / 3);
        assertThat(cousins.get(1).overlap()).as("2 shared of 6 partners in all").isEqualTo(2.0 / 6);
        assertThat(cousins.get(1).sharedPartners()).extracting(City::id).containsExactly("xx-p1", "xx-p2");
        assertThat(Cousins.of(atlas, "xx-k", 1)).hasSize(1);
    }
}
