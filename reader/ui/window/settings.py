"""UI state in QSettings: window layout, theme, zoom, removed lines shown, the disclaimer
fold, last folder, how the key figures are sorted and the Statistics panel split, the script
each document is shown in.

QSettings writes its file, synced to disk (10–25 ms of waiting), on the event loop's next
pass after a change: in the turn that re-renders the article for the new theme, script or
removed lines. Given a `later` (the window's idle queue), that write waits for a turn of its
own instead; the change itself is in QSettings at once, for every reader.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QStandardPaths

from reader.ui.common.themes import DEFAULT_THEME, THEMES

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP, ZOOM_DEFAULT = 50, 300, 10, 100


class UiSettings:
    """Typed accessors over a QSettings (an INI file in tests)."""

    def __init__(
        self, settings: QSettings, later: Callable[[Callable[[], None]], None] | None = None
    ) -> None:
        self.qsettings = settings
        if later is not None:
            settings.installEventFilter(_WriteLater(settings, later))

    @property
    def theme(self) -> str:
        name = str(self.qsettings.value("view/theme", DEFAULT_THEME))
        return name if name in THEMES else DEFAULT_THEME

    @theme.setter
    def theme(self, name: str) -> None:
        self.qsettings.setValue("view/theme", name)

    @property
    def zoom(self) -> int:
        try:
            value = int(str(self.qsettings.value("view/zoom", ZOOM_DEFAULT)))
        except (TypeError, ValueError):
            return ZOOM_DEFAULT
        return min(ZOOM_MAX, max(ZOOM_MIN, value))

    @zoom.setter
    def zoom(self, percent: int) -> None:
        self.qsettings.setValue("view/zoom", percent)

    @property
    def disclaimer_expanded(self) -> bool:
        return _as_bool(self.qsettings.value("view/disclaimerExpanded", False))

    @disclaimer_expanded.setter
    def disclaimer_expanded(self, expanded: bool) -> None:
        self.qsettings.setValue("view/disclaimerExpanded", expanded)

    @property
    def show_removed(self) -> bool:
        """View ▸ Show Removed Lines: the lines the importer left out, shown in place."""
        return _as_bool(self.qsettings.value("view/showRemoved", False))

    @show_removed.setter
    def show_removed(self, on: bool) -> None:
        self.qsettings.setValue("view/showRemoved", on)

    def script(self, sha256: str) -> str | None:
        """View ▸ Chinese Script chosen for a document (by its text's hash); None: as written."""
        value = self.qsettings.value(f"script/{sha256}")
        return str(value) if value else None

    def set_script(self, sha256: str, name: str | None) -> None:
        if name:
            self.qsettings.setValue(f"script/{sha256}", name)
        else:
            self.qsettings.remove(f"script/{sha256}")

    @property
    def last_directory(self) -> str:
        return str(self.qsettings.value("files/lastDirectory", ""))

    @last_directory.setter
    def last_directory(self, path: str) -> None:
        self.qsettings.setValue("files/lastDirectory", path)

    @property
    def export_directory(self) -> str:
        """Where notes were exported last, else the user's Documents folder; "" when neither
        is there (the export then starts in the document's folder)."""
        saved = str(self.qsettings.value("files/exportDirectory", ""))
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        for folder in (saved, QStandardPaths.writableLocation(documents)):
            if folder and Path(folder).is_dir():
                return folder
        return ""

    def remember_export(self, path: str | None) -> None:
        """Start the next export in the folder of this one."""
        if path:
            self.qsettings.setValue("files/exportDirectory", str(Path(path).resolve().parent))

    @property
    def figures_by_size(self) -> bool:
        """The key figures sorted largest first, not in text order."""
        return _as_bool(self.qsettings.value("statistics/figuresBySize", False))

    @figures_by_size.setter
    def figures_by_size(self, on: bool) -> None:
        self.qsettings.setValue("statistics/figuresBySize", on)

    @property
    def statistics_split(self) -> QByteArray | None:
        """The Statistics panel's splitter between the numbers and the key figures."""
        state = self.qsettings.value("statistics/splitter")
        return state if isinstance(state, QByteArray) else None

    @statistics_split.setter
    def statistics_split(self, state: QByteArray) -> None:
        self.qsettings.setValue("statistics/splitter", state)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved (geometry, dock state), None where nothing was saved."""
        geometry = self.qsettings.value("window/geometry")
        state = self.qsettings.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    @property
    def window_screen(self) -> str:
        """The screen the geometry was saved on: its size and scale (see state.screen_key)."""
        value = self.qsettings.value("window/screen", "")
        return value if isinstance(value, str) else ""

    def save_window_state(self, geometry: QByteArray, state: QByteArray, screen: str = "") -> None:
        """Only what changed: a layout left as it was leaves the file alone at exit."""
        for key, value in (("window/geometry", geometry), ("window/state", state),
                           ("window/screen", screen)):
            if self.qsettings.value(key) != value:
                self.qsettings.setValue(key, value)

    @property
    def panel_widths(self) -> dict[int, int]:
        """The side columns' widths the reader chose, by dock area (its int value), kept when
        the last run ended with them squeezed by a narrow window; {} when none was."""
        widths: dict[int, int] = {}
        for item in str(self.qsettings.value("window/panelWidths", "")).split(","):
            area, _, width = item.partition(":")
            if area.isdigit() and width.isdigit():
                widths[int(area)] = int(width)
        return widths

    @panel_widths.setter
    def panel_widths(self, widths: dict[int, int]) -> None:
        value = ",".join(f"{area}:{width}" for area, width in sorted(widths.items()))
        if not value:
            if self.qsettings.contains("window/panelWidths"):
                self.qsettings.remove("window/panelWidths")
        elif str(self.qsettings.value("window/panelWidths", "")) != value:
            self.qsettings.setValue("window/panelWidths", value)

    def sync(self) -> None:
        self.qsettings.sync()


class _WriteLater(QObject):
    """Holds back QSettings' own write after a change (its UpdateRequest) for a later turn."""

    def __init__(self, settings: QSettings, later: Callable[[Callable[[], None]], None]) -> None:
        super().__init__(settings)
        self._settings, self._later, self._due = settings, later, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self._settings or event.type() != QEvent.Type.UpdateRequest:
            return False
        if not self._due:
            self._due = True
            self._later(self._write)
        return True

    def _write(self) -> None:
        self._due = False
        self._settings.sync()


def _as_bool(value: object) -> bool:
    # INI files give strings back ("true"/"false").
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)
