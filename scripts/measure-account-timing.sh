#!/usr/bin/env bash
# Times the account pages' answers for each pair of cases a stranger could compare to learn whether
# an address has an account: log-in for a missing account against a wrong password, a locked
# account and an unconfirmed one; forgot-password and resend-confirmation for an address with an
# account against one without. Runs the app as built (Release), in Production, on Kestrel over
# HTTPS at 127.0.0.1 with a throwaway certificate and a database of its own, and prints each
# case's distribution in milliseconds. Not part of CI: timings on a shared machine are for a
# person to read, not to pass or fail.
#
# Usage: scripts/measure-account-timing.sh [tries per case, default 300]
# APP_DLL=path/to/MutualAid.Web.dll times another build, an older one for instance.
set -euo pipefail
cd "$(dirname "$0")/.."
tries=${1:-300}
dll=${APP_DLL:-$PWD/src/MutualAid.Web/bin/Release/net10.0/MutualAid.Web.dll}
[ -f "$dll" ] || dotnet build src/MutualAid.Web -c Release >/dev/null

work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"; }
trap cleanup EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
port=$((20000 + RANDOM % 20000))
base="https://127.0.0.1:$port"
password="the right passphrase here"

# Started from its own folder, as a published app is, so it finds its static files.
cd "$(dirname "$dll")"
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__MutualAid="Data Source=$work/app.db" \
App__PublicUrl="$base" \
Email__Smtp__Host="" \
Email__PickupDirectory="$work/mail" \
BackgroundJobs__Interval=00:00:01 \
RateLimits__LogInsPerAddressPerMinute=10000 \
RateLimits__AccountEmailsPerAddressPerDay=1000 \
Kestrel__Certificates__Default__Path="$work/cert.pem" \
Kestrel__Certificates__Default__KeyPath="$work/key.pem" \
Logging__LogLevel__Default=Warning \
  dotnet "$(basename "$dll")" --urls "$base" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -skf "$base/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -skf "$base/healthz" >/dev/null || { echo "The app did not start:"; cat "$work/app.log"; exit 1; }

# One cookie jar per case; its antiforgery token stays valid for every post from that jar.
token() { curl -sk -c "$1" -b "$1" "$base$2" | grep -o '__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# Posts a form and prints the time from the connection being ready to the whole answer, in ms.
post() {
  local jar=$1 page=$2; shift 2
  local args=()
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -sk -o /dev/null -b "$jar" -c "$jar" -w '%{time_pretransfer} %{time_total}\n' \
    --data-urlencode "__RequestVerificationToken=$(cat "$jar.token")" "${args[@]}" "$base$page" |
    awk '{ printf "%.3f\n", ($2 - $1) * 1000 }'
}

jar() { local file="$work/jar-$1"; token "$file" "$2" >"$file.token"; echo "$file"; }

sign_up() {
  local file; file=$(jar "signup-$1" /Identity/Account/Register)
  post "$file" /Identity/Account/Register "Input.DisplayName=Neighbor" "Input.Email=$1" \
    "Input.Password=$password" "Input.ConfirmPassword=$password" >/dev/null
}

confirm() {
  local file=""
  for _ in $(seq 1 60); do
    file=$(grep -l "^To: $1" "$work"/mail/*.eml 2>/dev/null | head -1) || true
    [ -n "$file" ] && break
    sleep 0.5
  done
  [ -n "$file" ] || { echo "No confirmation email for $1"; exit 1; }
  local link jar="$work/jar-confirm-$1"
  link=$(grep -oE "$base/Identity/Account/ConfirmEmail[?][^[:space:]\"<]+" "$file" | grep -v '&amp;' | head -1)
  # The link asks for the password chosen at sign-up before it confirms.
  curl -sk -c "$jar" -b "$jar" "$link" | grep -o '__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//' >"$jar.token"
  curl -sk -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$(cat "$jar.token")" \
    --data-urlencode "Input.Password=$password" "$link"
}

log_in() { post "$1" /Identity/Account/Login "Input.Email=$2" "Input.Password=$3"; }

echo "Preparing accounts..."
for who in wrong locked unconfirmed forgot; do sign_up "$who@example.org"; done
for who in wrong locked forgot; do confirm "$who@example.org"; done
lock=$(jar lock /Identity/Account/Login)
for _ in 1 2 3 4 5; do log_in "$lock" locked@example.org "not the password at all" >/dev/null; done

declare -A samples
# Each try times both cases of a pair, in a random order, so drift in the machine's load falls on both.
measure() {
  local pair=$1 a=$2 b=$3 i
  for i in $(seq 1 "$tries"); do
    # Three wrong guesses, then (untimed) the right password, so the account never locks.
    if [ "$b" = wrong ] && ((i % 3 == 0)); then log_in "$(jar "reset-$i" /Identity/Account/Login)" wrong@example.org "$password" >/dev/null; fi
    if ((RANDOM % 2)); then samples[$pair/$a]+="$($a) "; samples[$pair/$b]+="$($b) "
    else samples[$pair/$b]+="$($b) "; samples[$pair/$a]+="$($a) "; fi
  done
}

missing_jar=$(jar missing /Identity/Account/Login)
wrong_jar=$(jar wrong /Identity/Account/Login)
locked_jar=$(jar locked /Identity/Account/Login)
unconfirmed_jar=$(jar unconfirmed /Identity/Account/Login)
forgot_jar=$(jar forgot /Identity/Account/ForgotPassword)
resend_jar=$(jar resend /Identity/Account/ResendEmailConfirmation)
missing() { log_in "$missing_jar" nobody@example.org "a guess that is long enough"; }
locked() { log_in "$locked_jar" locked@example.org "$password"; }
unconfirmed() { log_in "$unconfirmed_jar" unconfirmed@example.org "$password"; }
wrong() { log_in "$wrong_jar" wrong@example.org "a guess that is long enough"; }
forgot_existing() { post "$forgot_jar" /Identity/Account/ForgotPassword "Input.Email=forgot@example.org"; }
forgot_missing() { post "$forgot_jar" /Identity/Account/ForgotPassword "Input.Email=nobody@example.org"; }
resend_existing() { post "$resend_jar" /Identity/Account/ResendEmailConfirmation "Input.Email=unconfirmed@example.org"; }
resend_missing() { post "$resend_jar" /Identity/Account/ResendEmailConfirmation "Input.Email=nobody@example.org"; }

started=$SECONDS
# The lockout lasts 15 minutes: the locked account is timed first.
echo "Timing $tries tries of each case..."
measure "log-in" missing locked
((SECONDS - started < 14 * 60)) || echo "Warning: timing the locked account outlasted its lockout; its figures include an unlocked account."
measure "log-in " missing wrong
measure "log-in  " missing unconfirmed
check=$(jar check /Identity/Account/Login)
status=$(curl -sk -o /dev/null -b "$check" -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$(cat "$check.token")" \
  --data-urlencode "Input.Email=wrong@example.org" --data-urlencode "Input.Password=$password" "$base/Identity/Account/Login")
[ "$status" = 302 ] || echo "Warning: the wrong-password account ended locked; its figures may be a locked account's."
measure "forgot-password" forgot_missing forgot_existing
measure "resend-confirmation" resend_missing resend_existing

echo
echo "| page | case | tries | p10 ms | median ms | p90 ms | mean ms |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for key in "log-in/missing" "log-in/locked" "log-in /missing" "log-in /wrong" "log-in  /missing" "log-in  /unconfirmed" \
  "forgot-password/forgot_missing" "forgot-password/forgot_existing" "resend-confirmation/resend_missing" "resend-confirmation/resend_existing"; do
  printf '%s\n' ${samples[$key]} | sort -n | awk -v page="${key%%/*}" -v case="${key#*/}" '
    { v[NR] = $1; sum += $1 }
    END {
      sub(/ +$/, "", page); sub(/^(forgot|resend)_/, "", case)
      printf "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f |\n", page, case, NR, v[int(NR * 0.1) + 1], v[int(NR * 0.5) + 1], v[int(NR * 0.9) + 1], sum / NR
    }'
done
