"""The article itself: its view, renderer, style, text map and pointer, highlights and margin
marks, the disclaimer box, the empty page, find, navigation and reading positions.

May import panels and common; never notes, window or app.
"""
