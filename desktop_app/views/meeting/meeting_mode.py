"""Meeting mode: one key turns the window into what the citizen sees across the desk.

Large type, only the Overview (no case list, no internal tabs or scores), and the interface in
the citizen's preferred language when Wayfinder has it. Leaving restores the caseworker's view
and language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QStatusBar, QWidget

from desktop_app.views.common import i18n
from desktop_app.views.common.plain_text import rescale_headings

if TYPE_CHECKING:
    from desktop_app.casework.types import CaseDetail
    from desktop_app.views.case_view import CaseView

SCALE = 1.5


class MeetingWindow(Protocol):
    """What meeting mode changes on the main window (which owns it)."""

    left_panel: QWidget
    meeting_action: QAction

    @property
    def case_view(self) -> CaseView: ...

    def statusBar(self) -> QStatusBar: ...

    def font(self) -> QFont: ...


class MeetingMode:
    def __init__(self, window: MeetingWindow) -> None:
        self._window = window
        self.active = False
        self._caseworker_language = i18n.current_language()
        self._detail: CaseDetail | None = None

    def set_active(self, active: bool) -> None:
        if active == self.active:
            return
        window = self._window
        self.active = active
        view = window.case_view
        if active:
            self._caseworker_language = i18n.current_language()
            window.left_panel.hide()
            window.statusBar().hide()
            view.setCurrentWidget(view.overview_tab)
            view.tabBar().hide()
            font = QFont(window.font())
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * SCALE)
            view.setFont(font)
            self._use_citizen_language()
        else:
            window.left_panel.show()
            window.statusBar().show()
            view.tabBar().show()
            view.setFont(QFont(window.font()))
            if i18n.current_language() != self._caseworker_language:
                i18n.set_language(self._caseworker_language)
        rescale_headings(view)
        view.overview_tab.set_meeting_mode(active)
        if window.meeting_action.isChecked() != active:
            window.meeting_action.setChecked(active)

    def case_changed(self, detail: CaseDetail | None) -> None:
        self._detail = detail
        if self.active:
            self._use_citizen_language()

    def _use_citizen_language(self) -> None:
        detail = self._detail or self._window.case_view.overview_tab.detail
        preferred = detail.records.citizen.get("preferred_language") if detail else None
        code = i18n.supported(str(preferred) if preferred else None)
        if code and code != i18n.current_language():
            i18n.set_language(code)
