"""PDFium (pypdfium2) behind one lock: the library may be used by one thread at a time."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium

# Reading a PDF while another thread renders one crashes PDFium: every use holds this.
LOCK = threading.RLock()

PdfiumError = pdfium.PdfiumError


@contextmanager
def opened(source: Path | bytes) -> Iterator[pdfium.PdfDocument]:
    """A PDF opened and closed again while the lock is held."""
    with LOCK:
        document = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
        try:
            yield document
        finally:
            document.close()
