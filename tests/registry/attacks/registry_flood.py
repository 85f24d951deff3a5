#!/usr/bin/env python3
"""Hand-written abuse of a running thaid-registryd, as the security test did it (issue 12).

Each attack runs from its own loopback address, the way an attacker is not the kiosk:
  burst     200 TCP connections opened and closed at once, on both ports, over and over,
            plus 200 held idle
  bodies    64 MiB bodies over TLS, declared with Content-Length and sent chunked
  halfsent  500 requests that stop in the middle of a header
  headers   one client streaming a header a byte at a time, reconnecting when cut off
Prints one JSON line of what it saw.
"""
import argparse
import json
import socket
import ssl
import threading
import time

args = None
stats = {"burst_rounds": 0, "idle_held": 0, "bodies": 0, "bodies_refused_early": 0,
         "chunked_refused": 0, "halfsent_opened": 0, "header_streams": 0, "header_bytes": 0}
lock = threading.Lock()


def bump(key, n=1):
    with lock:
        stats[key] += n


def tcp(port, source, timeout=3.0):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.bind((source, 0))
    s.connect((args.host, port))
    return s


def tls(port, source, timeout=5.0):
    ctx = ssl.create_default_context(cafile=args.ca)
    ctx.check_hostname = False
    return ctx.wrap_socket(tcp(port, source, timeout), server_hostname=args.host)


def until():
    return time.monotonic() + args.seconds


def burst():
    end = until()
    idle = []
    while time.monotonic() < end:
        for port in (args.kiosk_port, args.phone_port):
            opened = []
            for _ in range(200):
                try:
                    opened.append(tcp(port, "127.0.0.2"))
                except OSError:
                    pass
            for s in opened:
                s.close()
        while len(idle) < 200:
            try:
                idle.append(tcp(args.kiosk_port, "127.0.0.6"))
            except OSError:
                break
        with lock:
            stats["idle_held"] = max(stats["idle_held"], len(idle))
        bump("burst_rounds")
        time.sleep(0.5)
    for s in idle:
        s.close()


def read_status(s):
    try:
        head = s.recv(64)
        return int(head.split(b" ")[1]) if head.startswith(b"HTTP/1.1 ") else 0
    except (OSError, ValueError, IndexError):
        return 0


def bodies():
    end = until()
    chunk = b"x" * 65536
    while time.monotonic() < end:
        try:
            s = tls(args.phone_port, "127.0.0.3")
            s.sendall(b"POST /v1/phone/claims HTTP/1.1\r\nHost: r\r\n"
                      b"Content-Type: application/json\r\nContent-Length: 67108864\r\n\r\n")
            # The answer must come before any of the body is sent.
            s.settimeout(3)
            status = read_status(s)
            bump("bodies")
            if status == 413:
                bump("bodies_refused_early")
            s.close()
            s = tls(args.phone_port, "127.0.0.3")
            s.sendall(b"POST /v1/phone/claims HTTP/1.1\r\nHost: r\r\nTransfer-Encoding: chunked\r\n\r\n")
            sent = 0
            try:
                while sent < 64 * 1024 * 1024:
                    s.sendall(b"10000\r\n" + chunk + b"\r\n")
                    sent += len(chunk)
            except OSError:
                pass
            if sent < 64 * 1024 * 1024 and read_status(s) in (413, 0):
                bump("chunked_refused")
            s.close()
        except OSError:
            time.sleep(0.1)


def halfsent():
    held = []
    for _ in range(500):
        try:
            s = tls(args.phone_port, "127.0.0.4", timeout=2.0)
            s.sendall(b"POST /v1/phone/claims HTTP/1.1\r\nHost: r\r\nContent-Le")
            held.append(s)
            bump("halfsent_opened")
        except OSError:
            pass
    end = until()
    while time.monotonic() < end:
        time.sleep(0.2)
    for s in held:
        s.close()


def headers():
    end = until()
    while time.monotonic() < end:
        try:
            s = tls(args.phone_port, "127.0.0.5")
            bump("header_streams")
            s.sendall(b"GET /v1/phone/sessions/00 HTTP/1.1\r\nX-A: ")
            while time.monotonic() < end:
                s.sendall(b"a")
                bump("header_bytes")
                time.sleep(0.002)
        except OSError:
            time.sleep(0.05)


def main():
    global args
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--kiosk-port", type=int, required=True)
    p.add_argument("--phone-port", type=int, required=True)
    p.add_argument("--ca", required=True)
    p.add_argument("--seconds", type=float, default=30)
    args = p.parse_args()
    threads = [threading.Thread(target=f) for f in (burst, bodies, halfsent, headers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(stats), flush=True)


if __name__ == "__main__":
    main()
