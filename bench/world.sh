#!/usr/bin/env bash
# World-scale figures (bench/README.md): the world import, server start, snapshot rebuild, heap, page and search
# timings, single shots over the shared datasets read in place. Needs ../shared/datasets beside the project.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
scripts/fetch-cities1000.sh >/dev/null
./mvnw -q -B -DskipTests install
./mvnw -q -B -f bench/pom.xml package
java -Xmx8g -cp bench/target/benchmarks.jar org.pobratim.bench.WorldFigures "${1:-../shared/datasets}" \
  2> >(grep -v ' INFO ' >&2)
