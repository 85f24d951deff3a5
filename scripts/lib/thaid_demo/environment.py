"""Where the demo finds the build and the data, and the few helpers every part uses."""
import os
import socket
import sys


ROOT = os.environ["THAID_ROOT"]
BUILD = os.environ["THAID_BUILD"]
BIN = {
    "registryd": f"{BUILD}/bin/thaid-registryd",
    "sim": f"{BUILD}/bin/thaid-citizen-sim",
    "kiosk": f"{BUILD}/bin/thaid-kiosk",
    "kioskctl": f"{BUILD}/bin/thaid-kioskctl",
    "card": f"{BUILD}/bin/thaid-virtual-card",
    "finger": f"{BUILD}/bin/thaid-virtual-finger",
}
CARDS = f"{ROOT}/resources/demo/cards"
PRINTS = f"{ROOT}/tests/data/fingerprints"
STATION = 10501
TPM_KEY = "tpm:0x81000010"


def log(msg):
    print(f"\033[1m==> {msg}\033[0m", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_port_pair():
    """A free loopback port whose successor is free too: the TSS's swtpm TCTI takes the control
    port to be the TPM port + 1."""
    for _ in range(50):
        with socket.socket() as a, socket.socket() as b:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
            try:
                b.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            return port
    raise SystemExit("no two free loopback ports for swtpm")
