#!/usr/bin/env bash
# Issue 14's soak: DURATION of mixed reads over every GET route (bench/soak-paths.txt, signed in where a route needs
# it), with wrk on loopback against the atlas on the bundled data (a fresh H2 store in a temporary folder). Passes
# when wrk saw no socket error, no timeout and no answer outside 2xx/3xx, and the heap after a full GC at the end is
# no bigger than at the start (after one warm-up pass over every request) by more than max(5 %, 8 MiB). Prints the
# heap after GC at the start, every READING interval and at the end. Needs wrk (installed here when missing).
#
#   bench/soak.sh                              # 10 minutes, 8 connections, 2 threads
#   DURATION=60 bench/soak.sh                  # .ci/run's one-minute version (seconds)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
source scripts/lib.sh
DURATION=${DURATION:-600}
READING=${READING:-120}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}

need wrk wrk

./mvnw -q -B -DskipTests package
work=$(mktemp -d /tmp/pobratim-soak.XXXXXX)
port=$(free_port)
base="http://127.0.0.1:$port"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" | java -jar target/pobratim.jar user add soak --role admin --password-stdin \
  --db-dir "$work/db" >/dev/null 2>&1
java -jar target/pobratim.jar serve --port "$port" --db-dir "$work/db" --data data >"$work/atlas.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
wait_for "$base/api/v1/health"

# sign in through the login form, as a browser does
csrf=$(curl -fsS -c "$work/jar" -b "$work/jar" "$base/en/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$work/jar" -b "$work/jar" --data-urlencode "csrf=$csrf" --data-urlencode "name=soak" \
  --data-urlencode "password=$password" "$base/en/login"
export SOAK_COOKIE
SOAK_COOKIE=$(awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$work/jar")

# the requests, with {first} replaced by the first revision of the path's record (a revert form needs one)
plural() { case "$1" in city) echo cities ;; *) echo "$1s" ;; esac; }
while read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  if [[ "$line" == *'{first}'* ]]; then
    [[ "$line" =~ /(tie|city|source)/([^/]+)/ ]]
    first=$(curl -fsS "$base/api/v1/$(plural "${BASH_REMATCH[1]}")/${BASH_REMATCH[2]}/history" \
      | python3 -c 'import json, sys; print(json.load(sys.stdin)["revisions"][-1]["revision"])')
    line=${line//\{first\}/$first}
  fi
  echo "$line"
done <bench/soak-paths.txt >"$work/paths"

# warm-up: every request once, each must answer 2xx or 3xx
bad=0
while read -r line; do
  path=${line#@}
  if [ "$path" != "$line" ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SOAK_COOKIE" "$base$path")
  else
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  fi
  if [ "$code" -lt 200 ] || [ "$code" -ge 400 ]; then
    echo "soak: $line answered $code" >&2
    bad=1
  fi
done <"$work/paths"
[ "$bad" = 0 ] || exit 1

heap_kib() {
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1
}
start=$(heap_kib)
echo "soak: $(wc -l <"$work/paths") requests (x2 with and without gzip), ${DURATION} s," \
  "$CONNECTIONS connections; heap after GC at start: $((start / 1024)) MiB"

left=$DURATION
end=$start
errors=0
total=0
while [ "$left" -gt 0 ]; do
  run=$((left < READING ? left : READING))
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${run}s" --timeout 10s --latency -s bench/soak.lua "$base" -- \
    "$work/paths" >"$work/wrk.out"
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.out")
  socket=$(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' \
    "$work/wrk.out" | awk '{ print $1 + $2 + $3 + $4 }')
  status=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.out")
  run_errors=$(( ${socket:-0} + ${status:-0} ))
  errors=$((errors + run_errors))
  total=$((total + requests))
  left=$((left - run))
  end=$(heap_kib)  # after the last run: the heap at the end
  echo "soak: $requests requests ($(sed -n 's/^Requests\/sec: *//p' "$work/wrk.out") /s), $run_errors errors," \
    "p99 $(awk '$1 == "99%" { print $2 }' "$work/wrk.out"); heap after GC: $((end / 1024)) MiB"
done

growth=$((end - start))
allowed=$((start / 20 > 8192 ? start / 20 : 8192))
echo "soak: $total requests, $errors errors; heap after GC at start $((start / 1024)) MiB, at end" \
  "$((end / 1024)) MiB (growth $((growth / 1024)) MiB, allowed $((allowed / 1024)) MiB)"
kill -0 "$pid" 2>/dev/null || { echo "soak: the atlas is no longer running" >&2; exit 1; }
[ "$errors" = 0 ] || { echo "soak: FAILED, $errors errors" >&2; exit 1; }
[ "$growth" -le "$allowed" ] || { echo "soak: FAILED, the heap grew" >&2; exit 1; }
echo "soak: passed"
