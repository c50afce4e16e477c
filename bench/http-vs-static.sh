#!/usr/bin/env bash
# Issue 14's limit: Pobratim's throughput against nginx serving the very same bytes, over loopback, in one run.
# Starts the atlas on the bundled data (a fresh H2 store in a temporary folder), captures the answers of three
# routes (API JSON, a city page, the home page), puts them in a temporary nginx root, then runs wrk against each
# server in turn, alternating, ROUNDS times per route, and prints requests/s and p99 of both, the ratio and whether
# the issue's target is met. Needs wrk and nginx (Debian packages; installed here when missing and allowed).
#
#   bench/http-vs-static.sh                  # 16 connections, 2 threads, 10 s per run, 3 rounds, 5 s warm-up
#   CONNECTIONS=16 DURATION=10s ROUNDS=3 WARMUP=5s bench/http-vs-static.sh
# It reports and exits 0 whether the targets are met or not (.ci/run runs a short version as a check that it runs).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-5s}
source scripts/lib.sh
need wrk wrk
need nginx nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

./mvnw -q -B -DskipTests package
work=$(mktemp -d /tmp/pobratim-http.XXXXXX)
atlas_port=$(free_port)
java -jar target/pobratim.jar serve --port "$atlas_port" --db-dir "$work/db" --data data >"$work/atlas.log" 2>&1 &
atlas_pid=$!
cleanup() {
  kill "$atlas_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
wait_for "http://127.0.0.1:$atlas_port/api/v1/health"

# name | path on both servers | file in nginx's root | content type | target ratio | target p99 (ms, 0: none)
routes="api|/api/v1/ties/no-narvik--rs-kikinda|api.json|application/json|0.50|5
city|/en/city/rs-beograd|city.html|text/html|0.40|0
home|/en/|home.html|text/html|0.30|0"

mkdir -p "$work/root"
: >"$work/locations"
while IFS='|' read -r name path file type _ _; do
  curl -fsS "http://127.0.0.1:$atlas_port$path" -o "$work/root/$file"
  printf '    location = %s { default_type %s; alias %s/root/%s; }\n' "$path" "$type" "$work" "$file" \
    >>"$work/locations"
done <<<"$routes"

nginx_port=$(free_port)
cat >"$work/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/tmp;
  proxy_temp_path $work/tmp;
  fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp;
  scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
$(cat "$work/locations")
  }
}
EOF
mkdir -p "$work/tmp"
"$NGINX" -c "$work/nginx.conf" -p "$work"
for _ in $(seq 1 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port/en/" 2>/dev/null && break
  sleep 0.1
done

# requests/s and p99 in ms of one wrk run
measure() {
  local out rps p99
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/, "", v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} \
    else if (v ~ /s$/) {sub(/s$/, "", v); v=v*1000}; print v}' <<<"$out")
  echo "$rps $p99"
}

echo "bench/http-vs-static.sh: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS" \
  "-d$DURATION, $ROUNDS rounds alternating after a $WARMUP warm-up per route; $(java -version 2>&1 | head -1);" \
  "nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///')"
printf '%-5s %8s %12s %10s %12s %10s %7s  %s\n' route bytes atlas_rps atlas_p99 nginx_rps nginx_p99 ratio target
# warm-up: every route on both servers first (the atlas's JIT, both servers' caches), so that no route pays for it
while IFS='|' read -r _ path _; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$atlas_port$path" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "http://127.0.0.1:$nginx_port$path" >/dev/null
done <<<"$routes"
while IFS='|' read -r name path file _ ratio_target p99_target; do
  a_sum=0; n_sum=0; a_p99=0; n_p99=0
  for _ in $(seq 1 "$ROUNDS"); do
    read -r rps p99 <<<"$(measure "http://127.0.0.1:$atlas_port$path")"
    a_sum=$(awk -v a="$a_sum" -v b="$rps" 'BEGIN {print a + b}')
    a_p99=$(awk -v a="$a_p99" -v b="$p99" 'BEGIN {print (b > a) ? b : a}')
    read -r rps p99 <<<"$(measure "http://127.0.0.1:$nginx_port$path")"
    n_sum=$(awk -v a="$n_sum" -v b="$rps" 'BEGIN {print a + b}')
    n_p99=$(awk -v a="$n_p99" -v b="$p99" 'BEGIN {print (b > a) ? b : a}')
  done
  awk -v name="$name" -v bytes="$(stat -c %s "$work/root/$file")" -v a="$a_sum" -v n="$n_sum" -v r="$ROUNDS" \
    -v ap="$a_p99" -v np="$n_p99" -v rt="$ratio_target" -v pt="$p99_target" 'BEGIN {
      ratio = a / n; met = (ratio >= rt) && (pt == 0 || ap <= pt)
      target = sprintf(">= %d %%%s", rt * 100, pt == 0 ? "" : sprintf(", p99 <= %d ms", pt))
      printf "%-5s %8d %12.0f %8.2fms %12.0f %8.2fms %6.1f%%  %s: %s\n", name, bytes, a / r, ap, n / r, np,
        ratio * 100, target, met ? "met" : "missed"
    }'
done <<<"$routes"
echo "(requests/s: the mean of the rounds; p99: the worst round's)"
