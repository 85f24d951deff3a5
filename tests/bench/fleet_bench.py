#!/usr/bin/env python3
"""The fleet benchmark (README, "Registry benchmark for a fleet"). It prints; it never fails on time.

A load model of the fleet on loopback: K kiosks, each with its own station certificate, each
holding a long poll on its session through nginx, while registrations start at a steady rate
(15 per second is about 2,700 kiosks each starting one every three minutes). For every new
session a phone claims it, and the benchmark times how long the kiosk's held poll takes to
hear of it. Run against 1 and 3 thaid-registryd processes behind nginx on PostgreSQL
(scripts/fleet.sh), and against one process on SQLite for comparison. Then 1,000,000
synthetic citizens, each with a reference print, are loaded and the card check and the
fingerprint decision are timed at that size.

Officer sign-in and the citizen's finger are what the registry's fingerprint matcher decides
(timed on their own, last); the load model seeds their outcome (officer tokens and the finger
verdicts a session needs) straight into the database, so that the model measures the session
machinery at fleet rates.
"""
import argparse
import asyncio
import base64
import hashlib
import os
import random
import resource
import secrets
import sqlite3
import struct
import subprocess
import tempfile
import time
import zlib

from fleet_http import Conn, tls
from fleet_measure import Usage, children, line, log
from fleet_model import CITIZEN, OFFICER, Model

ROOT = os.environ["THAID_ROOT"]
BUILD = os.environ["THAID_BUILD"]
REGISTRYD = f"{BUILD}/bin/thaid-registryd"
FLEET = f"{ROOT}/scripts/fleet.sh"
PRINTS = f"{ROOT}/tests/data/fingerprints"
FIRST_STATION = 20001


# --- seeding what the fingerprint matcher would have decided ----------------------------------
def seed_rows(stations, sessions_per_station, now_ms):
    tokens, verdicts, rows_t, rows_v = {}, {}, [], []
    for st in stations:
        token = secrets.token_hex(24)
        tokens[st] = token
        rows_t.append((hashlib.sha256(token.encode()).hexdigest(), OFFICER, st, now_ms + 3600_000))
        ids = []
        for _ in range(sessions_per_station):
            vid = secrets.token_hex(16)
            ids.append(vid)
            rows_v.append((vid, CITIZEN[0], CITIZEN[1], OFFICER, "right-index", st, now_ms,
                           "registry_fingerprint", "", ""))
        verdicts[st] = ids
    return tokens, verdicts, rows_t, rows_v


def seed_sqlite(path, rows_t, rows_v):
    db = sqlite3.connect(path)
    db.executemany("INSERT INTO officer_tokens VALUES (?, ?, ?, ?)", rows_t)
    db.executemany("INSERT INTO finger_verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_v)
    db.commit()
    db.close()


def psql(url, sql, stdin=None):
    host = url.split("host=", 1)[1]
    db = url.split("@/", 1)[1].split("?", 1)[0]
    r = subprocess.run(["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", host, "-U",
                        "postgres", "-d", db, "-c", sql], input=stdin, capture_output=True,
                       text=True)
    if r.returncode != 0:
        raise SystemExit(f"psql failed: {r.stderr}")
    return r.stdout


def seed_postgres(url, rows_t, rows_v):
    def copy(table, rows):
        text = "".join("\t".join(str(c) for c in r) + "\n" for r in rows)
        psql(url, f"COPY {table} FROM STDIN", stdin=text)
    copy("officer_tokens", rows_t)
    copy("finger_verdicts (verification_id, cid, request_number, officer_cid, finger, station_id,"
         " at_ms, method, exception_reason, supervisor_cid)", rows_v)


def device_key():
    der = subprocess.run("openssl ecparam -name prime256v1 -genkey -noout | openssl ec -pubout -outform DER",
                         shell=True, capture_output=True, check=True).stdout
    return base64.b64encode(der).decode()


def run_model(kiosk_url, phone_url, reg, stations, tokens, verdicts, args, usage, title):
    model = Model(kiosk_url, phone_url, reg, stations, tokens, verdicts, args.rate, args.seconds,
                  device_key())
    asyncio.run(model.run(usage))
    model.report(title)
    return model


def sessions_needed(args):
    return 2 + int(args.rate * args.seconds * 1.5 / args.kiosks) + 2


# --- the three set-ups --------------------------------------------------------------------------
def sqlite_run(work, stations, args):
    reg = os.path.join(work, "sqlite")
    subprocess.run([REGISTRYD, "init", "--dir", reg, "--demo-data",
                    f"{ROOT}/resources/demo/registry/demo-registry.json", "--images", PRINTS,
                    "--stations", ",".join(map(str, stations))], check=True, capture_output=True)
    tokens, verdicts, rt, rv = seed_rows(stations, sessions_needed(args), int(time.time() * 1000))
    seed_sqlite(f"{reg}/registry.db", rt, rv)
    ini = os.path.join(work, "sqlite.ini")
    with open(ini, "w") as f:
        f.write("[http]\nmax_connections=20000\nmax_connections_per_address=20000\n"
                "max_long_polls=20000\nmax_long_polls_per_address=20000\n")
    p = subprocess.Popen([REGISTRYD, "--dir", reg, "--listen", "127.0.0.1:0", "--phone-listen",
                          "127.0.0.1:0", "--config", ini], stdout=subprocess.PIPE,
                         stderr=open(os.path.join(work, "sqlite.log"), "w"), text=True)
    ready = p.stdout.readline().split()
    kiosk_url, phone_url = ready[2].split("=", 1)[1], ready[3].split("=", 1)[1]
    try:
        run_model(kiosk_url, phone_url, reg, stations, tokens, verdicts, args,
                  [Usage("thaid-registryd (1 process)", lambda: [p.pid])],
                  f"SQLite, one thaid-registryd, no proxy ({args.kiosks} kiosks):")
    finally:
        p.terminate()
        p.wait(10)


def fleet_usage(fleet):
    def registry_pids():
        out = []
        for name in os.listdir(fleet):
            if name.startswith("registry-") and name.endswith(".pid"):
                out.append(int(open(os.path.join(fleet, name)).read()))
        return out

    def postgres_pids():
        cluster = open(os.path.join(fleet, "postgres", "cluster")).read().strip() \
            if os.path.exists(os.path.join(fleet, "postgres", "cluster")) else os.path.join(fleet, "postgres")
        master = int(open(os.path.join(cluster, "data", "postmaster.pid")).readline())
        return [master] + children(master)

    def nginx_pids():
        master = int(open(os.path.join(fleet, "nginx", "nginx.pid")).read())
        return [master] + children(master)

    return [Usage("thaid-registryd (all processes)", registry_pids),
            Usage("PostgreSQL (all backends)", postgres_pids, "Pss"),
            Usage("nginx (master and workers)", nginx_pids)]


def start_fleet(fleet, processes, stations):
    r = subprocess.run([FLEET, "start", fleet, "--processes", str(processes), "--stations",
                        ",".join(map(str, stations))], capture_output=True, text=True)
    ready = next((l for l in r.stdout.splitlines() if l.startswith("fleet ready")), None)
    if r.returncode != 0 or not ready:
        raise SystemExit("fleet.sh start failed: " + r.stdout + r.stderr)
    fields = dict(f.split("=", 1) for f in ready.split()[2:])
    return fields["kiosk"], fields["phone"], open(os.path.join(fleet, "database-url")).read().strip()


def fleet_run(fleet, processes, stations, args):
    kiosk_url, phone_url, url = start_fleet(fleet, processes, stations)
    tokens, verdicts, rt, rv = seed_rows(stations, sessions_needed(args), int(time.time() * 1000))
    seed_postgres(url, rt, rv)
    try:
        run_model(kiosk_url, phone_url, os.path.join(fleet, "registry"), stations, tokens,
                  verdicts, args, fleet_usage(fleet),
                  f"PostgreSQL, {processes} thaid-registryd process(es) behind nginx "
                  f"({args.kiosks} kiosks):")
        print(gateway_summary(fleet))
    finally:
        subprocess.run([FLEET, "stop", fleet], capture_output=True)


def gateway_summary(fleet):
    """What nginx logged about its upstreams during the run, by kind."""
    kinds = {}
    path = os.path.join(fleet, "nginx", "error.log")
    if os.path.exists(path):
        with open(path, errors="replace") as f:
            for l in f:
                if "upstream" in l or "[alert]" in l or "[crit]" in l:
                    what = l.split("] ", 1)[-1].split(", client:", 1)[0]
                    what = what.split(": ", 1)[-1] if "*" in what[:12] else what
                    kinds[what] = kinds.get(what, 0) + 1
        os.truncate(path, 0)
    if not kinds:
        return "  nginx logged nothing about the registry processes"
    top = sorted(kinds.items(), key=lambda kv: -kv[1])[:4]
    return "  nginx logged: " + "; ".join(f"{n}x {k}" for k, n in top)


# --- a million citizens -----------------------------------------------------------------------
def gray_pixels(png_path):
    """The sensor's pixels of a fixture (an 8-bit grey and alpha PNG), decoded by hand."""
    data = open(png_path, "rb").read()
    w, h, depth, colour = struct.unpack(">IIBB", data[16:26])
    channels = {0: 1, 4: 2}[colour]
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    raw, stride, out, prev = zlib.decompress(idat), w * channels, bytearray(), bytearray(w * channels)
    for y in range(h):
        f, line_ = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line_[x - channels] if x >= channels else 0
            b, c = prev[x], prev[x - channels] if x >= channels else 0
            if f == 1:
                line_[x] = (line_[x] + a) & 255
            elif f == 2:
                line_[x] = (line_[x] + b) & 255
            elif f == 3:
                line_[x] = (line_[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line_[x] = (line_[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        # As the virtual scanner feeds a fixture (finger_feed::loadImage): its alpha channel.
        out += line_[1::2] if channels == 2 else bytes([255]) * w
        prev = line_
    return w, h, bytes(out)


LOAD_SQL = """
SET synchronous_commit = off;
INSERT INTO citizens (cid, name_th, name_en, request_number, card_status, finger, reference_print)
SELECT b.base || ((11 - (c.s % 11)) % 10)::text,
       'ประชาชน ' || b.g, 'Citizen ' || b.g,
       '9' || lpad((b.g % 1000)::text, 3, '0') || '-01-' || lpad(b.g::text, 8, '0'),
       'latest', 'right-index', p.print
FROM (SELECT g, (500000000000 + g)::text AS base FROM generate_series(1, {n}) g) b
CROSS JOIN LATERAL (SELECT sum(substr(b.base, i, 1)::int * (14 - i)) AS s
                    FROM generate_series(1, 12) i) c
CROSS JOIN (SELECT reference_print AS print FROM citizens WHERE cid = '{cid}') p
ON CONFLICT DO NOTHING;
ANALYZE citizens;
"""


def synthetic(g):
    base = str(500000000000 + g)
    s = sum(int(base[i]) * (13 - i) for i in range(12))
    return base + str((11 - s % 11) % 10), f"9{g % 1000:03d}-01-{g:08d}"


async def timed_requests(kiosk_url, ctx, make, count, concurrency):
    out, errors = [], []
    conns = [Conn(kiosk_url, ctx) for _ in range(concurrency)]

    async def worker(conn, share):
        await conn.open()  # the TLS handshake is not the request's
        for i in share:
            path, body = make(i)
            t = time.monotonic()
            status, answer = await conn.request("POST", path, body)
            ms = (time.monotonic() - t) * 1000
            if status == 200 and (answer.get("status") == "latest" or answer.get("matched")):
                out.append(ms)
            else:
                errors.append(f"{status} {answer.get('code', answer)}")
        conn.close()
    await asyncio.gather(*(worker(conns[k], range(k, count, concurrency)) for k in range(concurrency)))
    return out, errors


def million(fleet, stations, args):
    kiosk_url, _, url = start_fleet(fleet, 3, stations)
    try:
        n = args.citizens
        log(f"Loading {n:,} synthetic citizens, each with a reference print (server-side INSERT)")
        t = time.time()
        psql(url, LOAD_SQL.format(n=n, cid=CITIZEN[0]))
        load_s = time.time() - t
        size = psql(url, "SELECT pg_size_pretty(pg_total_relation_size('citizens'))").strip()
        count = psql(url, "SELECT COUNT(*) FROM citizens").strip()
        token = secrets.token_hex(24)
        st = stations[0]
        psql(url, f"INSERT INTO officer_tokens VALUES ('{hashlib.sha256(token.encode()).hexdigest()}',"
                  f" '{OFFICER}', {st}, {int(time.time() * 1000) + 3600_000})")
        ctx = tls(f"{fleet}/registry/ca.pem", f"{fleet}/registry/stations/station-{st}.pem",
                  f"{fleet}/registry/stations/station-{st}-key.pem")
        rnd = random.Random(7)

        def check(i):
            cid, req = synthetic(rnd.randint(1, n))
            return "/v1/kiosk/cards/check", {"cid": cid, "request_number": req, "officer_token": token}
        checks, check_errors = asyncio.run(timed_requests(kiosk_url, ctx, check, 3000, 2))
        w, h, pixels = gray_pixels(f"{PRINTS}/loop-right-capture2.png")
        finger = {"finger": "right-index",
                  "sample": {"width": w, "height": h, "pixels": base64.b64encode(pixels).decode()}}

        def verify(i):
            return "/v1/kiosk/verifications", {"cid": CITIZEN[0], "request_number": CITIZEN[1],
                                               "officer_token": token, "fingerprint": finger}
        # The registry allows six failed fingers per citizen: these all match.
        decisions, decision_errors = asyncio.run(timed_requests(kiosk_url, ctx, verify, 40, 2))
        print()
        print(f"{count} citizens on PostgreSQL (table and prints {size}; loaded in {load_s:.0f} s), "
              f"3 registry processes behind nginx:")
        for label, values, errors in (("card check (POST cards/check)", checks, check_errors),
                                      ("fingerprint decision (libfprint)", decisions,
                                       decision_errors)):
            print(line(label, values) + f"   errors {len(errors)}"
                  + (f" (first: {errors[0]})" if errors else ""))
    finally:
        subprocess.run([FLEET, "stop", fleet], capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosks", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=15)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--citizens", type=int, default=1_000_000)
    parser.add_argument("--skip", default="", help="comma-separated: sqlite, fleet1, fleet3, million")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    # Two connections per kiosk (its held poll and its requests) and one for its phone, and
    # nginx holds two per request in flight: the machine's descriptor limit decides.
    fit = (hard - 200) // 3
    if args.kiosks > fit:
        log(f"{args.kiosks} kiosks need more descriptors than this machine allows ({hard}): {fit}")
        args.kiosks = fit
    log(f"Fleet benchmark: {args.kiosks} kiosks (descriptor limit {hard}), {args.rate}/s for "
        f"{args.seconds} s")
    stations = list(range(FIRST_STATION, FIRST_STATION + args.kiosks))
    keep = os.environ.get("THAID_FLEET_BENCH_DIR")
    work = keep or tempfile.mkdtemp(prefix="thaid-fleet-bench-")
    os.makedirs(work, exist_ok=True)
    fleet = os.path.join(work, "fleet")
    try:
        if "sqlite" not in skip:
            log("SQLite: one registry process, the embedded default")
            sqlite_run(work, stations, args)
        if "fleet1" not in skip:
            log("PostgreSQL: one registry process behind nginx")
            fleet_run(fleet, 1, stations, args)
        if "fleet3" not in skip:
            log("PostgreSQL: three registry processes behind nginx")
            fleet_run(fleet, 3, stations, args)
        if "million" not in skip:
            million(fleet, stations, args)
    finally:
        if keep:
            subprocess.run([FLEET, "stop", fleet], capture_output=True)
        else:
            subprocess.run([FLEET, "remove", fleet], capture_output=True)
            subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()
