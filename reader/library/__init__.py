"""The SQLite library, a package: connection, schema and migrations, safety, rows, search and
the store (`Library`). Everything a caller needs is importable from here."""

from typing import TYPE_CHECKING

from reader.library.connection import FILE_NAME, READ_ONLY, LibraryError, default_home
from reader.library.rows import (
    STATUSES,
    ArticleRow,
    Bookmark,
    Hit,
    ImportResult,
    IssueRow,
    PageRow,
    Status,
)
from reader.library.safety import BACKUP_DIR, daily_backup, is_healthy
from reader.library.schema import SCHEMA_VERSION
from reader.library.shelves import Shelf
from reader.library.store import BATCH, Library

if TYPE_CHECKING:
    from reader.library.storing import Prepared, prepared

__all__ = [
    "BACKUP_DIR",
    "BATCH",
    "FILE_NAME",
    "READ_ONLY",
    "SCHEMA_VERSION",
    "STATUSES",
    "ArticleRow",
    "Bookmark",
    "Hit",
    "ImportResult",
    "IssueRow",
    "Library",
    "LibraryError",
    "PageRow",
    "Prepared",
    "Shelf",
    "Status",
    "daily_backup",
    "default_home",
    "is_healthy",
    "prepared",
]


def __getattr__(name: str) -> object:
    # Preparing an issue to be stored (and hashing it) loads when first asked for: an
    # import needs it, the first window does not.
    if name in ("Prepared", "prepared"):
        from reader.library import storing

        return getattr(storing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
