"""Refuse URLs whose host resolves to a non-public address (SSRF protection).

A page may link or redirect to ``http://10.0.0.1/`` or to a name that resolves to
``127.0.0.1``; fetching those would let an article probe the user's own network.
Every host is resolved with ``socket.getaddrinfo`` and all its addresses must be
public; IPv4 addresses embedded in IPv6 ones (IPv4-mapped, 6to4) are checked as
IPv4. The caller then connects to the address checked here, so a second DNS
answer cannot swap in a private one.
"""

from __future__ import annotations

import ipaddress
import logging
import socket

import httpx

from chronocheck.errors import FetchError
from chronocheck.ingest import messages

LOGGER = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

DEFAULT_PORTS = {"http": 80, "https": 443}


def is_public_address(address: IPAddress) -> bool:
    """Return True unless the address is private, loopback, link-local, reserved,
    multicast, unspecified or otherwise not globally routable.
    """
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return is_public_address(embedded)
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
    )


def resolve_host(url: httpx.URL) -> list[IPAddress]:
    """Resolve a URL's host to its addresses.

    Raises:
        FetchError: If the host cannot be resolved.
    """
    host = url.raw_host.decode("ascii")
    port = url.port or DEFAULT_PORTS.get(url.scheme, 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        # An IPv6 sockaddr may carry a zone ("fe80::1%eth0"), which ip_address rejects.
        return [ipaddress.ip_address(str(info[4][0]).partition("%")[0]) for info in infos]
    except (OSError, UnicodeError, ValueError) as e:
        raise FetchError(messages.URL_UNRESOLVED.format(url=url, host=host, reason=e)) from e


def choose_address(url: httpx.URL, *, allow_private: bool) -> IPAddress:
    """Resolve the URL's host and return the address to connect to.

    Args:
        url: The URL about to be requested.
        allow_private: Accept non-public addresses too.

    Returns:
        The first address the host resolves to.

    Raises:
        FetchError: If the host cannot be resolved, or resolves to a non-public
            address while ``allow_private`` is False.
    """
    addresses = resolve_host(url)
    if not addresses:
        host = url.raw_host.decode("ascii")
        reason = "no addresses"
        raise FetchError(messages.URL_UNRESOLVED.format(url=url, host=host, reason=reason))
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                raise FetchError(
                    messages.URL_PRIVATE.format(url=url, host=url.host, address=address)
                )
    LOGGER.debug("%s resolves to %s", url.host, addresses)
    return addresses[0]
