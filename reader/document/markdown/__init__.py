"""Markdown → Document through Python-Markdown: the extensions, guards against slow input, Chinese authors' habits."""
