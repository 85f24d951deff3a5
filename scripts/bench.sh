#!/usr/bin/env bash
# Benchmarks: print numbers; they never fail a build on timing. Run after scripts/demo.sh or
# scripts/test.sh has installed the packages (it installs them itself if needed).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ensure_packages "${THAID_DEMO_PACKAGES[@]}" "${THAID_TEST_PACKAGES[@]}"
build_project
log "Card-read benchmark (real pcscd + vpcd + virtual card with a link model)"
in_private_pcsc_namespace "$THAID_BUILD/bin/thaid_bench_card_read"
log "Fingerprint benchmark (real libfprint, virtual_image driver)"
"$THAID_BUILD/bin/thaid_bench_fingerprint"
log "Registry benchmark (thaid-registryd on loopback TLS; 1, 10 and 50 kiosk clients)"
"$THAID_BUILD/bin/thaid_bench_registry"
log "Fleet benchmark (2,000 kiosks holding long polls, 15 registrations/s; SQLite, then 1 and 3 registry processes on PostgreSQL behind nginx; then 1,000,000 citizens)"
in_private_pcsc_namespace env THAID_ROOT="$THAID_ROOT" THAID_BUILD="$THAID_BUILD" python3 "$THAID_ROOT/tests/bench/fleet_bench.py"
log "Kiosk benchmark and soak (thaid-kiosk under Xvfb, the whole stack, 200 registrations)"
in_private_pcsc_namespace "$THAID_ROOT/scripts/lib/soak-kiosk.sh" 200
