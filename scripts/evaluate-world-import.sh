#!/usr/bin/env bash
# The world import on the shared datasets, as issue 10 asks: imports the bundled data and GeoNames cities1000, then
# the Wikipedia twin-pairs CSV (with its geocoded variant) and the 2016 Wikidata P190 crawl, read in place. Checks that
# no curated record changed, that a second import changes nothing, that there are at least MIN_TIES ties, and that at
# least MIN_SERBIAN of the distinct pairs naming a Serbian place are ties of the right Serbian city or settlement.
# Writes target/world/ (exports, findings report, coverage listing).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared/datasets"
pairs="$shared/wikipedia-twin-pairs"
crawl="$shared/wikidata-p190-2016"
for f in "$pairs/twin_cities_raw.csv" "$pairs/twin_cities_geocoded.csv" "$crawl/relations.tsv" "$crawl/names.tsv"; do
  if [ ! -f "$f" ]; then
    echo "missing $f (the shared datasets folder must sit beside the project)" >&2
    exit 1
  fi
done
min_serbian=${MIN_SERBIAN:-0.95}
min_ties=${MIN_TIES:-25000}
cities=$("$here/scripts/fetch-cities1000.sh")
out="$here/target/world"
rm -rf "$out" && mkdir -p "$out"
db="$out/db"
run() { "$here/pobratim" "$@" --db-dir "$db" 2> >(grep -v ' INFO ' >&2); }

run import "$here/data" >/dev/null
run gazetteer import "$cities" >/dev/null
run export --format json -o "$out/before.json" >/dev/null
start=$(date +%s%N)
run world import --pairs "$pairs/twin_cities_raw.csv" --geocoded "$pairs/twin_cities_geocoded.csv" \
  --wikidata "$crawl" --report "$out/findings.csv" | tee "$out/import.txt"
end=$(date +%s%N)
echo "world import: $(( (end - start) / 1000000 )) ms (JVM start, reading, placing, storing and the new snapshot)"
run export --format json -o "$out/after.json" >/dev/null
python3 "$here/scripts/curated_unchanged.py" "$out/before.json" "$out/after.json"

run world import --pairs "$pairs/twin_cities_raw.csv" --geocoded "$pairs/twin_cities_geocoded.csv" \
  --wikidata "$crawl" | tee "$out/second-import.txt"
run export --format json -o "$out/after-second.json" >/dev/null
if ! grep -q 'store: 0 created, 0 updated' "$out/second-import.txt" || ! grep -q '(0 of them deleted)' "$out/second-import.txt" || ! python3 "$here/scripts/same_export.py" "$out/after.json" "$out/after-second.json"; then
  echo "the second import changed the store" >&2
  exit 1
fi

# A release of the world atlas (issue 15), every file read back by its real reader with the atlas's counts:
# sha256sum for the checksums, GDAL's ogrinfo for GeoJSON, networkx for GraphML and GEXF, Apache Jena for Turtle
# and JSON-LD, the Table Schema check of the CSV against its data package, the QuickStatements syntax check; then
# the Wikidata report counted by finding.
run release "$out/release" >/dev/null
release="$out/release/$(cat "$out/release/LATEST")"
(cd "$release" && sha256sum -c --quiet SHA256SUMS) && echo "release: $(wc -l < "$release/SHA256SUMS") files, checksums OK"
read -r ties cities < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(len(a["ties"]), len(a["cities"]))' "$release/atlas.json")
features=$(ogrinfo -ro -al -so "$release/ties.geojson" | sed -n 's/^Feature Count: //p')
echo "release: ogrinfo reads $features features in ties.geojson (cities + ties: $((cities + ties)))"
[ "$features" = "$((cities + ties))" ]
python3 - "$release" "$ties" "$cities" <<'PY'
import sys, networkx as nx
folder, ties, cities = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for name, read in (("ties.graphml", nx.read_graphml), ("ties.gexf", nx.read_gexf)):
    g = read(folder + "/" + name)
    print("release: networkx %s reads %s: %d nodes, %d edges (atlas: %d cities, %d ties)"
          % (nx.__version__, name, g.number_of_nodes(), g.number_of_edges(), cities, ties))
    assert (g.number_of_nodes(), g.number_of_edges()) == (cities, ties)
PY
# Apache Jena RIOT (a test dependency) reads the Turtle and the JSON-LD: the same graph, a city and a tie each.
classpath="$out/test-classpath.txt"
"$here/mvnw" -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test \
  >/dev/null
rdf=$(java -cp "$here/target/classes:$here/target/test-classes:$(cat "$classpath")" org.pobratim.export.RdfCount \
  "$release/ties.ttl" turtle "$release/ties.jsonld" jsonld 2>/dev/null)
echo "$rdf" | sed "s|^$release/|release: Jena reads |"
[ "$(echo "$rdf" | grep -c ": [0-9]* triples, $cities cities, $ties ties$")" = 2 ]
echo "$rdf" | grep -q '^isomorphic: true$'
python3 "$here/scripts/check_datapackage.py" "$release/datapackage.json" "ties=$ties" "cities=$cities"
python3 "$here/scripts/check_quickstatements.py" "$release/wikidata-p190.qs"
python3 - "$release/wikidata-report.csv" <<'PY'
import collections, csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
counts = collections.Counter(r["finding"] for r in rows)
print("wikidata report: %d rows, %d ties; %s" % (len(rows), len({r["tie_id"] for r in rows}),
      ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
PY

python3 - "$out/after.json" "$min_ties" <<'PY'
import json, sys
atlas = json.load(open(sys.argv[1], encoding="utf-8"))
ties, cities = len(atlas["ties"]), len(atlas["cities"])
print("after the import: %d ties, %d cities" % (ties, cities))
sys.exit(0 if ties >= int(sys.argv[2]) else 1)
PY
python3 "$here/scripts/serbian_coverage.py" "$pairs/twin_cities_raw.csv" "$pairs/twin_cities_geocoded.csv" \
  "$out/after.json" "$out/findings.csv" "$min_serbian" > "$out/serbian-coverage.txt" || status=$?
tail -n 1 "$out/serbian-coverage.txt"
grep -c ',one-sided,\|^one-sided,' "$out/findings.csv" | sed 's/^/one-sided Wikidata statements listed: /'
exit "${status:-0}"
