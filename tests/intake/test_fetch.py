"""Fetching a page by its address: only public http(s) addresses, within a size and a time
limit, every redirect checked again, and a clear reason for every refusal."""

import shutil
import socket
import subprocess
import time

import pytest

from articles.intake import fetch as fetching
from articles.intake.fetch import FetchError, Limits, address_refusal, fetch
from tests.intake.server import MB, LocalSite, Route

PAGE = b"<html><body><p>Officers made three arrests in Oakmere.</p></body></html>"
LIMITS = Limits(max_bytes=2_000_000, connect_seconds=2, total_seconds=5, allow_private=True)
PUBLIC = "93.184.216.34"


def refused(url, limits=LIMITS):
    with pytest.raises(FetchError) as refusal:
        fetch(url, limits)
    return str(refusal.value)


def test_a_page_is_fetched_with_its_type_and_charset(site):
    url = site.add("/news/raid", Route(PAGE, headers={"Content-Type": "text/html; charset=utf-8"}))
    page = fetch(url, LIMITS)
    assert page.data == PAGE
    assert (page.content_type, page.charset, page.url) == ("text/html", "utf-8", url)
    assert page.is_html


def test_a_redirect_is_followed_to_the_page(site):
    final = site.add("/news/raid", Route(PAGE))
    start = site.add("/r/1", Route(status=301, headers={"Location": "/news/raid"}))
    page = fetch(start, LIMITS)
    assert page.url == final
    assert page.data == PAGE


def test_a_loopback_address_is_refused_by_default_without_a_connection(site):
    url = site.add("/news/raid", Route(PAGE))
    message = refused(url, Limits(max_bytes=1000, connect_seconds=1, total_seconds=1))
    assert "is at 127.0.0.1, a loopback address (this machine)" in message
    assert "only pages on the public internet are fetched" in message
    assert site.requested == []


def test_a_host_name_for_this_machine_is_refused_by_default():
    message = refused(
        "http://localhost/", Limits(max_bytes=1000, connect_seconds=1, total_seconds=1)
    )
    assert "“localhost” is at" in message and "loopback" in message


@pytest.mark.parametrize(
    "address, kind",
    [
        ("10.1.2.3", "a private network address"),
        ("192.168.0.10", "a private network address"),
        ("172.16.5.5", "a private network address"),
        ("169.254.169.254", "a link-local address"),
        ("224.0.0.1", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),
        ("::1", "a loopback address (this machine)"),
        ("::ffff:127.0.0.1", "a loopback address (this machine)"),
        ("fe80::1", "a link-local address"),
        ("fc00::1", "a private network address"),
        ("100.64.0.1", "not a public address"),
        (PUBLIC, ""),
    ],
)
def test_what_each_address_is_called_when_refused(address, kind):
    assert address_refusal(address) == kind


def test_every_address_of_a_host_is_checked(monkeypatch):
    def two_addresses(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC, port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", two_addresses)
    limits = Limits(max_bytes=1000, connect_seconds=1, total_seconds=1)
    assert "“news.example” is at 10.0.0.7, a private network address" in refused(
        "https://news.example/story", limits
    )


def test_every_redirect_is_checked_again(site, monkeypatch):
    # The first address is allowed for the test; the redirect leads to one that is not.
    monkeypatch.setattr(
        fetching, "address_refusal", lambda a: "" if a == "127.0.0.1" else "a loopback address"
    )
    port = site.server_address[1]
    start = site.add("/r", Route(status=302, headers={"Location": f"http://127.0.0.2:{port}/"}))
    limits = Limits(max_bytes=1000, connect_seconds=1, total_seconds=2)
    assert "is at 127.0.0.2, a loopback address" in refused(start, limits)
    assert site.requested == ["/r"]


@pytest.mark.parametrize(
    "url, scheme",
    [
        ("file:///etc/passwd", "“file:”"),
        ("ftp://news.example/story.txt", "“ftp:”"),
        ("gopher://news.example/", "“gopher:”"),
        ("news.example/story", "missing"),
    ],
)
def test_only_http_and_https_are_fetched(url, scheme):
    assert (
        refused(url)
        == f"only http and https addresses can be fetched (this one's scheme is {scheme})"
    )


def test_a_redirect_to_a_file_is_refused(site):
    start = site.add("/r", Route(status=302, headers={"Location": "file:///etc/passwd"}))
    assert "scheme is “file:”" in refused(start)


def test_a_page_declared_too_big_is_refused_before_its_body_is_read(site):
    url = site.add(
        "/huge",
        Route(
            stream_bytes=50 * MB,
            headers={"Content-Type": "text/html", "Content-Length": str(50 * MB)},
        ),
    )
    message = refused(url)
    assert message.startswith("is 52,428,800 bytes, over the 2,000,000-byte limit")
    assert site.sent["/huge"] < 50 * MB


def test_a_page_streamed_past_the_limit_is_dropped_without_reading_it_all(site):
    url = site.add("/endless", Route(stream_bytes=50 * MB, headers={"Content-Type": "text/html"}))
    message = refused(url)
    assert message.startswith("is over 2,000,000 bytes, over the 2,000,000-byte limit")
    assert "raise CASEFILES_MAX_SOURCE_BYTES" in message
    time.sleep(0.2)  # the server notices the client has gone
    assert site.sent["/endless"] < 10 * MB


def test_a_page_that_never_comes_is_refused_after_the_time_limit(site):
    url = site.add("/hang", Route(hang=True))
    started = time.monotonic()
    message = refused(
        url, Limits(max_bytes=1000, connect_seconds=1, total_seconds=1, allow_private=True)
    )
    assert time.monotonic() - started < 4
    assert message == "the site did not send the page within 1 seconds"


def test_an_http_error_is_named(site):
    url = site.add("/gone", Route(b"gone", status=410))
    assert refused(url) == "the site answered HTTP 410 Gone, not the page"
    assert refused(site.url("/missing")) == "the site answered HTTP 404 Not Found, not the page"


def test_what_is_not_a_page_or_text_is_refused(site):
    url = site.add("/report.pdf", Route(b"%PDF-1.4", headers={"Content-Type": "application/pdf"}))
    assert refused(url) == "is not a web page or text (the site sent application/pdf)"


def test_plain_text_is_fetched_as_text(site):
    url = site.add("/story.txt", Route(b"Raid\n\nText.", headers={"Content-Type": "text/plain"}))
    assert not fetch(url, LIMITS).is_html


def test_a_host_that_cannot_be_found_is_named(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert refused("https://no-such-paper.example/") == (
        "the host “no-such-paper.example” could not be found (DNS lookup failed)"
    )


def test_a_closed_port_is_named(site):
    port = site.server_address[1]
    site.__exit__()
    assert refused(f"http://127.0.0.1:{port}/") == (
        "could not connect to the site (connection refused or unreachable)"
    )


def test_endless_redirects_are_refused(site):
    site.add("/a", Route(status=302, headers={"Location": "/b"}))
    site.add("/b", Route(status=302, headers={"Location": "/a"}))
    assert refused(site.url("/a")) == "redirected more than 5 times; give the final address"


def test_an_address_with_a_password_is_refused():
    assert refused("https://reporter:secret@news.example/") == (
        "addresses with a user name or password are not fetched"
    )


def self_signed(folder):
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed to make a certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_a_certificate_that_cannot_be_verified_is_refused(tmp_path):
    with LocalSite(certificate=self_signed(tmp_path)) as secure:
        url = secure.add("/news/raid", Route(PAGE))
        assert url.startswith("https://")
        message = refused(url)
    assert message.startswith("the secure connection failed")
    assert "certificate verify failed" in message
