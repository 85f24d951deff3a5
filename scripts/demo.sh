#!/usr/bin/env bash
# The README's main command: installs what is missing, builds, starts pcscd with the vpcd driver
# and a virtual Thai ID card, and reads the card with thaid-kioskctl. Safe to run again.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_packages
build_project
log "Running the demo in a private pcscd namespace"
in_private_pcsc_namespace "$THAID_ROOT/scripts/lib/demo-run.sh"
