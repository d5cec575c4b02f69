"""A tab whose backing work has not landed yet: it says so plainly and shows nothing made up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.views.plain_text import heading, plain_label


class PendingTab(QWidget):
    """`title` and `explanation` are callables so the texts follow a language switch."""

    def __init__(
        self,
        object_name: str,
        title: Callable[[], str],
        explanation: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._title = title
        self._explanation = explanation
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.title_label = heading()
        self.message_label = plain_label()
        self.message_label.setObjectName("pending-message")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title_label)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self._title())
        self.message_label.setText(self._explanation())
        self.setAccessibleName(self._title())
