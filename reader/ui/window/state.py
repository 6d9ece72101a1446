"""The window's geometry and dock layout across runs, and full screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from reader.ui.window.placement import first_run_geometry
from reader.ui.window.settings import UiSettings


def restore_window(window: QMainWindow, settings: UiSettings) -> None:
    """Geometry and docks as last saved; the first time, a size that suits the screen."""
    geometry, state = settings.window_state()
    if geometry is not None:
        window.restoreGeometry(geometry)
    elif (screen := window.screen()) is not None:
        window.setGeometry(first_run_geometry(screen.availableGeometry()))
    if state is not None:
        window.restoreState(state)


def save_window(window: QMainWindow, settings: UiSettings) -> None:
    settings.save_window_state(window.saveGeometry(), window.saveState())
    settings.sync()


def set_full_screen(window: QMainWindow, on: bool) -> None:
    # Toggle only the full-screen flag, so a maximized window comes back maximized.
    full = Qt.WindowState.WindowFullScreen
    state = window.windowState()
    window.setWindowState(state | full if on else state & ~full)


def is_full_screen(window: QMainWindow) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowFullScreen)
