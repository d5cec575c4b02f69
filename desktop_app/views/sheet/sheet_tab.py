"""The Explanation sheet tab: preview the citizen's sheet, choose its language, export a PDF.

The language defaults to the citizen's preferred language when a sheet catalog exists for it.
Whether that translation has been reviewed is shown before printing. Building the preview and
rendering the PDF run on the cache worker (operations the tab launches once the main window has
attached the store; `casework/explanation_sheet.py`); the export is recorded in the audit log
there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.i18n import current_language
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.workers.operations import Operation

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop_app.casework.explanation_sheet import SheetPreview
    from desktop_app.casework.types import CaseDetail, SheetExport
    from desktop_app.views.workers.cache_worker import CaseStore

# Sheet languages (the explanation sheet's catalogs), named in their own language.
SHEET_LANGUAGES = {
    "en": "English", "da": "Dansk", "nb": "Norsk bokmål", "nn": "Norsk nynorsk",
    "nl": "Nederlands", "ar": "العربية", "uk": "Українська", "so": "Soomaali", "ti": "ትግርኛ",
}


class SheetTab(QWidget):
    preview_requested = Signal(str, str)  # citizen id, language
    export_requested = Signal(str, str, str)  # citizen id, language, file path
    sheet_exported = Signal(object)  # SheetExport, written and recorded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet-tab")
        self.detail: CaseDetail | None = None
        self.preview: SheetPreview | None = None
        self.store: CaseStore | None = None  # set by the main window (`attach`)
        self.caseworker = ""
        self._preview_pending = False  # a case arrived while the tab was hidden
        self.title = heading()
        self.language_label = plain_label(wrap=False)
        self.language = QComboBox()
        self.language.setObjectName("sheet-language")
        for code, name in SHEET_LANGUAGES.items():
            self.language.addItem(f"{name} ({code})", code)
        self.language_label.setBuddy(self.language)
        self.review_flag = plain_label()
        self.review_flag.setObjectName("translation-review")
        self.text = QPlainTextEdit()
        self.text.setObjectName("sheet-preview")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export-sheet")
        self.export_button.setAutoDefault(False)
        self.status = plain_label()
        self.status.setObjectName("sheet-status")
        self._status: Callable[[], str] = str
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.review_flag)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        self.language.currentIndexChanged.connect(self._ask_preview)
        self.export_button.clicked.connect(self.choose_file)
        self.retranslate()
        self.show_case(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Explanation sheet for the citizen"))
        self.language_label.setText(self.tr("Sheet &language:"))
        self.language.setAccessibleName(self.tr("Sheet language"))
        self.text.setAccessibleName(self.tr("Preview of the explanation sheet"))
        self.export_button.setText(self.tr("&Export PDF…"))
        self.export_button.setAccessibleName(self.tr("Export PDF"))
        self._show_review()
        self.status.setText(self._status())

    def show_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.preview = None
        self.text.clear()
        self._say(str)
        self.setEnabled(detail is not None)
        if detail is None:
            return
        preferred = str(detail.records.citizen.get("preferred_language") or "")
        code = preferred if preferred in SHEET_LANGUAGES else current_language()
        index = self.language.findData(code)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, index))
        self.language.blockSignals(False)
        self._ask_preview()

    def attach(self, store: CaseStore, caseworker: str) -> None:
        """Make previews and PDFs on `store`'s cache worker, exports recorded as
        `caseworker`'s."""
        self.store, self.caseworker = store, caseworker
        self.preview_requested.connect(self._make_preview)
        self.export_requested.connect(self._export)

    def _make_preview(self, citizen_id: str, lang: str) -> None:
        from desktop_app.casework import explanation_sheet

        if self.store is not None:
            Operation(lambda ctx: explanation_sheet.preview(ctx, citizen_id, lang),
                      self.show_preview, self.show_error).on_cache(self.store)

    def _export(self, citizen_id: str, lang: str, path: str) -> None:
        from desktop_app.casework import explanation_sheet

        if self.store is None:
            return
        who = self.caseworker

        def done(result: SheetExport) -> None:
            self.exported(path, result.document_id, result.pages)
            self.sheet_exported.emit(result)

        Operation(lambda ctx: explanation_sheet.export(ctx, citizen_id, lang, Path(path), who),
                  done, self.export_failed).on_cache(self.store)

    def refresh(self) -> None:
        """Rebuild the preview (e.g. after a decision was recorded)."""
        if self.detail is not None:
            self._ask_preview()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_pending:
            self._ask_preview()

    def _ask_preview(self) -> None:
        if self.detail is None:
            return
        # built only when the tab is on screen: the preview scores the case again on the
        # worker, which would compete with the GUI thread for the GIL while a case opens
        self._preview_pending = not self.isVisible()
        if self._preview_pending:
            return
        self._say(lambda: self.tr("Preparing the preview…"))
        self.preview_requested.emit(self.detail.records.citizen_id, self.language.currentData())

    def show_preview(self, preview: SheetPreview) -> None:
        if self.detail is None or preview.citizen_id != self.detail.records.citizen_id:
            return
        if preview.lang != self.language.currentData():
            return
        self.preview = preview
        self.text.setPlainText(preview.text)
        self._say((lambda: self.tr("Proposal: no decision is recorded yet."))
                  if preview.is_proposal else str)
        self._show_review()

    def _say(self, text: Callable[[], str]) -> None:
        """Show a status, kept as a function so a language switch says it again."""
        self._status = text
        self.status.setText(text())

    def show_error(self, message: str) -> None:
        self.text.clear()
        log.warning("the explanation sheet cannot be made: %s", message)
        self._say(lambda: self.tr("The sheet cannot be made right now. The reason is in the "
                                  "IT log."))

    def _show_review(self) -> None:
        preview = self.preview
        if preview is None:
            self.review_flag.setText("")
        elif preview.reviewed:
            self.review_flag.setText(self.tr("This translation has been checked by a "
                                             "translator."))
        else:
            # the catalog's own note is in its language or in English: not for this screen
            self.review_flag.setText(
                self.tr("This translation has NOT been checked by a translator. Go through it "
                        "with the citizen before handing it over."))

    def choose_file(self) -> None:
        if self.detail is None:
            return
        name = f"sheet-{self.detail.records.citizen_id}-{self.language.currentData()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export explanation sheet"),
                                              str(Path.home() / name), self.tr("PDF (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.detail is None:
            return
        self.export_button.setEnabled(False)
        self._say(lambda: self.tr("Writing the PDF…"))
        self.export_requested.emit(self.detail.records.citizen_id,
                                   self.language.currentData(), str(path))

    def exported(self, path: str, document_id: str, pages: int) -> None:
        self.export_button.setEnabled(True)
        self._say(lambda: self.tr("Saved %1 (%2, %Ln page(s)).", "", pages)
                  .replace("%1", path).replace("%2", document_id))

    def export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        log.warning("the explanation sheet PDF was not written: %s", message)
        self._say(lambda: self.tr("The PDF was not written. The reason is in the IT log."))
