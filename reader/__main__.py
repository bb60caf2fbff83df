"""`python -m reader`: the window by default, or a command such as `parse`."""

from reader.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
