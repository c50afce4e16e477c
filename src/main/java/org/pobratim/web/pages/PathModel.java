package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Tie;
import org.pobratim.network.Graph;
import org.pobratim.network.ShortestPaths;
import org.pobratim.read.Snapshot;
import org.pobratim.search.NameSearch;
import org.pobratim.search.SearchEntry;
import org.pobratim.search.SearchHit;

/**
 * The path finder ("six degrees of twinning"): the shortest chain of ties between two cities named in the form (by
 * id or by name, the name search's first city), each step linking to its tie, and how many shortest chains there
 * are.
 */
final class PathModel {
    private PathModel() {
    }

    static Views.PathPage build(PageParts parts, Snapshot snapshot, String from, String to) {
        PageText text = parts.text;
        return new Views.PathPage(parts.chrome(text.t("path.title"), text.t("path.description"), "/path"),
                answer(parts, snapshot, from, to), from == null ? "" : from, to == null ? "" : to);
    }

    /** The answer, or null when the form was not sent. */
    private static Views.PathResult answer(PageParts parts, Snapshot snapshot, String from, String to) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return null;
        }
        PageText text = parts.text;
        Optional<City> a = city(snapshot, from);
        Optional<City> b = city(snapshot, to);
        if (a.isEmpty() || b.isEmpty()) {
            return new Views.PathResult(text.t("network.path.unknown", a.isEmpty() ? from : to), List.of());
        }
        if (a.get().id().equals(b.get().id())) {
            return new Views.PathResult(text.t("path.same", text.name(a.get())), List.of());
        }
        Graph g = snapshot.network();
        Optional<ShortestPaths.Path> path = g.indexOf(a.get().id()).flatMap(i -> g.indexOf(b.get().id())
                .flatMap(j -> ShortestPaths.between(g, i, j)));
        if (path.isEmpty()) {
            return new Views.PathResult(text.t("network.path.none", text.name(a.get()), text.name(b.get())),
                    List.of());
        }
        List<Views.PathStep> steps = new ArrayList<>();
        List<String> nodes = path.get().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            City city = parts.atlas.cities().get(nodes.get(i));
            Views.Link tie = null;
            if (i > 0) {
                Tie step = parts.atlas.tie(Tie.idOf(nodes.get(i - 1), nodes.get(i))).orElseThrow();
                tie = new Views.Link(parts.tieHref(step), step.established().isKnown()
                        ? text.t("path.tieSince", text.year(step.established())) : text.t("path.tie"));
            }
            steps.add(new Views.PathStep(parts.cityLink(city), parts.countryLink(city.country()).text(), tie));
        }
        return new Views.PathResult(text.t("network.path.found", text.name(a.get()), text.name(b.get()),
                path.get().length(), String.format(text.lang().locale(), "%,.0f", path.get().count())), steps);
    }

    /** A city by id, or the atlas city the name search puts first. */
    private static Optional<City> city(Snapshot snapshot, String query) {
        Optional<City> byId = snapshot.atlas().city(query.strip());
        if (byId.isPresent()) {
            return byId;
        }
        try {
            for (SearchHit hit : snapshot.search().search(query, 10, null)) {
                if (hit.entry().kind() == SearchEntry.Kind.CITY) {
                    return snapshot.atlas().city(hit.entry().id());
                }
            }
        } catch (NameSearch.BadQuery e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
