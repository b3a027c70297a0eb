#!/usr/bin/env bash
# Load test of the published app on a city-sized database, from this machine, with wrk.
#   scripts/load.sh [10k|100k|1M|N] [seconds per scenario]     (defaults: 100k, 10)
#   LOAD_SCENARIOS=writers scripts/load.sh ...   only the writers (with their readers): no other
#   scenario, no outbox; for measuring a change to posting.
#   LOAD_PROVIDER=postgres scripts/load.sh ...   the same on PostgreSQL: a private cluster
#   (scripts/postgres.sh, first port PG_PORT) into which `move-from-sqlite` copies the generated file.
#   LOAD_PROVIDER=postgres LOAD_INSTANCES=2 scripts/load.sh ...   two instances (on the next ports)
#   behind nginx on the load port (scripts/load/balancer.sh).
# Every scenario is paired with a run of /Healthz/Page (the layout and a paragraph, no database)
# just before it, so each figure is also a ratio that holds on a noisy machine.
# The app runs in Production behind no proxy: requests say X-Forwarded-Proto: https, as a
# TLS-terminating proxy on this machine would, since cookies and antiforgery need HTTPS there.
# wrk sends the same log-in cookie throughout and never takes the one the app re-issues after its
# once-a-minute session check, as a browser would; so the check is set to once an hour here, or
# every signed-in request after the first minute would repeat it.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${LOAD_PROVIDER:-sqlite}
instances=${LOAD_INSTANCES:-1}
if [[ $instances != 1 && $provider != postgres ]]; then
  echo "Several instances need LOAD_PROVIDER=postgres: on SQLite one process uses the database." >&2; exit 1
fi
if [[ $provider == postgres && -z ${MUTUALAID_TEST_POSTGRES:-} ]]; then
  exec bash scripts/postgres.sh bash "$0" "$@"
fi

case "${1:-100k}" in
  *[kK]) posts=$(( ${1%[kK]} * 1000 )) ;;
  *[mM]) posts=$(( ${1%[mM]} * 1000000 )) ;;
  *) posts=${1:-100000} ;;
esac
seconds=${2:-10}
port=${LOAD_PORT:-5190}
smtp_port=${LOAD_SMTP_PORT:-2526}
work=${LOAD_DIR:-/tmp/mutualaid-load}
base="http://127.0.0.1:$port"
proto='X-Forwarded-Proto: https'
db="$work/city-$posts.db"
bench="tests/MutualAid.Benchmarks/bin/Release/net10.0/MutualAid.Benchmarks.dll"
mkdir -p "$work"
# Everything printed is kept too, for scripts/load-growth.sh's chart.
suffix=${provider/sqlite/}
[[ $instances == 1 ]] || suffix+="-x$instances"
exec > >(tee "$work/results-$posts$suffix.md")
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }

echo "== building (Release)"
dotnet publish src/MutualAid.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
dotnet build tests/MutualAid.Benchmarks -c Release --nologo -v quiet >/dev/null

# A database older than a day is rebuilt: posts are dated from the day it was made.
if [[ ! -f "$db" || -n $(find "$db" -mmin +1440) ]]; then
  echo "== generating $posts posts into $db"
  start=$(date +%s)
  dotnet "$bench" --load-data "$db" "$posts"
  echo "generated in $(( $(date +%s) - start )) s, $(du -h "$db" | cut -f1) on disk"
fi

# On PostgreSQL, the generated file is copied into a new database of the private cluster, with the
# 10,000 emails for the outbox run already queued (the generator writes SQLite only).
database_settings=(ConnectionStrings__MutualAid="Data Source=$db")
count() { sqlite3 "$db" "$1"; }
if [[ $provider == postgres ]]; then
  pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$MUTUALAID_TEST_POSTGRES")
  psql_() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
  psql_ -c "CREATE DATABASE load;"
  moved="$work/city-$posts.moving.db"
  cp "$db" "$moved"
  dotnet "$bench" --queue-emails "$moved" 10000
  database_settings=(Database__Provider=Postgres ConnectionStrings__MutualAid="$MUTUALAID_TEST_POSTGRES;Database=load")
  echo "== moving $moved into PostgreSQL"
  (cd "$work/app" && env "${database_settings[@]}" Logging__LogLevel__Default=Warning dotnet MutualAid.Web.dll move-from-sqlite "$moved") | tail -3
  rm -f "$moved" "$moved.lock"
  count() { psql_ -d load -c "$1"; }
fi

source scripts/load/balancer.sh
app_pids=(); sink_pid=""
stop() {
  stop_balancer
  local pid
  for pid in "${app_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [[ -n $sink_pid ]] && kill "$sink_pid" 2>/dev/null && wait "$sink_pid" 2>/dev/null || true
  app_pids=(); sink_pid=""
}
trap stop EXIT

# One instance answers on the load port itself; several answer on the ports after it, behind nginx.
instance_url() { if [[ $instances == 1 ]]; then echo "$base"; else echo "http://127.0.0.1:$((port + $1))"; fi; }

start_app() { # extra environment as NAME=value arguments
  local i
  for i in $(seq "$instances"); do
    (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$(instance_url "$i")" \
      "${database_settings[@]}" App__PublicUrl="$base" \
      Logging__LogLevel__Default=Warning BackgroundJobs__Enabled=false MutualAid__SessionCheckInterval=01:00:00 \
      RateLimits__LogInsPerAddressPerMinute=1000 RateLimits__PostsPerNeighborPerHour=10000 \
      "$@" dotnet MutualAid.Web.dll >>"$work/app.log" 2>&1) &
    app_pids+=($!)
  done
  # The first start on a large database runs its new migrations (new indexes over every post) first.
  for i in $(seq "$instances"); do
    for _ in $(seq 1200); do curl -sf "$(instance_url "$i")/healthz" >/dev/null && continue 2; sleep 0.5; done
    echo "the app did not answer /healthz; see $work/app.log" >&2; exit 1
  done
  [[ $instances == 1 ]] || start_balancer
}

# Cookies from a response's headers, as one Cookie header value (curl keeps no Secure cookie
# received over plain HTTP, so they are carried by hand).
cookies_of() { grep -i '^set-cookie:' "$1" | sed -E 's/^[^:]*: *//; s/;.*//' | paste -sd';' | sed 's/;/; /g'; }
token_of() { grep -oE 'name="__RequestVerificationToken" type="hidden" value="[^"]+"' | head -1 | sed -E 's/.*value="([^"]+)"/\1/'; }

sign_in() { # email -> Cookie header value of a signed-in neighbor
  local headers="$work/headers"
  local token; token=$(curl -s -D "$headers" -H "$proto" "$base/Identity/Account/Login" | token_of)
  local form_cookie; form_cookie=$(cookies_of "$headers")
  curl -s -o /dev/null -D "$headers" -H "$proto" -H "Cookie: $form_cookie" \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=load test neighbor passphrase" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Identity/Account/Login"
  echo "$form_cookie; $(cookies_of "$headers")"
}

to_ms() { awk '{v=$1; if (v ~ /us$/) printf "%.1f", v/1000; else if (v ~ /ms$/) printf "%.1f", v+0; else if (v ~ /m$/) printf "%.0f", v*60000; else printf "%.0f", v*1000}'; }

# wrk at 64 connections (or $connections); sets rps, p50, p99, errors.
drive() { # url [extra wrk arguments]
  local url=$1; shift
  local out; out=$(wrk -t2 -c"${connections:-64}" -d"${seconds}s" --timeout 10s --latency -H "$proto" "$@" "$url")
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' <<<"$out")
}

# The app's resident memory now, or at its peak (VmHWM), in MB: of all its instances together.
memory_mb() {
  local pid total=0
  for pid in "${app_pids[@]}"; do total=$((total + $(awk -v field="$1:" '$1 == field {print $2}' "/proc/$pid/status"))); done
  echo $((total / 1024))
}

row() { printf '| %-44s | %7s | %8s | %8s | %7s | %6s | %5s | %5s | %5s |\n' "$@"; }

scenario() { # name url [extra wrk arguments]
  local name=$1 url=$2; shift 2
  drive "$base/Healthz/Page"; local bare=$rps
  drive "$url" "$@"
  local ratio; ratio=$(awk -v a="$rps" -v b="$bare" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
  row "$name" "$rps" "$p50" "$p99" "$ratio" "$bare" "$errors" "$(cut -d' ' -f1 /proc/loadavg)" "$(memory_mb VmRSS)"
}

echo "== $provider, $instances instance(s); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/app.log"
start_app
viewer=$(sign_in load1@example.org)
writer=$(sign_in load2@example.org)
form_token=$(curl -s -H "$proto" -H "Cookie: $writer" "$base/Posts/New?kind=Need" | token_of)
for url in / /Healthz/Page "/Posts/1" "/?q=help"; do curl -s -o /dev/null -H "$proto" "$base$url"; done
wrk -t2 -c16 -d3s -H "$proto" "$base/" >/dev/null

echo
echo "$posts open posts, wrk -t2 -c64 -d${seconds}s on loopback; ratio = req/s over the bare page's req/s just before"
row scenario req/s "p50 ms" "p99 ms" ratio bare errors load1 "RSS MB"
row "---" "---:" "---:" "---:" "---:" "---:" "---:" "---:" "---:"
only_writers() { [[ ${LOAD_SCENARIOS:-all} == writers ]]; }
only_writers || {
scenario "bare page /Healthz/Page" "$base/Healthz/Page"
scenario "/healthz (one query)" "$base/healthz"
scenario "browse / signed out" "$base/"
scenario "browse signed in, nearest, a category, 2 km" "$base/?sort=Nearest&category=3&within=2" -H "Cookie: $viewer"
scenario "word search ?q=help signed out" "$base/?q=help"
export POSTS=$posts
scenario "a post's page signed out (random post)" "$base/" -s scripts/load/random-post.lua
scenario "/Map signed in, 5 km" "$base/Map?within=5" -H "Cookie: $viewer"
}

# 32 writers posting needs (form token reused, titles differ) while 64 readers browse /.
before=$(count 'select count(*) from "Posts"')
wrk -t2 -c64 -d"${seconds}s" --timeout 10s -H "$proto" "$base/" >"$work/readers.txt" &
readers=$!
export BODY="Input.Kind=Need&Input.CategoryId=2&Input.Details=&Input.Location=Home&Input.RadiusKm=3&Input.Urgency=Whenever&__RequestVerificationToken=$form_token"
connections=32 drive "$base/Posts/New" -H "Cookie: $writer" -s scripts/load/post-need.lua
wait "$readers"
made=$(( $(count 'select count(*) from "Posts"') - before ))
reader_rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$work/readers.txt")
row "32 writers posting needs (+64 readers: $reader_rps/s)" "$rps" "$p50" "$p99" "-" "-" "$errors" "$(cut -d' ' -f1 /proc/loadavg)" "$(memory_mb VmRSS)"
echo "posts created: $made; 'database is locked' in the log: $(grep -c 'database is locked' "$work/app.log" || true)"
echo "peak working set of the app (VmHWM): $(memory_mb VmHWM) MB"
stop
only_writers && exit 0

# The outbox draining 10,000 queued emails to a local SMTP sink, jobs every second.
[[ $provider == postgres ]] || dotnet "$bench" --queue-emails "$db" 10000
dotnet "$bench" --smtp-sink "$smtp_port" >"$work/sink.log" 2>&1 &
sink_pid=$!
sleep 2
pending() { count "select count(*) from \"Outbox\" where \"Status\" = 'Pending'"; }
start_app BackgroundJobs__Enabled=true BackgroundJobs__Interval=00:00:01 Email__Outbox__BatchSize=1000 \
  Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$smtp_port" Email__Smtp__AllowPlainText=true
began=$(date +%s.%N)
for _ in $(seq 1200); do [[ $(pending) == 0 ]] && break; sleep 0.25; done
ended=$(date +%s.%N)
left=$(pending)
awk -v s="$began" -v e="$ended" -v l="$left" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN {printf "outbox: %d emails sent in %.1f s = %.0f emails/s (load1 %s)\n", 10000 - l, e - s, (10000 - l) / (e - s), load}'
