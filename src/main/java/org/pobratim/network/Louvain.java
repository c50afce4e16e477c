package org.pobratim.network;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Communities by the Louvain method (Blondel et al. 2008) at resolution 1: nodes move to the neighbouring
 * community that gains most modularity, in a seeded random order, until none moves; the communities then become the
 * nodes of the next level. Several seeds are run and the partition of highest modularity kept, so the answer is
 * the same on every run.
 */
final class Louvain {
    /** A partition: each node's community (0..count-1) and its modularity on the graph. */
    record Partition(int[] community, int count, double modularity) {
    }

    private Louvain() {
    }

    static Partition best(Graph g, int seeds) {
        Partition best = null;
        for (int seed = 1; seed <= seeds; seed++) {
            Partition p = run(g, seed);
            if (best == null || p.modularity() > best.modularity() + 1e-12) {
                best = p;
            }
        }
        return best;
    }

    static Partition run(Graph g, long seed) {
        int n = g.nodes();
        // the level graph: weighted CSR, with self-loop weights (twice the inner edges' weight in loops[])
        int[] offsets = new int[n + 1];
        for (int u = 0; u < n; u++) {
            offsets[u + 1] = offsets[u] + g.degree(u);
        }
        int[] targets = Arrays.copyOf(g.adjacency(), g.adjacency().length);
        double[] weights = new double[targets.length];
        Arrays.fill(weights, 1);
        double[] loops = new double[n];
        int[] membership = new int[n];
        for (int u = 0; u < n; u++) {
            membership[u] = u;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double twiceM = 2.0 * g.edges();
        if (twiceM == 0) {
            return new Partition(membership, n, 0);
        }
        int size = n;
        while (true) {
            int[] community = moveNodes(size, offsets, targets, weights, loops, twiceM, random);
            int count = renumber(community);
            if (count == size) {
                break;
            }
            for (int u = 0; u < n; u++) {
                membership[u] = community[membership[u]];
            }
            // aggregate: one node per community
            double[] newLoops = new double[count];
            java.util.Map<Long, Double> links = new java.util.HashMap<>();
            for (int u = 0; u < size; u++) {
                int cu = community[u];
                newLoops[cu] += loops[u];
                for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                    int cv = community[targets[i]];
                    if (cu == cv) {
                        newLoops[cu] += weights[i];
                    } else {
                        links.merge(((long) cu << 32) | cv, weights[i], Double::sum);
                    }
                }
            }
            long[] keys = links.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int[] newOffsets = new int[count + 1];
            for (long key : keys) {
                newOffsets[(int) (key >>> 32) + 1]++;
            }
            for (int c = 0; c < count; c++) {
                newOffsets[c + 1] += newOffsets[c];
            }
            int[] newTargets = new int[keys.length];
            double[] newWeights = new double[keys.length];
            for (int k = 0; k < keys.length; k++) {
                newTargets[k] = (int) keys[k];
                newWeights[k] = links.get(keys[k]);
            }
            offsets = newOffsets;
            targets = newTargets;
            weights = newWeights;
            loops = newLoops;
            size = count;
        }
        int count = renumber(membership);
        return new Partition(membership, count, modularity(g, membership, count));
    }

    /** One level's local moving; returns each node's community. */
    private static int[] moveNodes(int size, int[] offsets, int[] targets, double[] weights, double[] loops,
                                   double twiceM, SplittableRandom random) {
        double[] strength = new double[size];
        for (int u = 0; u < size; u++) {
            strength[u] = loops[u];
            for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                strength[u] += weights[i];
            }
        }
        int[] community = new int[size];
        double[] total = new double[size];
        for (int u = 0; u < size; u++) {
            community[u] = u;
            total[u] = strength[u];
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] linkTo = new double[size];
        int[] touched = new int[size];
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int u : order) {
                int touchedCount = 0;
                int own = community[u];
                for (int i = offsets[u]; i < offsets[u + 1]; i++) {
                    int c = community[targets[i]];
                    if (linkTo[c] == 0) {
                        touched[touchedCount++] = c;
                    }
                    linkTo[c] += weights[i];
                }
                total[own] -= strength[u];
                int best = own;
                double bestGain = linkTo[own] - strength[u] * total[own] / twiceM;
                for (int k = 0; k < touchedCount; k++) {
                    int c = touched[k];
                    double gain = linkTo[c] - strength[u] * total[c] / twiceM;
                    if (c != own && gain > bestGain + 1e-12) {
                        bestGain = gain;
                        best = c;
                    }
                }
                total[best] += strength[u];
                if (best != own) {
                    community[u] = best;
                    moved = true;
                }
                for (int k = 0; k < touchedCount; k++) {
                    linkTo[touched[k]] = 0;
                }
                linkTo[own] = 0;
            }
        }
        return community;
    }

    /** Renumbers community labels to 0..k-1 in order of first appearance; returns k. */
    private static int renumber(int[] labels) {
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            Integer known = index.get(labels[i]);
            if (known == null) {
                known = index.size();
                index.put(labels[i], known);
            }
            labels[i] = known;
        }
        return index.size();
    }

    /** Newman's modularity of a partition at resolution 1. */
    static double modularity(Graph g, int[] community, int count) {
        double m = g.edges();
        if (m == 0) {
            return 0;
        }
        double[] inner = new double[count];
        double[] degree = new double[count];
        int[] adj = g.adjacency();
        for (int u = 0; u < g.nodes(); u++) {
            degree[community[u]] += g.degree(u);
            for (int i = g.start(u); i < g.end(u); i++) {
                if (community[adj[i]] == community[u]) {
                    inner[community[u]] += 0.5;
                }
            }
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            q += inner[c] / m - Math.pow(degree[c] / (2 * m), 2);
        }
        return q;
    }
}
