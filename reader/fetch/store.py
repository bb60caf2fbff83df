"""The fetched files of one issue, kept in the library folder as the site lays them out.

`papers/<paper>/<date>/<host>/<path>`: the same relative paths as on the site, so the pages'
relative links between each other, and to their pictures, work in the saved folder.

A fetch writes into a hidden staging folder, each file under a temporary name first and then
renamed, so no file is ever half written. Only when the whole issue is there are the staged
files moved into place; an interrupted fetch leaves the issue as it was and resumes from what
it staged.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reader.fetch.errors import FetchError

STAGING = ".fetching"
STATE = ".fetched.json"  # address -> path and validators of every file of the issue
_LOG = "log.jsonl"  # staging: one line per file taken in this fetch
_DONE = "complete"  # staging: every file is there; what is left is moving them into place
_UNSAFE = re.compile(r'[<>:"|?*\\\x00-\x1f]')


@dataclass(frozen=True)
class Entry:
    """One file fetched and kept, with what tells whether it changed."""

    path: str  # relative to the issue folder
    etag: str | None = None
    last_modified: str | None = None


def relative_path(url: str) -> str:
    """Where the file at `url` is kept inside the issue folder."""
    parts = urlsplit(url)
    segments = [_UNSAFE.sub("_", unquote(s)) for s in parts.path.split("/")]
    segments = [s for s in segments if s and s not in (".", "..")]
    if not segments or parts.path.endswith("/"):
        segments.append("index.html")
    host = _UNSAFE.sub("_", (parts.hostname or "unknown").lower())
    return "/".join([host, *segments])


class IssueStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._staging = folder / STAGING
        self._state: dict[str, Entry] = _read_state(folder / STATE)
        self._taken: dict[str, Entry] = {}  # this fetch, from the staging log
        self.written = 0
        if (self._staging / _DONE).exists():
            self._move_into_place()  # a fetch was stopped while it put its files in place
        self._taken = _read_log(self._staging / _LOG)

    @property
    def complete(self) -> bool:
        """Whether a whole issue was stored here before."""
        return bool(self._state)

    def taken(self, url: str) -> bool:
        """Whether this fetch (or the one it resumes) already has the file."""
        return url in self._taken or (self._staging / relative_path(url)).is_file()

    def stored(self, url: str) -> Entry | None:
        """The file as a previous, whole fetch stored it."""
        entry = self._state.get(url)
        return entry if entry and (self.folder / entry.path).is_file() else None

    def read(self, url: str) -> bytes:
        """The newest copy: taken in this fetch, else stored before."""
        rel = relative_path(url)
        for path in (self._staging / rel, self.folder / rel):
            if path.is_file():
                return path.read_bytes()
        raise FetchError(f"{url}: the stored copy has gone missing")

    def put(self, url: str, body: bytes, etag: str | None, last_modified: str | None) -> None:
        """Stage a new or changed file."""
        entry = Entry(relative_path(url), etag, last_modified)
        try:
            _write_atomically(self._staging / entry.path, body)
        except OSError as err:
            raise FetchError(
                f"{entry.path} cannot be written to the library folder: {err}"
            ) from err
        self.written += 1
        self._note(url, entry)

    def keep(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """The stored copy is current; remember the site's new validators for next time."""
        old = self._state.get(url) or Entry(relative_path(url))
        self._note(url, Entry(old.path, etag or old.etag, last_modified or old.last_modified))

    def _note(self, url: str, entry: Entry) -> None:
        self._taken[url] = entry
        line = json.dumps({"url": url, **entry.__dict__}, ensure_ascii=False) + "\n"
        try:
            self._staging.mkdir(parents=True, exist_ok=True)
            with open(self._staging / _LOG, "a", encoding="utf-8") as log:
                log.write(line)
        except OSError as err:
            raise FetchError(f"The library folder cannot be written to: {err}") from err

    def finish(self) -> None:
        """The whole issue is staged: put it in place, unless nothing at all changed."""
        if not self._staging.exists():
            return
        try:
            _write_atomically(self._staging / _DONE, b"")
            self._move_into_place()
        except OSError as err:
            raise FetchError(f"The issue cannot be put in the library folder: {err}") from err

    def _move_into_place(self) -> None:
        for path in sorted(self._staging.rglob("*")):
            rel = path.relative_to(self._staging).as_posix()
            # The log and the mark are at the top; a .part file is a write a kill cut short.
            if path.is_file() and "/" in rel and not path.name.endswith(".part"):
                target = self.folder / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
        self._state.update(_read_log(self._staging / _LOG))
        state = {url: e.__dict__ for url, e in self._state.items()}
        _write_atomically(self.folder / STATE, json.dumps(state, ensure_ascii=False).encode())
        shutil.rmtree(self._staging)


def _write_atomically(path: Path, body: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temporary.write_bytes(body)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _read_state(path: Path) -> dict[str, Entry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {url: Entry(**fields) for url, fields in data.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}  # none yet, or damaged: the next fetch asks for everything again


def _read_log(path: Path) -> dict[str, Entry]:
    taken: dict[str, Entry] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return taken
    for line in lines:
        try:
            fields = json.loads(line)
            url = fields.pop("url")
            taken[url] = Entry(**fields)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # the last line of a killed fetch may be cut short
    return taken
