"""A minimal HTTP/1.1 client over asyncio TLS, as the fleet benchmark's kiosks and phones use it."""
import asyncio
import json
import ssl


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
