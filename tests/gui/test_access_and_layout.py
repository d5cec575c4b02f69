"""Accessibility and layout across every tab: each control has an accessible name a screen
reader gets; every item model passes Qt's model tester; and with pseudo-translated text (each
string ~40% longer, with accents) no label or button is clipped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.views.common import i18n
from desktop_app.views.common.event_wait import settle
from desktop_app.views.oversight.oversight_table_model import OversightTableModel
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.gui.open_case_timing import open_row, wait_warmed
from tests.gui.screen_texts import OPEN, PseudoTranslator

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def is_control(widget: QWidget) -> bool:
    """A control a person operates; the parts Qt builds inside one (a spin box's line edit, a
    table's header) are announced through their owner."""
    if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QAbstractSpinBox):
        return False
    return isinstance(widget, CONTROLS)
def each_tab(window) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    view = window.case_view
    for index in range(view.count()):
        view.setCurrentIndex(index)
        settle(30)
        yield view.widget(index)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def open_first_case(window) -> None:  # type: ignore[no-untyped-def]
    assert wait_warmed(window)
    open_row(window, 0)


def test_every_control_of_every_tab_has_an_accessible_name(model_window) -> None:  # type: ignore[no-untyped-def]
    window = model_window
    open_first_case(window)
    nameless: list[str] = []
    for tab in [window.left_panel, *each_tab(window)]:
        for widget in tab.findChildren(QWidget):
            if is_control(widget) and widget.isVisibleTo(window) and \
                    not accessible_name(widget):
                nameless.append(f"{type(widget).__name__} {widget.objectName()!r} "
                                f"in {type(tab).__name__}")
    panel = window.show_model_panel()
    panel.wait()
    QApplication.processEvents()
    for widget in panel.findChildren(QWidget):
        if is_control(widget) and widget.isVisibleTo(panel) and \
                not accessible_name(widget):
            nameless.append(f"{type(widget).__name__} {widget.objectName()!r} in ModelPanel")
    panel.close()
    assert not nameless, nameless


def test_every_item_model_passes_the_model_tester(model_window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Fresh instances of every model the window's views use, filled with the real case."""
    window = model_window
    open_first_case(window)
    used = {type(v.model()) for v in window.findChildren(QAbstractItemView)
            if v.model() is not None and type(v.model()).__module__.startswith("desktop_app")}
    names = {m.__name__ for m in used}
    assert {"CaseTableModel", "SkillProfileModel", "JobMatchModel", "AlternativeModel",
            "SimilarVariantsModel", "ProgrammeTableModel"} <= names, names
    detail = window.case_view.overview_tab.detail
    assert detail is not None and detail.jobs is not None and detail.journey is not None
    for model_type in sorted(used, key=lambda m: m.__name__):
        fresh = model_type(lambda: "en") if "language" in model_type.__init__.__code__.co_varnames \
            else model_type()
        qtmodeltester.check(fresh, force_py=True)
        if hasattr(fresh, "set_detail"):
            fresh.set_detail(detail.jobs)
        elif hasattr(fresh, "set_similar"):
            fresh.set_similar(detail.journey.similar)
        elif hasattr(fresh, "set_rows") and model_type.__name__ == "ProgrammeTableModel":
            fresh.set_rows(list(detail.programmes))
        qtmodeltester.check(fresh, force_py=True)
    oversight = OversightTableModel()
    qtmodeltester.check(oversight, force_py=True)


def clipped(widget: QWidget) -> str | None:
    hint = widget.sizeHint()
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text():
            return None
        if widget.width() + 1 < hint.width():
            return f"label {widget.text()[:40]!r}: {widget.width()} < {hint.width()} px"
    elif isinstance(widget, QAbstractButton) and widget.text() and \
            widget.width() + 1 < hint.width():
        return f"button {widget.text()[:40]!r}: {widget.width()} < {hint.width()} px"
    return None


def test_pseudo_translated_layout_clips_no_text(model_window) -> None:  # type: ignore[no-untyped-def]
    window = model_window
    open_first_case(window)
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()  # LanguageChange: every widget retranslates
        settle(50)
        assert window.case_view.tabText(0).startswith(OPEN)
        problems: list[str] = []
        for tab in [window.left_panel, *each_tab(window)]:
            for widget in tab.findChildren(QWidget):
                if widget.isVisibleTo(window):
                    found = clipped(widget)
                    if found:
                        problems.append(f"{type(tab).__name__}: {found}")
        assert not problems, "\n".join(problems)
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_language("en")
