"""The counter on one machine: the registry, the kiosk window driven through its keyboard, the
officer, the cards, the fingers and the phones. Every process started here is stopped here, by
process id."""
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from .environment import ROOT, BUILD, BIN, CARDS, PRINTS, STATION, TPM_KEY, log, free_port
from .soft_tpm import SoftTpm
from .stats import stamp


class Demo:
    def __init__(self, keep_dir=None):
        self.dir = keep_dir or tempfile.mkdtemp(prefix="thaid-demo-")
        os.makedirs(self.dir, exist_ok=True)
        self.shots = os.path.join(self.dir, "screenshots")
        os.makedirs(self.shots, exist_ok=True)
        self.procs = []
        self.events = queue.Queue()
        self.card = None
        self.env = dict(os.environ, FP_VIRTUAL_IMAGE=os.path.join(self.dir, "scanner.sock"), LANG="C.UTF-8")
        self.watchable = False
        self.shot_no = 0
        self.soaking = False
        self.two_screens = False
        self.tpm = None  # a SoftTpm: the station key lives in it, not in a file
        self.metrics_port = free_port()  # chosen again as the kiosk starts (pick_metrics_port)
        self.platform = "xcb"
        self.fleet = 0  # registry processes behind nginx on PostgreSQL (scripts/fleet.sh); 0: one, alone
        self.on_qr = None  # called once the next QR is on screen (the fleet demo kills a process there)

    def start(self, args, **kw):
        p = subprocess.Popen(args, env=kw.pop("env", self.env), **kw)
        self.procs.append(p)
        return p

    def stop(self, p):
        if p and p.poll() is None:
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()

    def cleanup(self):
        for p in reversed(self.procs):
            self.stop(p)
        if self.fleet:
            # The demo folder may be kept (THAID_DEMO_DIR); the database with it is not.
            subprocess.run([f"{ROOT}/scripts/fleet.sh", "remove", os.path.join(self.dir, "fleet")])

    # --- devices ------------------------------------------------------------------------------
    def insert(self, profile):
        self.remove()
        self.card = self.start([BIN["card"], "--profile", f"{CARDS}/{profile}.json",
                                "--exchange-latency-ms", "15", "--baud", "115200"],
                               stdout=subprocess.DEVNULL)

    def remove(self):
        if self.card:
            self.stop(self.card)
            self.card = None
            time.sleep(1)  # a hand takes the card away; pcscd polls the reader, it must see it gone

    def finger(self, image):
        subprocess.run([BIN["finger"], "--socket", self.env["FP_VIRTUAL_IMAGE"], f"{PRINTS}/{image}"],
                       check=True, env=self.env)

    # --- registry -----------------------------------------------------------------------------
    def registry(self):
        if self.fleet:
            return self.fleet_registry()
        reg = os.path.join(self.dir, "registry")
        log("Registry: thaid-registryd init (demo CA, station certificate, citizens with reference prints)")
        subprocess.run([BIN["registryd"], "init", "--dir", reg, "--demo-data",
                        f"{ROOT}/resources/demo/registry/demo-registry.json", "--images", PRINTS,
                        "--stations", str(STATION)], check=True, stdout=subprocess.DEVNULL)
        p = self.start([BIN["registryd"], "--dir", reg, "--listen", "127.0.0.1:0", "--phone-listen",
                        "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=open(os.path.join(self.dir, "registry.log"), "w"),
                       text=True)
        ready = p.stdout.readline().split()
        self.kiosk_url = ready[2].split("=", 1)[1]
        self.phone_url = ready[3].split("=", 1)[1]
        log(f"Registry up: kiosk API {self.kiosk_url} (mutual TLS), phone API {self.phone_url}")
        return reg

    def fleet_registry(self):
        log(f"Registry: PostgreSQL, {self.fleet} thaid-registryd processes and nginx in front "
            "(scripts/fleet.sh)")
        fleet = os.path.join(self.dir, "fleet")
        r = subprocess.run([f"{ROOT}/scripts/fleet.sh", "start", fleet, "--processes", str(self.fleet),
                            "--stations", str(STATION)], capture_output=True, text=True,
                           env=dict(self.env, THAID_BUILD=BUILD))
        ready = next((l for l in r.stdout.splitlines() if l.startswith("fleet ready")), None)
        if r.returncode != 0 or not ready:
            raise SystemExit("fleet.sh start failed: " + r.stdout + r.stderr)
        fields = dict(f.split("=", 1) for f in ready.split()[2:])
        self.kiosk_url, self.phone_url = fields["kiosk"], fields["phone"]
        log(f"Registry up behind nginx: kiosk API {self.kiosk_url} (mutual TLS at nginx), "
            f"phone API {self.phone_url}")
        return os.path.join(fleet, "registry")

    def fleet_ctl(self, action, number):
        subprocess.run([f"{ROOT}/scripts/fleet.sh", action, os.path.join(self.dir, "fleet"),
                        str(number)], check=True, env=dict(self.env, THAID_BUILD=BUILD))

    def configure(self, reg):
        state = os.path.join(self.dir, "kiosk")
        os.makedirs(state, mode=0o700, exist_ok=True)
        self.conf = os.path.join(self.dir, "kiosk.conf")
        if self.tpm:
            certificate, key = os.path.join(self.dir, "station.pem"), TPM_KEY
            tpm = f"[tpm]\ntcti={self.tpm.tcti}\n[audit]\nupload_interval_s=5\n"
        else:
            certificate = f"{reg}/stations/station-{STATION}.pem"
            key, tpm = f"{reg}/stations/station-{STATION}-key.pem", ""
        with open(self.conf, "w") as f:
            f.write(f"""[station]
id={STATION}
state_dir={state}
[registry]
url={self.kiosk_url}
ca={self.dir}/registry-ca.pem
certificate={certificate}
key={key}
qr_keys={self.dir}/registry-qr-keys.pub
{tpm}[display]
language=th
fullscreen=false
""" + ("citizen_screen=CITIZEN\n" if self.two_screens else "")
                    + f"[metrics]\nlisten=127.0.0.1:{self.metrics_port}\n"
                    + self.thaid_check_client(reg, state))
        self.reg = reg
        if self.tpm:
            self.provision()
        else:
            for src, dst in (("ca.pem", "registry-ca.pem"), ("signing-key.pub", "registry-qr-keys.pub")):
                shutil.copyfile(f"{reg}/{src}", f"{self.dir}/{dst}")

    def thaid_check_client(self, reg, state):
        """The kiosk as an OpenID Connect client of the registry, for the ThaiD check (F6), as
        office IT registers it: thaid-registryd client add, the secret in a file of its own.
        Behind nginx the provider's issuer would be nginx's address: not set up there."""
        if self.fleet:
            return ""
        r = subprocess.run([BIN["registryd"], "client", "add", "--dir", reg, "--id",
                            f"kiosk-{STATION}", "--name-th", "สำนักงานเขตปทุมวัน (จุดบริการ 1)",
                            "--name-en", "Pathum Wan District Office (counter 1)",
                            "--redirect-uri", "http://127.0.0.1/thaid-check", "--json"],
                           capture_output=True, text=True, check=True)
        secret = os.path.join(state, "thaid-check.secret")
        with open(os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write(json.loads(r.stdout)["client_secret"])
        log(f"Registry: the kiosk registered for ThaiD checks (client kiosk-{STATION})")
        return (f"[thaid_check]\nissuer={self.phone_url}\nclient_id=kiosk-{STATION}\n"
                f"secret_file={secret}\n")

    def ctl(self, *args):
        return subprocess.run([BIN["kioskctl"], *args, "--config", self.conf], env=self.env,
                              capture_output=True, text=True, timeout=120)

    def provision(self):
        """As office IT does it: the key is made in the TPM, which signs the request; the
        registry's CA issues the certificate; install checks it and puts it in place."""
        log("Provisioning: thaid-kioskctl provision request (the station key is made inside the TPM)")
        csr = os.path.join(self.dir, "station.csr")
        r = self.ctl("provision", "request", "--out", csr)
        if r.returncode != 0:
            raise SystemExit("provision request failed: " + r.stderr)
        sys.stderr.write("    " + r.stderr.splitlines()[0] + "\n")
        issued = os.path.join(self.dir, "issued.pem")
        # sign-csr pins the certificate in the registry's database: the fleet's is PostgreSQL.
        database = os.path.join(os.path.dirname(self.reg), "database-url")
        db = ["--db", open(database).read().strip()] if self.fleet else []
        subprocess.run([BIN["registryd"], "sign-csr", "--dir", self.reg, "--csr", csr, "--days",
                        "30", "--out", issued, *db], check=True, stdout=subprocess.DEVNULL)
        r = self.ctl("provision", "install", "--certificate", issued, "--ca", f"{self.reg}/ca.pem",
                     "--qr-keys", f"{self.reg}/signing-key.pub")
        if r.returncode != 0:
            raise SystemExit("provision install failed: " + r.stdout + r.stderr)

    def enrol_officer(self, profile="kanya", image="tented_arch.png", role="officer"):
        log(f"Officer: thaid-kioskctl officer enroll --role {role} (card of '{profile}' + five "
            "placements of the finger)")
        self.insert(profile)
        p = subprocess.Popen([BIN["kioskctl"], "officer", "enroll", "--role", role, "--config",
                              self.conf], env=self.env, stderr=subprocess.PIPE, text=True)
        for line in p.stderr:
            sys.stderr.write("    " + line)
            if "place the index finger" in line:
                self.finger(image)
        if p.wait() != 0:
            raise SystemExit("officer enrolment failed")
        self.remove()

    def key_files(self):
        """Every file of this kiosk's own (configuration, certificate, state folder)."""
        found = [os.path.join(self.dir, f) for f in os.listdir(self.dir)
                 if os.path.isfile(os.path.join(self.dir, f))]
        for root, _, files in os.walk(os.path.join(self.dir, "kiosk")):
            found += [os.path.join(root, f) for f in files]
        return found

    def copy_elsewhere(self):
        """The kiosk's configuration, certificate and whole state folder copied to another
        machine, which has its own TPM: the station key is not in it, so nothing connects."""
        other = SoftTpm(self, "other-machine-tpm")
        copy = os.path.join(self.dir, "copied")
        shutil.copytree(os.path.join(self.dir, "kiosk"), os.path.join(copy, "kiosk"))
        for name in ("station.pem", "registry-ca.pem", "registry-qr-keys.pub"):
            shutil.copyfile(os.path.join(self.dir, name), os.path.join(copy, name))
        with open(self.conf) as f:
            conf = f.read().replace(self.dir + "/", copy + "/").replace(self.tpm.tcti, other.tcti)
        copied_conf = os.path.join(copy, "kiosk.conf")
        with open(copied_conf, "w") as f:
            f.write(conf)
        # That machine has no virtual scanner (this one's socket is stale once the kiosk quit).
        env = {k: v for k, v in self.env.items() if k != "FP_VIRTUAL_IMAGE"}
        r = subprocess.run([BIN["kioskctl"], "doctor", "--json", "--scanner-wait", "0",
                            "--config", copied_conf], env=env, capture_output=True,
                           text=True, timeout=120)
        checks = {c["id"]: c for c in json.loads(r.stdout)["checks"]}
        k = subprocess.run([BIN["kiosk"], "--config", copied_conf, "--windowed"],
                           env=dict(env, QT_QPA_PLATFORM="offscreen"), capture_output=True,
                           text=True, timeout=60)
        self.stop(other.proc)
        return checks, k.returncode, k.stderr.strip()

    # --- kiosk --------------------------------------------------------------------------------
    def display(self):
        if self.two_screens:
            # Qt's offscreen platform with two screens, the second one facing the citizen.
            screens = os.path.join(self.dir, "screens.json")
            with open(screens, "w") as f:
                json.dump({"screens": [
                    {"name": "OFFICER", "x": 0, "y": 0, "width": 1280, "height": 800},
                    {"name": "CITIZEN", "x": 1280, "y": 0, "width": 1024, "height": 768}]}, f)
            self.platform = "offscreen:configfile=" + screens
            log("Two screens (offscreen): the officer's and one facing the citizen, which shows the QR")
            return
        if os.environ.get("DISPLAY"):
            self.watchable = True
            log(f"Using your display {os.environ['DISPLAY']}: watch the kiosk window")
            return
        # Xvfb picks a free display itself: demos run side by side under ctest, and one that
        # took another's display would lose it when that demo stopped.
        r, w = os.pipe()
        self.start(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(w,))
        os.close(w)
        with os.fdopen(r) as f:
            number = f.readline().strip()
        if not number:
            raise SystemExit("Xvfb did not start")
        display = ":" + number
        self.env["DISPLAY"] = display
        log(f"No display: the kiosk runs on Xvfb {display}; every screen is saved")

    def kiosk(self, screenshots=True):
        env = dict(self.env, QT_QPA_PLATFORM=self.platform)
        args = [BIN["kiosk"], "--config", self.conf, "--automation", "--windowed"]
        if screenshots:
            args += ["--screenshot-dir", self.shots]
        self.pick_metrics_port()
        self.started_ms = time.time() * 1000
        self.k = self.start(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=open(os.path.join(self.dir, "kiosk.log"), "w"), text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()
        self.expect("ready", 20)
        self.cold_start_ms = stamp(self.expect("shown SignedOut", 20)) - self.started_ms

    def pick_metrics_port(self):
        """A free port for the kiosk's metrics, chosen just before it starts: one chosen at the
        beginning could be taken by a test running alongside while the kiosk is provisioned."""
        self.metrics_port = free_port()
        with open(self.conf) as f:
            conf = re.sub(r"(?m)^(\[metrics\]\nlisten=127\.0\.0\.1:)\d+$",
                          lambda m: m.group(1) + str(self.metrics_port), f.read())
        with open(self.conf, "w") as f:
            f.write(conf)

    def _read(self):
        for line in self.k.stdout:
            self.events.put(line.strip())

    def log_tail(self, lines=15):
        """The end of kiosk.log without the APDU trace: the folder may be gone when CI shows it."""
        with open(os.path.join(self.dir, "kiosk.log"), errors="replace") as f:
            kept = [l.rstrip() for l in f if "smartcard.apdu" not in l]
        return "\n".join("    " + l for l in kept[-lines:])

    def send(self, command):
        self.k.stdin.write(command + "\n")
        self.k.stdin.flush()

    def expect(self, wanted, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                ev = self.events.get(timeout=0.2)
            except queue.Empty:
                if self.k.poll() is not None:
                    raise SystemExit(f"thaid-kiosk exited ({self.k.returncode}):\n{self.log_tail()}")
                continue
            if ev == wanted or ev.startswith(wanted + " "):
                return ev
        raise SystemExit(f"timed out waiting for '{wanted}' from the kiosk")

    def pause(self):
        # Time to watch each step with a display; time for each screenshot without one.
        if not self.soaking:
            time.sleep(1.5 if self.watchable else 0.4)

    def sign_in(self):
        log("Kiosk: the officer signs in with her card and finger")
        self.insert("kanya")
        self.expect("finger-waiting")
        self.finger("tented_arch-capture2.png")
        self.expect("state WaitingForCard")
        self.pause()
        self.remove()

    def maintenance(self):
        log("Kiosk: the officer opens the maintenance screen (Ctrl+Shift+M): doctor, condensed")
        self.send("key Ctrl+Shift+M")
        self.expect("state Maintenance")
        report = self.expect("diagnostics", 30)
        counts = dict(part.split("=") for part in report.split()[1:4])
        if counts["fail"] != "0":
            raise SystemExit(f"maintenance reports failures: {report}")
        self.pause()
        self.send("key Escape")
        self.expect("state WaitingForCard")
        return report

    def key_file(self, profile, phone):
        return os.path.join(self.dir, f"phone-{profile}-{phone}.key")

    def register(self, profile, cid, finger, wrong_first=None, timings=None, phone="first",
                 replacing=False, abandon=False, exception=None):
        started = time.time()
        log(f"Citizen '{profile}': card in" + (", with a new phone" if replacing else ""))
        self.insert(profile)
        # Machine time (the kiosk's own clock): card in to the review, face confirmed to the
        # scanner ready, finger placed to the QR on screen. The human steps are not counted.
        reading = stamp(self.expect("state Reading", 30))
        review = stamp(self.expect("state Review", 30))
        self.pause()
        self.send("key Return")  # the face matches
        if replacing:
            # The registry holds a phone for this citizen: its own screen, its own key.
            self.expect("state ReplacingPhone", 10)
            self.pause()
            log(f"Citizen '{profile}': the officer confirms the phone replacement (F8)")
            self.send("key F8")
        scanning = stamp(self.expect("state Fingerprint"))
        ready = stamp(self.expect("finger-waiting"))
        wrong = [wrong_first] if isinstance(wrong_first, str) else (wrong_first or [])
        if exception:
            # Both index fingers will not read: a supervisor signs off instead.
            reason, boss, boss_image = exception
            log(f"Citizen '{profile}': neither index finger reads ({len(wrong)} tries)")
            for i, image in enumerate(wrong):
                self.finger(image)
                self.expect("finger-waiting" if i < len(wrong) - 1 else "state FingerprintRefer")
            self.pause()
            log(f"Citizen '{profile}': F9, a supervisor's exception, reason {reason}")
            self.send("key F9")
            self.expect("state ExceptionReason")
            self.pause()
            self.send(f"type {reason}")
            self.expect("state SupervisorSignOff")
            log(f"Citizen '{profile}': the citizen's card out; supervisor '{boss}' inserts their "
                "card and places their finger")
            self.remove()
            self.insert(boss)
            self.expect("finger-waiting")
            self.finger(boss_image)
            self.expect("signoff SupervisorCardOut")
            self.pause()
            log(f"Citizen '{profile}': the registry granted it; the citizen's card goes back in")
            self.remove()
            self.insert(profile)
        else:
            if len(wrong) == 1:
                log(f"Citizen '{profile}': a finger that does not match first")
            elif wrong:
                log(f"Citizen '{profile}': the right index finger will not read ({len(wrong)} "
                    "tries); the kiosk asks for the left")
            for image in wrong:
                self.finger(image)
                self.expect("finger-waiting")
            placed = time.time() * 1000
            self.finger(finger)
        matched = stamp(self.expect("state CreatingSession", 30))
        created = stamp(self.expect("state ShowingQr", 30))
        visible = stamp(self.expect("qr-visible", 30))
        if self.on_qr:
            self.on_qr, hook = None, self.on_qr
            hook()
        if timings is not None:
            timings.setdefault("match_to_qr", []).append(visible - matched)
            if not wrong and not exception:
                steps = {"card read and registry card check": review - reading,
                         "face confirmed to scanner ready": ready - scanning,
                         "finger placed to registry match": matched - placed,
                         "session created": created - matched,
                         "first signed QR verified and on screen": visible - created}
                for name, ms in steps.items():
                    timings.setdefault("steps", {}).setdefault(name, []).append(ms)
                timings.setdefault("machine", []).append(sum(steps.values()))
        self.pause()
        shot = os.path.join(self.dir, f"screen-{profile}.png")
        verb = "shot-citizen" if self.two_screens else "shot"
        self.send(f"{verb} {shot}")
        self.expect(verb, 10)
        if abandon:
            log(f"Citizen '{profile}': changes their mind; the officer takes the card back")
            self.remove()
            self.expect("state WaitingForCard")
            return time.time() - started
        where = "the citizen's screen" if self.two_screens else "the kiosk"
        log(f"Citizen '{profile}': the phone scans the QR from a screenshot of {where}")
        sim = subprocess.Popen([BIN["sim"], "--registry", self.phone_url, "--ca", f"{self.reg}/ca.pem",
                                "--trust", f"{self.reg}/signing-key.pub", "--cid", cid, "--qr-image", shot,
                                "--json", "--bad-passcode", "12345678",
                                "--key-file", self.key_file(profile, phone)], stdout=subprocess.PIPE, text=True,
                               env=self.env)
        self.procs.append(sim)
        code = None
        for line in sim.stdout:
            event = json.loads(line)
            if event["event"] == "confirmation_code":
                code, claimed_ms = event["code"], event["at_ms"]
                break
        if not code:
            raise SystemExit("the simulator did not show a code")
        shown = stamp(self.expect("shown EnteringCode"))
        if timings is not None:
            timings.setdefault("claim_to_screen", []).append(shown - claimed_ms)
        self.pause()
        log(f"Citizen '{profile}': the officer types the code {code}")
        self.send(f"type {code}")
        self.expect("state WaitingForPhone")
        rest = sim.stdout.read()
        if sim.wait(60) != 0:
            raise SystemExit(f"the simulator failed: {rest}")
        self.expect("state Completed", 30)
        self.pause()
        self.remove()
        self.expect("state WaitingForCard")
        return time.time() - started


    def thaid_check(self, profile, phone, expect="verified"):
        """A citizen identifies with ThaiD at the counter (F6): the phone scans the login QR from
        a screenshot, the citizen compares the code on the phone with the one on the screen and
        approves. A replaced phone is refused, and the kiosk says so."""
        log(f"ThaiD check (F6): '{profile}' identifies with the {phone} phone, no card")
        self.send("key F6")
        self.expect("state ThaidCheck")
        self.expect("qr-visible", 30)
        self.pause()
        shot = os.path.join(self.dir, f"screen-check-{profile}-{phone}.png")
        verb = "shot-citizen" if self.two_screens else "shot"
        self.send(f"{verb} {shot}")
        self.expect(verb, 10)
        sim = subprocess.Popen([BIN["sim"], "login", "--registry", self.phone_url, "--ca",
                                f"{self.reg}/ca.pem", "--key-file", self.key_file(profile, phone),
                                "--qr-image", shot, "--code-from-stdin", "--json"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               env=self.env)
        self.procs.append(sim)
        offer = None
        for line in sim.stdout:
            event = json.loads(line)
            if event["event"] in ("login_offer", "login_refused"):
                offer = event
                break
        if expect == "refused":
            if not offer or offer.get("code") != "device_revoked":
                raise SystemExit(f"the {phone} phone was not refused: {offer}")
            self.expect("check-phone-refused", 15)
            self.pause()
            log(f"ThaiD check: the {phone} phone is refused (device_revoked); the kiosk says so")
            sim.wait(30)
            self.send("key Escape")
            self.expect("state WaitingForCard")
            return "refused"
        if not offer or offer["event"] != "login_offer":
            raise SystemExit(f"the phone did not get the login: {offer}")
        shown = self.expect("check-code", 15).split()[1]
        log(f"ThaiD check: the phone shows {offer['relay_code']} for "
            f"'{offer['client_name_en']}'; the citizen's screen shows {shown}")
        self.pause()
        sim.stdin.write(shown + "\n")
        sim.stdin.flush()
        if sim.wait(30) != 0:
            raise SystemExit("the phone did not approve the ThaiD check")
        ial = self.expect("check-verified", 15).split("=", 1)[1].split()[0]
        self.expect("state ThaidCheckResult", 15)
        self.pause()
        log(f"ThaiD check: the officer sees the identity the registry vouches for (ial {ial}); "
            "Esc clears it")
        self.send("key Escape")
        self.expect("state WaitingForCard")
        return ial

    def phone_check(self, profile, phone):
        """The citizen opens ThaiD on one of their phones: is it still theirs at the registry?"""
        out = subprocess.run([BIN["sim"], "--registry", self.phone_url, "--ca", f"{self.reg}/ca.pem",
                              "--trust", f"{self.reg}/signing-key.pub", "--check-device",
                              "--key-file", self.key_file(profile, phone), "--json"],
                             capture_output=True, text=True, env=self.env)
        events = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
        last = events[-1] if events else {}
        verdict = "active" if last.get("event") == "device_active" else last.get("code", "no answer")
        log(f"Citizen '{profile}': the {phone} phone asks the registry: {verdict}")
        return verdict
