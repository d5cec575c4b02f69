"""Case search box and filters. Typing searches as you type, after a short pause (debounce),
so a fast typist sends one search, not one per key. Enter or Down in the box asks for the first
match to be opened (after the search for what was typed, if that has not run yet)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.plain_text import plain_label

DEBOUNCE_MS = 100
LONG_TERM_MONTHS = 12


class SearchPanel(QWidget):
    search_requested = Signal(str, object)  # text, SearchFilters fields (dict)
    first_match_requested = Signal()  # Enter or Down in the search box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-panel")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search-box")
        self.search_box.setClearButtonEnabled(True)
        self.open_only = QCheckBox()
        self.open_only.setChecked(True)
        self.long_term = QCheckBox()
        self.language = QComboBox()
        self.language.setObjectName("language-filter")
        self.min_age = _age_box()
        self.max_age = _age_box()
        self.age_label = plain_label(wrap=False)
        self.age_to_label = plain_label(wrap=False)
        self._languages: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        row = QHBoxLayout()
        row.addWidget(self.open_only)
        row.addWidget(self.long_term)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.language, 1)
        row.addWidget(self.age_label)
        row.addWidget(self.min_age)
        row.addWidget(self.age_to_label)
        row.addWidget(self.max_age)
        layout.addLayout(row)
        self.age_label.setBuddy(self.min_age)
        self.search_box.textChanged.connect(self._schedule)
        self.search_box.returnPressed.connect(self._first_match)
        self.search_box.installEventFilter(self)
        self.open_only.toggled.connect(self._schedule)
        self.long_term.toggled.connect(self._schedule)
        self.language.currentIndexChanged.connect(self._schedule)
        self.min_age.valueChanged.connect(self._schedule)
        self.max_age.valueChanged.connect(self._schedule)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_box and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not event.modifiers()):
            self._first_match()
            return True
        return super().eventFilter(watched, event)

    def _first_match(self) -> None:
        if self._timer.isActive():  # typed just now: search for that first
            self.search_now()
        self.first_match_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search by name, case id or CV text"))
        self.search_box.setAccessibleName(self.tr("Case search"))
        self.open_only.setText(self.tr("Open cases only"))
        self.open_only.setAccessibleName(self.tr("Open cases only"))
        self.long_term.setText(self.tr("Unemployed 12 months or more"))
        self.long_term.setAccessibleName(self.tr("Unemployed 12 months or more"))
        self.language.setAccessibleName(self.tr("Preferred language"))
        self.age_label.setText(self.tr("Age"))
        self.age_to_label.setText(self.tr("to"))
        for box, name in (
            (self.min_age, self.tr("Minimum age")),
            (self.max_age, self.tr("Maximum age")),
        ):
            box.setSpecialValueText(self.tr("any"))
            box.setAccessibleName(name)
        self._fill_languages()

    def set_languages(self, codes: Sequence[str]) -> None:
        self._languages = tuple(codes)
        self._fill_languages()

    def _fill_languages(self) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("Any language"), None)
        for code in self._languages:
            self.language.addItem(code, code)
        found = self.language.findData(current)
        self.language.setCurrentIndex(max(found, 0))
        self.language.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        """The `SearchFilters` fields as plain data: the worker builds the object, so the GUI
        thread never imports the storage modules (they pull in pandas)."""
        return {
            "open_cases_only": self.open_only.isChecked(),
            "preferred_language": self.language.currentData(),
            "min_age": self.min_age.value() or None,
            "max_age": self.max_age.value() or None,
            "unemployed_months_at_least": LONG_TERM_MONTHS if self.long_term.isChecked()
            else None,
        }

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _schedule(self, *_: object) -> None:
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.search_box.text(), self.filters())


def _age_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 99)  # 0 shows "any"
    return box
