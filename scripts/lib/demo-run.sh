#!/usr/bin/env bash
# Inside the private namespace: pcscd, the virtual cards, read-card. Everything started here is
# stopped here, by process id.
set -euo pipefail
source "$(dirname "$0")/common.sh"

CARD_PID=""
cleanup() {
    [ -n "$CARD_PID" ] && { kill "$CARD_PID" 2>/dev/null || true; wait "$CARD_PID" 2>/dev/null || true; }
    stop_pcscd
}
trap cleanup EXIT

bin="$THAID_BUILD"
start_pcscd
log "pcscd running (pid $THAID_PCSCD_PID) with readers: $(pcsc_scan -r 2>/dev/null | grep -o 'Virtual PCD [0-9 ]*' | paste -sd, -)"

for profile in somchai malee; do
    "$bin/devices/smartcard/virtual_card/thaid-virtual-card" \
        --profile "$THAID_ROOT/resources/demo/cards/$profile.json" \
        --exchange-latency-ms 15 --baud 115200 >/dev/null &
    CARD_PID=$!
    log "Virtual card '$profile' inserted (pid $CARD_PID; link model 15 ms/exchange, 115200 baud)"
    "$bin/app/thaid-kioskctl" read-card --wait 10 --stats
    kill "$CARD_PID"; wait "$CARD_PID" 2>/dev/null || true; CARD_PID=""
    sleep 1  # the officer hands the card back and takes the next one
    echo
done
log "Demo finished: two cards read through pcscd + vpcd. See README.md for what comes next."
