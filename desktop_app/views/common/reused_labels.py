"""Label rows that are kept and given new text from case to case, instead of made anew.

Opening a case used to delete every label of the Overview and create new ones: each new label
is polished, shown through a queued call and laid out, and each old one deleted later, which
made up most of the GUI thread's time per case. Reused labels only change their text; rows a
case does not need are hidden. Every label is a `plain_label`, so bundle text stays plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel

from desktop_app.views.common.plain_text import plain_label

# (label, value) is a two-column row; (text, None) a row spanning both columns
FormRow = tuple[str, str | None]


class ReusedFormRows:
    def __init__(self, layout: QFormLayout) -> None:
        self._layout = layout
        self._rows: list[tuple[QLabel, QLabel | None]] = []

    def reserve(self, count: int) -> None:
        """Make `count` hidden label/value rows now, so the first case does not pay for them."""
        while len(self._rows) < count:
            self._add(True)
            self._layout.setRowVisible(len(self._rows) - 1, False)
            for label in self._rows[-1]:
                if label is not None:
                    label.ensurePolished()  # hidden widgets are otherwise polished when shown

    def show_rows(self, rows: Sequence[FormRow]) -> None:
        for index, (text, value) in enumerate(rows):
            if index < len(self._rows) and (self._rows[index][1] is None) != (value is None):
                self._drop_from(index)  # a spanning row where a pair was, or the reverse
            if index == len(self._rows):
                self._add(value is not None)
            label, value_label = self._rows[index]
            label.setText(text)
            if value_label is not None:
                value_label.setText(value or "")
            self._layout.setRowVisible(index, True)
        for index in range(len(rows), len(self._rows)):
            self._layout.setRowVisible(index, False)

    def _add(self, pair: bool) -> None:
        if pair:
            label, value = plain_label(wrap=False), plain_label()
            self._layout.addRow(label, value)
            self._rows.append((label, value))
        else:
            label = plain_label()
            self._layout.addRow(label)
            self._rows.append((label, None))

    def _drop_from(self, index: int) -> None:
        while len(self._rows) > index:
            self._rows.pop()
            self._layout.removeRow(len(self._rows))  # deletes the row's labels


class ReusedLabels:
    """A column of word-wrapped labels in a box layout, each with an object name."""

    def __init__(self, layout: QBoxLayout) -> None:
        self._layout = layout
        self._labels: list[QLabel] = []

    def reserve(self, count: int) -> None:
        """Make `count` hidden labels now, so the first case does not pay for them."""
        while len(self._labels) < count:
            label = plain_label()
            label.hide()
            label.ensurePolished()
            self._layout.addWidget(label)
            self._labels.append(label)

    def show_labels(self, items: Sequence[tuple[str, str]]) -> None:
        """`items` are (text, object name) pairs, top to bottom."""
        for index, (text, name) in enumerate(items):
            if index == len(self._labels):
                self.reserve(index + 1)
            label = self._labels[index]
            label.setText(text)
            label.setObjectName(name)
            label.setVisible(True)
        for label in self._labels[len(items):]:
            label.setVisible(False)
