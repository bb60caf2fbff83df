"""A saved issue in a folder or a .zip: layout and article pages, or text dumps, as one Issue."""

from __future__ import annotations

import os
import posixpath
import re
import struct
import zipfile
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import Path

from reader.model import Issue, Page, unique_keys
from reader.parsing.decode import decode
from reader.parsing.errors import ParseError
from reader.parsing.html import Document, build_issue, read_document
from reader.parsing.sniff import parse_bytes
from reader.parsing.vocabulary import PAGE, page_code, page_order

# Files larger than this are refused: no newspaper page comes near it.
MAX_FILE_BYTES = 200 * 1024 * 1024
# An issue has a few hundred pages at most; more files, or more bytes, is not one issue.
MAX_FILES = 5000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
HTML_SUFFIXES = frozenset({".htm", ".html", ".shtml", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
_PAGE_NAME = re.compile(rf"(?:^|[^A-Za-z0-9]|page|第)({PAGE})版?\.te?xt$", re.I)

Files = list[tuple[str, bytes]]


def parse_folder(path: Path) -> Issue:
    """Open a folder, or a .zip of one, holding one issue; other files in it are ignored."""
    path = Path(path)
    if path.is_dir():
        files, image_root = _read_folder(path), path
        if not files:  # no pages as text or HTML: page PDFs, perhaps
            from reader.parsing.pdf import parse_pdf_folder  # PDFium loads only when needed

            return parse_pdf_folder(path)
    else:
        files, image_root = _read_zip(path), None
    return _issue(files, str(path), path.name, image_root)


def _wanted(name: str) -> bool:
    parts = name.split("/")
    if any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    return posixpath.splitext(name)[1].lower() in HTML_SUFFIXES | TEXT_SUFFIXES


def _read_folder(root: Path) -> Files:
    names: list[str] = []
    for folder, dirs, filenames in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = Path(folder).relative_to(root).as_posix()
        names.extend(n for f in filenames if _wanted(n := posixpath.normpath(f"{rel}/{f}")))
        # Stop early: someone may have picked their home folder instead of an issue.
        if len(names) > MAX_FILES:
            raise ParseError(f"{root.name}: the folder holds too many pages to be one issue")
    files, total = [], 0
    for name in sorted(names, key=_natural):
        file = root / name
        try:
            if file.is_symlink() or not file.is_file() or file.stat().st_size > MAX_FILE_BYTES:
                continue
            data = file.read_bytes()
        except OSError:
            continue  # an unreadable file is not part of the issue
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise ParseError(f"{root.name}: the folder is too large to be one issue")
        files.append((name, data))
    return files


def _natural(name: str) -> list[int | str]:
    """content_9 before content_10: without a layout page, file order is reading order."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def _safe_member(name: str) -> str | None:
    """A member's path inside the archive, or None if it would point outside of it."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    if ".." in name.split("/"):
        return None
    return posixpath.normpath(name)


def _read_zip(path: Path) -> Files:
    """Members read in memory, never written out; sizes and counts are checked first."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            if len(infos) > MAX_FILES:
                raise ParseError(f"{path.name}: the archive holds too many files to be one issue")
            members = [(n, i) for i in infos if (n := _safe_member(i.filename)) and _wanted(n)]
            if sum(i.file_size for _, i in members) > MAX_TOTAL_BYTES:
                raise ParseError(f"{path.name}: the archive unpacks to too much to be one issue")
            members.sort(key=lambda member: _natural(member[0]))
            return [(name, _read_member(archive, info)) for name, info in members]
    except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, struct.error) as err:
        raise ParseError(f"{path.name}: the zip archive is damaged ({err})") from err
    except NotImplementedError as err:
        raise ParseError(f"{path.name}: the zip archive uses an unknown method ({err})") from err
    except RuntimeError as err:  # zipfile's word for an encrypted member
        raise ParseError(f"{path.name}: the zip archive is password-protected") from err
    except OSError as err:
        raise ParseError(f"{path.name}: cannot be read ({err.strerror or err})") from err


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_FILE_BYTES:
        raise ParseError(f"{info.filename}: the file is too large to be a newspaper page")
    with archive.open(info) as member:
        # The size in the header may lie; never read more than it promised.
        data = member.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ParseError(f"{info.filename}: the zip archive is damaged (sizes do not match)")
    return data


def _issue(files: Files, source: str, label: str, image_root: Path | None) -> Issue:
    docs: list[Document] = []
    texts: Files = []
    for name, data in files:
        if posixpath.splitext(name)[1].lower() in TEXT_SUFFIXES:
            texts.append((name, data))
            continue
        try:
            docs.append(read_document(decode(data, html=True), name))
        except ParseError:
            continue  # a page that is not part of the issue: a cover, an index, an error page
    if any(d.kind != "web" for d in docs) or (docs and not texts):
        return build_issue(docs, source, "folder", image_root=image_root)
    issues = []
    for name, data in texts:
        try:
            issues.append(_paged_by_name(parse_bytes(data, name), name))
        except ParseError:
            continue
    if not issues:
        raise ParseError(f"{label}: no newspaper pages were found in it")
    return _merge(issues, source)


def _paged_by_name(issue: Issue, name: str) -> Issue:
    """A dump without a page header takes its page from its file name: 01.txt, A03版.txt."""
    match = _PAGE_NAME.search(posixpath.basename(name))
    code = page_code(match.group(1)) if match else None
    if code is None or issue.pages or any(a.page for a in issue.articles):
        return issue
    articles = tuple(replace(a, page=code, pages=(code,)) for a in issue.articles)
    return replace(issue, pages=(Page(code),), articles=articles)


def _merge(issues: list[Issue], source: str) -> Issue:
    """Text dumps, one page a file, as one issue in page order."""
    paper = _most_common([i.paper for i in issues])
    date = _most_common([i.date for i in issues])
    articles = sorted((a for i in issues for a in i.articles), key=lambda a: page_order(a.page))
    names: dict[str, str | None] = {}
    for issue in issues:
        for page in issue.pages:
            if names.get(page.code) is None:
                names[page.code] = page.name
    pages = tuple(Page(code, names[code]) for code in sorted(names, key=page_order))
    return Issue(paper, date, source, "folder", pages, tuple(unique_keys(articles)))


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
