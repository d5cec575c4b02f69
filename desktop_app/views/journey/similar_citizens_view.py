""" "Citizens like this one": how the journeys of similar past citizens went and ended.

Shows the distribution of how the nearest past citizens ended (bars drawn with QPainter, each
with its count and share) and the journeys they took. It is a description of other people's
past, so the panel says, above everything else, that it is not a recommendation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.locale_text import number, percent
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.journey.similar_variants_model import COL_PATH, SimilarVariantsModel
from desktop_app.views.journey.timeline_chart import OUTCOME_COLOURS
from desktop_app.views.words.journey_words import state_name

if TYPE_CHECKING:
    from desktop_app.casework.types import SimilarCitizens

def outcome_lines(similar: SimilarCitizens) -> list[str]:
    """The distribution as text lines ("employed: 18 of 25 (72%)"), for the bars' description."""
    total = sum(similar.outcome_counts.values())
    return [
        f"{state_name(o)}: {number(c)} / {number(total)} ({percent(c / total)})"
        for o, c in similar.outcome_counts.items()
    ]


class OutcomeBars(QWidget):
    """Horizontal bars: one per way similar citizens ended, longest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similar-outcome-bars")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.similar: SimilarCitizens | None = None

    def set_similar(self, similar: SimilarCitizens | None) -> None:
        self.similar = similar
        self.setAccessibleDescription("\n".join(outcome_lines(similar)) if similar else "")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.similar.outcome_counts) if self.similar else 0
        return QSize(400, max(1, rows) * (self.fontMetrics().height() + 8) + 4)

    def paintEvent(self, _event: object) -> None:
        if not self.similar or not self.similar.outcome_counts:
            return
        painter = QPainter(self)
        fm = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        counts = self.similar.outcome_counts
        total = sum(counts.values())
        label_w = max(fm.horizontalAdvance(state_name(o)) for o in counts) + 12
        value_w = fm.horizontalAdvance("25 / 25 (100%)") + 12
        bar_w = max(40, self.width() - label_w - value_w - 8)
        row_h = fm.height() + 8
        for i, (outcome, count) in enumerate(counts.items()):
            top = 2 + i * row_h
            painter.setPen(text)
            painter.drawText(QPointF(4, top + fm.ascent() + 4), state_name(outcome))
            colour = QColor(OUTCOME_COLOURS.get(outcome.split(" ")[0], "#9aa4af"))
            width = bar_w * count / total
            painter.fillRect(QRectF(label_w, top + 3, width, row_h - 6), colour)
            painter.drawText(
                QPointF(label_w + width + 6, top + fm.ascent() + 4),
                f"{number(count)} / {number(total)} ({percent(count / total)})",
            )


class SimilarCitizensView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similar-citizens")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading(scale=1.05)
        self.notice = plain_label()
        self.notice.setObjectName("similar-notice")
        self.notice.setStyleSheet("QLabel { font-weight: bold; }")
        self.basis = plain_label()
        self.ended_title = plain_label()
        self.bars = OutcomeBars()
        self.paths_title = plain_label()
        self.model = SimilarVariantsModel(self)
        self.table = QTableView()
        self.table.setObjectName("similar-variants")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PATH, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        for widget in (self.title, self.notice, self.basis, self.ended_title, self.bars):
            layout.addWidget(widget)
        layout.addWidget(self.paths_title)
        layout.addWidget(self.table, 1)
        self.similar: SimilarCitizens | None = None
        self.objection = False
        self.cohort_size = 0
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_similar(self, similar: SimilarCitizens | None, cohort_size: int = 0,
                     objection: bool = False) -> None:
        self.similar, self.cohort_size, self.objection = similar, cohort_size, objection
        self.model.set_similar(similar)
        self.bars.set_similar(similar)
        self._label()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._label()

    def _label(self) -> None:
        self.title.setText(self.tr("Citizens like this one"))
        self.setAccessibleName(self.tr("Citizens like this one"))
        self.notice.setText(
            self.tr(
                "Not a recommendation. This describes what happened to similar citizens in "
                "the past; it is not a prediction for this citizen."
            )
        )
        self.ended_title.setText(self.tr("How they ended (latest situation):"))
        self.paths_title.setText(self.tr("The journeys they took:"))
        self.bars.setAccessibleName(self.tr("How similar citizens ended"))
        self.table.setAccessibleName(self.tr("Journeys of similar citizens"))
        similar = self.similar
        for widget in (self.ended_title, self.bars, self.paths_title, self.table):
            widget.setVisible(similar is not None)
        if similar is None:
            self.basis.setText(
                self.tr("Not shown: the citizen objects to profiling (GDPR Art. 21).")
                if self.objection else
                self.tr("Too little is recorded to find similar citizens."))
            return
        features = ", ".join(self._feature(f) for f in similar.features)
        self.basis.setText(
            self.tr("The %1 past citizens most similar in %2 (out of %3 compared).")
            .replace("%1", number(len(similar.neighbours)))
            .replace("%2", features)
            .replace("%3", number(self.cohort_size))
        )

    def _feature(self, name: str) -> str:
        words = {
            "age": self.tr("age"),
            "school_years": self.tr("years of school"),
            "education_isced": self.tr("education level"),
            "basic_skills": self.tr("basic skills"),
            "host_language_level": self.tr("host-language level"),
            "years_in_country": self.tr("years in the country"),
        }
        return words.get(name, name.replace("_", " "))
