#!/usr/bin/env bash
# The Debian package as office IT meets it: built with CPack, checked by lintian (no errors),
# installed with `apt-get install ./thaid-kiosk_*.deb` into a fresh Debian 12 root made with
# debootstrap, where `thaid-kioskctl doctor --json` must run and report, and where the kiosk
# session is booted under cage and screenshotted (package-boot.sh). Then: configuration kept
# across a reinstall, state kept when purge is answered "no" and removed on "yes".
# Usage: package-test.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/common.sh"
THAID_BUILD="${1:-$THAID_BUILD}"
MIRROR="${THAID_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

root=$(mktemp -d /var/tmp/thaid-package-root.XXXXXX)
chmod 0755 "$root"  # apt's _apt user reads its lists inside
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
in_root() { chroot "$root" env LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

log "Building the package (cpack)"
(cd "$THAID_BUILD" && cpack -G DEB >/dev/null)
deb=$(ls "$THAID_BUILD"/thaid-kiosk_*_amd64.deb)
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

log "lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root" || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || fail "lintian reports errors"

log "A fresh Debian 12 root (debootstrap --variant=minbase bookworm)"
debootstrap --variant=minbase bookworm "$root" "$MIRROR" >/dev/null
mount -t proc proc "$root/proc"
# Services do not start inside a build root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")

log "apt-get install ./$name"
in_root apt-get update -qq
in_root apt-get install -y -qq "./tmp/$name" >/dev/null
in_root dpkg-query -W -f='${Status}\n' thaid-kiosk | grep -q "install ok installed" || fail "not installed"

log "What the package set up"
in_root getent passwd thaid-kiosk >/dev/null || fail "no thaid-kiosk user"
[ "$(in_root stat -c '%a %U' /var/lib/thaid-kiosk)" = "700 thaid-kiosk" ] || fail "state folder not 0700 thaid-kiosk"
[ "$(in_root stat -c '%a %G' /etc/thaid-kiosk/kiosk.conf)" = "640 thaid-kiosk" ] || fail "kiosk.conf not 0640 root:thaid-kiosk"
[ -L "$root/etc/systemd/system/multi-user.target.wants/thaid-kiosk.service" ] || fail "kiosk unit not enabled"
[ -f "$root/lib/udev/rules.d/70-thaid-kiosk-fingerprint.rules" ] || fail "no udev rules"
[ -f "$root/usr/share/man/man1/thaid-kioskctl.1.gz" ] || fail "no man page"
for dep in cage xwayland pcscd libccid qt6-wayland fonts-thai-tlwg; do
    in_root dpkg-query -W -f='${Status}\n' "$dep" | grep -q "install ok installed" || fail "$dep not pulled in"
done
echo "user, 0700 state folder, conffile modes, enabled unit, udev rules, man page, dependencies: ok"

log "thaid-kioskctl doctor --json in the new root"
set +e
in_root thaid-kioskctl doctor --json --scanner-wait 0 >"$root/tmp/doctor.json"
rc=$?
set -e
python3 - "$root/tmp/doctor.json" "$rc" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rc = int(sys.argv[2])
checks = {c["id"]: c for c in report["checks"]}
for c in report["checks"]:
    print(f"  [{c['status']:4}] {c['id']}: {c['summary']}")
want = {"config", "pcscd", "card", "scanners", "registry", "clock", "certificate", "audit", "disk"}
assert want <= checks.keys(), f"missing checks: {want - checks.keys()}"
# Freshly installed: the two settings IT fills in are reported, nothing else about the file.
assert checks["config"]["status"] == "fail", checks["config"]
details = checks["config"]["details"]
assert details[:2] == ["station/id: missing", "registry/url: missing"], details
assert all("cannot read" in d for d in details[2:]) and len(details) == 6, details  # not provisioned
assert checks["disk"]["status"] != "fail", checks["disk"]
assert checks["pcscd"]["status"] == "fail" and checks["pcscd"]["remedy"], checks["pcscd"]
assert rc == 2 and report["ok"] is False, rc
print("doctor: runs, reports every check, exit 2 until the kiosk is provisioned")
PY

log "The installed kiosk session booted under cage, screenshots by grim"
# grim is the test's camera, not something the kiosk needs: installed here, not a dependency.
in_root apt-get install -y -qq --no-install-recommends grim >/dev/null
in_private_pcsc_namespace "$THAID_ROOT/scripts/lib/package-boot.sh" "$root" "$THAID_BUILD" \
    || fail "the packaged kiosk session did not boot to its sign-in screen"

log "Upgrade (reinstall) keeps the configuration and the state"
sed -i 's/^id=$/id=10501/' "$root/etc/thaid-kiosk/kiosk.conf"
echo "audit" >"$root/var/lib/thaid-kiosk/audit.db"
in_root apt-get install -y -qq --reinstall -o Dpkg::Options::=--force-confold "./tmp/$name" >/dev/null
grep -q '^id=10501$' "$root/etc/thaid-kiosk/kiosk.conf" || fail "configuration lost on upgrade"
[ -f "$root/var/lib/thaid-kiosk/audit.db" ] || fail "state lost on upgrade"
echo "configuration and state kept: ok"

log "provision request as root leaves the station key to the kiosk user"
sed -i 's|^url=$|url=https://registry.example.invalid:8443|' "$root/etc/thaid-kiosk/kiosk.conf"
rm -f "$root/var/lib/thaid-kiosk/audit.db"
in_root thaid-kioskctl provision request --out /tmp/station.csr 2>/dev/null
grep -q "BEGIN CERTIFICATE REQUEST" "$root/tmp/station.csr" || fail "no certificate request"
[ "$(in_root stat -c '%a %U' /var/lib/thaid-kiosk/station-key.pem)" = "600 thaid-kiosk" ] || fail "station key not 0600 thaid-kiosk"
echo "audit" >"$root/var/lib/thaid-kiosk/audit.db"
echo "station key 0600, owned by thaid-kiosk: ok"

log "Purge asks before it removes the state"
echo "thaid-kiosk thaid-kiosk/purge-state boolean false" | in_root debconf-set-selections
in_root apt-get purge -y -qq thaid-kiosk >/dev/null
[ -f "$root/var/lib/thaid-kiosk/audit.db" ] || fail "state removed although the answer was no"
in_root apt-get install -y -qq "./tmp/$name" >/dev/null
echo "thaid-kiosk thaid-kiosk/purge-state boolean true" | in_root debconf-set-selections
in_root apt-get purge -y -qq thaid-kiosk >/dev/null
[ ! -e "$root/var/lib/thaid-kiosk" ] || fail "state kept although the answer was yes"
echo "purge: kept on no, removed on yes: ok"
echo "package test passed"
