"""What the fleet benchmark prints and how it measures the processes' cost (fleet_bench.py)."""
import os
import subprocess
import sys
import time


def log(msg):
    print(f"\033[1m==> {msg}\033[0m", file=sys.stderr, flush=True)


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(p * (len(v) - 1) + 0.5))] if v else float("nan")


def line(label, values):
    if not values:
        return f"  {label:34s} (none)"
    return (f"  {label:34s} p50 {pct(values, 0.5):7.1f} ms   p99 {pct(values, 0.99):7.1f} ms   "
            f"max {max(values):7.1f} ms   n={len(values)}")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid, kind="VmRSS"):
    if kind == "Pss":
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for l in f:
                if l.startswith("Pss:"):
                    return int(l.split()[1]) / 1024
        return 0.0
    with open(f"/proc/{pid}/status") as f:
        for l in f:
            if l.startswith("VmRSS:"):
                return int(l.split()[1]) / 1024
    return 0.0


def children(pid):
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


class Usage:
    """CPU (share of one core) and memory of a group of processes over a measured interval."""

    def __init__(self, name, pids, kind="VmRSS"):
        self.name, self.pids, self.kind = name, pids, kind

    def start(self):
        self.t0, self.cpu0 = time.time(), sum(cpu_seconds(p) for p in self.pids())

    def stop(self):
        wall = time.time() - self.t0
        pids = self.pids()
        cpu = sum(cpu_seconds(p) for p in pids) - self.cpu0
        mem = sum(memory_mb(p, self.kind) for p in pids)
        unit = "PSS" if self.kind == "Pss" else "RSS"
        return f"  {self.name:34s} CPU {100 * cpu / wall:5.0f} % of a core   {unit} {mem:7.1f} MB ({len(pids)} processes)"
