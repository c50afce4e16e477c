package org.pobratim.network;

import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;

/** Local structure of a graph: components, degrees, triangles and clustering, assortativity, k-cores. */
final class Structure {
    private Structure() {
    }

    /** Component labels (0..k-1, in order of their lowest node) of every node. */
    static int[] components(Graph g) {
        int n = g.nodes();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        int[] adj = g.adjacency();
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            label[s] = next;
            while (head < tail) {
                int u = queue[head++];
                for (int i = g.start(u); i < g.end(u); i++) {
                    int v = adj[i];
                    if (label[v] < 0) {
                        label[v] = next;
                        queue[tail++] = v;
                    }
                }
            }
            next++;
        }
        return label;
    }

    static int[] sizes(int[] labels) {
        int k = Arrays.stream(labels).max().orElse(-1) + 1;
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    /** The label of the largest component (the first of equal size), or -1 for an empty graph. */
    static int largest(int[] sizes) {
        int largest = sizes.length == 0 ? -1 : 0;
        for (int c = 1; c < sizes.length; c++) {
            if (sizes[c] > sizes[largest]) {
                largest = c;
            }
        }
        return largest;
    }

    /** How many nodes have each degree. */
    static SortedMap<Integer, Integer> degreeDistribution(Graph g) {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        for (int u = 0; u < g.nodes(); u++) {
            counts.merge(g.degree(u), 1, Integer::sum);
        }
        return counts;
    }

    /** The triangles through each node (sorted-list intersection over each edge u < v). */
    static long[] trianglesPerNode(Graph g) {
        int n = g.nodes();
        long[] t = new long[n];
        int[] adj = g.adjacency();
        for (int u = 0; u < n; u++) {
            for (int i = g.start(u); i < g.end(u); i++) {
                int v = adj[i];
                if (v <= u) {
                    continue;
                }
                // common neighbours w > v of u and v: each triangle u < v < w once
                int a = g.start(u);
                int b = g.start(v);
                int ae = g.end(u);
                int be = g.end(v);
                while (a < ae && b < be) {
                    int x = adj[a];
                    int y = adj[b];
                    if (x < y) {
                        a++;
                    } else if (y < x) {
                        b++;
                    } else {
                        if (x > v) {
                            t[u]++;
                            t[v]++;
                            t[x]++;
                        }
                        a++;
                        b++;
                    }
                }
            }
        }
        return t;
    }

    /** Transitivity: three times the triangles over the connected triples (0 without triangles), as networkx. */
    static double transitivity(Graph g, long[] triangles) {
        long sixTimesTriangles = 0;
        long twiceTriples = 0;
        for (int u = 0; u < g.nodes(); u++) {
            long d = g.degree(u);
            sixTimesTriangles += 2 * triangles[u];
            twiceTriples += d * (d - 1);
        }
        return sixTimesTriangles == 0 ? 0 : (double) sixTimesTriangles / twiceTriples;
    }

    /** The mean of the local clustering coefficients, nodes of degree below 2 counting as 0 (networkx's rule). */
    static double averageClustering(Graph g, long[] triangles) {
        if (g.nodes() == 0) {
            return 0;
        }
        double sum = 0;
        for (int u = 0; u < g.nodes(); u++) {
            long d = g.degree(u);
            if (d >= 2) {
                sum += 2.0 * triangles[u] / (d * (d - 1));
            }
        }
        return sum / g.nodes();
    }

    /** Pearson's correlation of the degrees at the two ends of every edge, both ways (networkx's coefficient). */
    static double degreeAssortativity(Graph g) {
        int[] adj = g.adjacency();
        double count = 0;
        double sumX = 0;
        double sumXY = 0;
        double sumX2 = 0;
        for (int u = 0; u < g.nodes(); u++) {
            long du = g.degree(u);
            for (int i = g.start(u); i < g.end(u); i++) {
                long dv = g.degree(adj[i]);
                count++;
                sumX += du;
                sumXY += (double) du * dv;
                sumX2 += (double) du * du;
            }
        }
        double mean = sumX / count;
        double variance = sumX2 / count - mean * mean;
        return variance == 0 ? Double.NaN : (sumXY / count - mean * mean) / variance;
    }

    /** Core numbers (Batagelj and Zaveršnik's bucket algorithm). */
    static int[] coreNumbers(Graph g) {
        int n = g.nodes();
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int u = 0; u < n; u++) {
            degree[u] = g.degree(u);
            maxDegree = Math.max(maxDegree, degree[u]);
        }
        int[] bin = new int[maxDegree + 1];
        for (int d : degree) {
            bin[d]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++) {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        int[] order = new int[n];
        int[] position = new int[n];
        for (int u = 0; u < n; u++) {
            position[u] = bin[degree[u]];
            order[position[u]] = u;
            bin[degree[u]]++;
        }
        for (int d = maxDegree; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        bin[0] = 0;
        int[] adj = g.adjacency();
        for (int i = 0; i < n; i++) {
            int v = order[i];
            for (int j = g.start(v); j < g.end(v); j++) {
                int u = adj[j];
                if (degree[u] > degree[v]) {
                    int du = degree[u];
                    int pu = position[u];
                    int pw = bin[du];
                    int w = order[pw];
                    if (u != w) {
                        position[u] = pw;
                        order[pu] = w;
                        position[w] = pu;
                        order[pw] = u;
                    }
                    bin[du]++;
                    degree[u]--;
                }
            }
        }
        return degree;
    }
}
