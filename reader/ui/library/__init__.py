"""The library: every document read, in a table model refilled from the store (model), and
the page that shows it with its search box, the notes found and what can be done to a
document (page).

May import notes, article, panels and common.
"""
