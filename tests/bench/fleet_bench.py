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
import json
import os
import random
import resource
import secrets
import sqlite3
import ssl
import struct
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.environ["THAID_ROOT"]
BUILD = os.environ["THAID_BUILD"]
REGISTRYD = f"{BUILD}/tools/registry/thaid-registryd"
FLEET = f"{ROOT}/scripts/fleet.sh"
PRINTS = f"{ROOT}/tests/data/fingerprints"
OFFICER = "3101700555018"  # the demo officer
CITIZEN = ("1101700230708", "5001-02-01234567")  # Somchai: the demo citizen every session is for
FIRST_STATION = 20001


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


# --- what the processes cost ------------------------------------------------------------------
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


# --- a minimal HTTP/1.1 client over asyncio TLS -------------------------------------------------
def source_address(n):
    """Kiosk n's own loopback address (all of 127/8 is loopback): the fleet's kiosks come from
    many addresses, and nginx's per-client limits count per address."""
    return f"127.{1 + n // 62500}.{n // 250 % 250}.{n % 250 + 1}"


class Conn:
    def __init__(self, url, ctx, source=None):
        host_port = url.split("//", 1)[1]
        self.host, port = host_port.rsplit(":", 1)
        self.port, self.ctx, self.r, self.w = int(port), ctx, None, None
        self.source = (source, 0) if source else None
        self.reopened = 0

    async def open(self):
        self.r, self.w = await asyncio.open_connection(self.host, self.port, ssl=self.ctx,
                                                       server_hostname=self.host,
                                                       local_addr=self.source)

    def close(self):
        if self.w:
            self.w.transport.abort()
            self.w = None

    async def request(self, method, path, body=None):
        # A kept-alive connection the server closed while idle (its idle timeout) is opened
        # again and the request sent again, as any HTTP client does; nothing had been sent on it.
        reused = self.w is not None
        try:
            return await self._request(method, path, body)
        except (ConnectionError, asyncio.IncompleteReadError):
            if not reused:
                raise
            self.close()
            self.reopened += 1
            return await self._request(method, path, body)

    async def _request(self, method, path, body):
        if self.w is None:
            await self.open()
        data = json.dumps(body).encode() if body is not None else b""
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(data)}\r\n\r\n").encode()
        self.w.write(head + data)
        status_line = await self.r.readline()
        if not status_line:
            self.close()
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        length, keep = 0, True
        while True:
            h = await self.r.readline()
            if h in (b"\r\n", b""):
                break
            k, v = h.decode().split(":", 1)
            if k.lower() == "content-length":
                length = int(v)
            if k.lower() == "connection" and v.strip().lower() == "close":
                keep = False
        payload = await self.r.readexactly(length) if length else b""
        if not keep:
            self.close()
        return status, json.loads(payload) if payload else {}


def tls(ca, cert=None, key=None):
    ctx = ssl.create_default_context(cafile=ca)
    if cert:
        ctx.load_cert_chain(cert, key)
    return ctx


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


# --- the load model ---------------------------------------------------------------------------
class Model:
    def __init__(self, kiosk_url, phone_url, reg_dir, stations, tokens, verdicts, rate, seconds,
                 device_key):
        self.kiosk_url, self.phone_url, self.reg = kiosk_url, phone_url, reg_dir
        self.stations, self.tokens, self.verdicts = stations, tokens, verdicts
        self.rate, self.seconds, self.device_key = rate, seconds, device_key
        self.create_ms, self.frame_ms, self.notify_ms, self.claim_ms = [], [], [], []
        self.errors = {}
        self.polls = {}  # station -> (sid, task)
        self.holding = 0
        self.pending = {}  # sid -> claim answered at
        self.measuring = False
        self.conns = []
        self.source = {st: source_address(i) for i, st in enumerate(stations)}

    def error(self, what):
        self.errors[what] = self.errors.get(what, 0) + 1

    def kiosk_ctx(self, st):
        return tls(f"{self.reg}/ca.pem", f"{self.reg}/stations/station-{st}.pem",
                   f"{self.reg}/stations/station-{st}-key.pem")

    async def follow(self, st, ctx, sid, version):
        """The kiosk's long poll, renewed every 25 s, until its next registration replaces it."""
        conn = Conn(self.kiosk_url, ctx, self.source[st])
        try:
            while True:
                self.holding += 1
                try:
                    status, body = await conn.request(
                        "GET", f"/v1/kiosk/sessions/{sid}?since={version}&wait=25")
                finally:
                    self.holding -= 1
                if status != 200:
                    self.error(f"poll {status} {body.get('code')}")
                    await asyncio.sleep(1)
                    continue
                if body["version"] != version:
                    claimed = self.pending.pop(sid, None)
                    if claimed is not None and self.measuring and body["state"] == "CLAIMED":
                        self.notify_ms.append((time.monotonic() - claimed) * 1000)
                    version = body["version"]
                    if body["state"] not in ("CREATED", "CLAIMED", "CONFIRMED", "BOUND"):
                        return
        except (ConnectionError, OSError, asyncio.IncompleteReadError) as e:
            self.error(f"poll {type(e).__name__}")
        finally:
            conn.close()

    async def register(self, st, conn, ctx, phone):
        """One registration's machine part: create the session, fetch its QR frame, follow it;
        then the phone claims it."""
        vid = self.verdicts[st].pop()
        t = time.monotonic()
        status, body = await conn.request("POST", "/v1/kiosk/sessions", {
            "cid": CITIZEN[0], "request_number": CITIZEN[1], "verification_id": vid,
            "officer_token": self.tokens[st], "station_id": st})
        if status != 201:
            self.error(f"create {status} {body.get('code')}")
            return
        if self.measuring:
            self.create_ms.append((time.monotonic() - t) * 1000)
        sid = body["sid"]
        old = self.polls.get(st)
        if old:
            old[1].cancel()
        self.polls[st] = (sid, asyncio.ensure_future(self.follow(st, ctx, sid, body["version"])))
        t = time.monotonic()
        status, frame = await conn.request("GET", f"/v1/kiosk/sessions/{sid}/qr")
        if status != 200:
            self.error(f"frame {status} {frame.get('code')}")
            return
        if self.measuring:
            self.frame_ms.append((time.monotonic() - t) * 1000)
        if phone is None:
            return
        # The citizen takes a moment to scan; the kiosk's poll is held by then.
        await asyncio.sleep(0.5)
        t = time.monotonic()
        # The kiosk's poll may answer before the phone's own answer arrives: time from the
        # claim's sending, an upper bound of commit-to-kiosk.
        self.pending[sid] = t
        status, body = await phone.request("POST", "/v1/phone/claims", {
            "qr_text": frame["text"], "typed_cid": CITIZEN[0], "terms_version": "2026.1",
            "device_public_key": self.device_key})
        if status != 200:
            self.pending.pop(sid, None)
            self.error(f"claim {status} {body.get('code')}")
            return
        if self.measuring:
            self.claim_ms.append((time.monotonic() - t) * 1000)

    async def kiosk(self, st, queue, phone_ctx):
        ctx = self.kiosk_ctx(st)
        conn = Conn(self.kiosk_url, ctx, self.source[st])
        # The citizen's phone comes from an address of its own too (a mobile network).
        phone = Conn(self.phone_url, phone_ctx, source_address(len(self.stations) + st - self.stations[0]))
        self.conns += [conn, phone]
        try:
            while True:
                with_phone = await queue.get()
                try:
                    await self.register(st, conn, ctx, phone if with_phone else None)
                except (ConnectionError, OSError, asyncio.IncompleteReadError) as e:
                    self.error(f"request {type(e).__name__}")
                    conn.close()
                    phone.close()
        finally:
            conn.close()
            phone.close()

    async def run(self, usage):
        phone_ctx = tls(f"{self.reg}/ca.pem")
        queues = {st: asyncio.Queue() for st in self.stations}
        workers = [asyncio.ensure_future(self.kiosk(st, queues[st], phone_ctx))
                   for st in self.stations]
        # Every kiosk opens its first session and holds a poll on it (no phone yet).
        t = time.monotonic()
        for i, st in enumerate(self.stations):
            queues[st].put_nowait(False)
            if i % 100 == 99:
                await asyncio.sleep(0.5)
        while len(self.polls) < len(self.stations) and time.monotonic() - t < 120:
            await asyncio.sleep(0.5)
        await asyncio.sleep(2)
        log(f"  {len(self.polls)} kiosks hold a long poll ({self.holding} held now); "
            f"{self.rate} registrations per second for {self.seconds} s")
        self.held_at_start = self.holding
        for u in usage:
            u.start()
        self.measuring = True
        order = list(self.stations)
        random.shuffle(order)
        started, n = time.monotonic(), 0
        while time.monotonic() - started < self.seconds:
            queues[order[n % len(order)]].put_nowait(True)
            n += 1
            await asyncio.sleep(max(0.0, started + n / self.rate - time.monotonic()))
        await asyncio.sleep(3)  # the last claims' notifications
        self.measuring = False
        self.usage = [u.stop() for u in usage]
        self.reopened = sum(c.reopened for c in self.conns)
        self.held_at_end = self.holding
        self.started = n
        for w in workers:
            w.cancel()
        for sid, task in self.polls.values():
            task.cancel()
        await asyncio.sleep(0.5)

    def report(self, title):
        print()
        print(title)
        print(f"  kiosks holding a long poll           {self.held_at_start} at the start, "
              f"{self.held_at_end} at the end")
        print(f"  registrations started                {self.started} in {self.seconds} s "
              f"({self.started / self.seconds:.1f}/s)")
        print(line("session created (POST sessions)", self.create_ms))
        print(line("QR frame (GET qr)", self.frame_ms))
        print(line("phone claim (POST claims)", self.claim_ms))
        print(line("claim sent -> kiosk's poll answered", self.notify_ms))
        missing = len(self.claim_ms) - len(self.notify_ms) - len(self.pending)
        errors = sum(self.errors.values())
        print(f"  errors                               {errors}"
              + (f" {self.errors}" if errors else "") + (f"; {missing} claims never heard" if missing > 0 else "")
              + f" (idle connections the server had closed, opened again: {self.reopened})")
        for u in self.usage:
            print(u)


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
