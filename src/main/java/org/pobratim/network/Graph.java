package org.pobratim.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable simple undirected graph in compressed sparse rows: node {@code i}'s neighbours are
 * {@code neighbours[offsets[i] .. offsets[i+1])}, sorted. Nodes keep their external ids (a city id, a QID, a
 * "city|country" as a list wrote it). Built by {@link Builder}, which drops self-loops and repeated edges in
 * either direction, as networkx's {@code Graph} does.
 */
public final class Graph {
    private final String[] ids;
    private final int[] offsets;
    private final int[] neighbours;
    private final Map<String, Integer> index;

    private Graph(String[] ids, int[] offsets, int[] neighbours, Map<String, Integer> index) {
        this.ids = ids;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.index = index;
    }

    /** The node of an id; empty when the graph has none. */
    public java.util.Optional<Integer> indexOf(String id) {
        return java.util.Optional.ofNullable(index.get(id));
    }

    public int nodes() {
        return ids.length;
    }

    /** Undirected edges. */
    public long edges() {
        return neighbours.length / 2;
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    public String id(int node) {
        return ids[node];
    }

    /** Where node {@code node}'s neighbours begin in {@link #adjacency()}. */
    int start(int node) {
        return offsets[node];
    }

    int end(int node) {
        return offsets[node + 1];
    }

    /** The concatenated sorted neighbour lists (read only: not copied). */
    int[] adjacency() {
        return neighbours;
    }

    /** Collects edges by node id, in any order and with repeats; nodes appear in order of first mention. */
    public static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private final Set<Long> seen = new HashSet<>();
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int count;

        private int indexOf(String id) {
            Integer known = index.get(id);
            if (known != null) {
                return known;
            }
            index.put(id, ids.size());
            ids.add(id);
            return ids.size() - 1;
        }

        /** Adds a node that may have no edge (it counts as a component of its own). */
        public Builder node(String id) {
            indexOf(id);
            return this;
        }

        public Builder edge(String a, String b) {
            int u = indexOf(a);
            int v = indexOf(b);
            if (u == v) {
                return this;
            }
            long key = u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
            if (!seen.add(key)) {
                return this;
            }
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
            }
            from[count] = u;
            to[count] = v;
            count++;
            return this;
        }

        public Graph build() {
            int n = ids.size();
            int[] offsets = new int[n + 1];
            for (int e = 0; e < count; e++) {
                offsets[from[e] + 1]++;
                offsets[to[e] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                offsets[i + 1] += offsets[i];
            }
            int[] fill = Arrays.copyOf(offsets, n);
            int[] neighbours = new int[2 * count];
            for (int e = 0; e < count; e++) {
                neighbours[fill[from[e]]++] = to[e];
                neighbours[fill[to[e]]++] = from[e];
            }
            for (int i = 0; i < n; i++) {
                Arrays.sort(neighbours, offsets[i], offsets[i + 1]);
            }
            return new Graph(ids.toArray(String[]::new), offsets, neighbours, Map.copyOf(index));
        }
    }
}
