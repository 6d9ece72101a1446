"""The side panels that present the document: contents (with scroll-spy), statistics, the
section chart, their presenters and panel entries.

May import common only.
"""
