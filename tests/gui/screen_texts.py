"""Every text a person can see or hear on a screen, keyed by where it is.

`screen_texts(root)` walks the widget tree under `root` (visible widgets only) and returns
{path: text} for labels, buttons, tab titles, placeholders, combo items, read-only text
boxes, table headers and cells (display and tooltip), menus, the status bar, window titles,
accessible names and descriptions, tooltips, and the texts custom charts painted
(`widget.painted`, as last painted: a chart that does not repaint when the language changes
shows its old words). Paths are built from object names and positions, never from text, so the
same screen in two languages gives the same keys.

`PseudoTranslator` marks every translated part with ⟦ … ⟧ (and makes it ~40% longer), leaving
the placeholders (%1, %n) outside the marks;
`RecordingTranslator` notes every (context, source, n) the app asks Qt for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
MAX_ROWS = 40
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
ACCENTED = str.maketrans("aeiouAEIOUcnsy", "àéîõüÀÉÎÕÜçñšý")
PLACEHOLDER = re.compile(r"(%L?\d+|%L?n)")


class PseudoTranslator(QTranslator):
    """Every string marked ⟦ … ⟧, accented and ~40% longer; %1, %n and '&' keep working."""

    def isEmpty(self) -> bool:  # Qt skips empty translators
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if not source:
            return None
        # Placeholders stay outside the marks: what the code puts into %1 is checked too.
        parts = PLACEHOLDER.split(source)
        marked = []
        for index, part in enumerate(parts):
            if index % 2:  # a placeholder
                marked.append(part)
            elif part:
                marked.append(f"{OPEN}{part.translate(ACCENTED)}{CLOSE}")
        padding = "~" * max(2, int(len(source) * 0.4))
        return "".join(marked) + f"{OPEN}{padding}{CLOSE}"


class RecordingTranslator(QTranslator):
    """Answers nothing (Qt asks the next translator) but remembers every question."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()
        self.counts: dict[tuple[str, str], set[int]] = {}

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.add((context, source))
        if n >= 0:
            self.counts.setdefault((context, source), set()).add(n)
        return None


def _key(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _path(widget: QWidget, root: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        key = _key(current)
        if parent is not None:
            siblings = parent.findChildren(QWidget, options=DIRECT)
            same = [c for c in siblings if _key(c) == key]
            key += f"#{same.index(current)}" if len(same) > 1 else ""
        parts.append(key)
        current = parent
    return "/".join(reversed(parts)) or _key(root)


def _view_texts(view: QAbstractItemView) -> Iterable[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        for orientation in (Qt.Orientation.Horizontal,):
            text = model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str):
                yield f"header{column}", text
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role, name in ((Qt.ItemDataRole.DisplayRole, "cell"),
                               (Qt.ItemDataRole.ToolTipRole, "tip")):
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield f"{name}{row},{column}", value


def _own_texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(),
                                                          QAbstractSpinBox | QComboBox):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.text()
    elif isinstance(widget, QAbstractSpinBox):
        yield "special", widget.specialValueText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item{i}", widget.itemText(i)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield "text", widget.toPlainText()
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"tab{i}", widget.tabText(i)
            yield f"tabtip{i}", widget.tabToolTip(i)
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _view_texts(widget)
    for i, painted in enumerate(getattr(widget, "painted", None) or ()):
        yield f"painted{i}", painted
    yield "tooltip", widget.toolTip()
    yield "accessible-name", widget.accessibleName()
    yield "accessible-description", widget.accessibleDescription()
    if widget.isWindow():
        yield "window-title", widget.windowTitle()


def _menu_texts(menu: QMenu, prefix: str) -> Iterable[tuple[str, str]]:
    yield f"{prefix}/title", menu.title()
    for i, action in enumerate(menu.actions()):
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{prefix}/{i}")
        elif not action.isSeparator():
            yield f"{prefix}/{i}", action.text()
            yield f"{prefix}/{i}/tip", action.toolTip() if action.toolTip() != \
                action.text().replace("&", "") else ""


def screen_texts(root: QWidget) -> dict[str, str]:
    """{path: text} of everything visible under `root` (empty texts left out)."""
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QMenu):
            continue
        path = _path(widget, root)
        for what, text in _own_texts(widget):
            if text:
                found[f"{path}:{what}"] = text
    if isinstance(root, QMainWindow):
        for i, action in enumerate(root.menuBar().actions()):
            if action.menu() is not None:
                for key, text in _menu_texts(action.menu(), f"menu{i}"):
                    if text:
                        found[key] = text
        message = root.statusBar().currentMessage()
        if message:
            found["statusbar:message"] = message
    return found


_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def strip_marked(text: str) -> str:
    """`text` without its pseudo-translated parts (nested ones too)."""
    while True:
        stripped = _MARKED.sub(" ", text)
        if stripped == text:
            return stripped
        text = stripped
