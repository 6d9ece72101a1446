"""Which line of a scraped page is its headline: the rules, the learned title model and its weights."""
