#!/usr/bin/env bash
# Evaluates entity resolution on real, messy input: every distinct (city, country) of the Wikipedia twin-pairs
# list (../shared/datasets/wikipedia-twin-pairs/twin_cities_raw.csv) against GeoNames cities1000, measured against
# the coordinates twin_cities_geocoded.csv gives each row. Writes target/resolution-report.csv and fails when fewer
# names resolve, or fewer resolved rows lie within 25 km of the reference, than the thresholds below.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
pairs="$here/../shared/datasets/wikipedia-twin-pairs"
if [ ! -f "$pairs/twin_cities_raw.csv" ]; then
  echo "missing $pairs/twin_cities_raw.csv (the shared datasets folder must sit beside the project)" >&2
  exit 1
fi
min_resolved=${MIN_RESOLVED:-0.80}
min_within=${MIN_WITHIN:-0.97}
cities=$("$here/scripts/fetch-cities1000.sh")
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
"$here/pobratim" gazetteer import "$cities" --db-dir "$db" 2>/dev/null
"$here/pobratim" resolve-report "$pairs/twin_cities_raw.csv" --reference "$pairs/twin_cities_geocoded.csv" \
  --db-dir "$db" -o "$here/target/resolution-report.csv" \
  --min-resolved "$min_resolved" --min-within "$min_within" 2> >(grep -v ' INFO ' >&2)
echo "report: target/resolution-report.csv"
