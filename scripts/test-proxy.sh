#!/usr/bin/env bash
# Two published app instances (Production) on one PostgreSQL database, behind Debian's nginx with
# deploy/nginx-mutualaid-instances.conf (round robin, TLS, on loopback), sending to a real SMTP
# server (smtp4dev). Two neighbors meet through the proxy (scripts/proxy_walk.py): sign-up, offer
# and need, match email, answer, acceptance. One instance is killed after the posts and before the
# answer, and started again before the acceptance. Checks that the journey finishes, that each
# email arrived exactly once, and that the posts, the answer and the acceptance are in the database
# and on the pages. Prints "proxy: passed", or "proxy: failed: " and the reason, as its last line.
set -uo pipefail
cd "$(dirname "$0")/.."

# Beside a private cluster (scripts/postgres.sh) unless one is given.
if [ -z "${MUTUALAID_TEST_POSTGRES:-}" ]; then
  out=$(mktemp)
  bash scripts/postgres.sh bash "$0" | tee "$out"
  status=${PIPESTATUS[0]}
  tail -1 "$out" | grep -q '^proxy: ' || echo "proxy: failed (no PostgreSQL cluster to run against)"
  rm -f "$out"
  exit "$status"
fi

work=$(mktemp -d /tmp/mutualaid-proxy.XXXXXX)
# nginx's workers run as nobody when it is started as root, and write their temp files here.
chmod 755 "$work"
mkdir -p "$work/nginx" "$work/walk"
pids=()
pg_setting() { tr ';' '\n' <<<"$MUTUALAID_TEST_POSTGRES" | sed -n "s/^$1=//Ip" | head -1; }
export PGHOST=$(pg_setting Host) PGPORT=$(pg_setting Port) PGUSER=$(pg_setting 'User\(name\)\{0,1\}') PGPASSWORD=$(pg_setting Password)
db="mutualaid_proxy_$$"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
failed() {
  echo "$1"
  for log in "$work"/*.log; do echo "--- $log"; tail -30 "$log"; done
  echo "proxy: failed: $(head -1 <<<"$1")"
  exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
query() { psql -d "$db" -tAqc "$1"; }

diff <(sed -n '/^```nginx$/,/^```$/p' docs/operations.md | sed '1d;$d') deploy/nginx-mutualaid-instances.conf >/dev/null \
  || failed "The nginx sample in docs/operations.md is not deploy/nginx-mutualaid-instances.conf."
if ! command -v nginx >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; } || failed "Could not install nginx."
fi
dotnet tool restore >/dev/null || failed "dotnet tool restore failed."
dotnet publish src/MutualAid.Web -c Release --no-build -o "$work/opt" >"$work/publish.log" 2>&1 \
  || dotnet publish src/MutualAid.Web -c Release -o "$work/opt" >"$work/publish.log" 2>&1 || failed "dotnet publish failed."
psql -d postgres -qc "CREATE DATABASE $db" >"$work/psql.log" 2>&1 || failed "Could not create the database $db."

smtp_port=$(free_port) mail_port=$(free_port) https_port=$(free_port) http_port=$(free_port)
app_ports=("" "$(free_port)" "$(free_port)")
dotnet tool run smtp4dev -- --smtpport="$smtp_port" --urls="http://127.0.0.1:$mail_port" --db= --imapport= --pop3port= \
  --tlsmode=None --nousersettings --baseappdatapath="$work/smtp4dev" --messagestokeep=10000 --allowremoteconnections- \
  >"$work/smtp4dev.log" 2>&1 &
pids+=($!)

# Every job runs each second on both instances, so an email sent twice or a job done twice shows.
settings=(ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1 "App__PublicUrl=https://localhost:$https_port"
  Database__Provider=Postgres "ConnectionStrings__MutualAid=$MUTUALAID_TEST_POSTGRES;Database=$db"
  Email__Smtp__Host=127.0.0.1 "Email__Smtp__Port=$smtp_port" Email__Smtp__AllowPlainText=true BackgroundJobs__Interval=00:00:01)
app_pids=()
start_app() {
  (cd "$work/opt" && exec env "${settings[@]}" "ASPNETCORE_URLS=http://127.0.0.1:${app_ports[$1]}" ./MutualAid.Web) >>"$work/app$1.log" 2>&1 &
  app_pids[$1]=$!
  pids+=($!)
}
wait_for_app() {
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:${app_ports[$1]}/healthz" >/dev/null && return 0
    kill -0 "${app_pids[$1]}" 2>/dev/null \
      || failed "Instance $1 stopped as it started: $({ grep -m1 'MessageText' "$work/app$1.log" || grep -m1 'Unhandled exception' "$work/app$1.log"; } | cut -c1-300)"
    sleep 0.5
  done
  failed "Instance $1 did not answer /healthz within 60 s."
}
# Both at once, as a host's service manager starts them: both migrate the empty database.
start_app 1
start_app 2

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" \
  -keyout "$work/nginx/tls.key" -out "$work/nginx/tls.crt" >/dev/null 2>&1 || failed "openssl could not make a certificate."
sed -e "s|/etc/letsencrypt/live/aid.example.org/fullchain.pem|$work/nginx/tls.crt|" \
  -e "s|/etc/letsencrypt/live/aid.example.org/privkey.pem|$work/nginx/tls.key|" -e "s|aid.example.org|localhost|g" \
  -e "/listen \[::\]/d" -e "s|listen 443 |listen 127.0.0.1:$https_port |" -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
  -e "s|127.0.0.1:5080 |127.0.0.1:${app_ports[1]} |" -e "s|127.0.0.1:5081 |127.0.0.1:${app_ports[2]} |" \
  deploy/nginx-mutualaid-instances.conf >"$work/nginx/site.conf"
# nginx of its own: the site above in a main file with its own pid, logs and temp folders.
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx.log warn;
events { worker_connections 256; }
http {
    log_format upstream '\$request \$status \$upstream_addr';
    access_log $work/nginx-access.log upstream;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/site.conf;
}
NGINX
nginx -p "$work/nginx" -e "$work/nginx.log" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)

for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$mail_port/api/messages" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$mail_port/api/messages" >/dev/null || failed "smtp4dev did not start within 60 s."
wait_for_app 1
wait_for_app 2
curl -sf --cacert "$work/nginx/tls.crt" "https://localhost:$https_port/healthz" >/dev/null || failed "The site did not answer through nginx."
echo "proxy: two instances behind nginx on https://localhost:$https_port (${SECONDS} s)"

export WALK_BASE="https://localhost:$https_port" WALK_CA="$work/nginx/tls.crt" WALK_MAIL="http://127.0.0.1:$mail_port" \
  WALK_STATE="$work/walk" WALK_INSTANCES="http://127.0.0.1:${app_ports[1]} http://127.0.0.1:${app_ports[2]}"
walk() {
  local out status
  out=$(python3 -B scripts/proxy_walk.py "$1" 2>&1)
  status=$?
  echo "$out" >>"$work/walk.log"
  [ "$status" -eq 0 ] || failed "$(grep '^proxy walk, ' <<<"$out" | tail -1)"
  grep '^proxy walk' <<<"$out" | sed "\$s/\$/ (${SECONDS} s)/"
}
walk join
# Killed outright, with no email on its way: every one so far has arrived (join waits for them).
# An instance that dies in the middle of sending marks nothing, and that one email is then failed
# as "may not have been delivered" (docs/decisions/0002-outbox-at-most-once.md), by design.
[ "$(query "select count(*) from \"Outbox\" where \"Status\" <> 'Sent'")" = "0" ] || failed "Emails were still waiting before the kill."
kill -9 "${app_pids[2]}"
wait "${app_pids[2]}" 2>/dev/null
echo "proxy: instance 2 killed"
walk answer
start_app 2
wait_for_app 2
echo "proxy: instance 2 started again"
walk accept
walk mail

posts=$(query "select \"Kind\" || ' ' || \"Status\" || ' ' || \"AcceptedCount\" from \"Posts\" order by \"Id\"" | tr '\n' ',')
[ "$posts" = "Offer Open 0,Need InProgress 1," ] || failed "The posts in the database are not the offer (open) and the accepted need: $posts"
answers=$(query "select \"Status\" from \"Answers\"" | tr '\n' ',')
[ "$answers" = "Accepted," ] || failed "The answers in the database are not the one accepted answer: $answers"
outbox=$(query "select \"Status\" || ' ' || count(*) from \"Outbox\" group by \"Status\"" | tr '\n' ',')
emails=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["emails"])' "$work/walk/walk.json")
[ "$outbox" = "Sent $emails," ] || failed "The outbox does not hold the $emails emails received, all sent: $outbox"
keys=$(query "select count(*) from \"DataProtectionKeys\"")
[ "$keys" = "1" ] || failed "The instances made $keys data-protection keys, not one they share."
for port in "${app_ports[1]}" "${app_ports[2]}"; do
  grep -q "^POST .* 127.0.0.1:$port$" "$work/nginx-access.log" || failed "No form was sent to the instance on port $port."
done
# On a new database EF logs its first read of the missing migrations' history as an error, then
# creates the table. Any other error is the app's.
for n in 1 2; do
  error=$(grep -E '"LogLevel":"(Error|Critical)"' "$work/app$n.log" \
    | grep -v '"Category":"Microsoft.EntityFrameworkCore.Database.Command".*FROM \\u0022__EFMigrationsHistory' | head -1)
  [ -z "$error" ] || failed "Instance $n logged an error: ${error:0:600}"
done
walk visitors
echo "proxy: $emails emails, each received once; the posts, the answer and the acceptance are saved and shown"
echo "proxy: passed"
