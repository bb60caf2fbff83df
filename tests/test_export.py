"""Taking an issue along: EPUB for e-readers, Markdown for note apps, RIS and CSL-JSON for
reference managers. No Qt here: the exports are core."""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
import rispy
from helpers import article, english_issue, make_issue

from reader import model
from reader.export import bylines, contents, epub, markdown, references
from reader.export.html import issue_html
from reader.library import Bookmark, Library, LibraryError

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


def png(width: int = 4, height: int = 3) -> bytes:
    """A whole PNG file of a grey picture, written here so that no picture is copied in."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def pictured(tmp_path: Path) -> model.Issue:
    """The made-up issue saved in a folder, its front-page story with a photo and a caption,
    and a second photo whose download was cut short."""
    folder = tmp_path / "江城日报-2026-03-12"
    (folder / "pics").mkdir(parents=True)
    (folder / "pics" / "port.png").write_bytes(png())
    (folder / "pics" / "cut.png").write_bytes(png()[:40])
    issue = make_issue(source=str(folder / "page01.txt"))
    photo = model.Image("pics/port.png", "港口一片繁忙。（记者 周鹏 摄）")
    broken = model.Image("pics/cut.png", "半张照片")
    outside = model.Image("../../etc/passwd", "不在报纸文件夹里")
    first = replace(issue.articles[0], images=(photo, broken, outside))
    return replace(issue, articles=(first, *issue.articles[1:]))


# --- what an export holds ------------------------------------------------------------------


def test_sections_follow_the_pages_and_keep_stories_of_unlisted_pages():
    issue = make_issue()
    loose = article("没有版次的稿件", "正文。", page="")
    extra = article("第三版的稿件", "正文。", page="03", page_name="文体")
    issue = replace(issue, articles=(*issue.articles, extra, loose))

    found = [(s.label(True), [a.title for a in s.articles]) for s in contents.sections(issue)]

    assert found == [
        ("第1版 要闻", ["春耕备耕忙", "国家统计局发布数据"]),
        ("第2版 综合", ["江城新区建设提速"]),
        ("第3版 文体", ["第三版的稿件"]),
        ("其他", ["没有版次的稿件"]),
    ]


def test_sections_list_a_page_once_when_the_issue_does_not_list_its_pages():
    found = contents.sections(english_issue())

    assert [(s.label(False), len(s.articles)) for s in found] == [("Page A1", 2)]


def test_pictures_are_whole_files_inside_the_issue_folder(pictured):
    found = contents.pictures(pictured)

    assert list(found) == ["pics/port.png"]
    assert found["pics/port.png"].media_type == "image/png"


def test_a_picture_too_large_for_a_page_is_left_out(pictured, monkeypatch):
    monkeypatch.setattr(contents, "MAX_PICTURE_BYTES", len(png()) - 1)

    assert contents.pictures(pictured) == {}


def test_an_issue_and_a_story_load_from_the_library(tmp_path):
    issue = make_issue()
    with Library.open(tmp_path / "home") as library:
        issue_id = library.import_issue(issue).issue_id
        assert issue_id is not None
        loaded = contents.load_issue(library, issue_id)
        front = contents.load_issue(library, issue_id, page="01")
        story = contents.load_article(library, issue.articles[2].key)
        with pytest.raises(LibraryError, match="no issue 999"):
            contents.load_issue(library, 999)
        with pytest.raises(LibraryError, match="no page 09"):
            contents.load_issue(library, issue_id, page="09")
        with pytest.raises(LibraryError, match="no article nope in the library"):
            contents.load_article(library, "nope")

    assert loaded.articles == issue.articles and loaded.paper == "江城日报"
    assert [a.title for a in front.articles] == ["春耕备耕忙", "国家统计局发布数据"]
    assert [a.title for a in story.articles] == ["江城新区建设提速"]
    assert story.pages == (model.Page("02", "综合"),) and story.date == "2026-03-12"


# --- EPUB ----------------------------------------------------------------------------------


def open_book(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def test_epub_starts_with_the_stored_mimetype_and_points_to_its_package(pictured):
    book = open_book(epub.epub_bytes(pictured))

    first = book.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert book.read("mimetype") == b"application/epub+zip" and not first.extra
    container = ElementTree.fromstring(book.read("META-INF/container.xml"))
    rootfile = container.find(".//c:rootfile", NS)
    assert rootfile is not None and rootfile.get("full-path") == "OEBPS/content.opf"


def test_epub_package_names_the_paper_its_language_and_lists_every_file(pictured):
    book = open_book(epub.epub_bytes(pictured))
    package = ElementTree.fromstring(book.read("OEBPS/content.opf"))

    assert package.findtext("opf:metadata/dc:title", namespaces=NS) == "江城日报 2026-03-12"
    assert package.findtext("opf:metadata/dc:language", namespaces=NS) == "zh"
    assert package.findtext("opf:metadata/dc:date", namespaces=NS) == "2026-03-12"
    items = {i.get("id"): i for i in package.iterfind("opf:manifest/opf:item", NS)}
    in_book = {name.removeprefix("OEBPS/") for name in book.namelist() if name.startswith("OEBPS/")}
    assert {i.get("href") for i in items.values()} == in_book - {"content.opf"}
    spine = [i.get("idref") for i in package.iterfind("opf:spine/opf:itemref", NS)]
    assert len(spine) == len(set(spine)) and set(spine) <= set(items)
    pages = [items[id].get("href") for id in spine]
    assert pages[:3] == ["cover.xhtml", "title.xhtml", "page-1.xhtml"]
    assert pages[3:5] == ["story-1-1.xhtml", "story-1-2.xhtml"]
    assert items["nav"].get("properties") == "nav"
    assert package.find("opf:spine", NS).get("toc") == "ncx"  # type: ignore[union-attr]


def test_epub_cover_is_the_front_page_picture(pictured):
    book = open_book(epub.epub_bytes(pictured))
    package = ElementTree.fromstring(book.read("OEBPS/content.opf"))

    covers = [
        i
        for i in package.iterfind("opf:manifest/opf:item", NS)
        if i.get("properties") == "cover-image"
    ]
    assert len(covers) == 1 and covers[0].get("media-type") == "image/png"
    assert book.read(f"OEBPS/{covers[0].get('href')}") == png()


def test_epub_without_pictures_has_no_cover():
    book = open_book(epub.epub_bytes(make_issue()))

    assert "OEBPS/cover.xhtml" not in book.namelist()
    assert b"cover-image" not in book.read("OEBPS/content.opf")


def test_epub_contents_are_nested_by_page(pictured):
    book = open_book(epub.epub_bytes(pictured))
    nav = ElementTree.fromstring(book.read("OEBPS/nav.xhtml"))
    toc = next(n for n in nav.iter(f"{{{NS['x']}}}nav") if n.get(EPUB_TYPE) == "toc")

    outline = [
        (
            li.findtext("x:a", namespaces=NS),
            [a.text for a in li.iterfind("x:ol/x:li/x:a", NS)],
        )
        for li in toc.iterfind("x:ol/x:li", NS)
    ]
    assert outline == [
        ("第1版 要闻", ["春耕备耕忙", "国家统计局发布数据"]),
        ("第2版 综合", ["江城新区建设提速"]),
    ]
    ncx = ElementTree.fromstring(book.read("OEBPS/toc.ncx"))
    points = ncx.findall("ncx:navMap/ncx:navPoint", NS)
    assert [p.findtext("ncx:navLabel/ncx:text", namespaces=NS) for p in points] == [
        "第1版 要闻",
        "第2版 综合",
    ]
    assert len(points[0].findall("ncx:navPoint", NS)) == 2
    orders = [int(p.get("playOrder", "0")) for p in ncx.iter(f"{{{NS['ncx']}}}navPoint")]
    assert orders == list(range(1, 6))


def test_epub_chapters_are_well_formed_and_hold_the_whole_story(pictured):
    book = open_book(epub.epub_bytes(pictured))

    for name in book.namelist():
        if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
            ElementTree.fromstring(book.read(name))  # raises on a file that is not XML
    chapter = ElementTree.fromstring(book.read("OEBPS/story-1-1.xhtml"))
    assert chapter.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    text = "".join(chapter.itertext())
    story = pictured.articles[0]
    for part in (story.kicker, story.title, story.byline, *story.paragraphs):
        assert part and part in text
    assert "港口一片繁忙" in text and "半张照片" in text and "不在报纸文件夹里" in text
    assert "第1版" not in text  # its page names it in the contents and on the page's own file
    images = [i.get("src") for i in chapter.iter(f"{{{NS['x']}}}img")]
    assert images == ["images/picture-1.png"]


def test_epub_of_an_english_paper_says_english():
    book = open_book(epub.epub_bytes(english_issue()))
    package = ElementTree.fromstring(book.read("OEBPS/content.opf"))

    assert package.findtext("opf:metadata/dc:language", namespaces=NS) == "en"
    assert b"Contents" in book.read("OEBPS/nav.xhtml")


def test_epub_text_that_xml_cannot_carry_is_left_out():
    story = article("标题\x0b含控制符", "正文\x01一段 <b>粗</b> & 完。")
    book = open_book(epub.epub_bytes(make_issue(articles=(story,))))

    chapter = ElementTree.fromstring(book.read("OEBPS/story-1-1.xhtml"))
    assert "正文一段 <b>粗</b> & 完。" in "".join(chapter.itertext())


def test_epub_is_the_same_bytes_when_made_again(pictured):
    moment = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)

    assert epub.epub_bytes(pictured, moment) == epub.epub_bytes(pictured, moment)


def test_epub_written_again_replaces_the_file_whole(tmp_path, pictured):
    target = tmp_path / "issue.epub"
    target.write_bytes(b"an older book")

    epub.write_epub(pictured, target)

    assert zipfile.is_zipfile(target) and not list(tmp_path.glob(".*.part"))


EPUBCHECK = Path("/usr/share/java/epubcheck.jar")


@pytest.mark.slow
@pytest.mark.skipif(
    not (EPUBCHECK.is_file() and shutil.which("java")), reason="epubcheck is not installed"
)
@pytest.mark.parametrize("which", ["chinese", "english"])
def test_epubcheck_finds_nothing_wrong(tmp_path, pictured, which):
    target = tmp_path / f"{which}.epub"
    epub.write_epub(pictured if which == "chinese" else english_issue(), target)

    result = subprocess.run(
        ["java", "-jar", str(EPUBCHECK), str(target)], capture_output=True, text=True
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No errors or warnings detected" in result.stdout


# --- HTML ----------------------------------------------------------------------------------


def test_issue_html_has_each_page_then_its_stories_and_their_citations(pictured):
    page = issue_html(pictured)

    assert page.index("第1版 要闻") < page.index("春耕备耕忙") < page.index("第2版 综合")
    assert page.count("第1版 要闻") == 1  # named once, above its stories
    assert "高美梅. 春耕备耕忙[N]. 江城日报, 2026-03-12(01)." in page
    assert '<img src="data:image/png;base64,' in page and "pics/cut.png" not in page


# --- Markdown ------------------------------------------------------------------------------


def test_issue_markdown_has_pages_as_sections_and_stories_below_them(pictured):
    md = markdown.issue_markdown(pictured)

    assert md.startswith("# 江城日报 2026-03-12\n")
    headings = re.findall(r"^(#+) (.+)$", md, re.M)
    assert headings == [
        ("#", "江城日报 2026-03-12"),
        ("##", "第1版 要闻"),
        ("###", "春耕备耕忙"),
        ("###", "国家统计局发布数据"),
        ("##", "第2版 综合"),
        ("###", "江城新区建设提速"),
    ]
    assert "*要闻快览*" in md and "*——十个重点项目集中开工*" in md
    assert md.count("港口一片繁忙") == 1


def bookmark(**fields: object) -> Bookmark:
    values: dict[str, object] = {
        "key": "k1",
        "note": "值得一读: 看第二段",
        "created": "2026-03-13T08:00:00+00:00",
        "paper": "江城日报",
        "date": "2026-03-12",
        "page": "01",
        "title": "春耕备耕忙",
        "byline": "记者杨宏斌、通讯员晏中明",
        "opening": "连日来，无锡各地农民抢抓农时。",
        "issue_removed": False,
    }
    values.update(fields)
    return Bookmark(**values)  # type: ignore[arg-type]


def front_matter(text: str) -> dict[str, str]:
    """The front matter as name -> raw YAML scalar."""
    head = text.split("---\n")[1]
    return dict(line.split(": ", 1) for line in head.splitlines())


def test_bookmark_note_has_front_matter_a_reader_of_yaml_reads_back():
    note = markdown.bookmark_note(bookmark(), None)

    assert note.startswith("---\n")
    fields = front_matter(note)
    assert list(fields) == list(markdown.FRONT_MATTER)
    assert fields["date"] == "2026-03-12"  # bare: note apps take it as a date
    values = {k: json.loads(v) for k, v in fields.items() if k != "date"}
    assert values["title"] == "春耕备耕忙" and values["note"] == "值得一读: 看第二段"
    assert values["page"] == "01" and values["byline"] == "记者杨宏斌、通讯员晏中明"
    assert "# 春耕备耕忙" in note and "连日来" in note


def test_bookmark_note_quotes_what_yaml_would_misread():
    note = markdown.bookmark_note(bookmark(title='"引号" #井号: 冒号\n换行', byline=None), None)

    fields = front_matter(note)
    assert json.loads(fields["title"]) == '"引号" #井号: 冒号\n换行'
    assert fields["byline"] == "null"


def test_bookmark_notes_are_one_file_each_and_an_edited_note_is_kept(tmp_path):
    story = article("春耕备耕忙", "全文第一段。", "全文第二段。")
    marks = [bookmark(key=story.key), bookmark(key="k2", title="老街换新颜", note="")]
    folder = tmp_path / "notes"

    written = markdown.write_bookmark_notes(folder, marks, {story.key: story})
    edited = folder / "2026-03-12_春耕备耕忙.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n我的补充。\n", encoding="utf-8")
    again = markdown.write_bookmark_notes(folder, marks, {story.key: story})

    assert sorted(p.name for p in written) == [
        "2026-03-12_春耕备耕忙.md",
        "2026-03-12_老街换新颜.md",
    ]
    assert "全文第二段" in (folder / "2026-03-12_春耕备耕忙.md").read_text(encoding="utf-8")
    assert [p.name for p in again] == ["2026-03-12_春耕备耕忙-2.md"]
    assert "我的补充" in edited.read_text(encoding="utf-8")


# --- bylines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("记者杨宏斌、通讯员晏中明", ["杨宏斌", "晏中明"]),
        ("记者张爱虎、杨富春、通讯员张令子、汪芳", ["张爱虎", "杨富春", "张令子", "汪芳"]),
        ("本报记者 孙悦", ["孙悦"]),
        ("新华社记者 张三 李四", ["张三", "李四"]),
        ("本报特约通讯员王五", ["王五"]),
        ("实习生 刘七 记者 陈八", ["刘七", "陈八"]),
        ("（记者 周鹏 摄）", ["周鹏"]),
        ("文/图 李明", ["李明"]),
        ("记者 文杰", ["文杰"]),
        ("张  娅", ["张娅"]),
        ("据新华社电", []),
        ("本报讯", []),
        ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("JOHN SMITH, Staff Writer", ["JOHN SMITH"]),
        (None, []),
    ],
)
def test_bylines_name_every_person_and_no_role(byline, names):
    assert bylines.authors(byline) == names


# --- RIS and CSL-JSON ------------------------------------------------------------------------


def test_ris_reads_back_as_newspaper_articles_with_every_author_and_the_page():
    marks = [
        bookmark(),
        bookmark(
            key="k2",
            page="A05",
            note="",
            paper="River Times",
            title="Council Approves Budget",
            byline="By Ann Lee",
        ),
    ]

    text = references.ris(marks)
    records = rispy.loads(text)

    assert text.count("\r\n") == text.count("\n")  # lines end in CR LF
    assert [r["type_of_reference"] for r in records] == ["NEWS", "NEWS"]
    first, second = records
    assert first["authors"] == ["杨宏斌", "晏中明"]
    assert first["title"] == "春耕备耕忙" and first["secondary_title"] == "江城日报"
    assert first["start_page"] == "1" and first["year"] == "2026"
    assert first["date"] == "2026/03/12/" and first["language"] == "zh"
    assert first["notes"] == ["值得一读: 看第二段"] and first["id"] == "k1"
    assert second["start_page"] == "A05" and second["language"] == "en"
    assert "notes" not in second


def test_ris_fields_are_one_line_each():
    records = rispy.loads(references.ris([bookmark(note="第一行\n第二行")]))

    assert records[0]["notes"] == ["第一行 第二行"]


CSL_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "type": str,
    "title": str,
    "container-title": str,
    "page": str,
    "language": str,
    "note": str,
    "author": list,
    "issued": dict,
    "accessed": dict,
}


def check_csl_item(item: dict[str, object]) -> None:
    """The fields this export writes, with the types CSL-JSON's schema gives them."""
    assert set(item) <= set(CSL_TYPES), set(item) - set(CSL_TYPES)
    for name, value in item.items():
        assert isinstance(value, CSL_TYPES[name]), name
    for person in item.get("author", []):  # type: ignore[attr-defined]
        assert set(person) in ({"literal"}, {"family", "given"})
        assert all(isinstance(v, str) and v for v in person.values())
    for name in ("issued", "accessed"):
        if name in item:
            parts = item[name]["date-parts"]  # type: ignore[index]
            assert len(parts) == 1 and 1 <= len(parts[0]) <= 3
            assert all(isinstance(n, int) for n in parts[0])


def test_csl_json_items_are_newspaper_articles_with_valid_fields():
    marks = [
        bookmark(),
        bookmark(
            key="k2", paper="River Times", title="Budget", byline="By Ann Lee", date="2026-03"
        ),
        bookmark(key="k3", paper=None, date=None, page=None, byline=None, note=""),
    ]

    items = json.loads(references.csl_json(marks))

    for item in items:
        check_csl_item(item)
    first, second, third = items
    assert first["type"] == "article-newspaper" and first["id"] == "k1"
    assert first["author"] == [{"literal": "杨宏斌"}, {"literal": "晏中明"}]
    assert first["container-title"] == "江城日报" and first["page"] == "1"
    assert first["issued"] == {"date-parts": [[2026, 3, 12]]}
    assert first["accessed"] == {"date-parts": [[2026, 3, 13]]}
    assert first["language"] == "zh" and first["note"] == "值得一读: 看第二段"
    assert second["author"] == [{"family": "Lee", "given": "Ann"}]
    assert second["issued"] == {"date-parts": [[2026, 3]]} and second["language"] == "en"
    assert set(third) == {"id", "type", "title", "language", "accessed"}


# --- the core stays without Qt ---------------------------------------------------------------


@pytest.mark.slow
def test_exports_import_without_qt():
    code = (
        "import sys\n"
        "import reader.export.epub, reader.export.markdown, reader.export.references\n"
        "import reader.export.html\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
