"""Getting the paper: known papers, polite HTTP, link discovery, storing and resuming an issue.

fetcher.fetch_issue / fetcher.get_issue are the way in; command.py is the command line.
"""

DEFAULT_DELAY = 1.0  # seconds between the end of one request to a host and the next
