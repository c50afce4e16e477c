#!/usr/bin/env bash
# The backup and restore of docs/deployment.md, tested: on a PostgreSQL server of Debian's (postgresql, started here
# in a temporary folder on a free loopback port), the atlas is loaded from data/ (with an account), dumped with
# pg_dump, the database dropped and restored with pg_restore; then the atlas's export, every table's row count and
# the snapshot version the server reports must be the same as before. Needs PostgreSQL's server and client (Debian
# packages postgresql and postgresql-client, installed here when missing and allowed); does not run as root
# (initdb refuses), which .ci/run takes care of.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
source scripts/lib.sh

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  apt_install postgresql
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

./mvnw -q -B -DskipTests package
work=$(mktemp -d /tmp/pobratim-backup.XXXXXX)
pg_port=$(free_port)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  "$bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin/initdb" -D "$work/pg" -A trust -U pobratim >/dev/null
"$bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
  -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
pg=(-h 127.0.0.1 -p "$pg_port" -U pobratim)
"$bin/createdb" "${pg[@]}" pobratim
db=(--db-url "jdbc:postgresql://127.0.0.1:$pg_port/pobratim" --db-user pobratim)
atlas() { java -jar target/pobratim.jar "$@" 2>>"$work/atlas.log"; }

atlas import data "${db[@]}" >/dev/null
printf 'a-long-enough-password\n' | atlas user add editor --role reviewer --password-stdin "${db[@]}" >/dev/null

state() {
  atlas export --format json "${db[@]}" -o "$work/$1.json"
  "$bin/psql" "${pg[@]}" -d pobratim -At -c "select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" |
    while read -r table; do
      echo "$table $("$bin/psql" "${pg[@]}" -d pobratim -At -c "select count(*) from \"$table\"")"
    done >"$work/$1.counts"
  port=$(free_port)
  java -jar target/pobratim.jar serve --port "$port" "${db[@]}" >>"$work/atlas.log" 2>&1 &
  server_pid=$!
  wait_for "http://127.0.0.1:$port/api/v1/health" "$work/$1.health"
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
  python3 -c 'import json, sys; h = json.load(open(sys.argv[1])); print(h["version"], h["store"]["state"])' \
    "$work/$1.health" >"$work/$1.version"
}

state before
"$bin/pg_dump" "${pg[@]}" --format=custom --file "$work/pobratim.dump" pobratim
"$bin/dropdb" "${pg[@]}" pobratim
"$bin/createdb" "${pg[@]}" pobratim
"$bin/pg_restore" "${pg[@]}" --dbname pobratim --no-owner --exit-on-error "$work/pobratim.dump"
state after

failed=0
for part in json counts version; do
  if ! cmp -s "$work/before.$part" "$work/after.$part"; then
    echo "backup-restore: the $part differs after the restore" >&2
    diff "$work/before.$part" "$work/after.$part" | head -20 >&2 || true
    failed=1
  fi
done
[ "$failed" = 0 ] || exit 1
echo "backup-restore: $(wc -l <"$work/before.counts") tables, $(awk '{ s += $2 } END { print s }' "$work/before.counts")" \
  "rows, export $(wc -c <"$work/before.json") bytes, snapshot version $(cut -d' ' -f1 "$work/before.version")" \
  "($(cut -d' ' -f2 "$work/before.version")): the same after pg_dump, dropdb and pg_restore"
