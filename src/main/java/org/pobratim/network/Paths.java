package org.pobratim.network;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * One sweep of breadth-first searches from every node, on all cores, giving at once what needs all shortest paths:
 * exact betweenness (Brandes), closeness (networkx's, with Wasserman and Faust's scaling for disconnected graphs),
 * and the diameter and mean distance of the largest component. Each worker keeps its own arrays and sums; the
 * sums are added in worker order, so the figures are the same on every run.
 */
final class Paths {
    /** What the sweep found; betweenness and closeness per node. */
    record Result(double[] betweenness, double[] closeness, int diameter, double meanDistance) {
    }

    private Paths() {
    }

    static Result of(Graph g, int[] components, int largest, int workers) {
        int n = g.nodes();
        Worker[] pool = new Worker[workers];
        for (int w = 0; w < workers; w++) {
            pool[w] = new Worker(g, components, largest);
        }
        AtomicInteger next = new AtomicInteger();
        double[] closeness = new double[n];
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int s = next.getAndIncrement(); s < n; s = next.getAndIncrement()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("the sweep was cancelled");
                }
                closeness[s] = pool[w].sweep(s);
            }
        });
        double[] betweenness = new double[n];
        long distanceSum = 0;
        long pairs = 0;
        int diameter = 0;
        for (Worker worker : pool) {
            for (int i = 0; i < n; i++) {
                betweenness[i] += worker.betweenness[i];
            }
            distanceSum += worker.distanceSum;
            pairs += worker.pairs;
            diameter = Math.max(diameter, worker.diameter);
        }
        double scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 1.0;
        for (int i = 0; i < n; i++) {
            betweenness[i] *= scale;
        }
        return new Result(betweenness, closeness, diameter, pairs == 0 ? 0 : (double) distanceSum / pairs);
    }

    private static final class Worker {
        private final Graph g;
        private final int[] components;
        private final int largest;
        private final int[] distance;
        private final double[] sigma;
        private final double[] delta;
        private final int[] order;
        final double[] betweenness;
        long distanceSum;
        long pairs;
        int diameter;

        Worker(Graph g, int[] components, int largest) {
            this.g = g;
            this.components = components;
            this.largest = largest;
            int n = g.nodes();
            distance = new int[n];
            Arrays.fill(distance, -1);
            sigma = new double[n];
            delta = new double[n];
            order = new int[n];
            betweenness = new double[n];
        }

        /** A BFS from {@code s}; adds to the sums and returns s's closeness. */
        double sweep(int s) {
            int[] adj = g.adjacency();
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            distance[s] = 0;
            sigma[s] = 1;
            long total = 0;
            int eccentricity = 0;
            while (head < tail) {
                int u = order[head++];
                int du = distance[u];
                total += du;
                eccentricity = du;
                for (int i = g.start(u); i < g.end(u); i++) {
                    int v = adj[i];
                    if (distance[v] < 0) {
                        distance[v] = du + 1;
                        order[tail++] = v;
                    }
                    if (distance[v] == du + 1) {
                        sigma[v] += sigma[u];
                    }
                }
            }
            // dependencies, farthest first
            for (int k = tail - 1; k > 0; k--) {
                int w = order[k];
                int dw = distance[w];
                double coefficient = (1 + delta[w]) / sigma[w];
                for (int i = g.start(w); i < g.end(w); i++) {
                    int v = adj[i];
                    if (distance[v] == dw - 1) {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
                betweenness[w] += delta[w];
            }
            int reached = tail;
            if (components[s] == largest) {
                distanceSum += total;
                pairs += reached - 1;
                diameter = Math.max(diameter, eccentricity);
            }
            for (int k = 0; k < tail; k++) {
                int v = order[k];
                distance[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
            int n = g.nodes();
            if (total == 0 || n <= 1) {
                return 0;
            }
            double closeness = (reached - 1) / (double) total;
            return closeness * ((reached - 1) / (double) (n - 1));
        }
    }
}
