"""An issue's identity: one name for each paper, its date, and article keys made with them."""

from __future__ import annotations

from dataclasses import replace

from reader.model import Issue, make_key, unique_keys
from reader.parsing.vocabulary import paper_name, path_date


def with_paper_name(issue: Issue) -> Issue:
    """The issue under its paper's one name (江城日报, not 江城日报多媒体数字报), so
    filters, the calendar and bookmarks see one paper whichever edition or screen the
    pages were saved from."""
    return _rekeyed(issue, paper_name(issue.paper), issue.date)


def dated_by_path(issue: Issue, path: str) -> Issue:
    """A page that does not print its date takes the one its path names
    (`2026-03-12/02.txt`, `…_1916-01-01_p1.txt`)."""
    return issue if issue.date else _rekeyed(issue, issue.paper, path_date(path))


def _rekeyed(issue: Issue, paper: str | None, date: str | None) -> Issue:
    """The issue with another paper or date, its articles keyed as the parsers key them."""
    if (paper, date) == (issue.paper, issue.date):
        return issue
    articles = [
        replace(a, key=make_key(paper, date, a.title, a.paragraphs)) for a in issue.articles
    ]
    return replace(issue, paper=paper, date=date, articles=tuple(unique_keys(articles)))
