package org.pobratim.network;

import java.util.function.Predicate;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Tie;

/** The atlas's twin network as a graph: its cities are the nodes, its ties (those a filter keeps) the edges. */
public final class AtlasGraph {
    private AtlasGraph() {
    }

    /** Ties in id order, so that node numbers (and ties of equal figures) are the same on every run. */
    public static Graph of(Atlas atlas, Predicate<Tie> keep) {
        Graph.Builder graph = new Graph.Builder();
        atlas.ties().values().stream().filter(keep).sorted(java.util.Comparator.comparing(Tie::id))
                .forEach(t -> graph.edge(t.cityA(), t.cityB()));
        return graph.build();
    }
}
