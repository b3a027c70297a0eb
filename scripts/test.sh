#!/usr/bin/env bash
# Runs every test of MutualAid on a fresh machine: installs Chromium when it is missing, restores
# tools and packages, builds once, runs the in-process suite on SQLite and again on PostgreSQL (a
# private cluster, scripts/postgres.sh), then the browser tests and the deployment, and prints one
# closing line of totals over all of them.
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

# Runs one test project through COMMAND and adds its totals. LABEL names the run in the failures
# list ("on PostgreSQL"), since the same test may fail on one database and pass on the other. A run
# that prints no totals (the project did not start, or no PostgreSQL cluster could be started)
# counts as a failure, never as nothing to report.
run_tests() {
  local label=$1 project=$2
  shift 2
  [ -d "$project" ] || return 0
  local log start
  log=$(mktemp)
  start=$SECONDS
  "$@" dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  echo "$project${label:+ $label}: $((SECONDS - start)) s"
  local total_failed total_passed total_skipped
  total_failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  total_passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  total_skipped=$(grep -E '^\s+skipped: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  if [ -z "$total_passed" ]; then
    status=1 failed=$((failed + 1))
    failures+=$'\n'"failed $project${label:+ $label}: the run ended without totals"$'\n'$(tail -20 "$log")
  fi
  passed=$((passed + ${total_passed:-0}))
  failed=$((failed + ${total_failed:-0}))
  skipped=$((skipped + ${total_skipped:-0}))
  # The closing lines repeat each failed test's name and first lines of its message, so a reader of
  # a long log sees them without scrolling.
  local listed
  listed=$(grep -E -A 12 '^\s*failed [^:]' "$log" | head -200 | sed -E "s/^(\s*)failed ([^:])/\1failed${label:+ $label}: \2/")
  [ -n "$listed" ] && failures+=$'\n'"$listed"
  rm -f "$log"
}

run_tests "on SQLite" tests/MutualAid.Web.Tests
run_tests "on PostgreSQL" tests/MutualAid.Web.Tests bash scripts/postgres.sh
# Browser tests run last and alone: two cores cannot run them beside the rest.
run_tests "" tests/MutualAid.BrowserTests

# Runs a whole-system test script and counts it as one test: it passed when its last line is
# "NAME: passed".
run_script() {
  local name=$1 script=$2 log
  log=$(mktemp)
  bash "$script" 2>&1 | tee "$log"
  if tail -1 "$log" | grep -q "^$name: passed"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)) status=1
    failures+=$'\n'"failed $script"$'\n'$(tail -20 "$log")
  fi
  rm -f "$log"
}

# The deployment as a host installs it: the unit's settings, behind Caddy, over HTTPS.
run_script deploy scripts/test-deploy.sh
# Two instances on PostgreSQL behind nginx: one killed mid-way, every email received once.
run_script proxy scripts/test-proxy.sh

[ -n "$failures" ] && printf 'Failed tests:%s\n' "$failures"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
