"""Notes, highlights and bookmarks in the window: the notes and bookmarks panels, note cards,
the editor, search, import/export (transfer), the annotation controller with its drawing,
entries and undo, drafts and the unsaved banner.

May import article, panels and common; never window or app.
"""
