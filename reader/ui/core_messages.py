"""The core's messages (parsers, library, importing) in the interface language.

The core speaks English and knows nothing of Qt. Every sentence it can say is written here
once, as the template Qt Linguist translates; the parts that vary (file names, dates, numbers)
are carried over, and translated in turn when they are messages themselves. A message with no
template here is shown as the core wrote it (a test keeps this list complete).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from reader.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CoreMessages"
_NUMBER = re.compile(r"%(\d)")

# "NAME: REASON": a file, folder or zip member, and what is wrong with it.
_NAMED = QT_TRANSLATE_NOOP("CoreMessages", "%1: %2")

TEMPLATES = (
    # --- why a file gives no issue ---
    QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot be read (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is too large (%1 MB)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is too large to be a newspaper page"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "this is not a file that can be read (a device, pipe or socket)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the text is too long to be one issue"),
    QT_TRANSLATE_NOOP("CoreMessages", "an article in it is longer than any newspaper prints"),
    QT_TRANSLATE_NOOP("CoreMessages", "this is a binary file, not a newspaper page"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text encoding is not recognised (tried UTF-8, UTF-16, GB18030 and Big5)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the file starts with a %1 mark but is not %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "this does not look like newspaper text"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "this does not look like newspaper text (it is full of control characters)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "this does not look like newspaper text (the characters make no words)"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "no articles found in the text"),
    QT_TRANSLATE_NOOP("CoreMessages", "no article was found in this page"),
    QT_TRANSLATE_NOOP("CoreMessages", "no newspaper pages were found in it"),
    QT_TRANSLATE_NOOP("CoreMessages", "no newspaper pages were found in it (%1: %2)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "it holds %1 issues (%2), not one; import it to keep them all"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the text encoding is not recognised: read as GB18030 or Big5 it makes no Chinese,"
        " and it is not Japanese or Korean either (save the file as UTF-8)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "the page is too large to be a newspaper page"),
    QT_TRANSLATE_NOOP("CoreMessages", "the page has too many elements to be a newspaper page"),
    QT_TRANSLATE_NOOP("CoreMessages", "the page is nested too deeply to be a newspaper page"),
    QT_TRANSLATE_NOOP("CoreMessages", "the page holds too many articles to be a newspaper page"),
    QT_TRANSLATE_NOOP("CoreMessages", "the folder holds too many pages to be one issue"),
    QT_TRANSLATE_NOOP("CoreMessages", "the PDF cannot be opened (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the PDF holds no pages"),
    QT_TRANSLATE_NOOP("CoreMessages", "the PDF has too many pages to be one issue"),
    QT_TRANSLATE_NOOP("CoreMessages", "the folder is too large to be one issue"),
    QT_TRANSLATE_NOOP("CoreMessages", "the archive holds too many files to be one issue"),
    QT_TRANSLATE_NOOP("CoreMessages", "the archive unpacks to too much to be one issue"),
    QT_TRANSLATE_NOOP("CoreMessages", "the zip archive is damaged (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "sizes do not match"),
    QT_TRANSLATE_NOOP("CoreMessages", "the zip archive uses an unknown method (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the zip archive is password-protected"),
    QT_TRANSLATE_NOOP("CoreMessages", "could not be stored (%1)"),
    # --- getting the paper ---
    QT_TRANSLATE_NOOP("CoreMessages", "%1 could not be read, so the site's rules are unknown: %2"),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 of %2 is not out yet."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 of %2 is not online (%3): not published yet, or older than the site keeps.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not online (%2): not published yet, or older than the site keeps."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "No paper is called %1; the known papers are: %2."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 links to no pages or articles: it is not the front page of an e-paper"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "%1; nothing was fetched"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site's robots.txt does not allow fetching it"),
    # with the tries the client made: before the reasons alone, which would take the count in
    QT_TRANSLATE_NOOP("CoreMessages", "the site did not answer in time (%1 tries)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site cannot be reached (%1) (%2 tries)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site answered %1 (%2 tries)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site did not answer in time"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site cannot be reached (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site answered %1"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site asks for a login (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site refused it (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site asks us to slow down (%1)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site redirects to another host (%1); not followed"),
    QT_TRANSLATE_NOOP("CoreMessages", "the site redirects too many times"),
    # --- the library ---
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The library is open read-only because its folder or file cannot be written to:"
        " you can read, but nothing can be saved (bookmarks, imports).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The library %1 cannot be opened: %2"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "it is damaged, and its folder is read-only, so it cannot be restored."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "it needs updating for this version, and its folder is read-only."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The library folder %1 cannot be created: %2"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The library folder %1 cannot be written to, and there is no library in it yet.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This library was written by a newer version of Paper Reader (schema %1; this version"
        " knows %2). Please update Paper Reader.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The library could not be updated for this version of Paper Reader (%1); it was left"
        " as it was.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The library could not be changed: the disk is full or cannot be written (%1)."
        " Nothing stored before was lost; make some room and try again.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The library could not be changed: %1."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library is busy in another window; please try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Today's backup of the library could not be made: %1."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The library was damaged; it was restored from the backup of %1. The damaged file was"
        " kept as %2.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The library was damaged and no backup could be used; a new, empty library was"
        " started. The damaged file was kept as %1.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "%1 bookmark(s) were recovered from the damaged file."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no article %1 in the library."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no issue %1 in the library (`issues` lists them)."),
    QT_TRANSLATE_NOOP("CoreMessages", "The issue %1 has no page %2."),
    QT_TRANSLATE_NOOP("CoreMessages", "The article %1 is not bookmarked."),
    QT_TRANSLATE_NOOP("CoreMessages", "This is not a bookmarks file: an entry has no article key."),
    QT_TRANSLATE_NOOP("CoreMessages", "The search “%1” cannot be run: %2"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "“%1” is not a date: write it as 2026-03-12, 2026-03 or 2026."
    ),
    # --- the library, second round ---
    QT_TRANSLATE_NOOP("CoreMessages", "%1: %2 (%3).%4"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1: already in the library from a fuller source (%2); this copy was not stored.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "%1 folder(s) imported before and not changed since are left as they are;"
        " the import goes on from there.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A restore of the library was interrupted, and its note %1 cannot be read (%2)."
        " The library was left as it is.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The file %1 is not a Paper Reader library."),
    QT_TRANSLATE_NOOP("CoreMessages", "The library %1 has not been updated for this version yet."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The library could not be backed up before updating it for this version of Paper Reader"
        " (%1); it was left as it was. Make some room and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The search index is damaged, and the library is read-only: it cannot be made again here.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The story “%1” is damaged in the library (%2 cannot be read). Import its issue again to"
        " repair it.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no library in %1 yet."),
    # --- what the article pane says of what is missing (render.ENGLISH_WORDS) ---
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This article's text was not saved: the imported page only lists its title."
        " Open the article's own page file and import it to read it.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Picture not saved"),
)


def translated(message: str) -> str:
    """`message` in the interface language; as it is when no template fits."""
    found = _translate(message)
    return message if found is None else found


def template_for(message: str) -> str | None:
    """The template that `message` was made from, if this catalogue knows it."""
    return next((t for t, pattern in _patterns() if pattern.fullmatch(message)), None)


def _translate(message: str) -> str | None:
    if message in _whole():  # most messages: found without compiling every template
        return QCoreApplication.translate(CONTEXT, message)
    for template, pattern in _patterns():
        match = pattern.fullmatch(message)
        if match:
            return _fill(template, match.groups())
    # NAME: REASON, where the name may hold ": " itself (a folder, then a zip member).
    start = 0
    while (colon := message.find(": ", start)) > 0:
        reason = _translate(message[colon + 2 :])
        if reason is not None:
            return _fill(_NAMED, (message[:colon], reason), parts_done=True)
        start = colon + 2
    return None


def _fill(template: str, parts: tuple[str, ...], parts_done: bool = False) -> str:
    values = parts if parts_done else tuple(translated(part) for part in parts)
    # One pass: a file named "%2.txt" stays that name.
    return _NUMBER.sub(
        lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0],
        QCoreApplication.translate(CONTEXT, template),
    )


@cache
def _whole() -> frozenset[str]:
    """The templates without a %1, %2…: messages as they are."""
    return frozenset(t for t in TEMPLATES if not _NUMBER.search(t))


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each template as a pattern: its words as written, %1, %2… as any text."""
    compiled = []
    for template in TEMPLATES:
        pieces = _NUMBER.split(template)[::2]
        regex = "(.+?)".join(re.escape(piece) for piece in pieces)
        compiled.append((template, re.compile(regex, re.DOTALL)))
    return tuple(compiled)
