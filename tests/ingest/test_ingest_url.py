"""Tests for ``chronocheck.ingest.url``: fetching with limits and address checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from chronocheck.errors import FetchError
from chronocheck.ingest.url import fetch_url
from chronocheck.settings import Settings

ARTICLE_HTML = (Path(__file__).parent / "data" / "article_with_boilerplate.html").read_bytes()
LOCAL = Settings(allow_private_urls=True)
#: Below the server's 200,000-byte large bodies.
SMALL_DOWNLOAD_LIMIT = 100_000
PUBLIC_ADDRESS = "93.184.215.14"
FakeDns = Callable[[dict[str, str]], None]


def test_fetches_html_with_its_content_type(http_server: str) -> None:
    document = fetch_url(f"{http_server}/article.html", settings=LOCAL)
    assert document.content == ARTICLE_HTML
    assert document.content_type == "text/html; charset=utf-8"
    assert document.status == 200
    assert document.redirects == 0


def test_follows_a_redirect_chain_within_the_limit(http_server: str) -> None:
    document = fetch_url(f"{http_server}/redirect/4", settings=LOCAL)
    assert document.redirects == 5
    assert document.url == f"{http_server}/article.html"
    assert document.content == ARTICLE_HTML


def test_refuses_a_redirect_chain_over_the_limit(http_server: str) -> None:
    url = f"{http_server}/redirect/5"
    with pytest.raises(FetchError, match="redirects more than 5 times") as info:
        fetch_url(url, settings=LOCAL)
    assert url in str(info.value)


def test_redirect_limit_comes_from_settings(http_server: str) -> None:
    with pytest.raises(FetchError, match="more than 1 times"):
        fetch_url(f"{http_server}/redirect/1", settings=replace(LOCAL, max_redirects=1))


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "answered HTTP 404 Not Found"),
        ("/server-error", "answered HTTP 500 Internal Server Error"),
        ("/redirect-to-ftp", "redirects to an invalid location 'ftp://files.example/article.txt'"),
        ("/large-declared", "larger than the limit of 100,000 bytes"),
        ("/large-undeclared", "larger than the limit of 100,000 bytes"),
    ],
)
def test_bad_responses_raise_one_clear_error(http_server: str, path: str, message: str) -> None:
    settings = replace(LOCAL, max_download_bytes=SMALL_DOWNLOAD_LIMIT)
    with pytest.raises(FetchError, match=message) as info:
        fetch_url(f"{http_server}{path}", settings=settings)
    assert f"{http_server}{path}" in str(info.value)


def test_times_out(http_server: str) -> None:
    with pytest.raises(FetchError, match="no answer within 0.2 seconds"):
        fetch_url(f"{http_server}/slow", settings=replace(LOCAL, fetch_timeout=0.2))


def test_unreachable_server_raises_fetch_error() -> None:
    # Port 9 (discard) on loopback: nothing listens there in a test environment.
    with pytest.raises(FetchError, match=r"Cannot fetch 'http://127.0.0.1:9/'"):
        fetch_url("http://127.0.0.1:9/", settings=LOCAL)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/a.txt", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http://", "not a valid URL"),
        ("http://[::1/", "not a valid URL"),
        ("https://xn--/", "not a valid URL"),
    ],
)
def test_invalid_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        fetch_url(url, settings=Settings())


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("http://127.0.0.1:8000/", "127.0.0.1"),
        ("http://[::1]:8000/", "::1"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://0.0.0.0/", "0.0.0.0"),
    ],
)
def test_private_literal_addresses_are_refused(url: str, address: str) -> None:
    with pytest.raises(FetchError, match="Refusing to fetch") as info:
        fetch_url(url, settings=Settings())
    assert address in str(info.value)


@pytest.mark.parametrize("private_address", ["127.0.0.1", "10.0.0.1", "fd00::1"])
def test_host_resolving_to_a_private_address_is_refused(
    fake_dns: FakeDns, private_address: str
) -> None:
    fake_dns({"news.test": private_address})
    with pytest.raises(FetchError, match=f"'news.test' resolves to .*{private_address}"):
        fetch_url("http://news.test/article", settings=Settings())


def test_request_goes_to_the_checked_address_with_the_host_name(
    fake_dns: FakeDns, http_server: str
) -> None:
    port = httpx.URL(http_server).port
    fake_dns({"news.test": "127.0.0.1"})
    document = fetch_url(f"http://news.test:{port}/article.html", settings=LOCAL)
    assert document.url == f"http://news.test:{port}/article.html"
    assert document.content == ARTICLE_HTML


def test_unresolvable_host_raises_fetch_error(fake_dns: FakeDns) -> None:
    fake_dns({})
    with pytest.raises(FetchError, match="the host 'nowhere.test' cannot be resolved"):
        fetch_url("http://nowhere.test/", settings=Settings())


def _public_site_redirecting_to(location: str) -> httpx.MockTransport:
    """A transport standing in for a public web site, so that no outside address is contacted."""

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.host == PUBLIC_ADDRESS
        assert request.headers["host"] == "news.test"
        return httpx.Response(302, headers={"Location": location})

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(
    ("location", "refused_address"),
    [
        ("http://intranet.test/admin", "10.0.0.1"),
        ("http://[::ffff:10.0.0.1]/", "::ffff:a00:1"),
        ("http://192.168.1.1/", "192.168.1.1"),
    ],
)
def test_redirect_to_a_private_address_is_refused(
    fake_dns: FakeDns, location: str, refused_address: str
) -> None:
    fake_dns({"news.test": PUBLIC_ADDRESS, "intranet.test": "10.0.0.1"})
    transport = _public_site_redirecting_to(location)
    with pytest.raises(FetchError, match="Refusing to fetch") as info:
        fetch_url("http://news.test/story", settings=Settings(), transport=transport)
    assert refused_address in str(info.value)


def test_public_host_is_fetched_through_the_transport(fake_dns: FakeDns) -> None:
    fake_dns({"news.test": PUBLIC_ADDRESS})

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"hello", headers={"Content-Type": "text/plain"})

    document = fetch_url(
        "https://news.test/story", settings=Settings(), transport=httpx.MockTransport(answer)
    )
    assert (document.content, document.content_type) == (b"hello", "text/plain")
