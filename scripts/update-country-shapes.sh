#!/usr/bin/env bash
# Refreshes the bundled country shapes (src/main/resources/web/shapes/countries-110m.json): Natural Earth 1:110m
# admin-0 countries (public domain) as TopoJSON, from the npm package world-atlas (ISC). The atlas decodes them
# at start-up (web/pages/CountryShapes) and serves them as the map's offline base layer. Not run by the build.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
version=${WORLD_ATLAS_VERSION:-2.0.2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
cp "$work/package/countries-110m.json" "$here/src/main/resources/web/shapes/countries-110m.json"
echo "updated src/main/resources/web/shapes/countries-110m.json from world-atlas@$version"
