#!/usr/bin/env bash
# ctest's end-to-end test: the demo flow with its own pcscd (inside the test namespace that
# scripts/test.sh provides), into a temporary folder. Fails unless both citizens complete.
set -euo pipefail
source "$(dirname "$0")/common.sh"
THAID_BUILD="${1:-$THAID_BUILD}"
out=$(mktemp -d)
cleanup() { stop_pcscd; rm -rf "$out"; }
trap cleanup EXIT
start_pcscd
export THAID_ROOT THAID_BUILD THAID_DEMO_DIR="$out/demo"
python3 "$THAID_ROOT/scripts/lib/demo_kiosk.py" | tee "$out/summary"
grep -q "Registered 2 citizens end to end" "$out/summary"
shots=$(ls "$out/demo/screenshots" | wc -l)
echo "screenshots: $shots"
[ "$shots" -ge 20 ]
