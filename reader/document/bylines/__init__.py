"""Credits and date lines: editors and authors, the date line's date, outlet and writers."""
