"""A software TPM 2.0 for the demo: one machine's TPM."""
import os
import socket
import subprocess
import time

from .environment import free_port_pair


class SoftTpm:
    """A software TPM 2.0 (Debian's swtpm) with its own state and seeds: one machine's TPM.
    Started through the demo (stopped with it, by process id)."""

    def __init__(self, demo, name):
        self.dir = os.path.join(demo.dir, name)
        os.makedirs(self.dir, mode=0o700, exist_ok=True)
        self.port = free_port_pair()
        self.proc = demo.start(["swtpm", "socket", "--tpm2", "--tpmstate", f"dir={self.dir}",
                                "--server", f"type=tcp,bindaddr=127.0.0.1,port={self.port}",
                                "--ctrl", f"type=tcp,bindaddr=127.0.0.1,port={self.port + 1}",
                                "--flags", "not-need-init,startup-clear"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Ready when the control port answers: the TPM port serves one connection at a time.
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port + 1), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise SystemExit("swtpm did not start")
        self.tcti = f"swtpm:host=127.0.0.1,port={self.port}"
