"""Getting one issue: from its front page to every page (版), article, page image and PDF.

Pages and articles are found by following links, never from a fixed list. Everything is
stored under the issue's folder; the issue is whole only when every file is there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from reader import importing
from reader.fetch import links, sources
from reader.fetch.client import Client, Kind, Options
from reader.fetch.errors import Disallowed, FetchError, NotFound
from reader.fetch.sources import Source, host_of
from reader.fetch.store import IssueStore
from reader.library import ImportResult, Library

log = logging.getLogger(__name__)

PAPERS = "papers"  # in the library folder: papers/<paper>/<date>/
MAX_REFRESH = 3  # an index page may send the browser on to the day's first page


@dataclass(frozen=True)
class Progress:
    """How far a fetch has come, for the reader."""

    page: int  # the page (版) being fetched, counted from 1
    pages: int  # pages known so far
    articles: int  # articles fetched so far
    url: str


@dataclass
class FetchResult:
    """What a fetch got and stored, and what it could not."""

    paper: Source
    day: date
    folder: Path
    pages: int = 0
    articles: int = 0
    images: int = 0
    pdfs: int = 0
    requests: int = 0
    written: int = 0  # files new or changed
    missing: list[str] = field(default_factory=list)  # gone from the site (404)
    disallowed: list[str] = field(default_factory=list)  # not allowed by robots.txt


def is_url(target: str) -> bool:
    return urlsplit(target.strip()).scheme in ("http", "https")


def issue_folder(home: Path, source: Source, day: date) -> Path:
    return home / PAPERS / source.id / day.isoformat()


def fetch_issue(
    target: str,
    day: date | None,
    home: Path,
    options: Options | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> FetchResult:
    """Fetch an issue of a known paper (by id or name) or from a front or layout page's
    address, into `home`; FetchError says why not, Cancelled if `cancelled()` turned true."""
    known = sources.known(home)
    if is_url(target):
        source, fronts = sources.for_url(target.strip(), known), [target.strip()]
        day = links.day_in(target) or day  # the address names the day, if it has one
    else:
        source = sources.find(target, known)
        day = day or date.today()
        if day > date.today():
            raise FetchError(f"{source.name} of {day} is not out yet.")
        fronts = source.fronts(day)
    with Client(options, cancelled, transport) as client:
        crawl = _Crawl(client, source, day, home, progress or (lambda _: None))
        return crawl.run(fronts)


def get_issue(
    library: Library,
    target: str,
    day: date | None,
    home: Path,
    options: Options | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[FetchResult, ImportResult]:
    """Fetch the issue, then import it from the stored files, as a saved folder is."""
    result = fetch_issue(target, day, home, options, progress, cancelled)
    imported = importing.import_paths(library, [result.folder])[0]
    if imported.status == "failed":
        raise FetchError(
            f"The issue was stored in {result.folder} but cannot be read: {imported.message}"
        )
    return result, imported


class _Crawl:
    def __init__(
        self,
        client: Client,
        source: Source,
        day: date | None,
        home: Path,
        progress: Callable[[Progress], None],
    ) -> None:
        self.client, self.source, self.day, self.home = client, source, day, home
        self.progress = progress
        self.store = IssueStore(issue_folder(home, source, day)) if day else None
        self.held: dict[str, tuple[bytes, str | None, str | None]] = {}  # until the day is known
        self.moved: dict[str, str] = {}  # address -> where a redirect within the host led
        self.hosts = set(source.hosts)
        self.pages: list[str] = []
        self.seen: set[str] = set()
        self.result: FetchResult | None = None

    def run(self, fronts: list[str]) -> FetchResult:
        front, first = self._front(fronts)
        self.hosts.add(host_of(front))
        if self.day is None:
            self.day = self._day_of(front, first)
            self.store = IssueStore(issue_folder(self.home, self.source, self.day))
            for url, (body, etag, modified) in self.held.items():
                self.store.put(url, body, etag, modified)
        assert self.store is not None
        self.result = result = FetchResult(self.source, self.day, self.store.folder)
        self.pages = [front]
        self.seen = {front}
        for n, page in enumerate(self.pages, 1):
            self._page(n, page, first if page == front else None)
        self.store.finish()
        result.requests = self.client.requests
        result.written = self.store.written
        return result

    # --- the front page --------------------------------------------------------------------

    def _front(self, fronts: list[str]) -> tuple[str, links.Links]:
        """The first page that is online, and its links; a 404 tries the next scheme."""
        gone: list[str] = []
        for url in fronts:
            for _ in range(MAX_REFRESH + 1):
                try:
                    text = _decode(self._file(url, "page", None, need_body=True, front=True))
                    url = self.moved.get(url, url)  # an index page redirected to the day's
                    found = links.discover(text, url)
                except NotFound as err:
                    gone.append(str(err))
                    break
                except Disallowed as err:
                    raise FetchError(f"{err}; nothing was fetched") from None
                if found.pages or found.articles:
                    return url, found
                if not found.refresh or host_of(found.refresh) != host_of(url):
                    raise FetchError(
                        f"{url} links to no pages or articles: "
                        "it is not the front page of an e-paper"
                    )
                url = found.refresh  # an index page that sends the browser on
            else:
                raise FetchError(f"{url}: the site sends the browser on too many times")
        when = f" of {self.day}" if self.day else ""
        answer = gone[0].split(": ", 1)[-1]
        raise FetchError(
            f"{self.source.name}{when} is not online ({fronts[0]}: {answer}): "
            "not published yet, or older than the site keeps."
        )

    def _day_of(self, front: str, found: links.Links) -> date:
        for url in (front, *found.pages, *found.articles, *found.page_images):
            day = links.day_in(url)
            if day:
                return day
        raise FetchError(f"Cannot tell which day's issue {front} is; name the day with --date.")

    # --- pages and what they link to -------------------------------------------------------

    def _page(self, n: int, url: str, found: links.Links | None) -> None:
        assert self.result is not None
        self.progress(Progress(n, len(self.pages), self.result.articles, url))
        if found is None:
            text = self._get_text(url, "page")
            if text is None:
                return
            found = links.discover(text, self.moved.get(url, url))
        self.result.pages += 1
        for page in found.pages:
            if page not in self.seen and links.folder_of(page) == links.folder_of(url):
                self.seen.add(page)
                self.pages.append(page)
        for article in found.articles:
            if article not in self.seen and self._in_issue(article, url):
                self.seen.add(article)
                self._article(n, article, url)
        # The page image (the one with the map of articles) may be on a picture server.
        for image in found.page_images:
            if self._asset(image, off_host=True) and self._fetch(image, "image", url) is not None:
                self.result.images += 1
        for image in found.images:
            if links.day_in(image) == self.day and self._asset(image, off_host=False):
                self._fetch(image, "image", url)
        for pdf in found.pdfs:
            dated = links.day_in(pdf) is not None
            if self._asset(pdf, off_host=dated) and self._fetch(pdf, "pdf", url) is not None:
                self.result.pdfs += 1

    def _article(self, n: int, url: str, page: str) -> None:
        assert self.result is not None
        text = self._get_text(url, "page", page)
        if text is None:
            return
        self.result.articles += 1
        self.progress(Progress(n, len(self.pages), self.result.articles, url))
        for image in links.discover(text, self.moved.get(url, url)).images:
            if links.day_in(image) == self.day and self._asset(image, off_host=False):
                self._fetch(image, "image", url)

    def _in_issue(self, url: str, page: str) -> bool:
        """An article of this issue: on the paper's hosts, of this day or beside its page."""
        if host_of(url) not in self.hosts:
            return False
        day = links.day_in(url)
        return day == self.day or (day is None and links.folder_of(url) == links.folder_of(page))

    def _asset(self, url: str, off_host: bool) -> bool:
        """A picture or PDF not taken yet, of no other day, on the paper's own hosts unless
        `off_host` (page images and dated PDFs may live on a picture server)."""
        day = links.day_in(url)
        if url in self.seen or (day is not None and day != self.day):
            return False
        if not off_host and host_of(url) not in self.hosts:
            return False
        self.seen.add(url)
        return True

    # --- files -----------------------------------------------------------------------------

    def _get_text(self, url: str, kind: Kind, referer: str | None = None) -> str | None:
        """A page's text, or None when it is gone (404) or robots.txt disallows it."""
        body = self._fetch(url, kind, referer, need_body=True)
        return _decode(body) if body is not None else None

    def _fetch(
        self, url: str, kind: Kind, referer: str | None, need_body: bool = False
    ) -> bytes | None:
        """The file's bytes (b"" when not needed), or None when it is not to be had."""
        assert self.result is not None
        try:
            return self._file(url, kind, referer, need_body)
        except NotFound:
            log.info("gone from the site: %s", url)
            self.result.missing.append(url)
        except Disallowed:
            log.info("not allowed by robots.txt: %s", url)
            self.result.disallowed.append(url)
        return None

    def _file(
        self, url: str, kind: Kind, referer: str | None, need_body: bool, front: bool = False
    ) -> bytes:
        """Files are kept under the address pages link them by; a front page that redirects
        is kept where it led, so that its relative links work in the saved folder."""
        store = self.store
        if store is not None and store.taken(url):
            return store.read(url) if need_body else b""
        stored = store.stored(url) if store is not None else None
        if stored is not None and kind in ("image", "pdf"):
            return b""  # pictures and PDFs of an issue do not change under the same name
        etag, modified = (stored.etag, stored.last_modified) if stored else (None, None)
        answer = self.client.get(url, kind, etag, modified, referer)
        if answer.url != url:
            self.moved[url] = answer.url
            if front:
                url = answer.url
                if store is not None and store.taken(url):
                    return store.read(url)
                stored = store.stored(url) if store is not None else None
        if answer.status == 304 and store is not None:
            store.keep(url, answer.etag, answer.last_modified)
            return store.read(url)
        if kind == "page":
            links.check_page(_decode(answer.body), url)
        if store is None:
            self.held[url] = (answer.body, answer.etag, answer.last_modified)
        elif stored is not None and store.read(url) == answer.body:
            store.keep(url, answer.etag, answer.last_modified)
        else:
            store.put(url, answer.body, answer.etag, answer.last_modified)
        return answer.body


def _decode(body: bytes) -> str:
    """Enough of the text to read its links: addresses are ASCII on every e-paper site."""
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("gb18030", "replace")
