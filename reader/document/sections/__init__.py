"""Section headings in scraped text: which lines head sections, their numbering families and levels."""
