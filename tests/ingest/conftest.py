"""Fixtures for the ingest tests: a real HTTP server on 127.0.0.1 and a fake resolver."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

DATA_DIR = Path(__file__).parent / "data"
ARTICLE_HTML = (DATA_DIR / "article_with_boilerplate.html").read_bytes()
PLAIN_TEXT = (
    b"Monday, 22 September 1980\n\nIraq invaded Iran on this day, and the war that followed "
    b"lasted for nearly eight years.\n"
)
LATIN1_HTML = (
    "<html><head><title>Caf\u00e9 talk</title></head><body><article>"
    "<p>The caf\u00e9 owners in Basra remember that the war began in the autumn of 1980, "
    "when the shelling of the city started and many of them had to leave their homes.</p>"
    "<p>Their r\u00e9sum\u00e9s of those years are full of the names of friends who did not "
    "come back from the front before the ceasefire of the summer of 1988.</p>"
    "</article></body></html>"
).encode("latin-1")
LARGE_BODY_BYTES = 200_000
SLOW_RESPONSE_SECONDS = 2.0

#: Path -> (status, headers, body). Redirect chains are generated in ``_route``.
ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE_HTML),
    "/plain.txt": (200, {"Content-Type": "text/plain"}, PLAIN_TEXT),
    "/latin1.html": (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, LATIN1_HTML),
    "/large-declared": (200, {"Content-Type": "text/plain"}, b"a" * LARGE_BODY_BYTES),
    "/redirect-to-ftp": (302, {"Location": "ftp://files.example/article.txt"}, b""),
    "/server-error": (500, {}, b"broken"),
}


def _route(path: str) -> tuple[int, dict[str, str], bytes]:
    if path.startswith("/redirect/"):
        remaining = int(path.rsplit("/", 1)[1])
        target = "/article.html" if remaining == 0 else f"/redirect/{remaining - 1}"
        return 302, {"Location": target}, b""
    return ROUTES.get(path, (404, {"Content-Type": "text/plain"}, b"not found"))


class _Handler(BaseHTTPRequestHandler):
    """Serves ``ROUTES``; ``/large-undeclared`` streams without Content-Length."""

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(SLOW_RESPONSE_SECONDS)
        if self.path == "/large-undeclared":
            # HTTP/1.0 without Content-Length: the body ends when the connection closes.
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(LARGE_BODY_BYTES // 1000):
                self.wfile.write(b"b" * 1000)
            return
        status, headers, body = _route(self.path)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if self.path != "/large-declared":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore clients that hang up early: the size-limit tests do so on purpose."""


@pytest.fixture(scope="session")
def http_server() -> Iterator[str]:
    """Serve ``ROUTES`` on 127.0.0.1 and yield the base URL."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


AddrInfo = list[tuple[Any, ...]]


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, str]], None]:
    """Make ``socket.getaddrinfo`` answer for made-up host names, never asking DNS."""
    real_getaddrinfo = socket.getaddrinfo

    def install(table: dict[str, str]) -> None:
        def fake_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> AddrInfo:
            name = host.decode() if isinstance(host, bytes) else host
            if name in table:
                address = table[name]
                family = socket.AF_INET6 if ":" in address else socket.AF_INET
                return [(family, socket.SOCK_STREAM, 6, "", (address, port))]
            if name.endswith(".test"):
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return real_getaddrinfo(host, port, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)

    return install
