#!/usr/bin/env bash
# Runs every test of MutualAid on a fresh machine: installs Chromium when it is missing, restores
# tools and packages, builds once, runs the test projects one after another, and prints one
# closing line of totals.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
    || echo "Could not install chromium; the browser tests will fail."
fi

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; exit 1; }
dotnet build MutualAid.sln -c Release || { echo "0 passed, 1 failed"; exit 1; }

passed=0 failed=0 skipped=0 status=0 failures=""
# Browser tests run last and alone: two cores cannot run them beside the rest.
for project in tests/MutualAid.Web.Tests tests/MutualAid.BrowserTests; do
  [ -d "$project" ] || continue
  log=$(mktemp)
  dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  total_failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  total_passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  total_skipped=$(grep -E '^\s+skipped: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  if [ -z "$total_passed" ]; then status=1; failed=$((failed + 1)); fi
  passed=$((passed + ${total_passed:-0}))
  failed=$((failed + ${total_failed:-0}))
  skipped=$((skipped + ${total_skipped:-0}))
  # The closing lines repeat each failed test's name and first lines of its message, so a reader of
  # a long log sees them without scrolling.
  failures+=$(grep -E -A 12 '^\s*failed [^:]' "$log" | head -200)
  rm -f "$log"
done

# The deployment as a host installs it: the unit's settings, behind Caddy, over HTTPS.
deploy_log=$(mktemp)
bash scripts/test-deploy.sh 2>&1 | tee "$deploy_log"
if tail -1 "$deploy_log" | grep -q '^deploy: passed'; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)) status=1
  failures+=$'\n'"failed scripts/test-deploy.sh"$'\n'$(tail -20 "$deploy_log")
fi
rm -f "$deploy_log"

# Two instances on PostgreSQL behind nginx: one killed mid-way, every email received once.
proxy_log=$(mktemp)
bash scripts/test-proxy.sh 2>&1 | tee "$proxy_log"
if tail -1 "$proxy_log" | grep -q '^proxy: passed'; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)) status=1
  failures+=$'\n'"failed scripts/test-proxy.sh"$'\n'$(tail -20 "$proxy_log")
fi
rm -f "$proxy_log"

[ -n "$failures" ] && printf 'Failed tests:\n%s\n' "$failures"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
