package org.pobratim.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.GraphMeasurer;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** The network kernel on graphs whose figures are known by hand, and on random graphs against JGraphT. */
class NetworkStatsTest {
    /** A graph of "a-b" edges, for the network tests. */
    static Graph graph(String... edges) {
        Graph.Builder b = new Graph.Builder();
        for (String edge : edges) {
            String[] ends = edge.split("-");
            b.edge(ends[0], ends[1]);
        }
        return b.build();
    }

    @Test
    void aPathATriangleAndAStarHaveTheirTextbookFigures() {
        NetworkStats path = NetworkStats.of(graph("a-b", "b-c"), 2);
        assertThat(path.betweennessMax()).as("b lies on the only a–c path: normalised 1").isEqualTo(1.0);
        assertThat(path.betweennessMaxNode()).isEqualTo("b");
        assertThat(path.diameter()).isEqualTo(2);
        assertThat(path.meanDistance()).isEqualTo(8.0 / 6);
        assertThat(path.closenessMax()).isEqualTo(1.0);
        assertThat(path.triangles()).isZero();
        assertThat(path.transitivity()).isZero();

        NetworkStats triangle = NetworkStats.of(graph("a-b", "b-c", "c-a", "c-d"), 2);
        assertThat(triangle.triangles()).isEqualTo(1);
        assertThat(triangle.transitivity()).as("3 × 1 triangle / 5 connected triples").isEqualTo(0.6);
        assertThat(triangle.averageClustering()).as("(1 + 1 + 1/3 + 0) / 4").isCloseTo(7.0 / 12, within(1e-15));
        assertThat(triangle.maxCore()).isEqualTo(2);

        NetworkStats star = NetworkStats.of(graph("h-a", "h-b", "h-c", "h-d"), 1);
        assertThat(star.degreeAssortativity()).as("a hub among leaves: perfectly disassortative").isEqualTo(-1.0);
        assertThat(star.pagerankMaxNode()).isEqualTo("h");
        assertThat(star.degreeDistribution()).containsExactly(Map.entry(1, 4), Map.entry(4, 1));
    }

    @Test
    void twoComponentsCountTheLargestForDistancesAndTheWholeForCentralities() {
        NetworkStats two = NetworkStats.of(graph("a-b", "b-c", "c-d", "x-y"), 2);
        assertThat(two.components()).isEqualTo(2);
        assertThat(two.largestComponent()).isEqualTo(4);
        assertThat(two.diameter()).isEqualTo(3);
        assertThat(two.meanDistance()).as("a-b-c-d: 20 / 12").isEqualTo(20.0 / 12);
        // networkx normalises betweenness by the whole graph's (n-1)(n-2) = 20: b and c lie on 4 ordered pairs each
        assertThat(two.betweennessMax()).isEqualTo(4.0 / 20);
    }

    @Test
    void aSweepOnAnInterruptedThreadStopsSoThatARetiredSnapshotsStatisticsEnd() {
        Graph g = graph("a-b", "b-c", "c-d");
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Paths.of(g, Structure.components(g), 0, 1))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(Paths.of(g, Structure.components(g), 0, 1).diameter()).as("and runs when not").isEqualTo(3);
    }

    @Test
    void twoCliquesJoinedByOneEdgeAreTwoCommunities() {
        NetworkStats cliques = NetworkStats.of(graph("a-b", "a-c", "a-d", "b-c", "b-d", "c-d",
                "e-f", "e-g", "e-h", "f-g", "f-h", "g-h", "d-e"), 2);
        assertThat(cliques.communities()).isEqualTo(2);
        // 13 edges; each community has 6 inner edges and degree 13
        assertThat(cliques.modularity()).isCloseTo(2 * (6.0 / 13 - Math.pow(13.0 / 26, 2)), within(1e-12));
    }

    @Test
    void onRandomGraphsEveryFigureIsJGraphTs() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            int n = 60 + random.nextInt(60);
            Graph.Builder ours = new Graph.Builder();
            SimpleGraph<Integer, DefaultEdge> theirs = new SimpleGraph<>(DefaultEdge.class);
            for (int i = 0; i < n; i++) {
                ours.node(String.valueOf(i));
                theirs.addVertex(i);
            }
            for (int e = 0; e < n * 2; e++) {
                int u = random.nextInt(n);
                int v = random.nextInt(Math.max(1, u + 1)); // older nodes attract more: a skewed degree spread
                if (u != v) {
                    ours.edge(String.valueOf(u), String.valueOf(v));
                    theirs.addEdge(u, v);
                }
            }
            Graph g = ours.build();
            NetworkStats s = NetworkStats.of(g, 2);
            ConnectivityInspector<Integer, DefaultEdge> connectivity = new ConnectivityInspector<>(theirs);
            List<java.util.Set<Integer>> sets = connectivity.connectedSets();
            java.util.Set<Integer> largest = sets.stream().max(java.util.Comparator.comparingInt(java.util.Set::size))
                    .orElseThrow();
            assertThat(s.components()).as("seed " + seed).isEqualTo(sets.size());
            assertThat(s.largestComponent()).isEqualTo(largest.size());
            ClusteringCoefficient<Integer, DefaultEdge> clustering = new ClusteringCoefficient<>(theirs);
            assertThat(s.transitivity()).isCloseTo(clustering.getGlobalClusteringCoefficient(), within(1e-12));
            assertThat(s.averageClustering()).isCloseTo(clustering.getAverageClusteringCoefficient(), within(1e-12));
            GraphMeasurer<Integer, DefaultEdge> measurer = new GraphMeasurer<>(new AsSubgraph<>(theirs, largest));
            assertThat(s.diameter()).isEqualTo((int) measurer.getDiameter());
            int[] labels = Structure.components(g);
            double[] betweenness = Paths.of(g, labels, largestLabel(labels), 2).betweenness();
            Map<Integer, Double> reference = new BetweennessCentrality<>(theirs, false).getScores();
            double toJGraphT = (n - 1.0) * (n - 2) / 2; // JGraphT: unnormalised, each unordered pair once
            for (int i = 0; i < n; i++) {
                int node = Integer.parseInt(g.id(i));
                assertThat(betweenness[i] * toJGraphT).as("betweenness of " + node)
                        .isCloseTo(reference.get(node), within(1e-9));
            }
            Map<Integer, Double> cores = new Coreness<>(theirs).getScores().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().doubleValue()));
            int[] ourCores = Structure.coreNumbers(g);
            for (int i = 0; i < n; i++) {
                assertThat((double) ourCores[i]).isEqualTo(cores.get(Integer.parseInt(g.id(i))));
            }
            double[] pagerank = org.pobratim.network.PageRank.of(g, 0.85, 1e-13, 100_000);
            Map<Integer, Double> theirRank = new PageRank<>(theirs, 0.85, 100_000, 1e-15).getScores();
            for (int i = 0; i < n; i++) {
                assertThat(pagerank[i]).isCloseTo(theirRank.get(Integer.parseInt(g.id(i))), within(1e-10));
            }
            Map<Integer, Double> closeness = new ClosenessCentrality<>(new AsSubgraph<>(theirs, largest), false, true)
                    .getScores();
            double[] ours2 = Paths.of(g, labels, largestLabel(labels), 1).closeness();
            if (largest.size() == n) { // connected: networkx's scaling is 1 and JGraphT's closeness is the same
                for (int i = 0; i < n; i++) {
                    assertThat(ours2[i]).isCloseTo(closeness.get(Integer.parseInt(g.id(i))), within(1e-12));
                }
            }
            double modularity = new UndirectedModularityMeasurer<>(theirs).modularity(communities(g, s, theirs));
            assertThat(s.modularity()).isCloseTo(modularity, within(1e-12));
        }
    }

    private static int largestLabel(int[] labels) {
        return Structure.largest(Structure.sizes(labels));
    }

    private static List<java.util.Set<Integer>> communities(Graph g, NetworkStats s,
                                                            SimpleGraph<Integer, DefaultEdge> theirs) {
        Louvain.Partition p = Louvain.best(g, NetworkStats.LOUVAIN_SEEDS);
        List<java.util.Set<Integer>> sets = new java.util.ArrayList<>();
        for (int c = 0; c < p.count(); c++) {
            sets.add(new java.util.HashSet<>());
        }
        for (int i = 0; i < g.nodes(); i++) {
            sets.get(p.community()[i]).add(Integer.parseInt(g.id(i)));
        }
        return sets;
    }
}
