"""The window's geometry and dock layout across runs, and full screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from reader.ui.window.placement import first_dock_widths, first_run_geometry, suits_screen
from reader.ui.window.settings import UiSettings


def restore_window(window: QMainWindow, settings: UiSettings) -> None:
    """Geometry and docks as last saved; the first time, or when the saved window doesn't
    suit this screen (another scale's), a size that suits the screen and the docks' own."""
    geometry, state = settings.window_state()
    screen = window.screen()
    saved_on = settings.window_screen
    if geometry is not None and saved_on and screen is not None and saved_on != screen_key(screen):
        geometry = None  # another screen's or scale's window: sized for this one instead
    if geometry is not None:
        window.restoreGeometry(geometry)
        # Qt scales a geometry saved at another scale factor as the window is shown: checked then
        window.installEventFilter(_CheckedOnShow(window))
    elif screen is not None:
        window.setGeometry(first_run_geometry(screen.availableGeometry()))
    if state is not None:
        window.restoreState(state)


def screen_key(screen: QScreen) -> str:
    """A screen as a saved window's size depends on it: its available size in logical pixels
    and its scale (QT_SCALE_FACTOR, the desktop's scaling)."""
    available = screen.availableGeometry()
    return f"{available.width()}x{available.height()}@{screen.devicePixelRatio():g}"


class _CheckedOnShow(QObject):
    """As the window is first shown (before it is painted): a geometry that doesn't suit the
    screen becomes the first start's, the docks their first widths (that window's squeezed)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        window = self.parent()
        if event.type() == QEvent.Type.Show and watched is window:
            window.removeEventFilter(self)
            self.deleteLater()
            screen = window.screen() if isinstance(window, QMainWindow) else None
            if screen is not None and isinstance(window, QMainWindow):
                available = screen.availableGeometry()
                if not suits_screen(window.geometry(), available, window.minimumSizeHint()):
                    window.setGeometry(first_run_geometry(available))
                    first_dock_widths(window)
        return False


ABOUT_ARTICLE = "readerAboutArticle"  # a status-bar label of the article's (hidden with it)


def about_article(widget: QWidget) -> None:
    """Mark a status-bar widget as telling of the article: the library page hides it. A label
    is as tall as a line of Chinese from the start: a section title (its fallback font's line
    is taller) coming and going in it changed the status bar's height, and so laid out and
    repainted the whole window, docks and all, on turns that were long already (re-rendering)."""
    widget.setProperty(ABOUT_ARTICLE, True)
    if isinstance(widget, QLabel):
        text = widget.text()
        widget.setText("中")
        widget.setMinimumHeight(widget.sizeHint().height())
        widget.setText(text)


STEPPED_ASIDE = "readerSteppedAside"  # a dock hidden for now (a narrow window, the library)


def step_aside(dock: QDockWidget, aside: bool) -> None:
    """Mark a dock hidden only for now (or no longer): the layout saved shows it."""
    dock.setProperty(STEPPED_ASIDE, aside)


def save_window(window: QMainWindow, settings: UiSettings) -> None:
    """Geometry and docks, with the docks that stepped aside for now saved as shown: the next
    start, wider or on an article, has its panels."""
    aside = [d for d in window.findChildren(QDockWidget) if d.property(STEPPED_ASIDE) and d.isHidden()]
    window.setUpdatesEnabled(False)  # shown only for the saving: never painted
    try:
        for dock in aside:
            dock.show()
        state = window.saveState()
        for dock in aside:
            dock.hide()
    finally:
        window.setUpdatesEnabled(True)
    screen = window.screen()
    settings.save_window_state(window.saveGeometry(), state, screen_key(screen) if screen else "")
    settings.sync()


def set_full_screen(window: QMainWindow, on: bool) -> None:
    # Toggle only the full-screen flag, so a maximized window comes back maximized.
    full = Qt.WindowState.WindowFullScreen
    state = window.windowState()
    window.setWindowState(state | full if on else state & ~full)


def is_full_screen(window: QMainWindow) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowFullScreen)
