"""The web app's guards: write token, security headers, request size and rate limits.

* **Token.** A server that listens beyond loopback refuses to start without a
  token; with one, every write (POST, PUT, PATCH, DELETE) must carry it as
  ``Authorization: Bearer TOKEN`` or, from the page's form, a ``token`` field.
  It is compared in constant time.
* **Headers.** Every response forbids scripts from anywhere but the app itself
  (no inline script), framing by other sites and MIME sniffing.
* **Size.** A body larger than the limit is refused with 413 before it is read
  whole, whether or not it declares its length.
* **Rate.** Each client address may make a bounded number of writes a minute;
  past that, 429 with ``Retry-After``. The count is kept in memory, in the one
  HTTP server process ``chronocheck serve`` runs (``--workers`` adds analysis
  processes, not HTTP ones). Run the app under several HTTP processes (e.g.
  ``uvicorn --workers``) and each keeps its own count: a client may then make
  that many writes a minute per process; a shared limit would need a shared
  store (the database or a proxy in front), which this app does not have.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from chronocheck.errors import ConfigError

LOGGER = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: The page's own styles and scripts only; the report frame comes from the app too.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)
#: The stored HTML report is self-contained: its own inline styles, no script at all.
REPORT_CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
)
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"SAMEORIGIN"),
)
#: Seconds in the rate limiter's window.
RATE_WINDOW = 60.0
#: Writes one client address may make a minute, by default.
WRITES_PER_MINUTE = 120


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_token(path: str | None, host: str) -> str | None:
    """The write token from ``--token-file``; required when ``host`` is not loopback.

    Raises:
        ConfigError: If the file cannot be read or is empty, or no token is given
            for a server listening beyond loopback.
    """
    if path is None:
        if not is_loopback(host):
            raise ConfigError(f"Listening on {host} lets other machines write: give --token-file.")
        return None
    try:
        token = open(path, encoding="utf-8").read().strip()
    except OSError as e:
        raise ConfigError(f"Cannot read the token file '{path}': {e.strerror or e}") from e
    if not token:
        raise ConfigError(f"The token file '{path}' is empty.")
    return token


def token_matches(expected: str | None, given: str | None) -> bool:
    """Whether a write carries the token (always, when the server has none)."""
    if expected is None:
        return True
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer TOKEN`` header."""
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return None


class RateLimiter:
    """At most ``limit`` events per client in any window of ``RATE_WINDOW`` seconds.

    Per process: the history lives in this object's memory (see the module docs).

    Not a dataclass: it holds a lock and mutable per-client history.
    """

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> float | None:
        """Record an event of ``client``: None if allowed, else seconds until it would be."""
        now = self.clock()
        with self._lock:
            events = self._events.setdefault(client, deque())
            while events and events[0] <= now - RATE_WINDOW:
                events.popleft()
            if len(events) >= self.limit:
                return events[0] + RATE_WINDOW - now
            events.append(now)
            return None


class GuardMiddleware:
    """ASGI middleware: security headers on every response, body size and write rate limits.

    Not a dataclass: an ASGI application object.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        limiter: RateLimiter,
        refuse: Callable[[int, str, dict[str, str]], ASGIApp],
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.limiter = limiter
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send, scope["path"])
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(scope, receive, send)
            return
        if scope["method"] in WRITE_METHODS:
            client = (scope.get("client") or ("unknown", 0))[0]
            wait = self.limiter.allow(client)
            if wait is not None:
                message = "Too many submissions from this address; try again in a minute."
                response = self.refuse(429, message, {"retry-after": str(int(wait) + 1)})
                await response(scope, receive, send)
                return
        await self.app(scope, _limited(receive, self.max_body_bytes), send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"The request is larger than {self.max_body_bytes:,} bytes."
        await self.refuse(413, message, {})(scope, receive, send)


class BodyTooLarge(Exception):
    """A body without a declared length grew past the limit while it was read."""


def _limited(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def receive_limited() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return receive_limited


def _with_headers(send: Send, path: str) -> Send:
    policy = (
        REPORT_CONTENT_SECURITY_POLICY
        if path.endswith("/report.html")
        else (CONTENT_SECURITY_POLICY)
    )

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or [])
            headers.append((b"content-security-policy", policy.encode()))
            headers.extend(SECURITY_HEADERS)
            message["headers"] = headers
        await send(message)

    return send_with_headers
