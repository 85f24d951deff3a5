"""The fleet load model: kiosks holding long polls while registrations start at a steady rate,
each claimed by a phone (fleet_bench.py)."""
import asyncio
import random
import time

from fleet_http import Conn, source_address, tls
from fleet_measure import line, log

OFFICER = "3101700555018"  # the demo officer
CITIZEN = ("1101700230708", "5001-02-01234567")  # Somchai: the demo citizen every session is for


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
