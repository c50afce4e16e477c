#!/usr/bin/env bash
# Runs the JMH benchmarks (bench/README.md). Extra arguments go to JMH, e.g. bench/run.sh SearchBenchmark
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
scripts/fetch-cities1000.sh >/dev/null
./mvnw -q -B -DskipTests install
./mvnw -q -B -f bench/pom.xml package
java -jar bench/target/benchmarks.jar "$@"
