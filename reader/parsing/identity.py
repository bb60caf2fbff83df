"""An issue's identity: one name for each paper, and article keys made with that name."""

from __future__ import annotations

from dataclasses import replace

from reader.model import Issue, make_key, unique_keys
from reader.parsing.vocabulary import paper_name


def with_paper_name(issue: Issue) -> Issue:
    """The issue under its paper's one name (江城日报, not 江城日报多媒体数字报), its
    articles keyed as the parsers key them, so filters, the calendar and bookmarks see one
    paper whichever edition or screen the pages were saved from."""
    name = paper_name(issue.paper)
    if name == issue.paper:
        return issue
    articles = [
        replace(a, key=make_key(name, issue.date, a.title, a.paragraphs)) for a in issue.articles
    ]
    return replace(issue, paper=name, articles=tuple(unique_keys(articles)))
