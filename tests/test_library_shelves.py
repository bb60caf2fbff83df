"""The library's shelves (paper, year, month) and the issue beside another in reading order."""

from __future__ import annotations

from helpers import article

from reader.library import Library, Shelf
from reader.model import Issue


def _issue(paper: str | None, date: str | None, n: int) -> Issue:
    story = article(f"{paper} {date} {n}", f"第{n}条的正文。")
    return Issue(paper, date, f"/papers/{paper}-{date}-{n}.txt", "text", (), (story,))


def test_the_issue_beside_follows_the_order_of_the_issue_list(tmp_path):
    with Library.open(tmp_path) as library:
        dates = ["2026-03-02", "2026-03-01", None, "2026-03-02", "2025-12-31", None]
        for n, date in enumerate(dates):
            library.import_issue(_issue("江城日报", date, n))
        library.import_issue(_issue("The Town Crier", "2026-03-01", 9))
        order = [row.id for row in library.issues()]

        forward = [library.issue_beside(None, 1)]
        while (after := library.issue_beside(forward[-1], 1)) is not None:
            forward.append(after)
        backward = [library.issue_beside(None, -1)]
        while (before := library.issue_beside(backward[-1], -1)) is not None:
            backward.append(before)

        assert forward == order
        assert backward == order[::-1]


def test_shelves_list_the_papers_years_and_months_that_hold_issues(tmp_path):
    with Library.open(tmp_path) as library:
        for n, date in enumerate(["2026-03-02", "2026-03-01", "2025-12-31", None]):
            library.import_issue(_issue("江城日报", date, n))

        library.import_issue(_issue("The Town Crier", "1999-07-04", 5))
        library.import_issue(_issue(None, "2001-01-01", 6))

        papers = library.paper_shelves()
        assert [p.paper for p in papers] == ["The Town Crier", "江城日报", None]
        years = library.year_shelves("江城日报")
        assert [y.year for y in years] == ["2026", "2025", None]
        assert [y.year for y in library.year_shelves(None)] == ["2001"]
        months = library.month_shelves("江城日报", "2026")
        assert [m.month for m in months] == ["03"]
        assert [i.date for i in library.shelf_issues(months[0])] == ["2026-03-02", "2026-03-01"]
        assert [i.date for i in library.shelf_issues(years[-1])] == [None]
        undated = library.issues()[-1]
        assert library.shelf_of(undated.id) == Shelf("江城日报", None, None)
