#!/usr/bin/env bash
# The kiosk soak and benchmark: N registrations in a row through the whole stack, with its own
# pcscd. Fails on any failed registration or on more than 10 MB of RSS growth after warm-up.
set -euo pipefail
source "$(dirname "$0")/common.sh"
THAID_BUILD="${2:-$THAID_BUILD}"
out=$(mktemp -d)
cleanup() { stop_pcscd; rm -rf "$out"; }
trap cleanup EXIT
start_pcscd
export THAID_ROOT THAID_BUILD THAID_DEMO_DIR="$out/demo"
PYTHONPATH="$THAID_ROOT/scripts/lib" python3 -m thaid_demo --soak "${1:-200}" | tee "$out/summary"
growth=$(awk '/RSS growth after warm-up/ {print $(NF-1)}' "$out/summary")
awk -v g="$growth" 'BEGIN { exit !(g < 10) }' || { echo "RSS grew by $growth MB"; exit 1; }
