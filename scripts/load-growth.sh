#!/usr/bin/env bash
# scripts/load.sh at 10k, 100k and 1M posts, one after another, then a chart of how each
# scenario's figures grow with the data: docs/performance-growth.svg.
#   scripts/load-growth.sh [seconds per scenario]     (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${LOAD_DIR:-/tmp/mutualaid-load}
for size in 10k 100k 1M; do
  bash scripts/load.sh "$size" "${1:-10}"
  echo
done
python3 scripts/load/growth-chart.py "$work"/results-{10000,100000,1000000}.md >docs/performance-growth.svg
echo "chart: docs/performance-growth.svg"
