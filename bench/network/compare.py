#!/usr/bin/env python3
"""Compares Pobratim's `network stats --format json` with reference.py's output: every figure networkx gives,
within 1e-9 relative (PageRank 1e-8), the modularity against networkx's Louvain and igraph's Leiden, and the
times of the full set (components through betweenness, diameter and mean distance) side by side."""
import json
import sys

ours = json.load(open(sys.argv[1]))
ref = json.load(open(sys.argv[2]))
nx = ref.get("networkx", {"seconds": {}})
failures = 0
for key in ["nodes", "edges", "components", "largest_component", "triangles", "transitivity", "average_clustering",
            "degree_assortativity", "diameter", "mean_distance", "betweenness_max", "closeness_max", "pagerank_max",
            "max_core"]:
    if key not in nx:
        print(f"  {key:22} networkx skipped it")
        continue
    a, b = float(ours[key]), float(nx[key])
    tolerance = 1e-8 if key == "pagerank_max" else 1e-9
    ok = a == b or abs(a - b) <= tolerance * max(abs(a), abs(b))
    failures += 0 if ok else 1
    print(f"  {key:22} pobratim {a!r:24} networkx {b!r:24} {'same' if ok else 'DIFFERENT'}")
mods = nx.get("louvain_modularity_by_seed", {})
print(f"  modularity             pobratim {ours['modularity']:.6f} ({ours['communities']} communities); networkx Louvain "
      + ", ".join(f"{v:.6f}" for v in mods.values())
      + (f"; igraph Leiden {ref['igraph']['leiden_modularity']:.6f}" if "igraph" in ref else ""))
sweep = ["components", "degree_distribution", "triangles", "transitivity", "average_clustering",
         "degree_assortativity", "betweenness", "pagerank", "max_core"]
ours_time = sum(ours["seconds"][k] for k in sweep if k in ours["seconds"])
nx_time = sum(v for k, v in nx["seconds"].items())
line = f"  full set (without communities): pobratim {ours_time:.2f} s" + (f", networkx {nx_time:.2f} s" if nx_time else "")
if "igraph" in ref:
    ig = ref["igraph"]["seconds"]["all"]
    line += f", igraph {ig:.2f} s; pobratim / igraph = {ours_time / ig:.2f}"
print(line)
sys.exit(1 if failures else 0)
