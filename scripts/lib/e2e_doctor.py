"""`thaid-kioskctl doctor` and `provision` against the virtual environment (real pcscd + vpcd with
thaid-virtual-card, libfprint's virtual_image scanner, thaid-registryd over mutual TLS), run by
ctest inside the private pcscd namespace. The station is provisioned the way office IT does it
(request → the registry CA signs → install), then doctor must pass, and fail with the right check
in each broken state: pcscd stopped, no scanner, registry down, expired certificate, clock skew.
Every process started here is stopped here, by process id.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from thaid_demo.counter import Demo  # noqa: E402
from thaid_demo.environment import BIN, ROOT, STATION, log  # noqa: E402

failures = []


def check(what, ok, detail=""):
    print(("  ok   " if ok else "  FAIL ") + what + (f"  ({detail})" if detail and not ok else ""))
    if not ok:
        failures.append(what)


class Bench(Demo):
    def __init__(self):
        super().__init__(tempfile.mkdtemp(prefix="thaid-doctor-"))
        self.pcscd = None
        self.reg_proc = None
        self.reg = os.path.join(self.dir, "registry")
        self.state = os.path.join(self.dir, "state")
        os.makedirs(self.state, mode=0o700)

    def start_pcscd(self):
        os.makedirs("/run/pcscd", exist_ok=True)
        self.pcscd = self.start(["/usr/sbin/pcscd", "--foreground"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        for _ in range(100):
            r = subprocess.run(["pcsc_scan", "-r"], capture_output=True, text=True)
            if "Virtual PCD" in r.stdout:
                return
            time.sleep(0.1)
        raise SystemExit("pcscd did not come up with the vpcd readers")

    def stop_pcscd(self):
        self.stop(self.pcscd)

    def serve(self, *extra):
        self.stop(self.reg_proc)
        self.reg_proc = self.start([BIN["registryd"], "--dir", self.reg, "--listen", "127.0.0.1:0",
                                    "--phone-listen", "127.0.0.1:0", *extra],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        ready = self.reg_proc.stdout.readline().split()
        self.kiosk_url = ready[2].split("=", 1)[1]
        self.write_config()

    def write_config(self):
        self.conf = os.path.join(self.dir, "kiosk.conf")
        with open(self.conf, "w") as f:
            f.write(f"""[station]
id={STATION}
state_dir={self.state}
[registry]
url={self.kiosk_url}
ca={self.dir}/registry-ca.pem
certificate={self.dir}/station.pem
key={self.state}/station-key.pem
qr_keys={self.dir}/registry-qr-keys.pub
""")

    def ctl(self, *args, env=None):
        return subprocess.run([BIN["kioskctl"], *args, "--config", self.conf], env=env or self.env,
                              capture_output=True, text=True, timeout=120)

    def doctor(self, env=None):
        r = self.ctl("doctor", "--json", env=env)
        try:
            report = json.loads(r.stdout)
        except json.JSONDecodeError:
            raise SystemExit(f"doctor --json printed no report (exit {r.returncode}): {r.stderr}")
        return r.returncode, {c["id"]: c for c in report["checks"]}

    def provision(self, days):
        csr = os.path.join(self.dir, "station.csr")
        cert = os.path.join(self.dir, "issued.pem")
        r = self.ctl("provision", "request", "--out", csr)
        if r.returncode != 0:
            raise SystemExit("provision request failed: " + r.stderr)
        subprocess.run([BIN["registryd"], "sign-csr", "--dir", self.reg, "--csr", csr, "--days",
                        str(days), "--out", cert], check=True)
        return self.ctl("provision", "install", "--certificate", cert, "--ca",
                        f"{self.reg}/ca.pem", "--qr-keys", f"{self.reg}/signing-key.pub"), cert


def statuses(checks):
    return {k: v["status"] for k, v in checks.items()}


def main():
    b = Bench()
    try:
        log("Registry: init, then serve over mutual TLS")
        subprocess.run([BIN["registryd"], "init", "--dir", b.reg, "--demo-data",
                        f"{ROOT}/resources/demo/registry/demo-registry.json", "--images",
                        f"{ROOT}/tests/data/fingerprints", "--stations", str(STATION)],
                       check=True, stdout=subprocess.DEVNULL)
        b.serve()
        b.start_pcscd()

        print("Provisioning round trip with the registry's CA:")
        r = b.ctl("doctor")
        check("doctor fails before provisioning (no certificate yet)", r.returncode == 2)
        install, _ = b.provision(365)
        check("provision request + sign-csr + provision install", install.returncode == 0,
              install.stderr)
        key_mode = os.stat(f"{b.state}/station-key.pem").st_mode & 0o777
        check("the station key is mode 0600", key_mode == 0o600, oct(key_mode))
        check("install reports the expiry", "365 days" in install.stdout, install.stdout)

        print("Good state (card in the reader, virtual scanner, registry up):")
        b.insert("somchai")
        time.sleep(1)
        rc, c = b.doctor()
        check("exit 0", rc == 0, json.dumps(statuses(c)))
        for cid in ("config", "pcscd", "card", "scanners", "registry", "clock", "certificate",
                    "audit"):
            check(f"{cid} ok", c[cid]["status"] == "ok", c[cid]["summary"])
        check("the reader and its ATR are listed",
              any("ATR 3B" in d for d in c["pcscd"]["details"]), c["pcscd"]["details"])
        check("the scanner can verify citizens",
              any("verifies citizens" in d for d in c["scanners"]["details"]), c["scanners"])
        check("no personal data in the report", "1101700230708" not in json.dumps(c)
              and "สมชาย" not in json.dumps(c, ensure_ascii=False))

        print("No card: a warning, not a failure:")
        b.remove()
        rc, c = b.doctor()
        check("exit 0, card warn", rc == 0 and c["card"]["status"] == "warn", statuses(c))

        print("No scanner:")
        env = {k: v for k, v in b.env.items() if k != "FP_VIRTUAL_IMAGE"}
        rc, c = b.doctor(env)
        check("exit 2, scanners fail with a remedy",
              rc == 2 and c["scanners"]["status"] == "fail" and c["scanners"].get("remedy"),
              statuses(c))

        print("pcscd stopped:")
        b.stop_pcscd()
        rc, c = b.doctor()
        check("exit 2, pcscd fail with a remedy",
              rc == 2 and c["pcscd"]["status"] == "fail" and "pcscd" in c["pcscd"]["remedy"],
              statuses(c))
        b.start_pcscd()

        print("Registry down:")
        b.stop(b.reg_proc)
        rc, c = b.doctor()
        check("exit 2, registry fail", rc == 2 and c["registry"]["status"] == "fail", statuses(c))

        print("Clock skew (the registry runs 300 s ahead):")
        b.serve("--clock-skew-s", "300")
        rc, c = b.doctor()
        check("exit 2, clock fail, registry ok",
              rc == 2 and c["clock"]["status"] == "fail" and c["registry"]["status"] == "ok",
              statuses(c))
        b.serve()

        print("Expired certificate:")
        install, expired = b.provision(-1)
        check("provision install refuses an expired certificate", install.returncode == 2,
              install.stdout + install.stderr)
        with open(expired, "rb") as src, open(f"{b.dir}/station.pem", "wb") as dst:
            dst.write(src.read())  # as if it had expired in service
        rc, c = b.doctor()
        check("exit 2, certificate fail (expired)",
              rc == 2 and c["certificate"]["status"] == "fail"
              and "expired" in c["certificate"]["summary"], statuses(c))
        check("the registry refuses the expired certificate too",
              c["registry"]["status"] == "fail", statuses(c))

        print("Renewed (the round trip again):")
        install, _ = b.provision(365)
        rc, c = b.doctor()
        check("exit 0 after renewal", install.returncode == 0 and rc == 0, statuses(c))
    finally:
        b.cleanup()
    if failures:
        print(f"{len(failures)} doctor check(s) failed")
        sys.exit(1)
    print("doctor: every state reported as expected")


if __name__ == "__main__":
    main()
