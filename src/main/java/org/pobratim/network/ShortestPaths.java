package org.pobratim.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * "Six degrees of twinning": the shortest chain of ties between two nodes, and how many shortest chains there are,
 * by one breadth-first search from the first node that stops at the second's distance. Of several shortest
 * chains the one returned takes, at each step back, the lowest-numbered predecessor, so it is the same every time.
 */
public final class ShortestPaths {
    /** A shortest path (node ids, first to last), its length in ties and the number of shortest paths. */
    public record Path(List<String> nodes, int length, double count) {
        public Path {
            nodes = List.copyOf(nodes);
        }
    }

    private ShortestPaths() {
    }

    /** The path from {@code from} to {@code to} (node indexes); empty when they are not connected. */
    public static Optional<Path> between(Graph g, int from, int to) {
        int n = g.nodes();
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        double[] sigma = new double[n];
        int[] queue = new int[n];
        int[] adj = g.adjacency();
        int head = 0;
        int tail = 0;
        queue[tail++] = from;
        distance[from] = 0;
        sigma[from] = 1;
        while (head < tail) {
            int u = queue[head++];
            if (distance[to] >= 0 && distance[u] >= distance[to]) {
                break;
            }
            for (int i = g.start(u); i < g.end(u); i++) {
                int v = adj[i];
                if (distance[v] < 0) {
                    distance[v] = distance[u] + 1;
                    queue[tail++] = v;
                }
                if (distance[v] == distance[u] + 1) {
                    sigma[v] += sigma[u];
                }
            }
        }
        if (distance[to] < 0) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        int at = to;
        path.add(g.id(at));
        while (at != from) {
            int previous = -1;
            for (int i = g.start(at); i < g.end(at); i++) {
                int v = adj[i];
                if (distance[v] == distance[at] - 1 && sigma[v] > 0) {
                    previous = v;
                    break; // neighbours are sorted: the lowest-numbered predecessor
                }
            }
            at = previous;
            path.add(g.id(at));
        }
        Collections.reverse(path);
        return Optional.of(new Path(path, distance[to], sigma[to]));
    }
}
