"""Paper Reader: read newspaper issues story by story."""

__version__ = "0.1.0"
