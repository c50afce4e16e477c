package org.pobratim.network;

/**
 * PageRank by power iteration, as networkx computes it for an unweighted undirected graph: each node passes its
 * rank in equal shares to its neighbours, a node without any spreads it over all nodes, and the teleport is
 * uniform; iterated until the L1 change is below the tolerance.
 */
final class PageRank {
    private PageRank() {
    }

    static double[] of(Graph g, double damping, double tolerance, int maxIterations) {
        int n = g.nodes();
        double[] x = new double[n];
        if (n == 0) {
            return x;
        }
        java.util.Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        int[] adj = g.adjacency();
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                if (g.degree(u) == 0) {
                    dangling += x[u];
                }
            }
            double base = (1 - damping) / n + damping * dangling / n;
            for (int v = 0; v < n; v++) {
                double incoming = 0;
                for (int i = g.start(v); i < g.end(v); i++) {
                    int u = adj[i];
                    incoming += x[u] / g.degree(u);
                }
                next[v] = base + damping * incoming;
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                change += Math.abs(next[v] - x[v]);
            }
            double[] swap = x;
            x = next;
            next = swap;
            if (change < tolerance) {
                return x;
            }
        }
        throw new IllegalStateException("PageRank did not converge in " + maxIterations + " iterations");
    }
}
