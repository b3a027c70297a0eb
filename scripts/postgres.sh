#!/usr/bin/env bash
# Runs a command beside a private PostgreSQL cluster: `scripts/postgres.sh COMMAND...`. Installs
# Debian's postgresql package when it is missing, makes a cluster under a temp folder with initdb,
# starts it with pg_ctl on a free loopback port (no system service), runs COMMAND with
# MUTUALAID_TEST_POSTGRES set to the server's connection string, then stops the cluster and
# deletes its folder. Exits with COMMAND's status. PG_PORT picks the first port tried (default 5440).
set -uo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [ -z "$(bin_dir)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; } \
    || { echo "Could not install postgresql."; exit 1; }
fi
bin=$(bin_dir)

# PostgreSQL refuses to run as root; then the cluster belongs to the postgres account (or nobody).
as_owner() { "$@"; }
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u postgres >/dev/null 2>&1 || owner=nobody
  as_owner() { runuser -u "$owner" -- "$@"; }
fi

port=${PG_PORT:-5440}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

dir=$(mktemp -d /tmp/mutualaid-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown "$owner" "$dir"
cleanup() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap cleanup EXIT

# C.UTF-8 sorts text by code point, as SQLite does. The settings trade durability for speed:
# the cluster lives only as long as the tests.
as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log"; exit 1; }
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
  "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$dir/server.log"; exit 1; }

export MUTUALAID_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
echo "$("$bin/pg_ctl" --version) on port $port"
"$@"
