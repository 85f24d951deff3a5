#!/usr/bin/env bash
# ctest's doctor test: scripts/lib/e2e_doctor.py starts and stops its own pcscd, registry and
# virtual card (inside the test namespace that scripts/test.sh provides).
set -euo pipefail
source "$(dirname "$0")/common.sh"
export THAID_ROOT THAID_BUILD="${1:-$THAID_BUILD}"
exec python3 "$THAID_ROOT/scripts/lib/e2e_doctor.py"
