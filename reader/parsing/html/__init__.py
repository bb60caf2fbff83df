"""Saved HTML pages: e-paper (数字报) article and layout pages, and news sites' article pages."""

from reader.parsing.html.document import read_document
from reader.parsing.html.issue import build_issue
from reader.parsing.html.page import parse_html
from reader.parsing.html.records import Document

__all__ = ["Document", "build_issue", "parse_html", "read_document"]
