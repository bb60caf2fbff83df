"""Layout pages: the page picture, its image map and the page PDF, each area on its article."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from newspaper_pdf import LIBRARY, SPRING, Block, Page, Story, write_pdf
from page_picture import write_png

from reader.model import Issue
from reader.parsing import parse_path
from reader.parsing.pdf.areas import area_text
from reader.parsing.pdf.textlayer import Line
from reader.parsing.printed import picture_size

PICTURE = "pic/202603/12/5c1e0d2a-page.jpg.2"
PDF = "attachement/202603/12/9b7f3e10-page.pdf"


@pytest.fixture
def pc_issue(fixtures: Path, tmp_path: Path) -> Path:
    """A saved `pc/layout` issue: the layout page, one article page, and no picture yet."""
    return Path(shutil.copytree(fixtures / "html/printed/pc", tmp_path / "pc"))


def _areas_by_title(issue: Issue) -> dict[str, list[tuple[float, ...]]]:
    titles = {a.key: a.title for a in issue.articles}
    out: dict[str, list[tuple[float, ...]]] = {}
    for page in issue.pages:
        for area in page.areas:
            out.setdefault(titles[area.key], []).append(area.coords)
    return out


def test_each_area_of_the_image_map_opens_its_article(pc_issue: Path):
    issue = parse_path(pc_issue)
    assert _areas_by_title(issue) == {
        "春耕备耕有序推进": [(3.5, 90.5, 194.5, 90.5, 194.5, 320.25, 3.5, 320.25)],
        "新馆开馆迎读者（城市新貌）": [(205.5, 3.75, 396.25, 3.75, 396.25, 160.5, 205.5, 160.5)],
        "江城河步道五月开放": [
            (396.25, 220.5, 396.25, 170.0, 205.5, 170.0, 205.5, 320.25, 396.25, 320.25)
        ],
    }
    assert (issue.pages[0].image, issue.pages[0].pdf) == (None, None)  # not saved beside it


def test_the_map_is_scaled_from_the_shown_size_to_the_picture(pc_issue: Path):
    write_png(pc_issue / PICTURE, 800, 1150)  # twice the 400 × 575 it is shown at
    issue = parse_path(pc_issue)
    (page,) = issue.pages
    assert (page.code, page.name, page.image) == ("01", "要闻", PICTURE)
    spring = _areas_by_title(issue)["春耕备耕有序推进"]
    assert spring == [(7.0, 181.0, 389.0, 181.0, 389.0, 640.5, 7.0, 640.5)]


def test_one_layout_page_opened_alone_names_no_picture_outside_its_folder(pc_issue: Path):
    # Opened alone, the page's own folder is the issue's: ../../../ is outside it.
    write_png(pc_issue / PICTURE, 400, 575)
    issue = parse_path(pc_issue / "layout/202603/12/node_01.html")
    assert issue.pages[0].image is None


def test_the_page_pdf_is_found_beside_the_layout_page(pc_issue: Path):
    write_png(pc_issue / PICTURE, 400, 575)
    (pc_issue / PDF).parent.mkdir(parents=True)
    write_pdf(pc_issue / PDF, [Page(blocks=[], size=(800.0, 1150.0))])
    assert (parse_path(pc_issue).pages[0].pdf) == PDF


def test_without_the_picture_the_map_is_laid_over_the_page_pdf(pc_issue: Path):
    (pc_issue / PDF).parent.mkdir(parents=True)
    write_pdf(pc_issue / PDF, [Page(blocks=[], size=(1200.0, 1725.0))])  # three times 400 wide
    issue = parse_path(pc_issue)
    assert (issue.pages[0].image, issue.pages[0].pdf) == (None, PDF)
    assert _areas_by_title(issue)["春耕备耕有序推进"][0][:2] == (10.5, 271.5)


def test_an_article_in_two_areas_and_a_rectangle(fixtures: Path):
    issue = parse_path(fixtures / "html/printed/classic")
    areas = _areas_by_title(issue)
    assert [len(areas[a.title]) for a in issue.articles] == [1, 2, 1]
    assert areas["花香春意浓"] == [(178.0, 291.0, 348.0, 291.0, 348.0, 393.0, 178.0, 393.0)]


def test_a_zip_has_no_picture_to_show_but_keeps_its_areas(pc_issue: Path, tmp_path: Path):
    write_png(pc_issue / PICTURE, 800, 1150)
    archive = tmp_path / "pc.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in pc_issue.rglob("*"):
            zf.write(file, file.relative_to(pc_issue).as_posix())
    issue = parse_path(archive)
    assert issue.pages[0].image is None
    assert len(issue.pages[0].areas) == 3


def test_picture_sizes_are_read_from_their_headers(tmp_path: Path):
    assert picture_size(write_png(tmp_path / "p.jpg.2", 31, 17)) == (31, 17)
    jpeg = tmp_path / "p.jpg"
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0\x00\x11\x08" + (575).to_bytes(2, "big") + (400).to_bytes(2, "big")
    jpeg.write_bytes(b"\xff\xd8" + app0 + sof0 + b"\x03" + b"\x00" * 9 + b"\xff\xd9")
    assert picture_size(jpeg) == (400, 575)
    (tmp_path / "not.jpg").write_bytes(b"<html>")
    assert picture_size(tmp_path / "not.jpg") is None


def test_articles_without_their_pages_are_read_from_the_pdf_in_their_areas(pc_issue: Path):
    shutil.rmtree(pc_issue / "content")  # only the layout page and its PDF were saved
    (pc_issue / PDF).parent.mkdir(parents=True)
    # The map is shown 400 pixels wide over a page 800 points wide: a pixel is two points.
    spring = Story("春耕备耕有序推进", SPRING)
    library = Story("新馆开馆迎读者（城市新貌）", LIBRARY)
    blocks = [Block(spring, 20, 190, 360, 440), Block(library, 420, 15, 360, 300)]
    write_pdf(pc_issue / PDF, [Page(blocks=blocks, size=(800.0, 1150.0))])
    articles = {a.title: a for a in parse_path(pc_issue).articles}
    read = {t: (a.saved, "".join(a.paragraphs)) for t, a in articles.items()}
    assert {t: (saved, text[:3], text[-5:]) for t, (saved, text) in read.items()} == {
        "春耕备耕有序推进": (True, "本报讯", "顺利进行。"),
        "新馆开馆迎读者（城市新貌）": (True, "江城图", "要来借书。"),
        "江城河步道五月开放": (False, "", ""),  # its area holds no text
    }
    assert len(articles["春耕备耕有序推进"].paragraphs) == len(SPRING)  # the title left out


def test_only_lines_inside_the_polygon_are_read_and_a_notch_leaves_its_lines_out():
    # An L: a notch at the top right belongs to another article.
    polygon = (0.0, 0.0, 100.0, 0.0, 100.0, 50.0, 200.0, 50.0, 200.0, 200.0, 0.0, 200.0)
    lines = [
        Line("江城河步道", 10, 90, 30, 20),  # the headline, as the layout page names it
        Line("别的文章", 110, 190, 30, 10),  # in the notch
        Line("工程进入收尾阶段。", 10, 190, 80, 10),
        Line("outside", 210, 290, 80, 10),
    ]
    assert area_text(lines, [polygon], "江城河 步道") == ["工程进入收尾阶段。"]
