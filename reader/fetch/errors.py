"""What can go wrong while getting a paper, each said in one sentence a reader understands."""

from __future__ import annotations


class FetchError(Exception):
    """The fetch stopped; the message is shown as is and nothing in the library changed."""


class NotFound(FetchError):
    """The site has no such file (404 or 410)."""


class Refused(FetchError):
    """The site, or its robots.txt, does not let us have the file."""


class Disallowed(Refused):
    """The site's robots.txt does not allow the address."""


class OffSite(Refused):
    """The site redirects to another host, which is not followed."""


class Cancelled(Exception):
    """The reader stopped the fetch; what is stored stays, and the next fetch resumes."""
