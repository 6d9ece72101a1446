"""Reader: a desktop reader for long articles."""

__version__ = "0.1.0"
