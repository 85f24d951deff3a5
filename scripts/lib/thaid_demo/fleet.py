"""The fleet variant: a registry process killed while a QR is showing, and what it cost."""
import os

from .environment import log


def malee_with_a_process_killed(demo):
    """Malee's registration; behind nginx, registry process 1 is killed (SIGKILL, as a crash)
    while her QR is on screen and the kiosk's long poll is held, and started again after."""
    if demo.fleet:
        def kill():
            log("Fleet: registry process 1 is killed while the QR is showing")
            demo.retries_before = kiosk_retries(demo)
            demo.fleet_ctl("kill", 1)
        demo.on_qr = kill
    took = demo.register("malee", "3100400123456", "whorl-capture2.png")
    if demo.fleet:
        demo.retries_during = kiosk_retries(demo) - demo.retries_before
        demo.fleet_ctl("restart", 1)
        log(f"Fleet: Malee completed through the other process; process 1 started again "
            f"(the kiosk repeated {demo.retries_during} request(s))")
    return took


def kiosk_retries(demo):
    """Requests the kiosk's registry client repeated, from its log."""
    with open(os.path.join(demo.dir, "kiosk.log"), errors="replace") as f:
        return sum(1 for line in f if "- retry in" in line)


def failover_summary(demo):
    gateway = os.path.join(demo.dir, "fleet", "nginx", "error.log")
    with open(gateway, errors="replace") as f:
        moved = sum(1 for line in f if "upstream" in line and "[error]" in line)
    return (f"Failover: registry process 1 killed mid-registration; Malee completed through "
            f"process 2; the kiosk repeated {demo.retries_during} request(s); nginx moved "
            f"{moved} request(s) off the dead process")
