"""A web server on 127.0.0.1 for the fetch tests: pages, redirects, a page too big to read, and
a page that never comes. It runs in a thread for one test and stops with it."""

from __future__ import annotations

import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MB = 1024 * 1024


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    # Bytes to stream without a Content-Length, for a page too big to read.
    stream_bytes: int = 0
    # Never answer: hold the connection open until the server stops.
    hang: bool = False


class _Handler(BaseHTTPRequestHandler):
    server: LocalSite

    def do_GET(self):
        self.server.requested.append(self.path)
        route = self.server.routes.get(self.path)
        if route is None:
            route = Route(b"<p>No such page</p>", status=404)
        if route.hang:
            self.server.stopping.wait(30)
            return
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.stream_bytes:
            self.end_headers()
            self._stream(route.stream_bytes)
            return
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)

    def _stream(self, total):
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        sent = self.server.sent
        try:
            while sent[self.path] < total:
                self.wfile.write(chunk)
                sent[self.path] += len(chunk)
        except OSError:
            pass  # the client hung up: what the test wants

    def log_message(self, format, *args):
        pass


class LocalSite(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *, certificate=None):
        """`certificate`: (cert file, key file) to serve https with."""
        super().__init__(("127.0.0.1", 0), _Handler)
        self.scheme = "http"
        if certificate:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*certificate)
            self.socket = context.wrap_socket(self.socket, server_side=True)
            self.scheme = "https"
        self.routes: dict[str, Route] = {}
        self.requested: list[str] = []
        self.sent: dict[str, int] = {}
        self.stopping = threading.Event()

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server_address[1]}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        self.sent[path] = 0
        return self.url(path)

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        self.shutdown()
        self.server_close()
