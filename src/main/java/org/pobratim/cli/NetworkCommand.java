package org.pobratim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pobratim.app.Pobratim;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.TieQuery;
import org.pobratim.ingest.EdgeLists;
import org.pobratim.ingest.InputRejected;
import org.pobratim.network.AtlasGraph;
import org.pobratim.network.CountryNetwork;
import org.pobratim.network.Graph;
import org.pobratim.network.NetworkStats;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The twin network's statistics: of the atlas (a country's ties, or all), or of an external edge list. */
@Command(name = "network", mixinStandardHelpOptions = true,
        subcommands = {NetworkCommand.Stats.class, NetworkCommand.Countries.class},
        description = "Statistics of the twin-town network (docs/network.md).")
final class NetworkCommand {
    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Nodes, edges, components, triangles, clustering, assortativity, diameter and mean distance "
                    + "of the largest component, exact betweenness, closeness, PageRank, k-cores and communities, each "
                    + "with its seconds; of the atlas's ties, or of --edges / --pairs.")
    static final class Stats implements Callable<Integer> {
        static final class Input {
            @Option(names = "--edges", description = "a TSV of id pairs, one edge per line (e.g. relations.tsv)")
            Path edges;

            @Option(names = "--pairs", description = "a pairs CSV (city1,country1,...,city2,country2); a node is "
                    + "its (city, country) as written")
            Path pairs;
        }

        @ArgGroup(exclusive = true)
        Input input;

        @Option(names = "--country", description = "only the atlas's ties with a city in this country (e.g. RS)")
        String country;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--threads", description = "threads for the all-pairs sweep (default: the processors)")
        Integer threads;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() throws Exception {
            if (!textOrJson(format)) {
                return Main.EXIT_USAGE;
            }
            Graph graph;
            try {
                graph = input == null ? atlasGraph()
                        : input.edges != null ? EdgeLists.tsv(input.edges) : EdgeLists.pairs(input.pairs);
            } catch (InputRejected e) {
                return Rejection.report(e, "cannot read the edge list");
            }
            NetworkStats stats = NetworkStats.of(graph, threads == null
                    ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads));
            System.out.println(format.equals("json") ? json(stats) : text(stats));
            return 0;
        }

        private Graph atlasGraph() {
            try (Pobratim app = Pobratim.open(store.config())) {
                Atlas atlas = app.atlas().current();
                TieQuery query = TieQuery.ofCountry(country == null ? null : country.toUpperCase(Locale.ROOT));
                return AtlasGraph.of(atlas, t -> query.matches(t, atlas));
            }
        }
    }

    @Command(name = "countries", mixinStandardHelpOptions = true,
            description = "The country-level network: countries as nodes, the ties between their cities as weights; "
                    + "of the atlas's ties, or of a --pairs CSV (a node's country as written).")
    static final class Countries implements Callable<Integer> {
        @Option(names = "--pairs", description = "a pairs CSV (city1,country1,...,city2,country2)")
        Path pairs;

        @Option(names = "--country", description = "only the atlas's ties with a city in this country (e.g. RS)")
        String country;

        @Option(names = "--limit", defaultValue = "20", description = "pairs and countries listed (default: "
                + "${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() throws Exception {
            if (!textOrJson(format)) {
                return Main.EXIT_USAGE;
            }
            if (limit < 1) {
                System.err.println("--limit must be at least 1, not " + limit);
                return Main.EXIT_USAGE;
            }
            CountryNetwork network;
            if (pairs != null) {
                try {
                    network = CountryNetwork.of(EdgeLists.pairs(pairs), CountryNetwork::pairsCountry, limit);
                } catch (InputRejected e) {
                    return Rejection.report(e, "cannot read the edge list");
                }
            } else {
                try (Pobratim app = Pobratim.open(store.config())) {
                    Atlas atlas = app.atlas().current();
                    TieQuery query = TieQuery.ofCountry(country == null ? null : country.toUpperCase(Locale.ROOT));
                    network = CountryNetwork.of(AtlasGraph.of(atlas, t -> query.matches(t, atlas)),
                            id -> atlas.city(id).map(c -> c.country()).orElse(null), limit);
                }
            }
            System.out.println(format.equals("json")
                    ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).writeValueAsString(network)
                    : text(network));
            return 0;
        }

        static String text(CountryNetwork n) {
            StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                    "%d countries, %d pairs with ties (density %.4f); %d ties, %d of them within one country%n",
                    n.countries(), n.pairs(), n.density(), n.ties(), n.domestic()));
            t.append("most tied pairs:").append(System.lineSeparator());
            n.strongest().forEach(p -> t.append(String.format(Locale.ROOT, "  %-24s %6d%n", p.a() + " - " + p.b(),
                    p.ties())));
            t.append("countries by ties abroad (partner countries, at home):").append(System.lineSeparator());
            n.ranked().forEach(c -> t.append(String.format(Locale.ROOT, "  %-24s %6d  (%d, %d)%n", c.code(),
                    c.tiesAbroad(), c.partnerCountries(), c.domestic())));
            return t.toString().stripTrailing();
        }
    }

    /** Whether {@code --format} is one of the two; says so on stderr when it is not. */
    static boolean textOrJson(String format) {
        if (format.equals("text") || format.equals("json")) {
            return true;
        }
        System.err.println("--format must be text or json, not '" + format + "'");
        return false;
    }

    /** The figures under the keys issue 12 names, each step's seconds under {@code seconds}. */
    static String json(NetworkStats s) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode out = mapper.createObjectNode();
        out.put("nodes", s.nodes());
        out.put("edges", s.edges());
        out.put("components", s.components());
        out.put("largest_component", s.largestComponent());
        out.put("triangles", s.triangles());
        out.put("transitivity", s.transitivity());
        out.put("average_clustering", s.averageClustering());
        if (Double.isNaN(s.degreeAssortativity())) {
            out.putNull("degree_assortativity"); // undefined: every edge joins nodes of one degree, or no edge
        } else {
            out.put("degree_assortativity", s.degreeAssortativity());
        }
        out.put("diameter", s.diameter());
        out.put("mean_distance", s.meanDistance());
        out.put("betweenness_max", s.betweennessMax());
        out.put("betweenness_max_node", s.betweennessMaxNode());
        out.put("closeness_max", s.closenessMax());
        out.put("closeness_max_node", s.closenessMaxNode());
        out.put("pagerank_max", s.pagerankMax());
        out.put("pagerank_max_node", s.pagerankMaxNode());
        out.put("max_core", s.maxCore());
        out.put("communities", s.communities());
        out.put("modularity", s.modularity());
        ObjectNode degrees = out.putObject("degree_distribution");
        s.degreeDistribution().forEach((d, n) -> degrees.put(String.valueOf(d), n));
        ObjectNode seconds = out.putObject("seconds");
        s.seconds().forEach(seconds::put);
        return mapper.writeValueAsString(out);
    }

    static String text(NetworkStats s) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%d nodes, %d edges, %d components (largest %d)%n", s.nodes(), s.edges(),
                s.components(), s.largestComponent()));
        t.append(String.format(Locale.ROOT, "triangles %d, transitivity %.12f, average clustering %.12f%n",
                s.triangles(), s.transitivity(), s.averageClustering()));
        t.append(String.format(Locale.ROOT, "degree assortativity %.12f%n", s.degreeAssortativity()));
        t.append(String.format(Locale.ROOT, "largest component: diameter %d, mean distance %.12f%n", s.diameter(),
                s.meanDistance()));
        t.append(String.format(Locale.ROOT, "betweenness max %.12f (%s), closeness max %.12f (%s)%n",
                s.betweennessMax(), s.betweennessMaxNode(), s.closenessMax(), s.closenessMaxNode()));
        t.append(String.format(Locale.ROOT, "PageRank max %.12f (%s), max core %d%n", s.pagerankMax(),
                s.pagerankMaxNode(), s.maxCore()));
        t.append(String.format(Locale.ROOT, "%d communities (Louvain, best of seeds 1-%d), modularity %.6f%n",
                s.communities(), NetworkStats.LOUVAIN_SEEDS, s.modularity()));
        double total = 0;
        for (Map.Entry<String, Double> e : s.seconds().entrySet()) {
            t.append(String.format(Locale.ROOT, "  %-22s %8.3f s%n", e.getKey(), e.getValue()));
            total += e.getValue();
        }
        t.append(String.format(Locale.ROOT, "  %-22s %8.3f s", "all", total));
        return t.toString();
    }
}
