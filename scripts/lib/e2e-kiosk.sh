#!/usr/bin/env bash
# ctest's end-to-end test: the demo flow with its own pcscd (inside the test namespace that
# scripts/test.sh provides), into a temporary folder. Fails unless both citizens complete.
# Usage: e2e-kiosk.sh BUILD_DIR [--two-screens|--tpm|--fleet]  (a screen facing the citizen; the
# station key in a software TPM; two registry processes on PostgreSQL behind nginx)
set -euo pipefail
source "$(dirname "$0")/common.sh"
THAID_BUILD="${1:-$THAID_BUILD}"
mode="${2:-}"
out=$(mktemp -d)
cleanup() { stop_pcscd; rm -rf "$out"; }
trap cleanup EXIT
start_pcscd
export THAID_ROOT THAID_BUILD THAID_DEMO_DIR="$out/demo"
# Every kiosk logging category at debug, for the privacy check below.
export QT_LOGGING_RULES="thaid.*=true"
args=$mode
[ "$mode" = --fleet ] && args="--fleet 2"
# shellcheck disable=SC2086
PYTHONPATH="$THAID_ROOT/scripts/lib" python3 -m thaid_demo $args | tee "$out/summary"
grep -q "Completed 5 registrations end to end" "$out/summary"
# The day's report from the audit trail counts what happened: five completed, Malee's abandoned
# replacement cancelled, Somchai's new phone a re-registration, Pranee's supervisor exception;
# and it wrote its printable page.
grep -q "The day's report (thaid-kioskctl report): completed 5, referred 0, cancelled 1, re-registrations 1, supervisor exceptions 1," "$out/summary"
grep -q "<svg" "$out/demo/report.html"
# A citizen's new phone replaces the old at completion; an abandoned replacement changes nothing.
grep -q "Phones at the registry: somchai first device_revoked, somchai second active, malee first active" "$out/summary"
shots=$(ls "$out/demo/screenshots" | wc -l)
echo "screenshots: $shots"
[ "$shots" -ge 20 ]
# Each picture is the frame of its own state: two states in a row never share one picture.
python3 - "$out/demo/screenshots" <<'PY'
import hashlib, os, re, sys
shots = sorted(f for f in os.listdir(sys.argv[1]) if re.fullmatch(r"\d+-[A-Za-z]+\.png", f))
same = []
for a, b in zip(shots, shots[1:]):
    state = lambda f: f.split("-", 1)[1]
    digest = lambda f: hashlib.sha256(open(os.path.join(sys.argv[1], f), "rb").read()).digest()
    if state(a) != state(b) and digest(a) == digest(b):
        same.append(f"{a} = {b}")
print(f"consecutive screenshots of different states: {len(shots) - 1} pairs, identical: {len(same)}")
sys.exit("identical pictures for different states: " + ", ".join(same) if same else 0)
PY
if [ "$mode" = --two-screens ]; then
    # The phone scanned the QR off the citizen's screen; that screen followed every step.
    citizen_shots=$(ls "$out/demo/screenshots" | grep -c -- '-citizen\.png$')
    echo "citizen's screen: $citizen_shots screenshots"
    [ "$citizen_shots" -ge 10 ]
fi
if [ "$mode" = --fleet ]; then
    # A registry process killed mid-registration cost the kiosk at most one repeated request.
    grep -Eq "^Failover: .*Malee completed through process 2; the kiosk repeated [01] request" "$out/summary"
fi
if [ "$mode" = --tpm ]; then
    # The key was made in the TPM and stayed there; TLS and the audit used it; a copy of every
    # file on another machine (another TPM) is refused by doctor and cannot start the kiosk.
    grep -q "files of this kiosk holding a private key: 0$" "$out/summary"
    grep -Eq "^Audit: [1-9][0-9]* rows the TPM key signed, accepted by the registry" "$out/summary"
    grep -q "doctor key=fail registry=fail; thaid-kiosk exit 3: " "$out/summary"
fi

# Privacy (docs/architecture.md): nothing the kiosk wrote (its state folder, configuration and log)
# holds a citizen's ID, names or photo bytes. The demo's screenshots picture the screen on
# purpose and the registry is the registry, so those two are not the kiosk's writing.
python3 - "$out/demo" "$THAID_ROOT/resources/demo/cards" <<'PY'
import json, os, sys
demo, cards = sys.argv[1], sys.argv[2]
needles = {}
for name in ("somchai", "malee", "anan", "pranee"):
    card = json.load(open(f"{cards}/{name}.json"))
    cid = card["cid"]
    needles[f"{name}: citizen ID"] = cid.encode()
    needles[f"{name}: printed ID"] = f"{cid[0]}-{cid[1:5]}-{cid[5:10]}-{cid[10:12]}-{cid[12]}".encode()
    for lang in ("name_th", "name_en"):
        for part in ("first", "last"):
            text = card[lang][part]
            needles[f"{name}: {lang}.{part} (UTF-8)"] = text.encode()
            if lang == "name_th":
                needles[f"{name}: {lang}.{part} (TIS-620)"] = text.encode("cp874")
    photo = open(f"{cards}/{card['photo']}", "rb").read()
    for at in (len(photo) // 3, len(photo) // 2):
        needles[f"{name}: photo bytes @{at}"] = photo[at:at + 24]
kiosk_files = [os.path.join(demo, "kiosk.log"), os.path.join(demo, "kiosk.conf")]
for root, _, files in os.walk(os.path.join(demo, "kiosk")):
    kiosk_files += [os.path.join(root, f) for f in files]
found = []
for path in kiosk_files:
    data = open(path, "rb").read()
    for what, needle in needles.items():
        if needle in data:
            found.append(f"{path}: {what}")
print(f"privacy: searched {len(kiosk_files)} files the kiosk wrote for {len(needles)} citizen strings")
if found:
    print("\n".join(found))
    sys.exit(1)
PY
