"""The swim-lane timeline of one citizen, drawn with QPainter.

Lanes (top to bottom): decisions, programmes (bars coloured by enrolment status, with the
attendance rate), appointments (filled dot attended, red cross missed), situation (outcome
spells; subsidised work hatched) and gaps (waiting time with no programme, work or education,
also shaded behind every lane). Overlapping bars in one lane go on separate rows. Every item
has a tooltip, and `timeline_text` gives the same content as a plain list for screen readers.
Labels are bundle text: they are drawn as plain strings, never interpreted.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.views.common.locale_text import date_text, month_text, percent
from desktop_app.views.words.journey_words import (
    appointment_kind,
    enrolment_status,
    lane_name,
    state_name,
)

if TYPE_CHECKING:
    from desktop_app.casework.types import CitizenTimeline, TimelineItem

STATUS_COLOURS = {
    "active": "#2f6fb0",
    "completed": "#1d3f8f",
    "dropped": "#d9822b",
    "no_show": "#8a939e",
    "planned": "#8a939e",
}
OUTCOME_COLOURS = {
    "employed": "#2e8b57",
    "education": "#17a2b8",
    "unemployed": "#b8bec6",
    "sick": "#8e6bbf",
    "other": "#9aa4af",
}
# Every colour in the legend means one thing: an attended appointment is not "employed" and a
# gap is not "dropped out" (they shared a colour, so the legend could not tell them apart).
ATTENDED, MISSED, UNKNOWN = "#3b4450", "#c8323c", "#8a939e"
DECISION = "#2f6fb0"
GAP = "#e3b505"
translate = QCoreApplication.translate


class TimelineWords(QObject):
    """Counted words of the timeline (a QObject, so lupdate sees their plural forms)."""

    def days(self, days: int) -> str:
        return self.tr("%Ln day(s)", "", days)

    def gap(self, days: int) -> str:
        return self.tr("no programme, work or education for %Ln day(s)", "", days)


_words: list[TimelineWords] = []


def words() -> TimelineWords:
    if not _words:
        _words.append(TimelineWords())
    return _words[0]


def _gap_days(item: TimelineItem) -> int:
    return (item.end - item.start).days if item.end else 0


@dataclass(frozen=True)
class Placed:
    item: TimelineItem
    rect: QRectF
    tip: str


def _lanes() -> tuple[str, ...]:
    # imported when a timeline is drawn: the journeys code loads pandas, which the cache worker
    # has already loaded by then (the window itself starts without it)
    from desktop_app.casework.journey import LANES

    return LANES


def item_text(item: TimelineItem, label: Callable[[TimelineItem], str]) -> str:
    """One item in words: what, when, how it went (the tooltip and the text alternative)."""
    when = date_text(item.start)
    if item.end != item.start:
        when += " – " + (
            date_text(item.end) if item.end else translate("TimelineChart", "ongoing")
        )
    parts = [label(item), when]
    if item.lane == "programmes":
        parts.append(enrolment_status(item.status))
        if item.attendance_rate is not None:
            parts.append(
                translate("TimelineChart", "attendance %1").replace(
                    "%1", percent(item.attendance_rate)
                )
            )
    elif item.lane == "appointments":
        parts.append(
            translate("TimelineChart", "attended")
            if item.attended
            else translate("TimelineChart", "missed")
            if item.attended is False
            else translate("TimelineChart", "result not recorded")
        )
    elif item.lane == "outcomes" and item.subsidised:
        parts.append(translate("TimelineChart", "subsidised"))
    return ", ".join(p for p in parts if p)


def timeline_text(timeline: CitizenTimeline, label: Callable[[TimelineItem], str]) -> str:
    """The whole timeline as lines grouped by lane (the chart's text alternative)."""
    lines: list[str] = []
    for lane in _lanes():
        items = timeline.lane(lane)
        lines.append(f"{lane_name(lane)} ({len(items)})")
        lines.extend(f"  • {item_text(i, label)}" for i in items)
    return "\n".join(lines)


def default_label(item: TimelineItem) -> str:
    if item.lane == "appointments":
        return appointment_kind(item.label)
    if item.lane == "outcomes":
        return state_name(item.label)
    if item.lane == "gaps":
        return words().gap(_gap_days(item))
    return item.label


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-timeline")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.timeline: CitizenTimeline | None = None
        self.label: Callable[[TimelineItem], str] = default_label
        self.placed: list[Placed] = []
        self.painted: list[str] = []  # every text drawn in the last paint (for the i18n tests)
        self.retranslate()

    def set_timeline(
        self, timeline: CitizenTimeline | None, label: Callable[[TimelineItem], str] | None = None
    ) -> None:
        self.timeline = timeline
        self.label = label or default_label
        self.retranslate()
        self.updateGeometry()
        self.update()

    def retranslate(self) -> None:
        self.update()  # the lanes, legend and axis are painted in the interface language
        self.setAccessibleName(translate("TimelineChart", "Journey timeline"))
        if self.timeline is None or self.timeline.window_start is None:
            self.setAccessibleDescription(
                translate("TimelineChart", "No journey is recorded for this citizen.")
            )
        else:
            counts = ", ".join(
                f"{lane_name(lane)}: {len(self.timeline.lane(lane))}" for lane in _lanes()
            )
            self.setAccessibleDescription(
                translate(
                    "TimelineChart", "From %1 to %2. %3. The list below the chart gives every item."
                )
                .replace("%1", date_text(self.timeline.window_start))
                .replace("%2", date_text(self.timeline.window_end))
                .replace("%3", counts)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- geometry -------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _lane_rows(self) -> dict[str, list[list[TimelineItem]]]:
        """Items of each lane on rows, so overlapping bars never hide each other."""
        rows: dict[str, list[list[TimelineItem]]] = {}
        if self.timeline is None:
            return rows
        last = self.timeline.window_end
        for lane in _lanes():
            lane_rows: list[list[TimelineItem]] = []
            ends: list[date] = []
            for item in self.timeline.lane(lane):
                end = item.end or last
                point = lane in ("decisions", "appointments")
                for index, row_end in enumerate(ends):
                    if point or item.start >= row_end:
                        lane_rows[index].append(item)
                        ends[index] = max(row_end, end)
                        break
                else:
                    lane_rows.append([item])
                    ends.append(end)
            rows[lane] = lane_rows or [[]]
        return rows

    def sizeHint(self) -> QSize:
        rows = sum(len(r) for r in self._lane_rows().values()) or 1
        return QSize(720, 16 + rows * self._row_height() + 3 * self.fontMetrics().height() + 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, self.sizeHint().height())

    # ---- drawing --------------------------------------------------------------------------
    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painted = []
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        tl = self.timeline
        if tl is None or tl.window_start is None:
            painter.setPen(text)
            self._draw_text(painter, self.rect(), Qt.AlignmentFlag.AlignCenter,
                            translate("TimelineChart", "No journey is recorded."))
            return
        fm = self.fontMetrics()
        row_h = self._row_height()
        left = max(fm.horizontalAdvance(lane_name(lane)) for lane in _lanes()) + 20
        right = self.width() - 16
        first, last = tl.window_start, max(tl.window_end, tl.window_start + timedelta(days=1))
        span = (last - first).days

        def x_of(day: date) -> float:
            return left + (right - left) * (day - first).days / span

        lane_rows = self._lane_rows()
        y = 8.0
        lane_tops: dict[str, tuple[float, float]] = {}
        for lane in _lanes():
            height = len(lane_rows[lane]) * row_h
            lane_tops[lane] = (y, height)
            y += height
        bottom = y
        grid = palette.color(QPalette.ColorRole.Mid)
        # gaps shaded behind every lane: the waiting time should catch the eye
        for gap in tl.lane("gaps"):
            x0, x1 = x_of(gap.start), x_of(gap.end or last)
            painter.fillRect(QRectF(x0, 8, x1 - x0, bottom - 8), _alpha(GAP, 28))
        for index, lane in enumerate(_lanes()):
            top, height = lane_tops[lane]
            if index % 2:
                painter.fillRect(QRectF(0, top, self.width(), height), _alpha(grid.name(), 40))
            painter.setPen(text)
            self._draw_text(painter, QRectF(8, top, left - 16, height),
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                            lane_name(lane))
        self.placed = []
        for lane in _lanes():
            top, _ = lane_tops[lane]
            for r, row in enumerate(lane_rows[lane]):
                for item in row:
                    rect = QRectF(x_of(item.start), top + r * row_h + 4, 0, row_h - 8)
                    rect.setRight(max(rect.left() + 3, x_of(item.end or last)))
                    self._draw_item(painter, item, rect, fm, text)
        self._draw_axis(painter, first, last, x_of, bottom, text, grid)
        self._draw_legend(painter, bottom + fm.height() + 14, left, text)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def _draw_item(
        self, painter: QPainter, item: TimelineItem, rect: QRectF, fm: QFontMetrics, text: QColor
    ) -> None:
        lane = item.lane
        tip = item_text(item, self.label)
        if lane in ("decisions", "appointments"):
            c = rect.center()
            r = min(rect.height() / 2 - 1, 6.0)
            hit = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
            if lane == "decisions":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(DECISION))
                painter.drawPolygon(
                    [
                        QPointF(c.x(), c.y() - r),
                        QPointF(c.x() + r, c.y()),
                        QPointF(c.x(), c.y() + r),
                        QPointF(c.x() - r, c.y()),
                    ]
                )
            elif item.attended is False:
                painter.setPen(QPen(QColor(MISSED), 2.2))
                painter.drawLine(hit.topLeft(), hit.bottomRight())
                painter.drawLine(hit.topRight(), hit.bottomLeft())
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(ATTENDED if item.attended else UNKNOWN))
                painter.drawEllipse(c, r * 0.7, r * 0.7)
            self.placed.append(Placed(item, hit, tip))
            return
        if lane == "programmes":
            colour = QColor(STATUS_COLOURS.get(item.status or "", "#8a939e"))
            started = item.status in ("active", "completed", "dropped")
            painter.setPen(
                QPen(colour, 1.5, Qt.PenStyle.SolidLine if started else Qt.PenStyle.DashLine)
            )
            painter.setBrush(colour if started else Qt.BrushStyle.NoBrush)
        elif lane == "outcomes":
            colour = QColor(OUTCOME_COLOURS.get(item.status or "", "#9aa4af"))
            painter.setPen(QPen(colour.darker(130), 1))
            painter.setBrush(colour)
        else:
            colour = QColor(GAP)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect, 3, 3)
        if lane == "outcomes" and item.subsidised:
            painter.setBrush(QBrush(QColor("#ffffff"), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect, 3, 3)
        label = self.label(item) if lane != "gaps" else words().days(_gap_days(item))
        if lane == "programmes" and item.attendance_rate is not None:
            label += " · " + percent(item.attendance_rate)
        if lane == "outcomes" and item.subsidised:
            label += " · " + translate("TimelineChart", "subsidised")
        if rect.width() > fm.horizontalAdvance("MMM"):
            painter.setPen(self._text_on(item, text))
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 8)
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, shown)
            self.painted.append(label)
        self.placed.append(Placed(item, rect, tip))

    @staticmethod
    def _text_on(item: TimelineItem, text: QColor) -> QColor:
        """Readable text on the item's fill (white on dark fills, the palette's on none)."""
        if item.lane == "gaps" or (
            item.lane == "programmes" and item.status not in ("active", "completed", "dropped")
        ):
            return text
        if item.lane == "outcomes" and item.status in ("unemployed", "other", None):
            return QColor("#1f2328")
        return QColor("#ffffff")

    def _draw_axis(
        self, painter: QPainter, first: date, last: date, x_of, bottom: float, text, grid
    ) -> None:  # type: ignore[no-untyped-def]
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(x_of(first), bottom), QPointF(x_of(last), bottom))
        months = max(1, (last - first).days // 30)
        step = 1 if months <= 8 else 3 if months <= 30 else 6 if months <= 60 else 12
        fm = self.fontMetrics()
        tick = date(first.year, first.month, 1)
        last_label_right = -1e9
        while tick <= last:
            if tick >= first and (tick.month - 1) % step == 0:
                x = x_of(tick)
                painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, 8), QPointF(x, bottom + 4))
                label = str(tick.year) if step == 12 else month_text(tick)
                width = fm.horizontalAdvance(label)
                if x - width / 2 > last_label_right + 8:
                    painter.setPen(text)
                    painter.drawText(QPointF(x - width / 2, bottom + fm.ascent() + 6), label)
                    self.painted.append(label)
                    last_label_right = x + width / 2
            tick = date(tick.year + tick.month // 12, tick.month % 12 + 1, 1)

    def _draw_text(self, painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag,
                   label: str) -> None:
        painter.drawText(rect, flags, label)
        self.painted.append(label)

    def _draw_legend(self, painter: QPainter, y: float, left: float, text: QColor) -> None:
        fm = self.fontMetrics()
        x = 8.0
        for colour, label in legend_entries():
            width = 14 + fm.horizontalAdvance(label) + 14
            if x + width > self.width():
                x, y = 8.0, y + fm.height() + 4
            painter.fillRect(QRectF(x, y + 2, 10, fm.height() - 4), QColor(colour))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, y + fm.ascent()), label)
            self.painted.append(label)
            x += width

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            hit = next(
                (p for p in reversed(self.placed) if p.rect.adjusted(-3, -3, 3, 3).contains(pos)),
                None,
            )
            if hit is None:
                QToolTip.hideText()
            else:
                # escaped rich text: a bundle label that looks like markup stays plain
                QToolTip.showText(event.globalPos(), f"<qt>{html.escape(hit.tip)}</qt>", self)
            return True
        return super().event(event)


def legend_entries() -> list[tuple[str, str]]:
    """(colour, meaning) of every colour key under the chart."""
    return [
        (STATUS_COLOURS["completed"], translate("TimelineChart", "completed")),
        (STATUS_COLOURS["active"], translate("TimelineChart", "active")),
        (STATUS_COLOURS["dropped"], translate("TimelineChart", "dropped out")),
        (ATTENDED, translate("TimelineChart", "attended")),
        (MISSED, translate("TimelineChart", "missed")),
        (OUTCOME_COLOURS["employed"], state_name("employed")),
        (OUTCOME_COLOURS["education"], state_name("education")),
        (OUTCOME_COLOURS["unemployed"], state_name("unemployed")),
        (GAP, translate("TimelineChart", "gap")),
    ]


def _alpha(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c
