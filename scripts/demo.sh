#!/usr/bin/env bash
# The README's main command: installs the packages the demo needs, builds the executables it
# runs, then runs the whole demo on virtual devices (docs/demo.md). Safe to run again.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_packages "${THAID_DEMO_PACKAGES[@]}"
build_demo
log "Running the demo in a private pcscd namespace"
in_private_pcsc_namespace "$THAID_ROOT/scripts/lib/demo-run.sh" "$THAID_DEMO_BUILD"
