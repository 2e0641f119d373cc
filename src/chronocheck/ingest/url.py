"""Fetch an article over HTTP(S), with the guards a URL from anywhere needs.

Only ``http`` and ``https``; a timeout per request (``Settings.fetch_timeout``);
the body streamed and cut off past ``Settings.max_download_bytes``; redirects
followed by hand, at most ``Settings.max_redirects``, so that every hop's host is
resolved and refused if it is not public (unless ``Settings.allow_private_urls``).
Each request goes to the address that was checked, with the host name in the
``Host`` header and TLS SNI, so DNS cannot answer differently the second time.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from chronocheck.errors import FetchError
from chronocheck.ingest import messages
from chronocheck.ingest.addresses import choose_address
from chronocheck.settings import Settings

LOGGER = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"http", "https"})
USER_AGENT = "chronocheck (offline history checker)"
ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1"
CHUNK_BYTES = 65_536


@dataclass(frozen=True, slots=True)
class FetchedDocument:
    """A response body and what is needed to read it.

    Attributes:
        url: The URL the body came from, after redirects.
        content: The body, decompressed but not decoded.
        content_type: The ``Content-Type`` header, if the server sent one.
        status: The HTTP status code.
        redirects: How many redirects led to ``url``.
    """

    url: str
    content: bytes
    content_type: str | None
    status: int
    redirects: int = 0


def fetch_url(
    url: str, *, settings: Settings, transport: httpx.BaseTransport | None = None
) -> FetchedDocument:
    """Fetch a URL's body, following redirects and checking every hop.

    Args:
        url: An ``http`` or ``https`` URL.
        settings: Supplies the timeout, size and redirect limits and the
            private-address policy.
        transport: An httpx transport to use instead of the network (for tests).

    Returns:
        The final response's body and content type.

    Raises:
        FetchError: If the URL is invalid or refused, a host cannot be resolved, the
            server cannot be reached or answers with an error status, there are too
            many redirects, or the body is too large.
    """
    current = _parse_url(url)
    # No proxies from the environment: a proxy would connect for us, around the checks.
    # No kept-alive connections: a TLS connection to one host name at an address must
    # not be reused for another name that a redirect leads to at the same address.
    with httpx.Client(
        timeout=settings.fetch_timeout,
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
        transport=transport,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
    ) as client:
        for redirects in range(settings.max_redirects + 1):
            outcome = _fetch_once(client, current, settings=settings)
            if isinstance(outcome, httpx.URL):
                LOGGER.info("%s redirects to %s", current, outcome)
                current = outcome
                continue
            content, response = outcome
            return FetchedDocument(
                url=str(current),
                content=content,
                content_type=response.headers.get("content-type"),
                status=response.status_code,
                redirects=redirects,
            )
    raise FetchError(messages.URL_TOO_MANY_REDIRECTS.format(url=url, limit=settings.max_redirects))


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
        # Reading .host decodes an IDNA name, which can fail too.
        host = parsed.host
    except (httpx.InvalidURL, ValueError, TypeError) as e:
        raise FetchError(messages.URL_INVALID.format(url=url, reason=e)) from e
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise FetchError(messages.URL_SCHEME.format(url=url))
    if not host:
        raise FetchError(messages.URL_INVALID.format(url=url, reason="no host"))
    return parsed


def _fetch_once(
    client: httpx.Client, url: httpx.URL, *, settings: Settings
) -> httpx.URL | tuple[bytes, httpx.Response]:
    """Make one request; return the redirect target, or the body and response."""
    address = choose_address(url, allow_private=settings.allow_private_urls)
    pinned = url.copy_with(host=str(address))
    host_header = url.netloc.decode("ascii")
    try:
        with client.stream(
            "GET",
            pinned,
            headers={"Host": host_header},
            extensions={"sni_hostname": url.raw_host.decode("ascii")},
        ) as response:
            if response.is_redirect:
                return _redirect_target(url, response.headers["location"])
            if not response.is_success:
                raise FetchError(
                    messages.URL_STATUS.format(
                        url=url, status=response.status_code, reason=response.reason_phrase
                    )
                )
            return _read_body(url, response, limit=settings.max_download_bytes), response
    except httpx.TimeoutException as e:
        reason = f"no answer within {settings.fetch_timeout:g} seconds"
        raise FetchError(messages.URL_FAILED.format(url=url, reason=reason)) from e
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as e:
        reason = str(e) or type(e).__name__
        raise FetchError(messages.URL_FAILED.format(url=url, reason=reason)) from e


def _redirect_target(url: httpx.URL, location: str) -> httpx.URL:
    """Resolve a ``Location`` header against the URL that was asked for (not the address)."""
    bad_redirect = FetchError(messages.URL_BAD_REDIRECT.format(url=url, location=location))
    try:
        target = url.join(location)
        host = target.host
    except (httpx.InvalidURL, ValueError, TypeError) as e:
        raise bad_redirect from e
    if target.scheme not in ALLOWED_SCHEMES or not host:
        raise bad_redirect
    return target


def _read_body(url: httpx.URL, response: httpx.Response, *, limit: int) -> bytes:
    """Read the body, stopping as soon as it is known to exceed ``limit`` bytes."""
    too_large = FetchError(messages.URL_TOO_LARGE.format(url=url, limit=limit))
    declared_length = response.headers.get("content-length", "")
    if declared_length.isdigit() and int(declared_length) > limit:
        raise too_large
    body = bytearray()
    for chunk in response.iter_bytes(CHUNK_BYTES):
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)
