#!/usr/bin/env bash
# Installs MutualAid on a Debian server as a system service behind Caddy (or nginx):
#   sudo deploy/install.sh aid.example.org            # Caddy, certificates by itself
#   sudo deploy/install.sh aid.example.org --nginx    # nginx; then run certbot --nginx
# Run it again to upgrade: it backs up the database, publishes the new build and restarts.
set -euo pipefail
cd "$(dirname "$0")/.."

domain=${1:?"Usage: sudo deploy/install.sh DOMAIN [--nginx]"}
proxy=${2:-}
app=/opt/mutualaid settings=/etc/mutualaid state=/var/lib/mutualaid

[ "$(id -u)" -eq 0 ] || { echo "Run as root (sudo)."; exit 1; }
command -v dotnet >/dev/null || { echo "Install the .NET 10 SDK first (see README.md)."; exit 1; }

id mutualaid >/dev/null 2>&1 || useradd --system --home-dir "$state" --shell /usr/sbin/nologin mutualaid
install -d -m 0750 -o root -g mutualaid "$settings"

if [ ! -f "$settings/mutualaid.env" ]; then
  install -m 0640 -o root -g mutualaid deploy/mutualaid.env.example "$settings/mutualaid.env"
  sed -i "s|https://aid.example.org|https://$domain|" "$settings/mutualaid.env"
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  keys=$(mktemp -d)
  openssl req -x509 -newkey rsa:3072 -nodes -days 36500 -subj "/CN=MutualAid keys" \
    -keyout "$keys/key.pem" -out "$keys/cert.pem" 2>/dev/null
  openssl pkcs12 -export -inkey "$keys/key.pem" -in "$keys/cert.pem" -out "$settings/keys.pfx" -passout "pass:$password"
  rm -rf "$keys"
  chown root:mutualaid "$settings/keys.pfx" && chmod 0640 "$settings/keys.pfx"
  sed -i "s|^DataProtection__CertificatePassword=.*|DataProtection__CertificatePassword=$password|" "$settings/mutualaid.env"
  echo "Wrote $settings/mutualaid.env: set the mail server there, then run this script again."
fi

if [ -x /usr/local/bin/mutualaid ] && [ -f "$state/mutualaid.db" ]; then
  mutualaid backup "$state/before-upgrade-$(date +%Y%m%d%H%M%S).db"
fi

dotnet publish src/MutualAid.Web -c Release -o "$app.new"
cp -r docs "$app.new/docs"
rm -rf "$app.old" && { [ -d "$app" ] && mv "$app" "$app.old" || true; } && mv "$app.new" "$app"

install -m 0644 deploy/mutualaid.service /etc/systemd/system/mutualaid.service
install -m 0755 deploy/mutualaid /usr/local/bin/mutualaid
if [ "$proxy" = "--nginx" ]; then
  sed "s/aid.example.org/$domain/g" deploy/nginx-mutualaid.conf > /etc/nginx/sites-available/mutualaid
  ln -sf /etc/nginx/sites-available/mutualaid /etc/nginx/sites-enabled/mutualaid
else
  command -v caddy >/dev/null || apt-get install -y caddy
  sed "s/aid.example.org/$domain/g" deploy/Caddyfile > /etc/caddy/Caddyfile
fi

systemctl daemon-reload
systemctl enable --now mutualaid
systemctl restart mutualaid
if [ "$proxy" = "--nginx" ]; then systemctl reload nginx; else systemctl reload caddy; fi

mutualaid check || echo "Fix what check lists in $settings/mutualaid.env, then: systemctl restart mutualaid"
echo "Sign up at https://$domain, confirm your email, then run: sudo mutualaid make-steward YOUR-EMAIL"
