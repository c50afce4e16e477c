#!/usr/bin/env python3
"""The reference figures of issue 12's network statistics, with networkx (and igraph, where it is installed),
on an edge list: a TSV of id pairs (one undirected edge per line; duplicates and both directions collapse) or a
pairs CSV (city1,country1,...,city2,country2: a node is its (city, country) as written). Prints one JSON object:
the figures and the seconds each took. Usage: reference.py (--edges FILE | --pairs FILE) [--igraph] [--skip-slow]
"""
import argparse
import csv
import json
import sys
import time

import networkx as nx


def read(args):
    g = nx.Graph()
    if args.edges:
        with open(args.edges, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2 and parts[0] != parts[1]:
                    g.add_edge(parts[0], parts[1])
    else:
        with open(args.pairs, encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            header = next(rows)
            a1, c1 = header.index("city1"), header.index("country1")
            a2, c2 = header.index("city2"), header.index("country2")
            for row in rows:
                u, v = (row[a1], row[c1]), (row[a2], row[c2])
                if u != v:
                    g.add_edge(u, v)
    return g


def timed(out, key, fn):
    started = time.perf_counter()
    value = fn()
    out["seconds"][key] = round(time.perf_counter() - started, 3)
    out[key] = value
    return value


def networkx_figures(g, skip_slow):
    out = {"tool": "networkx " + nx.__version__, "seconds": {}}
    timed(out, "nodes", g.number_of_nodes)
    timed(out, "edges", g.number_of_edges)
    components = timed(out, "components", lambda: nx.number_connected_components(g))
    largest = max(nx.connected_components(g), key=len)
    out["largest_component"] = len(largest)
    timed(out, "triangles", lambda: sum(nx.triangles(g).values()) // 3)
    timed(out, "transitivity", lambda: nx.transitivity(g))
    timed(out, "average_clustering", lambda: nx.average_clustering(g))
    timed(out, "degree_assortativity", lambda: nx.degree_assortativity_coefficient(g))
    timed(out, "max_core", lambda: max(nx.core_number(g).values()))
    timed(out, "pagerank_max", lambda: max(nx.pagerank(g, alpha=0.85, tol=1e-12, max_iter=10000).values()))
    lcc = g.subgraph(largest)
    if not skip_slow:
        timed(out, "diameter", lambda: nx.diameter(lcc))
        timed(out, "mean_distance", lambda: nx.average_shortest_path_length(lcc))
        timed(out, "betweenness_max", lambda: max(nx.betweenness_centrality(g).values()))
        timed(out, "closeness_max", lambda: max(nx.closeness_centrality(g).values()))
    mods = {}
    for seed in (1, 2, 3):
        communities = nx.community.louvain_communities(g, seed=seed)
        mods[seed] = nx.community.modularity(g, communities)
    out["louvain_modularity_by_seed"] = mods
    return out


def country_figures(g):
    """The country-level network of a pairs graph (a node is (city, country)): countries joined by the ties between
    their cities, weighted by their number; ties within one country counted apart; nodes without a country left out."""
    weights = nx.Graph()
    ties = domestic = 0
    for u, v in g.edges():
        if not u[1] or not v[1]:
            continue
        ties += 1
        weights.add_node(u[1])
        weights.add_node(v[1])
        if u[1] == v[1]:
            domestic += 1
        elif weights.has_edge(u[1], v[1]):
            weights[u[1]][v[1]]["weight"] += 1
        else:
            weights.add_edge(u[1], v[1], weight=1)
    strongest = sorted(weights.edges(data="weight"), key=lambda e: (-e[2], min(e[0], e[1]), max(e[0], e[1])))[:3]
    strength = sorted(weights.degree(weight="weight"), key=lambda d: (-d[1], d[0]))[:3]
    return {"countries": weights.number_of_nodes(), "pairs": weights.number_of_edges(), "ties": ties,
            "domestic": domestic, "density": nx.density(weights),
            "strongest": [[min(a, b), max(a, b), w] for a, b, w in strongest], "strength": strength}


def igraph_figures(g):
    import igraph as ig
    out = {"tool": "igraph " + ig.__version__, "seconds": {}}
    index = {n: i for i, n in enumerate(g.nodes())}
    h = ig.Graph(n=len(index), edges=[(index[u], index[v]) for u, v in g.edges()])
    started_all = time.perf_counter()
    timed(out, "components", lambda: len(h.connected_components()))
    giant = h.connected_components().giant()
    timed(out, "triangles", lambda: len(h.cliques(3, 3)))
    timed(out, "transitivity", lambda: h.transitivity_undirected())
    timed(out, "average_clustering", lambda: h.transitivity_avglocal_undirected(mode="zero"))
    timed(out, "degree_assortativity", lambda: h.assortativity_degree(directed=False))
    timed(out, "max_core", lambda: max(h.coreness()))
    timed(out, "pagerank_max", lambda: max(h.pagerank(damping=0.85)))
    timed(out, "diameter", lambda: giant.diameter())
    timed(out, "mean_distance", lambda: giant.average_path_length())
    n = h.vcount()
    timed(out, "betweenness_max", lambda: max(h.betweenness()) * 2 / ((n - 1) * (n - 2)))
    timed(out, "closeness_max", lambda: max(x for x in h.closeness() if x == x))
    leiden = h.community_leiden(objective_function="modularity", n_iterations=-1)
    out["leiden_modularity"] = h.modularity(leiden)
    out["seconds"]["all"] = round(time.perf_counter() - started_all, 3)
    return out


def main():
    p = argparse.ArgumentParser()
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--edges")
    src.add_argument("--pairs")
    p.add_argument("--igraph", action="store_true")
    p.add_argument("--skip-slow", action="store_true", help="leave out diameter, distances and centralities")
    p.add_argument("--igraph-only", action="store_true", help="only igraph's figures and times (no networkx)")
    args = p.parse_args()
    g = read(args)
    result = {} if args.igraph_only else {"networkx": networkx_figures(g, args.skip_slow)}
    if args.pairs and not args.igraph_only:
        result["networkx"]["country_network"] = country_figures(g)
    if args.igraph or args.igraph_only:
        result["igraph"] = igraph_figures(g)
    json.dump(result, sys.stdout, indent=1, default=str)
    print()


if __name__ == "__main__":
    main()
