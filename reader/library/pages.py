"""Reading rows out of a damaged SQLite file page by page, without trusting its schema.

SQLite's own recovery tool is not reachable from Python, so this reads the file format
(https://www.sqlite.org/fileformat2.html) directly: the pages of a file and of its WAL (the
last committed version of each page), each table b-tree leaf's cells, their records and the
overflow pages a long record continues on. A header or schema page that is zeroed, a file cut
short: whatever pages are left are still read.
"""

from __future__ import annotations

import mmap
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HEADER = b"SQLite format 3\x00"
PAGE_SIZES = tuple(2**n for n in range(9, 17))
WAL_MAGIC = (0x377F0682, 0x377F0683)
# Page types of a b-tree page: its first byte (after the file header on page 1).
INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE = 2, 5, 10, 13
# More than this is not a file of the library: a bound on what one salvage reads.
MAX_BYTES = 8 * 2**30

Value = int | float | str | bytes | None


@dataclass(frozen=True)
class Cell:
    """A row read from a page of the file: its page, rowid and values."""

    page: int
    rowid: int | None  # None in an index
    values: tuple[Value, ...]


class File:
    """The pages of a database file, each as its WAL last committed it (read through a
    memory map: a large library is not read into memory)."""

    def __init__(self, path: Path, wal: Path | None = None) -> None:
        self._data: bytes | mmap.mmap = _mapped(path)
        self.header_ok = self._data[: len(HEADER)] == HEADER
        self.page_size = self._header_page_size() or 0
        self._wal = _wal_pages(wal) if wal is not None and wal.exists() else {}
        wal_size = next(iter(self._wal.values()), b"")
        if not self.page_size:
            self.page_size = len(wal_size) or self._guess_page_size()
        self.reserved = self._data[20] if self.header_ok and len(self._data) > 20 else 0

    def _header_page_size(self) -> int | None:
        if not self.header_ok or len(self._data) < 100:
            return None
        size = struct.unpack(">H", self._data[16:18])[0]
        size = 65536 if size == 1 else size
        return size if size in PAGE_SIZES else None

    def _guess_page_size(self) -> int:
        """The page size at which pages look most often like b-tree pages. At twice the
        true size every other page still does: of sizes that score alike, the smallest."""
        scores = {}
        for size in PAGE_SIZES:
            starts = range(size, min(len(self._data), 512 * size), size)
            found = sum(_looks_like_btree(self._data[at : at + size]) for at in starts)
            scores[size] = found / len(starts) if starts else 0.0
        best = max(scores.values())
        return min(size for size, score in scores.items() if score >= best * 0.9) if best else 4096

    @property
    def usable(self) -> int:
        return self.page_size - self.reserved

    @property
    def page_count(self) -> int:
        in_file = len(self._data) // self.page_size if self.page_size else 0
        return max(in_file, max(self._wal, default=0))

    def page(self, number: int) -> bytes:
        if number in self._wal:
            return self._wal[number]
        start = (number - 1) * self.page_size
        return self._data[start : start + self.page_size]

    def free_pages(self) -> set[int]:
        """The pages on the free list, when the header says where it is: their cells are
        rows deleted long ago, not rows to recover."""
        if not self.header_ok:
            return set()
        free: set[int] = set()
        trunk = struct.unpack(">I", self.page(1)[32:36])[0]
        while 0 < trunk <= self.page_count and trunk not in free:
            free.add(trunk)
            data = self.page(trunk)
            if len(data) < 8:
                break
            count = min(struct.unpack(">I", data[4:8])[0], (len(data) - 8) // 4)
            free.update(struct.unpack(f">{count}I", data[8 : 8 + 4 * count]))
            trunk = struct.unpack(">I", data[:4])[0]
        return free

    def close(self) -> None:
        if isinstance(self._data, mmap.mmap):
            self._data.close()

    def cells(self, number: int, columns: int | None = None) -> Iterator[Cell]:
        """The cells of a leaf page (table or index), decoded; only records of `columns`
        values if given. A damaged cell is skipped."""
        data = self.page(number)
        offset = 100 if number == 1 else 0
        if len(data) < offset + 8 or data[offset] not in (LEAF_TABLE, LEAF_INDEX):
            return
        kind = data[offset]
        count = struct.unpack(">H", data[offset + 3 : offset + 5])[0]
        pointers = data[offset + 8 : offset + 8 + 2 * count]
        for (start,) in struct.iter_unpack(">H", pointers[: len(pointers) // 2 * 2]):
            try:
                cell = self._cell(number, data, start, kind, columns)
            except (IndexError, ValueError, struct.error, UnicodeDecodeError):
                continue
            if cell is not None:
                yield cell

    def _cell(
        self, number: int, data: bytes, start: int, kind: int, columns: int | None
    ) -> Cell | None:
        size, at = varint(data, start)
        rowid = None
        if kind == LEAF_TABLE:
            rowid, at = varint(data, at)
        if columns is not None and column_count(data[at : at + min(size, 512)]) != columns:
            return None  # a row of another table: its overflow pages are not read
        payload = self.payload(data, at, size, kind)
        return Cell(number, rowid, record(payload))

    def payload(self, data: bytes, at: int, size: int, kind: int) -> bytes:
        """A cell's payload: its local part, then the overflow pages it goes on to."""
        usable = self.usable
        most = usable - 35 if kind == LEAF_TABLE else (usable - 12) * 64 // 255 - 23
        if size <= most:
            return data[at : at + size]
        least = (usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (usable - 4)
        local = local if local <= most else least
        out = bytearray(data[at : at + local])
        overflow = struct.unpack(">I", data[at + local : at + local + 4])[0]
        seen: set[int] = set()
        while len(out) < size:
            if not 0 < overflow <= self.page_count or overflow in seen:
                raise ValueError("overflow chain broken")
            seen.add(overflow)
            page = self.page(overflow)
            out += page[4:usable][: size - len(out)]
            overflow = struct.unpack(">I", page[:4])[0]
        return bytes(out)


def tree_pages(file: File, root: int) -> Iterator[int]:
    """Every page of the b-tree at `root`, interior and leaf, each once."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        number = todo.pop()
        if not 0 < number <= file.page_count or number in seen:
            continue
        seen.add(number)
        yield number
        data = file.page(number)
        offset = 100 if number == 1 else 0
        if len(data) < offset + 12 or data[offset] not in (INTERIOR_INDEX, INTERIOR_TABLE):
            continue
        count = struct.unpack(">H", data[offset + 3 : offset + 5])[0]
        todo.append(struct.unpack(">I", data[offset + 8 : offset + 12])[0])
        pointers = data[offset + 12 : offset + 12 + 2 * count]
        for (start,) in struct.iter_unpack(">H", pointers[: len(pointers) // 2 * 2]):
            todo.append(struct.unpack(">I", data[start : start + 4])[0])


def index_records(file: File, number: int) -> Iterator[tuple[Value, ...]]:
    """The records of an index page, leaf or interior (whose cells hold keys too)."""
    data = file.page(number)
    if len(data) < 12 or data[0] not in (INTERIOR_INDEX, LEAF_INDEX):
        return
    interior = data[0] == INTERIOR_INDEX
    count = struct.unpack(">H", data[3:5])[0]
    start_of_pointers = 12 if interior else 8
    pointers = data[start_of_pointers : start_of_pointers + 2 * count]
    for (start,) in struct.iter_unpack(">H", pointers[: len(pointers) // 2 * 2]):
        try:
            size, at = varint(data, start + 4 if interior else start)
            yield record(file.payload(data, at, size, LEAF_INDEX))
        except (IndexError, ValueError, struct.error, UnicodeDecodeError):
            continue


def _mapped(path: Path) -> bytes | mmap.mmap:
    try:
        with path.open("rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, empty, or a file that cannot be mapped
        return b""


def _looks_like_btree(page: bytes) -> bool:
    if len(page) < 8 or page[0] not in (INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE):
        return False
    count, content = struct.unpack(">HH", page[3:7])
    return 0 < count < len(page) // 2 and 0 < content <= len(page)


def varint(data: bytes, at: int) -> tuple[int, int]:
    """(value, offset after it) of SQLite's variable-length integer at `at`."""
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + n + 1
    raise AssertionError("unreachable")


def column_count(payload: bytes) -> int:
    """How many values a record holds, from its header alone."""
    header_size, at = varint(payload, 0)
    count = 0
    while at < header_size:
        _, at = varint(payload, at)
        count += 1
    return count


_INTS = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def record(payload: bytes) -> tuple[Value, ...]:
    """The values of a record (UTF-8 text, as the library writes it)."""
    header_size, at = varint(payload, 0)
    types = []
    while at < header_size:
        kind, at = varint(payload, at)
        types.append(kind)
    values: list[Value] = []
    at = header_size
    for kind in types:
        if kind == 0:
            values.append(None)
        elif kind in _INTS:
            width = _INTS[kind]
            values.append(int.from_bytes(payload[at : at + width], "big", signed=True))
            at += width
        elif kind == 7:
            values.append(struct.unpack(">d", payload[at : at + 8])[0])
            at += 8
        elif kind in (8, 9):
            values.append(kind - 8)
        elif kind >= 12:
            length = (kind - 12) // 2
            chunk = payload[at : at + length]
            if len(chunk) < length:
                raise ValueError("record cut short")
            values.append(chunk.decode("utf-8", "replace") if kind % 2 else bytes(chunk))
            at += length
        else:
            raise ValueError("not a record")
    return tuple(values)


# --- the WAL ------------------------------------------------------------------------------


def _wal_pages(path: Path) -> dict[int, bytes]:
    """Each page's last committed version in a WAL file (frames after the last commit, or
    with the wrong salt or checksum, are not part of the database)."""
    data = path.read_bytes()[:MAX_BYTES]
    if len(data) < 32:
        return {}
    magic, _, page_size, _, salt1, salt2 = struct.unpack(">6I", data[:24])
    if magic not in WAL_MAGIC or page_size not in PAGE_SIZES:
        return {}
    order = ">" if magic & 1 else "<"
    sums = _checksum(data[:24], (0, 0), order)
    if sums != struct.unpack(">2I", data[24:32]):
        return {}
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    at = 32
    while at + 24 + page_size <= len(data):
        number, commit, frame_salt1, frame_salt2, sum1, sum2 = struct.unpack(
            ">6I", data[at : at + 24]
        )
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            break
        page = data[at + 24 : at + 24 + page_size]
        sums = _checksum(page, _checksum(data[at : at + 8], sums, order), order)
        if sums != (sum1, sum2):
            break
        pending[number] = page
        if commit:
            committed.update(pending)
            pending = {}
        at += 24 + page_size
    return committed


def _checksum(data: bytes, sums: tuple[int, int], order: str) -> tuple[int, int]:
    s0, s1 = sums
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for x0, x1 in zip(words[::2], words[1::2], strict=True):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1
