"""Theme, zoom, removed lines shown and the Chinese script: remembered in the settings,
applied to the palette, icons and article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from reader.document import Document
from reader.ui.article.style import ArticleStyle
from reader.ui.article.view import ArticleView
from reader.ui.common.themes import Theme, palette_for, theme_named
from reader.ui.window.actions import Actions
from reader.ui.window.icons import apply_icons
from reader.ui.window.script_choice import ScriptChoice
from reader.ui.window.settings import ZOOM_MAX, ZOOM_MIN, UiSettings
from reader.ui.window.texts import WindowText

if TYPE_CHECKING:
    from reader.document.hanzi.chinese_script import ScriptView


class Appearance:
    """The window's look; each setter returns whether anything changed."""

    def __init__(
        self, settings: UiSettings, actions: Actions, shown: tuple[ArticleView, WindowText]
    ) -> None:
        """shown: the article view and the window's texts (the script it is shown in)."""
        self._settings = settings
        self._actions = actions
        self.theme: Theme = theme_named(settings.theme)
        self.zoom = settings.zoom
        self.show_removed = settings.show_removed
        self.scripts = ScriptChoice(*shown, settings, actions)

    @property
    def settings(self) -> UiSettings:
        """Where the look and the window's layout are kept."""
        return self._settings

    def script_for(self, document: Document) -> ScriptView | None:
        """The document in the script chosen for it (View ▸ Chinese Script)."""
        return self.scripts.for_document(document)

    def article_style(self) -> ArticleStyle:
        """Formats for the article at the current theme and zoom."""
        return ArticleStyle(self.theme, self.zoom, show_removed=self.show_removed)

    def apply(self) -> None:
        """Colour the whole application (docks, menus, lists) and the toolbar icons."""
        QApplication.setPalette(palette_for(self.theme))
        apply_icons(self._actions, self.theme)
        self._actions.theme_actions[self.theme.name].setChecked(True)
        self._actions.show_removed.setChecked(self.show_removed)

    def set_theme(self, name: str) -> bool:
        theme = theme_named(name)
        if theme == self.theme:
            return False
        self.theme = theme
        self._settings.theme = theme.name
        self.apply()
        return True

    def set_show_removed(self, on: bool, view: ArticleView) -> None:
        """Show the lines the importer left out, or not: the article is rendered again."""
        if on != self.show_removed:
            self.show_removed = self._settings.show_removed = on
            view.set_style(self.article_style())

    def set_zoom(self, percent: int) -> bool:
        percent = min(ZOOM_MAX, max(ZOOM_MIN, percent))
        if percent == self.zoom:
            return False
        self.zoom = percent
        self._settings.zoom = percent
        return True
