"""Scraped plain text → Document: where the article is on the page (region, body edges), its lists and grids, the chrome's vocabulary."""
