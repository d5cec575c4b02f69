"""Qt's own dialogs and menus speak the interface language too.

The save dialog (Export PDF, planning exports), message-box buttons and the text fields' context
menus take their words from Qt's translations. Qt ships none for Norwegian Bokmål (only
Nynorsk), and its Danish and Dutch ones lack "Look in:" and "Files of type:" as the dialog
writes them (with their shortcut letters): a Norwegian caseworker saw "Cancel", "Save", "Copy"
and the whole file dialog in English, and the file list's Type column said "Folder" in every
language. `desktop_app/i18n/qt_extra_<code>.ts` fills those gaps.

The file list's dates and sizes are not checked here on purpose: Qt writes them in the
computer's regional format (QLocale::system()), as the system's own file manager does — on a
Norwegian laptop "06.12.2026", on this test machine's C locale "6 12 2026".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.views.common import i18n
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]

SAME_IN = {"da": {"OK", "Type"}, "nb": {"OK", "Type"}, "nl": {"OK", "Type"}}
BUTTONS = (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel,
           QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
           QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Save,
           QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Open)


def _widget_texts(widget: QWidget) -> list[str]:
    found = []
    for name in ("text", "toolTip", "placeholderText", "windowTitle"):
        read = getattr(widget, name, None)
        if read is None:
            continue
        try:
            value = read()
        except TypeError:
            continue
        if isinstance(value, str) and value:
            found.append(value)
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        found += [str(widget.model().headerData(i, Qt.Orientation.Horizontal))
                  for i in range(widget.model().columnCount())]
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    return found


def _file_list_types(qtbot, dialog: QFileDialog, folder: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The Type column of the dialog's file list ("Folder", "PDF document"), once Qt has read it."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    root = model.index(folder)
    qtbot.waitUntil(lambda: model.rowCount(root) >= 2, timeout=10_000)
    return [str(model.index(row, 2, root).data()) for row in range(model.rowCount(root))]


def qt_texts(qtbot, folder: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Every word Qt itself puts in the save dialog, a message box and two context menus."""
    found: list[str] = []
    dialog = QFileDialog(None, "Wayfinder", folder, "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # what Linux shows
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    for widget in dialog.findChildren(QWidget):
        found += _widget_texts(widget)
    found += [action.text() for action in dialog.findChildren(QAction) if action.text()]
    found += _file_list_types(qtbot, dialog, folder)
    dialog.close()
    box = QMessageBox(QMessageBox.Icon.Question, "Wayfinder", "?")
    for button in BUTTONS:
        box.addButton(button)
    box.setDetailedText("details")
    found += [button.text() for button in box.buttons()]
    for field in (QLineEdit(), QPlainTextEdit()):
        menu = field.createStandardContextMenu()
        found += [action.text() for action in menu.actions() if action.text()]
    return {text for text in found if text not in (folder, "PDF (*.pdf)", "Wayfinder", "?")}


@pytest.mark.parametrize("code", ["da", "nb", "nl"])
def test_qt_dialogs_and_menus_are_in_the_interface_language(qtbot, tmp_path, code) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "letters").mkdir()
    (tmp_path / "sheet.pdf").write_bytes(b"%PDF-1.4\n")
    try:
        i18n.set_language("en")
        english = qt_texts(qtbot, str(tmp_path))
        i18n.set_language(code)
        translated = qt_texts(qtbot, str(tmp_path))
    finally:
        i18n.set_language("en")
    probe_sees = {"&Look in:", "Files of &type:", "Cancel", "&Save", "Folder"}
    assert probe_sees <= english
    untranslated = sorted((english & translated) - SAME_IN[code])
    assert untranslated == [], f"Qt's own words left in English under {code}: {untranslated}"
