#!/usr/bin/env bash
# Inside the private namespace: pcscd, the virtual cards, read-card, a finger, then the whole
# demo (python3 -m thaid_demo). Everything started here is stopped here, by process id.
# Usage: demo-run.sh [BUILD_DIR]   (scripts/demo.sh passes build-demo/)
set -euo pipefail
source "$(dirname "$0")/common.sh"
THAID_BUILD="${1:-$THAID_BUILD}"

CARD_PID=""
cleanup() {
    [ -n "$CARD_PID" ] && { kill "$CARD_PID" 2>/dev/null || true; wait "$CARD_PID" 2>/dev/null || true; }
    stop_pcscd
}
trap cleanup EXIT

bin="$THAID_BUILD/bin"
start_pcscd
log "pcscd running (pid $THAID_PCSCD_PID) with readers: $(pcsc_scan -r 2>/dev/null | grep -o 'Virtual PCD [0-9 ]*' | paste -sd, -)"

for profile in somchai malee; do
    "$bin/thaid-virtual-card" \
        --profile "$THAID_ROOT/resources/demo/cards/$profile.json" \
        --exchange-latency-ms 15 --baud 115200 >/dev/null &
    CARD_PID=$!
    log "Virtual card '$profile' inserted (pid $CARD_PID; link model 15 ms/exchange, 115200 baud)"
    "$bin/thaid-kioskctl" read-card --wait 10 --stats
    kill "$CARD_PID"; wait "$CARD_PID" 2>/dev/null || true; CARD_PID=""
    sleep 1  # the officer hands the card back and takes the next one
    echo
done
# Fingerprint: enrol a finger on libfprint's virtual_image scanner, then verify it.
FP_DIR=$(mktemp -d)
export FP_VIRTUAL_IMAGE="$FP_DIR/scanner.sock"
prints="$THAID_ROOT/tests/data/fingerprints"
kioskctl="$bin/thaid-kioskctl"
finger="$bin/thaid-virtual-finger"

# Runs a fingerprint command and puts the next image on the scanner each time it asks for a finger.
with_fingers() {
    local log="$FP_DIR/prompts" images=() sent=0 pid
    while [ "$1" != "--" ]; do images+=("$1"); shift; done; shift
    : > "$log"
    LANG=C.UTF-8 "$kioskctl" fingerprint "$@" --key "$FP_DIR/print.key" 2> >(tee "$log" >&2) &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$sent" -lt "${#images[@]}" ] && [ "$(grep -c 'place the index finger' "$log")" -gt "$sent" ]; then
            "$finger" --socket "$FP_VIRTUAL_IMAGE" "${images[$sent]}"
            sent=$((sent + 1))
        fi
        sleep 0.05
    done
    wait "$pid"
}

log "Fingerprint: scanners libfprint sees"
"$kioskctl" fingerprint list
log "Fingerprint: enrolling the right index finger (five placements of whorl.png)"
with_fingers "$prints/whorl.png" "$prints/whorl.png" "$prints/whorl.png" "$prints/whorl.png" "$prints/whorl.png" \
    -- enroll --out "$FP_DIR/citizen.print"
log "Fingerprint: verifying the same finger, second capture (expect a match)"
with_fingers "$prints/whorl-capture2.png" -- verify --print "$FP_DIR/citizen.print" --json
log "Fingerprint: verifying another finger (expect no match after one attempt)"
with_fingers "$prints/arch-capture2.png" -- verify --print "$FP_DIR/citizen.print" --attempts 1 --json || true
rm -rf "$FP_DIR"
unset FP_VIRTUAL_IMAGE

# The whole registration: registry, kiosk window, officer, two citizens, the phone simulator.
log "Full demo: thaid-registryd, thaid-kiosk and thaid-citizen-sim (docs/demo.md), the station key in a software TPM"
export THAID_ROOT THAID_BUILD
export THAID_DEMO_DIR="${THAID_DEMO_DIR:-$THAID_ROOT/demo-output/run-$(date +%Y%m%d-%H%M%S)}"
PYTHONPATH="$THAID_ROOT/scripts/lib" python3 -m thaid_demo --tpm

log "Demo finished: cards read, fingers verified, the counter's cases registered end to end."
