"""Fetching a news page by its address, for a journalist who pasted it, and nothing else.

The address comes from a form, so the server must not become a way into its own network:
only http and https; every address the host resolves to must be public (no private, loopback,
link-local, multicast or reserved address), and the connection goes to an address that was
checked, so a second DNS answer cannot swap in another; each redirect is a new address,
checked the same way. The page is streamed and dropped as soon as it passes the size limit,
and the whole fetch, redirects included, has one deadline. Every refusal is a `FetchError`
whose message says what was wrong.

urllib3 does the HTTP (it comes with trafilatura): a connection pool per hop pinned to the
checked address, with the host name sent for TLS and checked against its certificate.

Pure Python, no Django: the caller passes the limits (`Limits`).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)

SCHEMES = {"http": 80, "https": 443}
REDIRECTS = {301, 302, 303, 307, 308}
# What can be read as an article: a web page or plain text.
READABLE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
CHUNK = 64 * 1024
USER_AGENT = "Casefiles newsroom intake (a journalist asked for this page)"

# Why an address is refused, first match wins; IPv4 inside IPv6 is checked as IPv4.
_ADDRESS_KINDS = (
    ("is_loopback", "a loopback address (this machine)"),
    ("is_link_local", "a link-local address"),
    ("is_unspecified", "an unspecified address"),
    ("is_multicast", "a multicast address"),
    ("is_reserved", "a reserved address"),
    ("is_private", "a private network address"),
)


class FetchError(Exception):
    """A page that was not fetched; the message says why, for the journalist."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    connect_seconds: float
    total_seconds: float
    allow_private: bool = False
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    url: str  # where the page was found, after redirects
    data: bytes
    content_type: str
    charset: str | None

    @property
    def is_html(self) -> bool:
        return self.content_type != "text/plain"


def fetch(url: str, limits: Limits) -> Fetched:
    """The page at `url`, following redirects, within `limits`; or a FetchError."""
    deadline = time.monotonic() + limits.total_seconds
    for _hop in range(limits.max_redirects + 1):
        target = _target(url, limits)
        with _pool(target, limits, deadline) as pool:
            response = _get(pool, target, limits)
            try:
                location = response.headers.get("Location")
                if response.status in REDIRECTS and location:
                    url = urljoin(url, location.strip())
                    continue
                return _page(url, response, limits, deadline)
            finally:
                response.close()
    raise FetchError(f"redirected more than {limits.max_redirects} times; give the final address")


@dataclass(frozen=True)
class _Target:
    """Where one request goes: the address as given, and the checked address to connect to."""

    parts: SplitResult
    port: int
    address: str

    @property
    def https(self) -> bool:
        return self.parts.scheme.lower() == "https"


def _target(url: str, limits: Limits) -> _Target:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        shown = f"“{scheme}:”" if scheme else "missing"
        raise FetchError(
            f"only http and https addresses can be fetched (this one's scheme is {shown})"
        )
    if not parts.hostname:
        raise FetchError("the address has no host name")
    if parts.username or parts.password:
        raise FetchError("addresses with a user name or password are not fetched")
    try:
        port = parts.port or SCHEMES[scheme]
    except ValueError:
        raise FetchError("the address has an invalid port") from None
    return _Target(parts, port, _checked_address(parts.hostname, port, limits))


def _pool(target: _Target, limits: Limits, deadline: float):
    """A connection pool to the checked address; TLS still names and verifies the host."""
    remaining = _remaining(deadline, limits)
    timeout = urllib3.Timeout(connect=min(limits.connect_seconds, remaining), read=remaining)
    options = {"timeout": timeout, "retries": False, "maxsize": 1}
    if target.https:
        return urllib3.HTTPSConnectionPool(
            target.address,
            target.port,
            server_hostname=target.parts.hostname,
            assert_hostname=target.parts.hostname,
            cert_reqs="CERT_REQUIRED",
            **options,
        )
    return urllib3.HTTPConnectionPool(target.address, target.port, **options)


def _get(pool, target: _Target, limits: Limits):
    parts = target.parts
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    headers = {
        "Host": parts.netloc.rpartition("@")[2],
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
        # A compressed page could swell past the size limit in one read.
        "Accept-Encoding": "identity",
    }
    try:
        return pool.urlopen(
            "GET",
            path,
            headers=headers,
            redirect=False,
            preload_content=False,
            assert_same_host=False,
        )
    except HTTPError as exc:
        raise FetchError(_connection_failure(exc, limits)) from None


def _checked_address(host: str, port: int, limits: Limits) -> str:
    """An address of `host` to connect to, once every address it resolves to is allowed."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"the host “{host}” could not be found (DNS lookup failed)") from None
    addresses = list(dict.fromkeys(info[4][0] for info in found))
    if not addresses:
        raise FetchError(f"the host “{host}” could not be found (DNS lookup failed)")
    if not limits.allow_private:
        for address in addresses:
            refusal = address_refusal(address)
            if refusal:
                raise FetchError(
                    f"refused: “{host}” is at {address}, {refusal}; only pages on the public "
                    "internet are fetched"
                )
    return addresses[0]


def address_refusal(address: str) -> str:
    """Why the site must not connect to `address`, or "" when it is a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for test, kind in _ADDRESS_KINDS:
        if getattr(ip, test):
            return kind
    return "" if ip.is_global else "not a public address"


def _remaining(deadline: float, limits: Limits) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(_too_slow(limits))
    return remaining


def _too_slow(limits: Limits) -> str:
    return f"the site did not send the page within {limits.total_seconds:g} seconds"


def _connection_failure(exc: HTTPError, limits: Limits) -> str:
    # Most specific first: urllib3 makes a refused connection a kind of connect timeout.
    if isinstance(exc, NewConnectionError):
        return "could not connect to the site (connection refused or unreachable)"
    if isinstance(exc, ConnectTimeoutError):
        return f"the site did not answer within {limits.connect_seconds:g} seconds"
    if isinstance(exc, ReadTimeoutError):
        return _too_slow(limits)
    if isinstance(exc, SSLError):
        return f"the secure connection failed: {exc}"
    return f"the site could not be read: {type(exc).__name__}"


def _page(url: str, response, limits: Limits, deadline: float) -> Fetched:
    if response.status != 200:
        reason = f" {response.reason}" if response.reason else ""
        raise FetchError(f"the site answered HTTP {response.status}{reason}, not the page")
    content_type, charset = _content_type(response.headers.get("Content-Type", ""))
    if content_type not in READABLE_TYPES:
        raise FetchError(
            f"is not a web page or text (the site sent {content_type or 'no content type'})"
        )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(_too_big(f"is {int(declared):,} bytes", limits))
    return Fetched(url, _body(response, limits, deadline), content_type, charset)


def _body(response, limits: Limits, deadline: float) -> bytes:
    """The body, read in chunks until the end, the size limit or the deadline."""
    chunks, size = [], 0
    try:
        while chunk := response.read1(CHUNK):
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(_too_big(f"is over {limits.max_bytes:,} bytes", limits))
            chunks.append(chunk)
            _remaining(deadline, limits)
    except HTTPError as exc:
        raise FetchError(_connection_failure(exc, limits)) from None
    return b"".join(chunks)


def _too_big(size: str, limits: Limits) -> str:
    return (
        f"{size}, over the {limits.max_bytes:,}-byte limit; it was not read "
        "(raise CASEFILES_MAX_SOURCE_BYTES to read it)"
    )


def _content_type(header: str) -> tuple[str, str | None]:
    kind, *params = header.split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    # A server that names no type: read it as a web page, as browsers do.
    return kind.strip().lower() or "text/html", charset
