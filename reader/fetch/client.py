"""Polite HTTP: robots.txt, a pause between requests to a host, one request at a time, retries.

Every answer is checked before anyone sees it: its size is capped while it streams in, its
content must be of the kind asked for, and redirects are followed only within the same host.
"""

from __future__ import annotations

import email.utils
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from reader import __version__
from reader.fetch import DEFAULT_DELAY
from reader.fetch.errors import Cancelled, Disallowed, FetchError, NotFound, OffSite, Refused

Kind = Literal["page", "image", "pdf", "robots"]

USER_AGENT = f"PaperReader/{__version__} (desktop newspaper reader; one request at a time)"
ROBOTS_AGENT = "PaperReader"
MB = 2**20
MAX_REDIRECTS = 5
# A site may ask for a longer pause in its robots.txt; past this, getting an issue of a few
# hundred files would take hours, so the fetch says so instead of waiting.
MAX_CRAWL_DELAY = 60.0
MAX_RETRY_AFTER = 120.0
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"RIFF", b"BM", b"II*\x00", b"MM\x00*")
_REASONS = {
    401: "asks for a login",
    403: "refused it",
    429: "asks us to slow down",
    451: "refused it",
}


@dataclass(frozen=True)
class Limits:
    """The largest answer taken, by kind; anything larger is no newspaper file."""

    page: int = 8 * MB
    image: int = 30 * MB
    pdf: int = 100 * MB
    robots: int = 512 * 1024

    def of(self, kind: Kind) -> int:
        return int(getattr(self, kind))


@dataclass(frozen=True)
class Options:
    """How requests are made: the pause between them, timeouts, retries and limits."""

    delay: float = DEFAULT_DELAY
    timeout: float = 20.0  # to connect, and between two pieces of an answer
    retries: int = 3  # after a timeout or a 5xx answer
    backoff: float = 2.0  # the first wait before a retry; it doubles each time
    deadline: float = 300.0  # for one whole answer: a server that trickles is a stuck server
    limits: Limits = Limits()


@dataclass(frozen=True)
class Response:
    """What a site answered to one request."""

    url: str  # where the answer came from, after redirects within the host
    status: int  # 200, or 304 when the stored copy is still current
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


class Client:
    """One request at a time, at least `delay` seconds apart per host (more if robots.txt
    asks); every request checked against that host's robots.txt first."""

    def __init__(
        self,
        options: Options | None = None,
        cancelled: Callable[[], bool] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.options = options or Options()
        self._cancelled = cancelled or (lambda: False)
        self._http = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"},
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self.requests = 0

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- robots.txt ------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        return self._rules(url).can_fetch(ROBOTS_AGENT, url)

    def _rules(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(f"{site}/robots.txt")
        return self._robots[site]

    def _read_robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        rules = urllib.robotparser.RobotFileParser(url)
        try:
            answer = self._get(url, "robots", {})
        except (NotFound, OffSite):
            rules.parse([])  # none, or moved to another host: everything is allowed here
            return rules
        except Refused:
            rules.parse(["User-agent: *", "Disallow: /"])  # 401/403: the site wants no robots
            return rules
        except FetchError as err:
            message = f"{url} could not be read, so the site's rules are unknown: {err}"
            raise FetchError(message) from None
        rules.parse(answer.body.decode("utf-8", "replace").splitlines())
        return rules

    def _delay(self, host_url: str) -> float:
        """The pause for a host: ours, or the longer one its robots.txt asks for."""
        rules = self._rules(host_url)
        asked = rules.crawl_delay(ROBOTS_AGENT)
        rate = rules.request_rate(ROBOTS_AGENT)
        wanted = max(float(asked or 0), rate.seconds / rate.requests if rate else 0.0)
        if wanted > MAX_CRAWL_DELAY:
            host = urlsplit(host_url).hostname
            raise Refused(f"{host} asks for {wanted:.0f} s between requests; that is too slow")
        return max(self.options.delay, wanted)

    # --- requests --------------------------------------------------------------------------

    def get(
        self,
        url: str,
        kind: Kind,
        etag: str | None = None,
        last_modified: str | None = None,
        referer: str | None = None,
    ) -> Response:
        """The file at `url`, of `kind`; 304 with an empty body when `etag`/`last_modified`
        say the stored copy is current. Refused if robots.txt disallows it."""
        if not self.allowed(url):
            raise Disallowed(f"{url}: the site's robots.txt does not allow fetching it")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if referer:
            headers["Referer"] = referer
        return self._get(url, kind, headers)

    def _get(self, url: str, kind: Kind, headers: dict[str, str]) -> Response:
        """Follow redirects within the host, retrying each hop on timeouts and 5xx."""
        for _ in range(MAX_REDIRECTS + 1):
            answer = self._with_retries(url, kind, headers)
            if isinstance(answer, Response):
                return answer
            url = self._redirect_target(url, answer, kind)
        raise FetchError(f"{url}: the site redirects too many times")

    def _redirect_target(self, url: str, location: str, kind: Kind) -> str:
        target = urljoin(url, location)
        old, new = urlsplit(url), urlsplit(target)
        if new.scheme not in ("http", "https") or new.hostname != old.hostname:
            raise OffSite(
                f"{url}: the site redirects to another host ({new.hostname}); not followed"
            )
        if kind != "robots" and not self.allowed(target):
            raise Disallowed(f"{url}: redirects to {target}, which the site's robots.txt disallows")
        return target

    def _with_retries(self, url: str, kind: Kind, headers: dict[str, str]) -> Response | str:
        wait = self.options.backoff
        for attempt in range(self.options.retries + 1):
            try:
                return self._once(url, kind, headers)
            except _Retry as err:
                if attempt == self.options.retries:
                    tries = self.options.retries + 1
                    raise FetchError(f"{url}: {err} ({tries} tries)") from None
                self._sleep(min(err.after, MAX_RETRY_AFTER) if err.after else wait)
                wait *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, kind: Kind, headers: dict[str, str]) -> Response | str:
        """One request: a Response, a redirect's Location, or an exception that says why not."""
        host = urlsplit(url).netloc
        pause = self.options.delay if kind == "robots" else self._delay(url)
        self._sleep(self._last.get(host, float("-inf")) + pause - time.monotonic())
        self.requests += 1
        try:
            with self._http.stream("GET", url, headers=headers) as answer:
                return self._read(url, kind, answer)
        except httpx.TimeoutException:
            raise _Retry("the site did not answer in time") from None
        except httpx.TransportError as err:
            raise _Retry(f"the site cannot be reached ({err or type(err).__name__})") from None
        finally:
            self._last[host] = time.monotonic()

    def _read(self, url: str, kind: Kind, answer: httpx.Response) -> Response | str:
        status = answer.status_code
        if status in _REDIRECTS and "location" in answer.headers:
            return answer.headers["location"]
        if status >= 500:
            raise _Retry(f"the site answered {status} {answer.reason_phrase}", _after(answer))
        if status in (404, 410):
            raise NotFound(f"{url}: the site answered {status} {answer.reason_phrase}")
        if status in _REASONS:
            raise Refused(f"{url}: the site {_REASONS[status]} ({status} {answer.reason_phrase})")
        if status == 304:
            return Response(url, 304, b"", answer.headers.get("etag"), _modified(answer))
        if status != 200:
            raise FetchError(f"{url}: the site answered {status} {answer.reason_phrase}")
        body = self._body(url, kind, answer)
        _check_type(url, kind, answer.headers.get("content-type", ""), body)
        return Response(url, 200, body, answer.headers.get("etag"), _modified(answer))

    def _body(self, url: str, kind: Kind, answer: httpx.Response) -> bytes:
        cap = self.options.limits.of(kind)
        too_large = f"{url}: the answer is larger than {_size(cap)}, too large for a {kind}"
        declared = answer.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(too_large)
        started, chunks, size = time.monotonic(), [], 0
        for chunk in answer.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(too_large)
            if time.monotonic() - started > self.options.deadline:
                raise _Retry("the site sends its answer too slowly")
            if self._cancelled():
                raise Cancelled()
            chunks.append(chunk)
        return b"".join(chunks)

    def _sleep(self, seconds: float) -> None:
        """Wait in short steps, so that Cancel is felt at once."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if self._cancelled():
                raise Cancelled()
            time.sleep(min(left, 0.1))
        if self._cancelled():
            raise Cancelled()


class _Retry(Exception):
    def __init__(self, message: str, after: float | None = None) -> None:
        super().__init__(message)
        self.after = after


def _after(answer: httpx.Response) -> float | None:
    value = answer.headers.get("retry-after", "")
    if value.strip().isdigit():
        return float(value)
    when = email.utils.parsedate_tz(value) if value else None
    return max(email.utils.mktime_tz(when) - time.time(), 0.0) if when else None


def _modified(answer: httpx.Response) -> str | None:
    return answer.headers.get("last-modified")


def _size(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{n // 1024} KB"


def _check_type(url: str, kind: Kind, content_type: str, body: bytes) -> None:
    """Pages must be HTML, pictures pictures, PDFs PDFs: by the header, or by the bytes when
    the header says nothing useful (many e-paper servers call everything octet-stream)."""
    if kind == "robots":
        return
    media = content_type.split(";", 1)[0].strip().lower()
    vague = media in ("", "application/octet-stream", "binary/octet-stream", "text/plain")
    markup = body[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")
    if kind == "page":
        ok = media in ("text/html", "application/xhtml+xml") or (vague and markup)
    elif kind == "image":
        named = media.startswith("image/") and not markup  # an error page sent as a picture
        ok = named or (vague and body.startswith(_IMAGE_MAGIC))
    else:
        ok = media in ("application/pdf", "application/x-pdf") or vague
        ok = ok and b"%PDF" in body[:1024]
    if not ok:
        wanted = {"page": "a web page", "image": "a picture", "pdf": "a PDF"}[kind]
        raise FetchError(f"{url}: expected {wanted}, the site sent {media or 'something unnamed'}")
