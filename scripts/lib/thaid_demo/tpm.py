"""What the TPM changed, shown at the end of a TPM run."""
import sqlite3

from .environment import STATION, TPM_KEY


def tpm_summary(demo):
    """What the TPM changed: no private key in any file; the registry took the audit rows the TPM
    signed; a copy of every file on another machine cannot act as this station."""
    holding = [p for p in demo.key_files() if b"PRIVATE KEY" in open(p, "rb").read()]
    db = sqlite3.connect(f"file:{demo.reg}/registry.db?mode=ro", uri=True)
    rows = db.execute("SELECT COUNT(*) FROM kiosk_audit WHERE station_id = ?", (STATION,)).fetchone()[0]
    db.close()
    checks, kiosk_exit, kiosk_error = demo.copy_elsewhere()
    print(f"Station key: {TPM_KEY}, in the TPM; files of this kiosk holding a private key: "
          f"{len(holding)} {holding if holding else ''}".rstrip())
    print(f"Audit: {rows} rows the TPM key signed, accepted by the registry")
    print(f"A copy of this kiosk's files on another machine: doctor key={checks['key']['status']} "
          f"registry={checks['registry']['status']}; thaid-kiosk exit {kiosk_exit}: "
          f"{next((l for l in kiosk_error.splitlines() if l.startswith('thaid-kiosk:')), kiosk_error)}")
