"""View ▸ Chinese Script: the article as written, in 简体, 繁體 (台灣) or 繁體 (香港).

Display only (reader.document.hanzi.chinese_script): the view renders the converted text and maps
its offsets, so notes, bookmarks, corrections and exports keep to the text as written. The
choice is remembered per document (QSettings, by the hash of its text). A long article, and
any article while OpenCC's dictionaries are still to be loaded (≈30–130 ms), is converted on
a worker thread (≈0.5 s for 850 000 characters) while the status bar says so, and shown as
it was until then; the conversion is pure Python and C++ over its own objects, handed back
by a queued signal.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.document import Document
from reader.document.hanzi.script_names import Script, script_named
from reader.ui.article.view import ArticleView
from reader.ui.window.actions import Actions
from reader.ui.window.settings import UiSettings
from reader.ui.window.state import about_article
from reader.ui.window.texts import WindowText

if TYPE_CHECKING:  # the conversion is loaded when a document is first shown in a script
    from reader.document.hanzi.chinese_script import ScriptView

SYNC_CHARS = 20_000  # a longer article is converted on a worker thread (over ≈10 ms)
_ORDER = list(Script)


class ScriptChoice(QObject):
    """for_document() when a document is shown; the script actions choose."""

    _done = Signal(int, object)  # request number, ScriptView or the exception

    def __init__(
        self, view: ArticleView, texts: WindowText, settings: UiSettings, actions: Actions
    ) -> None:
        super().__init__(view)
        self._view, self._settings, self._actions, self._texts = view, settings, actions, texts
        self._document: Document | None = None
        self._script = Script.AS_WRITTEN
        self._made: dict[Script, ScriptView] = {}  # of the document's text
        self._request = 0
        self._after_paint: threading.Thread | None = None  # a conversion waiting for it
        self._label: QLabel | None = None  # the script shown, in the status bar (not as written)
        self._done.connect(self._converted)
        view.first_painted.connect(self._start_after_paint)
        actions.scripts.triggered.connect(lambda a: self.choose(script_named(str(a.data()))))
        actions.next_script.triggered.connect(self.next_script)
        actions.script_actions[Script.AS_WRITTEN].setChecked(True)

    def _status(self, message: str) -> None:
        window = self._view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message)

    @property
    def script(self) -> Script:
        return self._script

    def for_document(self, document: Document) -> ScriptView | None:
        """The document in the script chosen for it: converted now when short; a long one is
        shown as written meanwhile (None) and in its script when converted."""
        if self._document is None or document.text is not self._document.text:
            self._made.clear()
        self._document = document
        self._script = script_named(self._settings.script(document.source.sha256))
        self._actions.script_actions[self._script].setChecked(True)
        self._show_script()
        return self._convert(document)

    def choose(self, script: Script) -> None:
        """Show the open document in script, and remember it for that document."""
        document = self._document
        self._actions.script_actions[script].setChecked(True)
        if document is None or script is self._script:
            self._script = script
            return
        self._script = script
        self._show_script()
        self._settings.set_script(document.source.sha256, None if script is Script.AS_WRITTEN
                                  else script.value)  # fmt: skip
        shown = self._convert(document)
        if shown is not None or script is Script.AS_WRITTEN:
            self._view.set_script(shown)

    def _show_script(self) -> None:
        """The script the article is shown in, beside the encoding; nothing when as written.
        Remembered per document, it would otherwise change what a reader sees unannounced."""
        window = self._view.window()
        if self._label is None and isinstance(window, QMainWindow):
            self._label = QLabel(window.statusBar())
            self._label.setContentsMargins(8, 0, 8, 0)
            about_article(self._label)
            window.statusBar().addPermanentWidget(self._label)
        if self._label is not None:
            shown = self._script is not Script.AS_WRITTEN
            self._label.setText(self._actions.script_actions[self._script].text().replace("&", "") if shown else "")

    def next_script(self) -> None:
        """The next script in the menu's order, round to As Written."""
        self.choose(_ORDER[(_ORDER.index(self._script) + 1) % len(_ORDER)])

    def _convert(self, document: Document) -> ScriptView | None:
        self._request += 1
        script = self._script
        if script is Script.AS_WRITTEN or script in self._made:
            return self._made.get(script)
        from reader.document.hanzi.chinese_script import is_loaded

        if len(document.text) <= SYNC_CHARS and is_loaded(document.text, script):
            try:
                self._made[script] = made = _make(document.text, script)
            except ImportError as error:
                self._status(self._texts.no_opencc(str(error)))
                return None
            return made
        self._status(self._texts.converting(self._actions.script_actions[script].text()
                                            .replace("&", "")))  # fmt: skip
        worker = threading.Thread(target=self._work, args=(self._request, document.text, script),
                                  name="reader-script", daemon=True)  # fmt: skip
        # Started once the article shown is painted: importing OpenCC would hold it up.
        self._after_paint = worker
        QTimer.singleShot(0, self._start_unless_painting)
        return None

    def _start_unless_painting(self) -> None:
        if not self._view.awaiting_paint:
            self._start_after_paint()

    def _start_after_paint(self) -> None:
        worker, self._after_paint = self._after_paint, None
        if worker is not None:
            worker.start()

    def _work(self, request: int, text: str, script: Script) -> None:
        result: object
        try:
            result = _make(text, script)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to report
            result = error
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._done.emit(request, result)

    def _converted(self, request: int, result: object) -> None:
        if request != self._request:
            return  # another document or script was asked for since
        self._status("")
        from reader.document.hanzi.chinese_script import ScriptView

        if isinstance(result, ScriptView):
            self._made[result.script] = result
            self._view.set_script(result)
        elif isinstance(result, ImportError):
            self._status(self._texts.no_opencc(str(result)))
        elif isinstance(result, BaseException):
            raise result  # a defect: the crash handler reports it


def _make(text: str, script: Script) -> ScriptView:
    from reader.document.hanzi.chinese_script import script_view

    made = script_view(text, script)
    assert made is not None  # not as written
    return made
