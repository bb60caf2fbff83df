"""Issue and article output for readers and reference managers (no Qt)."""
