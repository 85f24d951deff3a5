"""The soak and the kiosk benchmark: many registrations in a row, with cold start, memory and
latency."""
import os
import sys
import time

from .environment import log
from .counter import Demo
from .stats import PHOTO_BYTES, pct, proc_status


def soak(count):
    """Benchmark and soak: cold start, RSS and descriptors, match->QR and claim->screen."""
    demo = Demo(os.environ.get("THAID_DEMO_DIR"))
    demo.soaking = True
    try:
        reg = demo.registry()
        demo.configure(reg)
        demo.enrol_officer()
        demo.display()
        demo.kiosk(screenshots=False)
        demo.sign_in()
        idle_rss, idle_fds = proc_status(demo.k.pid)
        # Malee's card carries the 3,500-byte photo the machine-time target is set for.
        people = [("malee", "3100400123456", "whorl-capture2.png")]
        timings, failures, done = {}, [], 0
        log(f"Soak: {count} registrations in a row")
        soak_started = time.time()
        warm_rss = idle_rss
        for i in range(count):
            name, cid, finger = people[i % len(people)]
            try:
                # From the second on, she comes back with another phone.
                demo.register(name, cid, finger, timings=timings, phone=f"p{i}",
                              replacing=i >= len(people))
                done += 1
            except SystemExit as e:
                failures.append(f"registration {i + 1}: {e}")
                print(f"registration {i + 1} failed: {e}", file=sys.stderr)
                demo.send("key Escape")
                demo.remove()
            if i == 9:
                # Every screen, image and glyph has been loaded and the heap has settled.
                warm_rss, warm_fds = proc_status(demo.k.pid)
            if (i + 1) % 50 == 0:
                rss, fds = proc_status(demo.k.pid)
                log(f"  {i + 1} registrations: RSS {rss:.1f} MB, {fds} open descriptors")
        rss, fds = proc_status(demo.k.pid)
        elapsed = time.time() - soak_started
        demo.send("quit")
        demo.k.wait(10)
        print()
        print(f"Kiosk benchmark under Xvfb ({done} registrations, {len(failures)} failures, {elapsed:.0f} s):")
        print(f"  cold start to the first screen         {demo.cold_start_ms:8.0f} ms")
        print(f"  RSS idle (signed in)                    {idle_rss:8.1f} MB, {idle_fds} descriptors")
        print(f"  RSS after the first 10 (warm)           {warm_rss:8.1f} MB, {warm_fds} descriptors")
        print(f"  RSS after {done:3d} registrations          {rss:8.1f} MB, {fds} descriptors")
        print(f"  RSS growth after warm-up                {rss - warm_rss:8.1f} MB")
        for key, label in (("match_to_qr", "fingerprint match -> QR on screen"),
                           ("claim_to_screen", "registry state change -> screen")):
            v = timings.get(key, [])
            print(f"  {label:38s} p50 {pct(v, 0.5):6.0f} ms   p99 {pct(v, 0.99):6.0f} ms   max {max(v) if v else 0:6.0f} ms")
        machine = timings.get("machine", [])
        total = sum(machine) or 1
        print(f"Machine time per registration, card in to QR, human steps excluded "
              f"({len(machine)} registrations, {PHOTO_BYTES}-byte photo, 15 ms link model):")
        print(f"  total                                  p50 {pct(machine, 0.5):6.0f} ms   "
              f"p99 {pct(machine, 0.99):6.0f} ms")
        for name, v in timings.get("steps", {}).items():
            print(f"  {name:38s} p50 {pct(v, 0.5):6.0f} ms   p99 {pct(v, 0.99):6.0f} ms   "
                  f"share {100 * sum(v) / total:4.1f} %")
        # Again at the end, where a truncated CI log still shows it.
        for failure in failures:
            print(f"FAILED {failure}")
        return len(failures)
    finally:
        demo.cleanup()
