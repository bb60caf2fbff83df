"""Double-click launcher: starts the Paper Reader window."""

from reader.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
