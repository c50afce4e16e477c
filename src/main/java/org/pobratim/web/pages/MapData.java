package org.pobratim.web.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.network.NetworkStats;

/**
 * What {@code static/map.js} draws, sent in the page as {@code <script type="application/json" id="map-data">}:
 * <pre>
 * {"cities": [{"id": "rs-kikinda", "name": "Kikinda", "lat": 45.83, "lon": 20.47, "href": "/en/city/rs-kikinda",
 *              "home": true, "focus": true}, ...],
 *  "ties":   [{"from": 0, "to": 1, "href": "/en/tie/no-narvik--rs-kikinda", "title": "Kikinda – Narvik"}, ...]}
 * </pre>
 * A city is a point with its name (plain text, never HTML), its page, whether it is Serbian ({@code home}) and
 * whether the page is about it ({@code focus}, absent otherwise); a tie is an arc between two cities given by their
 * index in {@code cities}, with its page and title (plain text). On the network page a city and a tie may carry a
 * {@code group} (its community's index in {@code palette}, the colours drawn with).
 */
record MapData(List<MapCity> cities, List<MapTie> ties, List<String> palette) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL)).build();

    record MapCity(String id, String name, double lat, double lon, String href, boolean home, Boolean focus,
                   Integer group) {
    }

    record MapTie(int from, int to, String href, String title, Integer group) {
    }

    /**
     * The colours of the network page's communities, the largest first: distinct at a glance and for the common
     * colour blindnesses as far as twelve colours can be (after Okabe and Ito, and Paul Tol's "muted").
     */
    static final List<String> COMMUNITY_COLOURS = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
            "#56b4e9", "#882255", "#117733", "#999933", "#332288", "#aa4499", "#44aa99");

    static MapData of(List<Tie> ties, City focus, PageParts parts) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<MapCity> cities = new ArrayList<>();
        java.util.function.Function<City, Integer> add = city -> index.computeIfAbsent(city.id(), id -> {
            Views.Link link = parts.cityLink(city);
            cities.add(new MapCity(city.id(), link.text(), city.location().lat(), city.location().lon(), link.href(),
                    Serbia.isSerbian(city),
                    focus != null && city.id().equals(focus.id()) ? Boolean.TRUE : null, null));
            return cities.size() - 1;
        });
        if (focus != null) {
            add.apply(focus);
        }
        List<MapTie> arcs = new ArrayList<>();
        for (Tie tie : ties) {
            int from = add.apply(parts.atlas.cities().get(tie.cityA()));
            int to = add.apply(parts.atlas.cities().get(tie.cityB()));
            arcs.add(new MapTie(from, to, parts.tieHref(tie), parts.pair(tie), null));
        }
        return new MapData(cities, arcs, null);
    }

    /**
     * The network's communities on the map: at most {@code maxCities} cities, those of most ties first, each
     * coloured by its community when it is one of the largest ({@code group}: its rank from 0, else absent), and the
     * ties between them, at most {@code maxTies}, coloured when both ends are of one listed community.
     */
    static MapData communities(List<NetworkStats.Community> communities, PageParts parts, int maxCities,
                               int maxTies) {
        Map<String, Integer> group = new java.util.HashMap<>();
        for (int i = 0; i < communities.size() && i < COMMUNITY_COLOURS.size(); i++) {
            for (String id : communities.get(i).members()) {
                group.put(id, i);
            }
        }
        List<City> shown = parts.atlas.cities().values().stream()
                .filter(c -> !parts.atlas.tiesOf(c.id()).isEmpty())
                .sorted(java.util.Comparator.comparingInt((City c) -> -parts.atlas.tiesOf(c.id()).size())
                        .thenComparing(City::id))
                .limit(maxCities).toList();
        Map<String, Integer> index = new java.util.HashMap<>();
        List<MapCity> cities = new ArrayList<>();
        for (City city : shown) {
            Views.Link link = parts.cityLink(city);
            index.put(city.id(), cities.size());
            cities.add(new MapCity(city.id(), link.text(), city.location().lat(), city.location().lon(), link.href(),
                    Serbia.isSerbian(city), null, group.get(city.id())));
        }
        // the ties among the cities of most ties first: by the later of their two ends in that order
        List<MapTie> arcs = parts.atlas.ties().values().stream()
                .filter(t -> index.containsKey(t.cityA()) && index.containsKey(t.cityB()))
                .sorted(java.util.Comparator.comparingInt((Tie t) -> Math.max(index.get(t.cityA()),
                        index.get(t.cityB()))).thenComparing(Tie::id))
                .limit(maxTies)
                .map(t -> {
                    Integer g = group.get(t.cityA());
                    return new MapTie(index.get(t.cityA()), index.get(t.cityB()), parts.tieHref(t), parts.pair(t),
                            g != null && g.equals(group.get(t.cityB())) ? g : null);
                })
                .toList();
        return new MapData(cities, arcs, COMMUNITY_COLOURS);
    }

    /** The JSON, safe inside a {@code <script>} element: no {@code <} can close it or open a comment. */
    String json() {
        try {
            return JSON.writeValueAsString(this).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
