"""The main window and what hangs on it: actions, menus, docks, window state and texts, the
window's dialogs, placement, file drop, UI settings, appearance, toolbar icons, and the wiring
of the notes side (notes_side, annotation_wiring).

May import notes, article, panels and common; never app.
"""
