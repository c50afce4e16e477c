package org.pobratim.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The statistics of a graph that issue 12 names, each with the seconds it took: as networkx defines them (see
 * docs/network.md), so that the figures can be compared with networkx's and igraph's on the same edge list.
 */
public record NetworkStats(int nodes, long edges, int components, int largestComponent,
                           SortedMap<Integer, Integer> degreeDistribution, long triangles, double transitivity,
                           double averageClustering, double degreeAssortativity, int diameter, double meanDistance,
                           double betweennessMax, String betweennessMaxNode, double closenessMax,
                           String closenessMaxNode, double pagerankMax, String pagerankMaxNode, int maxCore,
                           int communities, double modularity, List<Community> largestCommunities,
                           Map<String, List<Central>> central, Map<String, Double> seconds) {
    /** A node and its value on one centrality. */
    public record Central(String id, double value) {
    }

    /**
     * One of the largest communities: its nodes, those of highest degree first (then by id), and the edges inside
     * it.
     */
    public record Community(List<String> members, long innerEdges) {
        public Community {
            members = List.copyOf(members);
        }

        public int size() {
            return members.size();
        }
    }

    /** How many of the largest communities {@link #largestCommunities} lists, largest first (then by first hub). */
    public static final int COMMUNITIES_LISTED = 12;

    /** How many nodes {@link #central} lists for each measure. */
    public static final int CENTRAL = 20;

    /** PageRank's damping and its L1 convergence (issue 12: 0.85, 1e-10). */
    public static final double DAMPING = 0.85;
    public static final double PAGERANK_TOLERANCE = 1e-10;
    /** Louvain is run with seeds 1..this, and the best partition kept. */
    public static final int LOUVAIN_SEEDS = 10;

    /** Every statistic of {@code g}; the all-pairs sweep uses {@code workers} threads. */
    public static NetworkStats of(Graph g, int workers) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        int[] components = timed(seconds, "components", () -> Structure.components(g));
        int[] sizes = Structure.sizes(components);
        int largest = Structure.largest(sizes);
        SortedMap<Integer, Integer> degrees = timed(seconds, "degree_distribution",
                () -> Structure.degreeDistribution(g));
        long[] triangles = timed(seconds, "triangles", () -> Structure.trianglesPerNode(g));
        long triangleCount = 0;
        for (long t : triangles) {
            triangleCount += t;
        }
        double transitivity = timed(seconds, "transitivity", () -> Structure.transitivity(g, triangles));
        double clustering = timed(seconds, "average_clustering", () -> Structure.averageClustering(g, triangles));
        double assortativity = timed(seconds, "degree_assortativity", () -> Structure.degreeAssortativity(g));
        Paths.Result paths = timed(seconds, "betweenness", () -> Paths.of(g, components, largest, workers));
        double[] pagerank = timed(seconds, "pagerank", () -> PageRank.of(g, DAMPING, PAGERANK_TOLERANCE, 10_000));
        int[] cores = timed(seconds, "max_core", () -> Structure.coreNumbers(g));
        Louvain.Partition partition = timed(seconds, "communities", () -> Louvain.best(g, LOUVAIN_SEEDS));
        int maxCore = 0;
        for (int core : cores) {
            maxCore = Math.max(maxCore, core);
        }
        double[] degree = new double[g.nodes()];
        for (int u = 0; u < g.nodes(); u++) {
            degree[u] = g.degree(u);
        }
        Map<String, List<Central>> central = new LinkedHashMap<>();
        central.put("degree", top(g, degree));
        central.put("betweenness", top(g, paths.betweenness()));
        central.put("closeness", top(g, paths.closeness()));
        central.put("pagerank", top(g, pagerank));
        int b = argmax(paths.betweenness());
        int c = argmax(paths.closeness());
        int p = argmax(pagerank);
        return new NetworkStats(g.nodes(), g.edges(), sizes.length, largest < 0 ? 0 : sizes[largest], degrees,
                triangleCount / 3, transitivity, clustering, assortativity, paths.diameter(), paths.meanDistance(),
                b < 0 ? 0 : paths.betweenness()[b], b < 0 ? null : g.id(b), c < 0 ? 0 : paths.closeness()[c],
                c < 0 ? null : g.id(c), p < 0 ? 0 : pagerank[p], p < 0 ? null : g.id(p), maxCore,
                partition.count(), partition.modularity(), largest(g, partition), central, seconds);
    }

    private static List<Community> largest(Graph g, Louvain.Partition partition) {
        List<List<Integer>> members = new java.util.ArrayList<>();
        for (int c = 0; c < partition.count(); c++) {
            members.add(new java.util.ArrayList<>());
        }
        for (int u = 0; u < g.nodes(); u++) {
            members.get(partition.community()[u]).add(u);
        }
        java.util.Comparator<Integer> byDegree = java.util.Comparator.comparingInt((Integer u) -> -g.degree(u))
                .thenComparing(g::id);
        members.forEach(m -> m.sort(byDegree));
        return members.stream()
                .sorted(java.util.Comparator.comparingInt((List<Integer> m) -> -m.size())
                        .thenComparing(m -> g.id(m.get(0))))
                .limit(COMMUNITIES_LISTED)
                .map(m -> {
                    long inner = 0;
                    int label = partition.community()[m.get(0)];
                    for (int u : m) {
                        for (int i = g.start(u); i < g.end(u); i++) {
                            if (partition.community()[g.adjacency()[i]] == label) {
                                inner++;
                            }
                        }
                    }
                    return new Community(m.stream().map(g::id).toList(), inner / 2);
                })
                .toList();
    }

    /** The nodes of highest value, ties broken by id. */
    private static List<Central> top(Graph g, double[] values) {
        return java.util.stream.IntStream.range(0, values.length).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer i) -> -values[i]).thenComparing(g::id))
                .limit(CENTRAL).map(i -> new Central(g.id(i), values[i])).toList();
    }

    private static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (best < 0 || values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static <T> T timed(Map<String, Double> seconds, String key, Supplier<T> step) {
        long started = System.nanoTime();
        T value = step.get();
        seconds.put(key, (System.nanoTime() - started) / 1e9);
        return value;
    }
}
