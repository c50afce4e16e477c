#!/usr/bin/env bash
# What a first visit of the home page and of city pages transfers (compressed), against the budgets of the web
# atlas and world issues: home under 150 KB (world data on demand only), a city page under 100 KB, libraries and
# map shapes included. Exits 1 over budget.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
./mvnw -q -B -DskipTests install
./mvnw -q -B -f bench/pom.xml package
java -cp bench/target/benchmarks.jar org.pobratim.bench.PageWeight
