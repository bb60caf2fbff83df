"""The papers the fetcher knows: a table of rows (paper, first day of a URL scheme, front page).

The built-in table is resources/sources.tsv; a `sources.tsv` in the library folder adds rows
or replaces a paper's rows, so a reader can add a paper without a new version of the app.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from reader.fetch.errors import FetchError

log = logging.getLogger(__name__)

TABLE_NAME = "sources.tsv"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_FIELDS = ("yyyy", "mm", "dd")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Scheme:
    """One URL scheme of a paper: from `since` on (or from the start), the issue opens here."""

    since: date | None
    front: str  # the first page of an issue, with {yyyy}, {mm} and {dd}

    def url(self, day: date) -> str:
        return self.front.format(yyyy=f"{day.year:04d}", mm=f"{day.month:02d}", dd=f"{day.day:02d}")


@dataclass(frozen=True)
class Source:
    """One e-paper site: its paper's name and how its issues are found."""

    id: str  # the folder name under papers/, and a name for the command line
    name: str  # the paper's own name, as the reader knows it
    schemes: tuple[Scheme, ...] = ()
    extra_hosts: frozenset[str] = frozenset()

    @property
    def hosts(self) -> frozenset[str]:
        """The paper's own hosts: those of its front pages, and those the table adds."""
        return frozenset(host_of(s.front) for s in self.schemes) | self.extra_hosts

    def fronts(self, day: date) -> list[str]:
        """Front pages to try for a day: the scheme in force that day first, then the others
        (a site may switch schemes on another day than the table says)."""
        in_force = [s for s in self.schemes if s.since is None or s.since <= day]
        first = max(in_force, key=lambda s: s.since or date.min, default=None)
        ordered = ([first] if first else []) + [s for s in self.schemes if s is not first]
        return [s.url(day) for s in ordered]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def parse_table(text: str, where: str) -> list[Source]:
    """Rows of `id  name  since  front [hosts]`, tab-separated; a paper may take several rows."""
    rows: dict[str, Source] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cells) not in (4, 5):
            raise FetchError(f"{where}, line {number}: a row needs id, name, since and front page")
        ident, name, since, front = cells[:4]
        scheme = Scheme(_since(since, where, number), _front(front, where, number))
        hosts = cells[4] if len(cells) == 5 else "-"
        extra = frozenset(h.lower() for h in hosts.split(",") if h and h != "-")
        if not _ID.match(ident):
            raise FetchError(f"{where}, line {number}: the id {ident!r} is not lower-case ASCII")
        known = rows.get(ident)
        if known is None:
            rows[ident] = Source(ident, name, (scheme,), extra)
        else:
            rows[ident] = Source(
                ident, known.name, (*known.schemes, scheme), known.extra_hosts | extra
            )
    return list(rows.values())


def _since(text: str, where: str, number: int) -> date | None:
    if text == "-":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FetchError(f"{where}, line {number}: {text!r} is not a date (YYYY-MM-DD)") from None


def _front(url: str, where: str, number: int) -> str:
    if urlsplit(url).scheme not in ("http", "https") or not host_of(url):
        raise FetchError(f"{where}, line {number}: {url!r} is not a web address")
    unknown = set(_PLACEHOLDER.findall(url)) - set(_FIELDS)
    if unknown:
        raise FetchError(f"{where}, line {number}: unknown field {{{sorted(unknown)[0]}}} in {url}")
    return url


def builtin() -> list[Source]:
    try:
        text = (resources.files("reader.resources") / TABLE_NAME).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        log.warning("the built-in table of papers is missing")
        return []
    return parse_table(text, TABLE_NAME)


def known(home: Path | None = None) -> list[Source]:
    """The built-in papers, with the library's own table over them (its rows win by id)."""
    table = {s.id: s for s in builtin()}
    own = home / TABLE_NAME if home is not None else None
    if own is not None and own.is_file():
        try:
            text = own.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise FetchError(f"{own}: cannot be read ({err})") from err
        table.update((s.id, s) for s in parse_table(text, str(own)))
    return list(table.values())


def find(name: str, sources: list[Source]) -> Source:
    """A paper by its id (rmrb) or its name (人民日报)."""
    wanted = name.strip().casefold()
    for source in sources:
        if wanted in (source.id, source.name.casefold()):
            return source
    ids = ", ".join(s.id for s in sources)
    raise FetchError(f"No paper is called {name!r}; the known papers are: {ids}.")


def for_url(url: str, sources: list[Source]) -> Source:
    """The paper a page address belongs to, or a paper named after the site."""
    host, path = host_of(url), urlsplit(url).path
    for source in sources:
        for scheme in source.schemes:
            # The paper's folder on its site: paper.people.com.cn holds /rmrb/ and /rmrbhwb/.
            top = urlsplit(scheme.front).path.split("/")[:2]
            if host_of(scheme.front) == host and path.startswith("/".join(top) + "/"):
                return source
    first = next((p for p in path.split("/") if p), "")
    ident = f"{host}_{first}" if re.fullmatch(r"[A-Za-z][\w-]*", first) else host
    return Source(ident.lower(), host, (), frozenset({host}))
