"""OCR'd old newspaper pages: capital headlines and their decks over hard-wrapped columns.

The OCR text of a whole page (as archives of old papers serve it) runs the columns one after
another, a printed line a line, with no blank lines and no indentation; stories interleave
where the columns do. Judging headlines by the shape of a line turns body lines into
headlines there, so this reader trusts what the type says instead: a story opens with a
headline set in capitals, then its decks (`Woman Graduate Seeks Membership / in Civil
Engineer Society.`), perhaps a credit (`By Associated Press.`), then the text, whose first
line may carry a dateline (`NEW YORK, Jan. 1.—`). Lines in lower case never open a story.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from reader.model import Article, Issue, make_key, unique_keys
from reader.parsing.conventions import CONT_FROM, CONT_TO
from reader.parsing.vocabulary import DATE, match_date

__all__ = ["looks_like_ocr", "parse_ocr"]

# An OCR page has many lines, hardly a blank one, and lines of a column's width.
_MIN_LINES = 40
_MAX_BLANK_SHARE = 0.03
_COLUMN_WIDTHS = range(18, 61)
_MAX_TITLE_LINES = 4
_MAX_DECK_LINES = 5
# A run of this many lines in capitals is more than a headline and its decks: text so set.
_TEXT_IN_CAPITALS = 9
# A paragraph ends at a line this much shorter than the column that ends a sentence.
_SHORT_LINE = 0.8
# A head inside a story is a short line: at most this much of the column.
_SUBHEAD_LINE = 0.7

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words a deck leaves in lower case; its other words are capitalised.
_SMALL_WORDS = frozenset(
    (
        "a", "an", "the", "and", "or", "nor", "but", "for", "of", "in", "on", "at", "to", "by",
        "as", "is", "be", "are", "was", "were", "with", "from", "into", "upon", "over", "than",
        "that", "this", "its", "his", "her", "their", "who", "all", "out", "off", "not", "has",
        "had", "have", "will", "may", "can", "so", "if", "up", "de", "la", "le", "les", "et",
        "en", "da", "di", "del", "il", "e", "per",
    )
)  # fmt: skip
_VOLUME = re.compile(r"^\W*(?:VOL\.|VOLUME\b|NO\.\s*\d|NUM\.|PRICE\b)", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b", re.IGNORECASE)
# (The name ends at a letter of its own: a lazy name before a run of stops and spaces would
# try that run once for each character it could end at.)
_BYLINE = re.compile(
    r"^\W{0,2}(?:B[yv]\s+(?P<by>.*?[^\s.,;:'\"])|(?P<special>Spe?[cs]ial\b.{2,40}?))"
    r"[\s.,;:'\"]*$"
)
# `NEW YORK, Jan. 1.—`, `SCRANTON, Pa., Sept. 16.`: place, state, month and day; the OCR
# garbles letters and digits, so the forms are loose, and the day ends with a stop or dash.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Se[pn]|Oct|Nov|De[co]|[JFMASOND][a-z]{3,8})"
_DATELINE = re.compile(
    r"^[\W_]{0,3}(?P<dateline>[A-Z][\w'’.\-]*(?:[ .][A-Za-z'’.\-]+){0,3}[\"'’]?[.,][\"'’]?"
    r"(?:\s+[A-Z][\w'\".\-]{0,7}[.,]?[\"'’]?)?"
    rf"\s+{_MONTH}[a-z]*\.?,?\s*(?=\S{{0,2}}\d)[\dlIOoS(]{{1,3}}[^\s.]?\.?"
    r"(?:,\s*\d{4}\.?)?(?:\s*\d{1,2}:\d{2}\s*[ap]\.\s*m\.)?)"
    r"\s*(?:[-—–?]{1,2}|\s)"
)
# Words are matched from their first letter only (and runs taken whole, `++`): tried from
# every letter of a long word, each would take square time.
_CONTINUED = re.compile(r"^\W*Con\S{0,8}\s+(?:on|from)\s+\S++(?:\s++\S++)?+\W*+$", re.I)
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+(?!-?$)")
_HYPHEN_END = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-$")
_LAST_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")
# Endings a word broken at the end of a line leaves at the start of the next.
_WORD_ENDING = re.compile(r"(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ous|ence|ance)$")
# Endings that are no word at all: whatever stands before them on the line above is cut.
_BARE_ENDING = re.compile(r"(?:ing|ings|tion|tions|sion|ment|ments|ness|ity|ities)")
_PUNCTUATION = "\"'’‘“”.,;:!?()[]-—$&"
# A credit this close (in letters) to one the page prints more often is that credit misread.
_SAME_CREDIT = 0.85
# A line of fewer letters than this between a headline and its text is a speck of ink.
_SPECK = 4
# A masthead's date line is near the top; what is above it is the paper's name.
_MASTHEAD_LINES = 20
# `(Special to The Courier.)`, `[BY CABLE TO THE COURIER.]`, `(Copyright, 1903, by …)`: a
# credit set in brackets between a story's head and its text (the OCR may lose one bracket)
_BRACKETED = re.compile(r"^\W{0,2}[({\[<]")
_CREDIT_WORDS = re.compile(
    r"\b(?:copyright|special (?:to|from)|by (?:cable|telegraph|wire)|(?:cable|telegraph) to)\b",
    re.I,
)
# In brackets, fewer words make a credit (`(Photograph by Lane.)`, `<C<»pyrisht: By The …)`);
# a bracket alone is often a speck or the OCR's misreading of a letter
_BRACKETED_CREDIT = re.compile(r"\b(?:by|to the|press|dispatch|correspondent)\b", re.I)
_CREDIT_LINE = 60  # characters: a credit is a short line
_CREDIT_TOKEN = re.compile(r"\b(?:BY|TO)\b")  # `BY CABLE`, `SPECIAL TO THE COURIER`
_COPYRIGHT = re.compile(r"copy|pyri", re.I)  # (`C<»pyrisht: 1903`: as the OCR reads it)
_EDGE_MARKS = re.compile(r"^[\W_]+|[\W_]+$")
_TITLE_END = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{2,}[.]|[?!])['\"]?$")
_RULE_AS_LETTER = re.compile(r"^[Il|!1]\s+(?=[A-Z]{2})")
# A column rule glued to a headline's last word (`ADDRESSI`)
_GLUED_RULE = re.compile(r"(?<![^\W\d_])([A-Z]{4,})[Il|1]$")
_WORD_AT_END = 4  # letters of a word the page knows that must end the mended word


@dataclass
class _Story:
    title: list[str]  # the headline's printed lines
    byline: str | None = None
    decks: list[list[str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def looks_like_ocr(text: str) -> bool:
    """A page of OCR column text: lines of a column's width, hardly a blank one, in a
    Latin script, with headlines in capitals."""
    sample = text[:200_000]
    lines = sample.splitlines()
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < _MIN_LINES or len(lines) - len(filled) > _MAX_BLANK_SHARE * len(lines):
        return False
    if int(statistics.median(len(ln) for ln in filled)) not in _COLUMN_WIDTHS:
        return False
    if sum(ln[:1] in " \t\u3000" for ln in filled) > 0.1 * len(filled):
        return False  # indented paragraphs: a text dump, not OCR columns
    letters = _LETTER.findall(sample)
    if not letters or sum(ch.isascii() for ch in letters) < 0.9 * len(letters):
        return False
    return any(_capitals(ln) for ln in filled)


def parse_ocr(text: str, source: str) -> Issue:
    """The stories of an OCR'd page, each opening at a headline in capitals."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    date = _masthead_date(lines)
    vocabulary = _vocabulary(lines)
    width = statistics.median(len(ln) for ln in lines) if lines else 0
    stories = _stories(lines)
    _mend_credits(stories)
    articles = [_article(s, date, vocabulary, width) for s in stories]
    # a head without text is a picture's caption (`PRESIDENT ROOSEVELT.` / `(Copyright …)`),
    # unless a deck in lower case says it is a story whose text stands elsewhere
    articles = [a for a, s in zip(articles, stories, strict=True) if a.paragraphs or _story_deck(s)]
    return Issue(None, date, source, "text", (), tuple(unique_keys(articles)))


def _vocabulary(lines: list[str]) -> Counter[str]:
    """How often the page spells each word whole: inside a line, where no line break can
    have cut it."""
    words: Counter[str] = Counter()
    for line in lines:
        inner = _WORD.findall(line)[1:]
        if line.endswith("-"):
            inner = inner[:-1]
        words.update(w.casefold() for w in inner)
        words.update(w.casefold() for w in _COMPOUND.findall(line))  # `to-day`, `well-known`
    return words


def _capitals(line: str) -> bool:
    """A line set in capitals: a headline or a deck, not masthead furniture."""
    letters = _LETTER.findall(line)
    if len(letters) < 4 or _VOLUME.match(line):
        return False
    visible = len(line) - line.count(" ")
    if len(letters) < 0.6 * visible or not any(len(w) >= 3 for w in _WORD.findall(line)):
        return False
    if sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
        return False
    # most of its words are words in capitals, not specks of ink read as letters
    tokens = [t for t in (t.strip(_PUNCTUATION) for t in line.split()) if _LETTER.search(t)]
    clean = sum(t.isalpha() and t.isupper() and (len(t) > 1 or t in "AI") for t in tokens)
    return clean >= 0.5 * len(tokens)


def _lower_share(line: str) -> float | None:
    """Share of the line's content words that start in lower case (None: none to judge)."""
    words = [w for w in _WORD.findall(line) if len(w) >= 3 and w.casefold() not in _SMALL_WORDS]
    if not words:
        return None
    return sum(w[0].islower() for w in words) / len(words)


def _masthead_date(lines: list[str]) -> str | None:
    """The issue's date: the masthead line naming a weekday and a date, else the first
    date near the top."""
    for line in lines:
        if _WEEKDAY.search(line):
            found = DATE.search(line)
            if found and match_date(found):
                return match_date(found)
    for line in lines[:30]:
        found = DATE.search(line)
        if found and match_date(found):
            return match_date(found)
    return None


def _stories(lines: list[str]) -> list[_Story]:
    stories: list[_Story] = []
    current: _Story | None = None
    orphan: list[str] = []
    i = _after_masthead(lines)
    while i < len(lines):
        line = lines[i]
        if _capitals(line) and not _masthead_line(line):
            if orphan and (stories or _prose(orphan)):
                stories.append(_Story(title=[], lines=orphan))
            orphan = []
            run = _capitals_run(lines, i)
            if run >= _TEXT_IN_CAPITALS:  # a quotation boxed in capitals: text, no headline
                current = _Story(title=[], lines=lines[i : i + run])
                stories.append(current)
                i += run
                continue
            current, i = _head(lines, i)
            stories.append(current)
            continue
        if _CONTINUED.match(line) or CONT_TO.fullmatch(line) or CONT_FROM.fullmatch(line):
            current = None  # the story goes on elsewhere; what follows belongs to another
        elif current is not None:
            current.lines.append(line)
        else:
            orphan.append(line)
        i += 1
    if orphan and (stories or _prose(orphan)):
        stories.append(_Story(title=[], lines=orphan))
    return stories


def _capitals_run(lines: list[str], i: int) -> int:
    """How many lines in capitals stand in a row from i."""
    end = i
    while end < len(lines) and _capitals(lines[end]):
        end += 1
    return end - i


def _after_masthead(lines: list[str]) -> int:
    """Where the stories begin: after the masthead's date line, if it is near the top."""
    for n, line in enumerate(lines[:_MASTHEAD_LINES]):
        if _masthead_line(line):
            return n + 1
    return 0


def _masthead_line(line: str) -> bool:
    """`WASHINGTON, D. C., SATURDAY, JANUARY 1, 1916.`, `VOL. LXXXIII. NO. 123.`"""
    return bool(_VOLUME.match(line) or (_WEEKDAY.search(line) and DATE.search(line)))


def _prose(lines: list[str]) -> bool:
    """Text a reader reads, rather than the specks and ears around a masthead."""
    shares = [_lower_share(ln) for ln in lines]
    return sum(1 for share in shares if share is not None and share >= 0.5) >= 3


def _head(lines: list[str], i: int) -> tuple[_Story, int]:
    """The headline at i: its lines in capitals, its decks and credit; and where the text
    begins."""
    title: list[str] = []
    while i < len(lines) and _capitals(lines[i]) and len(title) < _MAX_TITLE_LINES:
        title.append(_RULE_AS_LETTER.sub("", lines[i]) if title else lines[i])
        i += 1
        if _TITLE_END.search(title[-1]):
            break  # `SEVEN STATES JOIN DRYS.`: a one-line headline, ended
    story = _Story(title=[_without_bleed(line) for line in title])
    opening = _text_opening(lines, i)
    while i < len(lines):
        if _specks(lines[i]):
            i += 1
            continue
        if _credit(lines[i]):
            break
        if opening is not None and i < opening:
            end = min(_deck_end(lines, i), opening)
        elif _capitals(lines[i]) and (story.decks or _head_goes_on(lines, i)):
            end = i
            while end < len(lines) and _capitals(lines[end]) and end - i < _MAX_TITLE_LINES:
                end += 1
            if end < len(lines) and _capitals(lines[end]):
                break  # a long run in capitals is text so set (a quotation boxed in the page)
        elif opening is None and _deck_starts(lines, i):
            end = _deck_end(lines, i)
        else:
            break
        story.decks.append([ln for ln in lines[i:end] if not _specks(ln)])
        i = end
    story.decks = [d for d in story.decks if d]
    credits = _credit_in_capitals(story)
    while i < len(lines) and len(lines[i]) <= _CREDIT_LINE:
        credit = _BYLINE.match(lines[i])
        if credit and len(lines[i]) <= 50:
            credits.append(credit["by"] or credit["special"])
        elif _credit(lines[i]):
            credits.append(lines[i])
        else:
            break
        i += 1
    # the credit lines name the wire or the writer; a copyright notice beside them is neither
    named = [_EDGE_MARKS.sub("", c) for c in credits if not _COPYRIGHT.search(c)]
    story.byline = " / ".join(c for c in named if c) or None
    return story, i


def _credit_in_capitals(story: _Story) -> list[str]:
    """`BY TELEGRAPH TO THE COURIER.` closing a head whose decks are in lower case: a short
    line in capitals after them, right over the text, is the credit, however misread."""
    decks = story.decks
    if len(decks) < 2 or len(decks[-1]) != 1 or len(decks[-1][0]) > _CREDIT_LINE:
        return []
    line = decks[-1][0]
    if not _capitals(line) or not _CREDIT_TOKEN.search(line):
        return []
    return [] if all(_capitals(d[0]) for d in decks[:-1]) else decks.pop()


def _credit(line: str) -> bool:
    """A line of credit in brackets or in credit words under a head, not a deck."""
    if len(line) > _CREDIT_LINE:
        return False
    if _CREDIT_WORDS.search(line):
        return True
    return bool(_BRACKETED.match(line) and _BRACKETED_CREDIT.search(line))


def _head_goes_on(lines: list[str], i: int) -> bool:
    """Is the capitals line right under a headline a deck of it? It is when a deck, a
    credit or a dateline follows it: what follows a new story's headline would be its text
    (`CHAPEL FIRE PUT OUT.` / `THE TOWER IS SAVED.` / `Volunteers Work Through`)."""
    end = i
    while end < len(lines) and _capitals(lines[end]) and end - i < _MAX_TITLE_LINES:
        end += 1
    if end >= len(lines) or end - i >= _MAX_TITLE_LINES:
        return False
    line = lines[end]
    return bool(_credit(line) or _BYLINE.match(line) or _DATELINE.match(line)) or _deck_starts(
        lines, end
    )


def _story_deck(story: _Story) -> bool:
    return any(not _capitals(deck[0]) for deck in story.decks)


def _mend_credits(stories: list[_Story]) -> None:
    """`By Associated - PresB.` -> `Associated Press`, when the page prints that credit
    right, more often than the misread one, elsewhere."""
    spelled = Counter(s.byline for s in stories if s.byline)
    for story in stories:
        if story.byline is None:
            continue
        letters = _letters(story.byline)
        for credit, count in spelled.most_common():
            if count <= spelled[story.byline] or credit == story.byline:
                break
            if SequenceMatcher(None, letters, _letters(credit)).ratio() >= _SAME_CREDIT:
                story.byline = credit
                break


def _letters(text: str) -> str:
    return "".join(_LETTER.findall(text)).casefold()


def _without_bleed(line: str) -> str:
    """A headline's line without what the columns beside it left at its ends: single
    letters (`TROOPS I C`, `VALOR i`), bits in lower case (`tf THE MAN`, `GREETINGS, it`),
    lone stops (`: "GERMANY'S`); a lone `A` or `I` may be a word of the headline."""
    tokens = line.split()
    start, end = 0, len(tokens)
    while start < end and (_bleed(tokens[start]) or tokens[start] in ("A", "I")):
        start += 1
    while end > start and (_bleed(tokens[end - 1]) or tokens[end - 1] in ("A", "I")):
        end -= 1
    # a run of nothing but `A` and `I` at an end is words of the headline
    if not any(_bleed(t) for t in tokens[:start]):
        start = 0
    if not any(_bleed(t) for t in tokens[end:]):
        end = len(tokens)
    kept = tokens[start:end]
    if (start, end) == (0, len(tokens)) or not any(_capitals_word(t) for t in kept):
        return line
    return " ".join(kept)


def _bleed(token: str) -> bool:
    """A token of a capitals line that is no word of it."""
    letters = _LETTER.findall(token)
    if not letters:
        return not any(ch.isdigit() for ch in token)  # `:`, `'`, `^`; not `$10,000`
    return (len(letters) <= 2 and "".join(letters).islower()) or (
        len(token) == 1 and token not in ("A", "I")
    )


def _capitals_word(token: str) -> bool:
    letters = _LETTER.findall(token)
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _without_glued_rule(title: str, vocabulary: Counter[str]) -> str:
    """`NEWYEARADDRESSI` -> `NEWYEARADDRESS`: a column rule read as a letter at the end of a
    headline's line, where the word before it ends in a word the page prints and the page
    prints the word with the letter nowhere else."""
    glued = _GLUED_RULE.search(title)
    if glued is None:
        return title
    stem = glued[1].casefold()
    ends = [stem[-k:] for k in range(_WORD_AT_END, len(stem) + 1)]
    # (the headline's own line counts the glued word once)
    if any(vocabulary[e] > 0 for e in ends) and vocabulary[stem + title[-1].casefold()] <= 1:
        return title[:-1]
    return title


def _specks(line: str) -> bool:
    return len(_LETTER.findall(line)) < _SPECK


def _text_opening(lines: list[str], i: int) -> int | None:
    """Where a credit or a dateline opens the text a few lines under a headline: the
    lines above it are decks, however the OCR garbled them."""
    for k in range(i, min(i + _MAX_DECK_LINES + 2, len(lines))):
        if _BYLINE.match(lines[k]) or _DATELINE.match(lines[k]) or _credit(lines[k]):
            return k
        if len(lines[k]) > 60 or (k > i and _capitals(lines[k]) and not _capitals(lines[k - 1])):
            return None
    return None


def _deck_starts(lines: list[str], i: int) -> bool:
    """Does a deck (title-cased lines under a headline) start at i, rather than the text?"""
    line = lines[i]
    if line.endswith(",") or _capitals(line) or _DATELINE.match(line) or _BYLINE.match(line):
        return False
    share = _lower_share(line)
    if share is None or share > 0.34:
        return False
    window = [s for s in (_lower_share(ln) for ln in lines[i : i + 3]) if s is not None]
    return sum(window) / len(window) < 0.5


def _deck_end(lines: list[str], i: int) -> int:
    """A deck runs on to the line that ends it with a stop (or for a few lines)."""
    end = i
    while end < len(lines) and end - i < _MAX_DECK_LINES:
        line = lines[end]
        if end > i and (_capitals(line) or _DATELINE.match(line) or _BYLINE.match(line)):
            return end
        end += 1
        if line.rstrip(" '\"").endswith((".", "?", "!")):
            return end
    return end


def _article(story: _Story, date: str | None, vocabulary: Counter[str], width: float) -> Article:
    # the decks under the headline down to the first in lower case are its subtitle
    # (`HOTELS THREATENED.` / `Cottages Also in Danger.`); the stacked heads after it have
    # no field of their own: they open the text
    decks = [_joined(deck, vocabulary) for deck in story.decks]
    cut = next((n + 1 for n, deck in enumerate(story.decks) if not _capitals(deck[0])), 0)
    subtitle, decks = " ".join(decks[:cut]) or None, decks[cut:]
    paragraphs = decks + _paragraphs(story.lines, vocabulary, width)
    title = " ".join(_without_glued_rule(line, vocabulary) for line in story.title)
    title = title or _opening(paragraphs)
    dateline = None
    if story.lines:
        found = _DATELINE.match(story.lines[0])
        dateline = found["dateline"].rstrip(" .,") if found else None
    return Article(
        key=make_key(None, date, title, paragraphs),
        title=title,
        subtitle=subtitle,
        byline=story.byline,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
    )


def _opening(paragraphs: list[str]) -> str:
    words = " ".join(paragraphs)[:60].split(" ")
    return " ".join(words[:-1] if len(words) > 1 else words) + "…" if paragraphs else "…"


def _paragraphs(lines: list[str], vocabulary: Counter[str], width: float) -> list[str]:
    """Printed lines as paragraphs: a short line ending a sentence ends one."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if _subhead(line, width):  # `Storm Was Sudden.`: a head inside the story
            if current:
                paragraphs.append(_joined(current, vocabulary))
            paragraphs.append(line)
            current = []
            continue
        current.append(line)
        short = len(line) < _SHORT_LINE * width
        if short and line.rstrip(" '\"’”").endswith((".", "!", "?", ":")):
            paragraphs.append(_joined(current, vocabulary))
            current = []
    if current:
        paragraphs.append(_joined(current, vocabulary))
    return paragraphs


def _subhead(line: str, width: float) -> bool:
    """A short line of capitalised words ending in a stop, set between paragraphs."""
    share = _lower_share(line)
    words = len(_WORD.findall(line))
    return (
        share is not None
        and share == 0
        and 2 <= words <= 6
        and len(line) < _SUBHEAD_LINE * width
        and line.endswith(".")
        and not _DATELINE.match(line)
    )


def _joined(lines: list[str], vocabulary: Counter[str]) -> str:
    """Lines of one paragraph or deck as one: a word broken at a line's end is mended."""
    text = lines[0]
    for line in lines[1:]:
        text = _mend(text, line, vocabulary)
    return text


def _mend(before: str, after: str, vocabulary: Counter[str]) -> str:
    """`gov-` + `ernment` -> `government`; `gov` + `ernment` too when the page spells the
    whole word elsewhere, or what starts the line is no word of its own."""
    head = _FIRST_WORD.match(after)
    broken = _HYPHEN_END.search(before)
    if broken and head and after[0].islower():
        whole = f"{broken[1]}-{head[1]}".casefold()
        keep = "-" if vocabulary[whole] > 0 else ""  # `well-known` stays hyphenated
        return before[:-1] + keep + after
    tail = _LAST_WORD.search(before)
    if tail and head and after[0].islower() and _broken_word(tail[1], head[1], vocabulary):
        return before + after
    return before + " " + after


def _broken_word(first: str, rest: str, vocabulary: Counter[str]) -> bool:
    """Is `rest`, at the start of a line, the end of the word `first` began on the line
    above (the OCR dropped the hyphen)?"""
    if vocabulary[rest.casefold()] > 1:
        return False  # a word of its own elsewhere on the page
    if vocabulary[(first + rest).casefold()] > 0 or _BARE_ENDING.fullmatch(rest):
        return True
    return len(first) >= 2 and vocabulary[first.casefold()] <= 1 and bool(_WORD_ENDING.search(rest))
