"""Accessible names on every control, the shortcut registry, meeting mode and dark palette,
and the worker's handling of superseded work."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
)

from desktop_app.views.common import i18n
from desktop_app.views.common.shortcuts import SHORTCUTS
from tests.gui.conftest import EVIL_ID, OFFSCREEN_NOISE
from tests.gui.test_main_window import open_case, search

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QSpinBox)


def test_every_control_has_an_accessible_name(window) -> None:  # type: ignore[no-untyped-def]
    unnamed = []
    for kind in CONTROLS:
        for widget in window.findChildren(kind):
            if not widget.isVisibleTo(window) or isinstance(widget, QHeaderView):
                continue  # a table's header is announced as part of its table
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own inner parts (a spin box's line edit)
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not name.strip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_shortcuts_are_unique_and_on_actions(window) -> None:  # type: ignore[no-untyped-def]
    keys = [a.shortcut().toString() for a in window._actions_with_shortcuts()]
    assert len(set(keys)) == len(SHORTCUTS) and all(keys)
    assert "Ctrl+F" in keys


def test_meeting_mode_shows_the_citizen_view_in_their_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "markup")
    open_case(qtbot, window, EVIL_ID)  # prefers Danish
    base = window.case_view.font().pointSizeF()
    window.meeting_action.trigger()
    assert not window.left_panel.isVisibleTo(window)
    assert not window.case_view.tabBar().isVisibleTo(window)
    assert window.case_view.font().pointSizeF() > base * 1.3
    assert i18n.current_language() == "da"
    qtbot.waitUntil(lambda: window.case_view.overview_tab._headings["profile"].text() == "Profil")
    window.meeting_action.trigger()
    assert window.left_panel.isVisibleTo(window)
    assert i18n.current_language() == "en"


def test_dark_palette(window) -> None:  # type: ignore[no-untyped-def]
    window.dark_action.setChecked(True)
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    window.dark_action.setChecked(False)
    light = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    assert dark < 80 < 200 < light


def test_a_newer_search_supersedes_an_older_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    results: list[object] = []
    window.store.search_done.connect(results.append)
    filters = window.search_panel.filters()
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        window.store.search("Mohammed", filters)
        window.store.search("Fatima", filters)
    qtbot.wait(100)
    assert len(results) == 1
    assert all(row.name.startswith("Fatima") for row in results[0])
