"""Labels that never interpret their text as markup.

Text from a bundle is untrusted: a name like `<img src=...>` must show as those characters,
not load an image. Every label in the views is made here, so none can slip into rich text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading(text: str = "", parent: QWidget | None = None, *, scale: float = 1.15) -> QLabel:
    label = plain_label(text, parent)
    label.setProperty("heading_scale", scale)
    _apply_heading_font(label, label.font())
    label.setAccessibleName(text)
    return label


def rescale_headings(root: QWidget) -> None:
    """Headings keep an explicit font, so after `root.setFont(...)` they are scaled again."""
    for label in root.findChildren(QLabel):
        if label.property("heading_scale") is not None:
            _apply_heading_font(label, root.font())


def _apply_heading_font(label: QLabel, base: QFont) -> None:
    font = QFont(base)
    font.setBold(True)
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * float(label.property("heading_scale")))
    label.setFont(font)
