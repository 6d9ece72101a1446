"""Key figures: the quantities an article quotes, what each measures (its subject), and their table for export."""
