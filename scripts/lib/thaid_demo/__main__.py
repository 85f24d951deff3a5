"""The demo, its end-to-end variants (--two-screens, --tpm, --fleet N) and the soak (--soak N).

Run as `python3 -m thaid_demo` with scripts/lib on PYTHONPATH, inside the private pcscd namespace
(scripts/lib/demo-run.sh, e2e-kiosk.sh, soak-kiosk.sh). See docs/demo.md.
"""
import argparse
import json
import os
import sys
import urllib.request

from .environment import log
from .counter import Demo
from .fleet import failover_summary, malee_with_a_process_killed
from .soak import soak
from .soft_tpm import SoftTpm
from .tpm import tpm_summary


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--soak", type=int, default=0, help="registrations for the soak/benchmark run")
    parser.add_argument("--two-screens", action="store_true",
                        help="a second screen faces the citizen and shows the QR (offscreen)")
    parser.add_argument("--tpm", action="store_true",
                        help="the station key lives in a software TPM (swtpm), made there by provisioning")
    parser.add_argument("--fleet", type=int, default=0, metavar="N",
                        help="N registry processes on PostgreSQL behind nginx (scripts/fleet.sh); one "
                             "is killed while a QR is showing")
    args = parser.parse_args()
    if args.soak:
        sys.exit(1 if soak(args.soak) else 0)
    demo = Demo(os.environ.get("THAID_DEMO_DIR"))
    demo.two_screens = args.two_screens
    demo.fleet = args.fleet
    try:
        if args.tpm:
            demo.tpm = SoftTpm(demo, "tpm")
            log(f"TPM: swtpm as this machine's TPM 2.0 ({demo.tpm.tcti})")
        reg = demo.registry()
        demo.configure(reg)
        demo.enrol_officer()
        demo.enrol_officer("thanaphon", "arch.png", "supervisor")
        demo.display()
        demo.kiosk()
        demo.sign_in()
        maintenance = demo.maintenance()
        times = [
            ("somchai", demo.register("somchai", "1101700230708", "loop-right-capture2.png",
                                      wrong_first="arch-capture2.png")),
            ("malee", malee_with_a_process_killed(demo)),
            # Worn right index finger: three misses, then the left index (tented arch) matches.
            ("anan", demo.register("anan", "3700100001236", "tented_arch-capture2.png",
                                   wrong_first=["whorl-capture2.png"] * 3)),
            # Worn fingers: three misses on each; supervisor Thanaphon signs off (reason 1).
            ("pranee", demo.register("pranee", "8410100987658", None,
                                     wrong_first=["loop-right-capture2.png"] * 6,
                                     exception=(1, "thanaphon", "arch-capture2.png"))),
        ]
        log("Later: Somchai comes back with a new phone; Malee starts to replace hers, then stops")
        times.append(("somchai", demo.register("somchai", "1101700230708", "loop-right-capture2.png",
                                               phone="second", replacing=True)))
        demo.register("malee", "3100400123456", "whorl-capture2.png", phone="second",
                      replacing=True, abandon=True)
        phones = {"somchai first": demo.phone_check("somchai", "first"),
                  "somchai second": demo.phone_check("somchai", "second"),
                  "malee first": demo.phone_check("malee", "first")}
        if list(phones.values()) != ["device_revoked", "active", "active"]:
            raise SystemExit(f"the phones' bindings are not as registered: {phones}")
        checks = {}
        if not demo.fleet:
            # The Digital ID in use, at the counter: no card, the phone proves who it is.
            checks = {"somchai first": demo.thaid_check("somchai", "first", "refused"),
                      "somchai second": demo.thaid_check("somchai", "second"),
                      "pranee first": demo.thaid_check("pranee", "first")}
            if list(checks.values()) != ["refused", "high", "substantial"]:
                raise SystemExit(f"the ThaiD checks did not come out as registered: {checks}")
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{demo.metrics_port}/metrics",
                                         timeout=10).read().decode()
        completed = next(line for line in metrics.splitlines()
                         if line.startswith("thaid_registrations_completed_total "))
        if completed.split()[1] != str(len(times)):
            raise SystemExit(f"the kiosk's metrics say '{completed}'")
        demo.send("quit")
        demo.k.wait(10)
        page = os.path.join(demo.dir, "report.html")
        r = demo.ctl("report", "--json", "--html", page)
        if r.returncode != 0:
            raise SystemExit(f"thaid-kioskctl report failed: {r.stderr}")
        day = json.loads(r.stdout)
        outcomes = day["by_outcome"]
        print()
        print(f"Completed {len(times)} registrations end to end:")
        for name, secs in times:
            print(f"  {name:10s} {secs:5.1f} s (card in to registration complete)")
        print("Phones at the registry: " + ", ".join(f"{k} {v}" for k, v in phones.items()))
        print("  (Somchai's new phone replaced his first, now refused; Malee's abandoned "
              "replacement left her phone working)")
        if checks:
            print("ThaiD checks at the counter (F6, no card): " +
                  ", ".join(f"{k} {v}" for k, v in checks.items()) +
                  " (ial from how each phone was bound: finger high, supervisor's exception "
                  "substantial)")
        print(f"The day's report (thaid-kioskctl report): completed {outcomes.get('completed', 0)}, "
              f"referred {outcomes.get('referred', 0)}, cancelled {outcomes.get('cancelled', 0)}, "
              f"re-registrations {len(day['re_registrations'])}, "
              f"supervisor exceptions {len(day['exceptions'])}, "
              f"card in to completion p50 {day['card_in_to_completion_p50_ms'] / 1000:.1f} s; "
              f"printable page {page}")
        print(f"Screenshots of every step: {demo.shots}")
        print(f"Maintenance screen (Ctrl+Shift+M): {maintenance.split(' t=')[0]}")
        print(f"Kiosk metrics (http://127.0.0.1:{demo.metrics_port}/metrics): {completed}")
        if demo.fleet:
            print(failover_summary(demo))
            print(f"Logs: {demo.dir}/kiosk.log, {demo.dir}/fleet/registry-*.log, "
                  f"{demo.dir}/fleet/nginx/error.log")
        else:
            print(f"Logs: {demo.dir}/kiosk.log, {demo.dir}/registry.log")
        if args.tpm:
            tpm_summary(demo)
    finally:
        demo.cleanup()


if __name__ == "__main__":
    main()
