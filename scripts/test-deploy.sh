#!/usr/bin/env bash
# Checks deploy/ as a host would use it: the systemd unit passes `systemd-analyze verify`, and the
# published app, started with exactly the unit's settings (Production), behind Caddy with its own
# certificate authority on loopback, lets a neighbor sign up, confirm, log in and post over HTTPS.
# Prints "deploy: passed" or "deploy: failed" as its last line.
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/mutualaid-deploy.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
failed() { echo "$1"; for log in "$work"/*.log; do echo "--- $log"; tail -40 "$log"; done; echo "deploy: failed"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if ! command -v caddy >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy >/dev/null; } \
    || failed "Could not install caddy."
fi
# The package starts its own service on ports 80/443; this test uses its own instance only.
systemctl stop caddy 2>/dev/null || true

dotnet publish src/MutualAid.Web -c Release --no-build -o "$work/opt" >"$work/publish.log" 2>&1 \
  || dotnet publish src/MutualAid.Web -c Release -o "$work/opt" >"$work/publish.log" 2>&1 || failed "dotnet publish failed."

app_port=$(free_port) https_port=$(free_port) http_port=$(free_port)
# The unit as installed, with its folders moved under this test's own folder.
sed -e "s|/opt/mutualaid|$work/opt|g" -e "s|/var/lib/mutualaid|$work/state|g" -e "s|/etc/mutualaid|$work/etc|g" \
  -e "s|127.0.0.1:5080|127.0.0.1:$app_port|" -e "s|^User=.*|User=root|" -e "s|^Group=.*|Group=root|" \
  deploy/mutualaid.service >"$work/mutualaid.service"
mkdir -p "$work/etc" "$work/state"
cat >"$work/etc/mutualaid.env" <<SETTINGS
App__PublicUrl=https://localhost:$https_port
Email__Smtp__Host=
RateLimits__LogInsPerAddressPerMinute=4
Map__TileUrl=https://localhost:$https_port/tiles/{z}/{x}/{y}.png
SETTINGS
verify=$(systemd-analyze verify "$work/mutualaid.service" 2>&1) || failed "systemd-analyze verify: $verify"
echo "deploy: systemd-analyze verify passed${verify:+ ($verify)}"

# Start the app as systemd would: the unit's Environment= lines, its EnvironmentFile, its ExecStart.
(
  set -a
  # shellcheck disable=SC1090,SC1091
  . "$work/etc/mutualaid.env"
  eval "$(sed -n 's/^Environment=//p' "$work/mutualaid.service" | sed 's/^"\(.*\)"$/\1/; s/^\([^=]*\)=\(.*\)$/\1="\2"/')"
  set +a
  cd "$(sed -n 's/^WorkingDirectory=//p' "$work/mutualaid.service")"
  eval "exec $(sed -n 's/^ExecStart=//p' "$work/mutualaid.service")"
) >"$work/app.log" 2>&1 &
pids+=($!)

cat >"$work/Caddyfile" <<CADDY
{
	admin off
	local_certs
	skip_install_trust
	http_port $http_port
	https_port $https_port
	storage file_system $work/caddy
}
https://localhost:$https_port {
	tls internal
	reverse_proxy 127.0.0.1:$app_port
}
CADDY
caddy run --config "$work/Caddyfile" --adapter caddyfile >"$work/caddy.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 120); do
  [ -f "$work/caddy/pki/authorities/local/root.crt" ] \
    && curl -sf --cacert "$work/caddy/pki/authorities/local/root.crt" "https://localhost:$https_port/healthz" >/dev/null && break
  sleep 1
done
curl -sf --cacert "$work/caddy/pki/authorities/local/root.crt" "https://localhost:$https_port/healthz" >/dev/null \
  || failed "The site did not answer through Caddy."

plain=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/")
[ "$plain" = "400" ] || failed "The app reached over plain HTTP answered $plain, not its page asking for HTTPS."

python3 scripts/deploy_walk.py "https://localhost:$https_port" "$work/caddy/pki/authorities/local/root.crt" "$work/state/mail" \
  || failed "The walk through the proxy failed."
# The app must see each visitor's own address through the proxy: four account forms sent from
# 127.0.0.2 use up that address's allowance, and 127.0.0.3 is still let through. Were the
# forwarded address ignored, every request would count against Caddy's own address.
ca="$work/caddy/pki/authorities/local/root.crt"
for _ in 1 2 3 4; do
  curl -4 -s -o /dev/null --interface 127.0.0.2 --cacert "$ca" -d x=1 "https://localhost:$https_port/Identity/Account/Login"
done
limited=$(curl -4 -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 --cacert "$ca" -d x=1 "https://localhost:$https_port/Identity/Account/Login")
other=$(curl -4 -s -o /dev/null -w '%{http_code}' --interface 127.0.0.3 --cacert "$ca" -d x=1 "https://localhost:$https_port/Identity/Account/Login")
[ "$limited" = "429" ] && [ "$other" != "429" ] \
  || failed "Per-address limits through the proxy: 127.0.0.2 got $limited on its fifth try (429 expected), 127.0.0.3 got $other."
echo "deploy: the app sees each visitor's address through the proxy (127.0.0.2 limited, 127.0.0.3 not)"

grep -qE "\"LogLevel\":\"(Error|Critical)\"|fail:" "$work/app.log" && failed "The app logged an error."
echo "deploy: passed"
