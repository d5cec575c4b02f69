"""An effect bar drawn with QPainter: chance without and with the programme, and its range.

A scale of 100 people; a thin mark where the citizen stands without a programme, a dot where
they would stand with it, and a band for the 90% range. Calm colours from the palette (no
red/green verdicts); the same numbers are in the card's text and the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class EffectBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("effect-bar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.baseline = 0.0
        self.value = 0.0
        self.low = 0.0
        self.high = 0.0

    def set_values(self, baseline: float, value: float, low: float, high: float) -> None:
        clamp = lambda x: max(0.0, min(1.0, x))  # noqa: E731
        self.baseline, self.value = clamp(baseline), clamp(value)
        self.low, self.high = clamp(low), clamp(high)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 26)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 26)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        track = QColor(text)
        track.setAlphaF(0.15)
        band = QColor(accent)
        band.setAlphaF(0.35)
        left, width = 6.0, max(10.0, self.width() - 12.0)
        mid = self.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(left, mid - 3, width, 6), 3, 3)
        painter.setBrush(band)
        x_low, x_high = left + self.low * width, left + self.high * width
        painter.drawRoundedRect(QRectF(x_low, mid - 7, max(2.0, x_high - x_low), 14), 4, 4)
        painter.setPen(QPen(text, 2))
        x_base = left + self.baseline * width
        painter.drawLine(QPointF(x_base, mid - 10), QPointF(x_base, mid + 10))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(QPointF(left + self.value * width, mid), 5.5, 5.5)
        painter.end()
