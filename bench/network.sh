#!/usr/bin/env bash
# Network statistics side by side (bench/README.md): Pobratim's `network stats` against igraph (where
# `pip install igraph` works) and networkx on the same edge list, in one run, each under /usr/bin/time; then the
# figures compared (bench/network/compare.py). Needs ../shared/datasets beside the project and python3 with networkx.
# Usage: bench/network.sh [wikidata|pairs] (default: both). networkx's betweenness alone takes minutes;
# NETWORKX=0 compares with igraph only (the figures are then checked by NetworkParityTest's held values).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
shared=${POBRATIM_SHARED:-../shared/datasets}
out=target/network
mkdir -p "$out"
./mvnw -q -B -DskipTests package
python3 -c 'import igraph' 2>/dev/null || pip install -q igraph 2>/dev/null || echo "igraph not installable here: networkx only" >&2
for graph in ${1:-wikidata pairs}; do
  case "$graph" in
    wikidata) input=(--edges "$shared/wikidata-p190-2016/relations.tsv") ;;
    pairs) input=(--pairs "$shared/wikipedia-twin-pairs/twin_cities_geocoded.csv") ;;
    *) echo "unknown graph $graph (wikidata or pairs)" >&2; exit 2 ;;
  esac
  echo "== $graph"
  /usr/bin/time -f "pobratim: %e s wall, %M KB max resident" \
    java -jar target/pobratim.jar network stats "${input[@]}" --format json > "$out/$graph-pobratim.json"
  flag=""
  python3 -c 'import igraph' 2>/dev/null && flag="--igraph"
  [ "${NETWORKX:-1}" = 0 ] && flag="--igraph-only"
  label="networkx"; [ "$flag" = --igraph ] && label="networkx and igraph"; [ "$flag" = --igraph-only ] && label="igraph"
  /usr/bin/time -f "$label: %e s wall, %M KB max resident" \
    python3 bench/network/reference.py "${input[@]}" $flag > "$out/$graph-reference.json"
  python3 bench/network/compare.py "$out/$graph-pobratim.json" "$out/$graph-reference.json"
done
