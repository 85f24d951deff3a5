"""Numbers from a run: event times, a process's memory and descriptors, percentiles."""
import os

from .environment import CARDS


PHOTO_BYTES = os.path.getsize(f"{CARDS}/malee.jpg")


def stamp(event):
    return int(event.rsplit("t=", 1)[1])


def proc_status(pid):
    rss = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
    return rss, len(os.listdir(f"/proc/{pid}/fd"))


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(p * (len(v) - 1) + 0.5))] if v else 0
