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

/**
 * What {@code static/map.js} draws, sent in the page as {@code <script type="application/json" id="map-data">}:
 * <pre>
 * {"cities": [{"id": "rs-kikinda", "name": "Kikinda", "lat": 45.83, "lon": 20.47, "href": "/en/city/rs-kikinda",
 *              "home": true, "focus": true}, ...],
 *  "ties":   [{"from": 0, "to": 1, "href": "/en/tie/no-narvik--rs-kikinda", "title": "Kikinda – Narvik"}, ...]}
 * </pre>
 * A city is a point with its name (plain text, never HTML), its page, whether it is Serbian ({@code home}) and
 * whether the page is about it ({@code focus}, absent otherwise); a tie is an arc between two cities given by their
 * index in {@code cities}, with its page and title (plain text).
 */
record MapData(List<MapCity> cities, List<MapTie> ties) {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL)).build();

    record MapCity(String id, String name, double lat, double lon, String href, boolean home, Boolean focus) {
    }

    record MapTie(int from, int to, String href, String title) {
    }

    static MapData of(List<Tie> ties, City focus, PageParts parts) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<MapCity> cities = new ArrayList<>();
        java.util.function.Function<City, Integer> add = city -> index.computeIfAbsent(city.id(), id -> {
            Views.Link link = parts.cityLink(city);
            cities.add(new MapCity(city.id(), link.text(), city.location().lat(), city.location().lon(), link.href(),
                    Serbia.isSerbian(city),
                    focus != null && city.id().equals(focus.id()) ? Boolean.TRUE : null));
            return cities.size() - 1;
        });
        if (focus != null) {
            add.apply(focus);
        }
        List<MapTie> arcs = new ArrayList<>();
        for (Tie tie : ties) {
            int from = add.apply(parts.atlas.cities().get(tie.cityA()));
            int to = add.apply(parts.atlas.cities().get(tie.cityB()));
            arcs.add(new MapTie(from, to, parts.tieHref(tie), parts.pair(tie)));
        }
        return new MapData(cities, arcs);
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
