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

# What the atlas can give Wikidata, judged against the crawl's statements: the QuickStatements commands (their syntax
# checked) and the report of gaps and disagreements, counted by finding.
run export --format quickstatements -o "$out/wikidata-p190.qs" >/dev/null
run export --format wikidata-report -o "$out/wikidata-report.csv" >/dev/null
python3 "$here/scripts/check_quickstatements.py" "$out/wikidata-p190.qs"
python3 - "$out/wikidata-report.csv" <<'PY'
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
