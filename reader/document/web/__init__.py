"""Saved web pages (HTML, MHTML) → Document: sniffing, decoding, trafilatura's article, containers, tables, headline."""
