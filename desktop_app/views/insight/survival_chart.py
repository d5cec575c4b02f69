"""Time-to-work curves: share of each group in work or education by week, with 95% bands.

Draws the Kaplan–Meier estimates of `FactorInsight.curves` (as rising "found work" curves) as
step lines with their confidence band shaded, up to two years. The accessible description
gives each group's share in work at 13, 26, 52 and 104 weeks, the same numbers as words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.views.common.locale_text import number, percent

if TYPE_CHECKING:
    from desktop_app.casework.types import FactorInsight, SurvivalCurve

SERIES = ("#2f6fb0", "#d9822b", "#2e8b57", "#8e6bbf", "#8a939e")
MAX_WEEKS = 104
CHECKPOINTS = (13, 26, 52, 104)


def share_in_work(curve: SurvivalCurve, week: float) -> float:
    return 1 - curve.at(week)


def curve_summary(insight: FactorInsight, group_name=lambda g: g) -> str:  # type: ignore[no-untyped-def]
    translate = QCoreApplication.translate
    lines = []
    for curve in insight.curves:
        points = ", ".join(
            translate("SurvivalChart", "%1 weeks: %2")
            .replace("%1", number(w))
            .replace("%2", percent(share_in_work(curve, w)))
            for w in CHECKPOINTS
        )
        lines.append(f"{group_name(curve.label)} (n={number(curve.n)}): {points}")
    return "\n".join(lines)


class SurvivalChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight-curves")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.insight: FactorInsight | None = None
        self.group_name = lambda g: g

    def set_insight(self, insight: FactorInsight | None, group_name=None) -> None:  # type: ignore[no-untyped-def]
        self.insight = insight
        self.group_name = group_name or (lambda g: g)
        self.setAccessibleDescription(curve_summary(insight, self.group_name) if insight else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.insight is None:
            return
        fm = self.fontMetrics()
        legend_h = (fm.height() + 4) * ((len(self.insight.curves) + 2) // 3) + 8
        plot = QRectF(
            fm.horizontalAdvance("100%") + 16,
            10,
            self.width() - fm.horizontalAdvance("100%") - 32,
            self.height() - 2 * fm.height() - legend_h - 24,
        )

        def point(week: float, share: float) -> QPointF:
            return QPointF(
                plot.left() + plot.width() * min(week, MAX_WEEKS) / MAX_WEEKS,
                plot.bottom() - plot.height() * share,
            )

        for share in (0, 0.25, 0.5, 0.75, 1):
            y = point(0, share).y()
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = percent(share)
            painter.drawText(
                QPointF(plot.left() - fm.horizontalAdvance(label) - 6, y + fm.ascent() / 2), label
            )
        for week in range(0, MAX_WEEKS + 1, 13):
            x = point(week, 0).x()
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            label = str(week)
            painter.drawText(
                QPointF(x - fm.horizontalAdvance(label) / 2, plot.bottom() + fm.ascent() + 4),
                label,
            )
        axis = QCoreApplication.translate("SurvivalChart", "weeks since becoming unemployed")
        painter.drawText(
            QPointF(
                plot.center().x() - fm.horizontalAdvance(axis) / 2,
                plot.bottom() + 2 * fm.height() + 6,
            ),
            axis,
        )
        painter.save()
        painter.setClipRect(plot.adjusted(-1, -1, 1, 1))
        for index, curve in enumerate(self.insight.curves):
            self._draw_curve(painter, curve, QColor(SERIES[index % len(SERIES)]), point)
        painter.restore()
        self._draw_legend(painter, plot.bottom() + 2 * fm.height() + 16, text)

    def _draw_curve(self, painter: QPainter, curve: SurvivalCurve, colour: QColor, point) -> None:  # type: ignore[no-untyped-def]
        found, low, high = curve.found_work()
        times = curve.times
        keep = times <= MAX_WEEKS
        t = np.append(times[keep], MAX_WEEKS)
        f, lo, hi = (np.append(v[keep], v[keep][-1]) for v in (found, low, high))
        band = QPainterPath()
        upper = [(t[0], hi[0])]
        lower = [(t[0], lo[0])]
        for i in range(1, len(t)):
            if np.isfinite(hi[i - 1]) and np.isfinite(lo[i - 1]):
                upper += [(t[i], hi[i - 1]), (t[i], hi[i] if np.isfinite(hi[i]) else hi[i - 1])]
                lower += [(t[i], lo[i - 1]), (t[i], lo[i] if np.isfinite(lo[i]) else lo[i - 1])]
        band.moveTo(point(*upper[0]))
        for p in upper[1:]:
            band.lineTo(point(*p))
        for p in reversed(lower):
            band.lineTo(point(*p))
        band.closeSubpath()
        fill = QColor(colour)
        fill.setAlpha(45)
        painter.fillPath(band, fill)
        line = QPainterPath(point(t[0], f[0]))
        for i in range(1, len(t)):
            line.lineTo(point(t[i], f[i - 1]))
            line.lineTo(point(t[i], f[i]))
        painter.setPen(QPen(colour, 2.2))
        painter.drawPath(line)

    def _draw_legend(self, painter: QPainter, y: float, text: QColor) -> None:
        assert self.insight is not None
        fm = self.fontMetrics()
        x = 12.0
        for index, curve in enumerate(self.insight.curves):
            label = f"{self.group_name(curve.label)} (n={number(curve.n)})"
            width = 20 + fm.horizontalAdvance(label) + 18
            if x + width > self.width():
                x, y = 12.0, y + fm.height() + 4
            painter.fillRect(
                QRectF(x, y + 3, 14, fm.height() - 6), QColor(SERIES[index % len(SERIES)])
            )
            painter.setPen(text)
            painter.drawText(QPointF(x + 20, y + fm.ascent()), label)
            x += width
