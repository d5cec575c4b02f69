"""The main window: cache status, case search and list on the left, the open case on the right.

The window never touches the database itself: it asks `CaseStore` (one worker thread) and
shows what comes back. A missing or damaged cache shows a calm banner; the rest stays usable.

The case panel always shows the case selected in the list: a search that drops the open case
closes it (nothing can then be recorded for it), one that keeps it keeps it selected, and a
decision is only sent for the citizen selected in the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.casework.model_info import check_configured_share, demo_build
from desktop_app.casework.session import TEAM_LEAD, caseworker_id, resolve_role
from desktop_app.views.common import i18n, settings
from desktop_app.views.common.palettes import apply_palette
from desktop_app.views.common.plain_text import plain_label
from desktop_app.views.common.shortcuts import SHORTCUTS, shortcut
from desktop_app.views.meeting.meeting_mode import MeetingMode
from desktop_app.views.search.case_table_model import (
    CITIZEN_ID_ROLE,
    COL_ID,
    COL_NAME,
    CaseTableModel,
)
from desktop_app.views.search.search_panel import SearchPanel
from desktop_app.views.workers.cache_worker import CaseStore, default_model_loader
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.types import (
        CacheSummary,
        CaseDetail,
        ModelLoader,
        UpdateFreshness,
        UpdateResult,
    )
    from desktop_app.views.case_view import CaseView
    from desktop_app.views.model_panel.model_panel import ModelPanel, UpdateCheck
    from desktop_app.views.team_lead.window import TeamLeadWindow


log = logging.getLogger(__name__)
# room around a cell's text: the item delegate's margins (2 x 3 px in the Fusion style) and some
# air; a constant, because importing QStyle to ask for the metric costs 9 ms at start-up
CELL_PADDING = 12


class MainWindow(QMainWindow):
    ready = Signal()  # the cache answered (opened and first results shown, or failed)
    case_shown = Signal(object)  # CaseDetail | None, after the case view shows it
    suggestions_audited = Signal(str)  # citizen id, once the "shown" entry is written
    decision_recorded = Signal(int)  # decision id
    objection_recorded = Signal(bool)
    sheet_exported = Signal(object)  # SheetExport
    task_failed = Signal(str)

    def __init__(
        self,
        cache_path: Path,
        *,
        dark: bool = False,
        caseworker: str | None = None,
        caseworker_name: str | None = None,
        model_loader: ModelLoader | None = None,
        audit_key_path: Path | None = None,
        update_check: UpdateCheck | None = None,
        role: str | None = None,
        update_freshness: Callable[[], UpdateFreshness] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.cache_path = Path(cache_path)
        self.dark = dark
        self.caseworker = caseworker_id(caseworker, settings.get(settings.CASEWORKER_ID))
        self.caseworker_name = (caseworker_name or settings.get(settings.CASEWORKER_NAME)
                                or "").strip() or None
        self.store = CaseStore(self, model_loader=model_loader, audit_key_path=audit_key_path)
        self.role = resolve_role(role)  # "team_lead" adds the menu Team lead
        self.team_lead_window: TeamLeadWindow | None = None
        self.model_loader = model_loader or default_model_loader
        self.update_check = update_check or check_configured_share
        self.update_freshness = update_freshness  # None: the laptop's store and IT's limit
        self.model_panel: ModelPanel | None = None
        self._update_call: Operation | None = None
        self.model_notice = plain_label(wrap=False)
        self.model_notice.setObjectName("model-notice")
        self._citizen_id: str | None = None  # the case selected in the list (asked for or shown)
        self._search_pending = False  # a search was sent and its answer is not in yet
        self._open_first_on_results = False  # Enter/Down in the search box, before the answer
        self._restoring_selection = False
        self._showing_case = False  # a case's tabs are being filled, step by step
        self._audits_waiting: list[Callable[[], object]] = []  # "suggestions shown" entries
        self.banner = plain_label()
        self.banner.setObjectName("cache-banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(12, 8, 12, 8)
        self.banner.hide()
        self.search_panel = SearchPanel()
        self.result_count = plain_label()
        self.result_count.setObjectName("result-count")
        self.case_model = CaseTableModel(self)
        self.case_table = QTableView()
        self._case_view: CaseView | None = None  # built once the first page is on screen
        self._case_view_slot = QWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.left_panel = QWidget()
        self._summary: CacheSummary | None = None
        self._error: str | None = None
        self._damage: str | None = None  # the cache opened, but its integrity check failed
        self._ready_sent = False
        self._warm_pending = True  # warm the cache up once its first page is on screen
        self._warming: tuple[int, int] | None = None
        self.warming_done = False  # True once the open cache's first case will be quick
        self.warming_note = plain_label(wrap=False)
        # The cache and its size stay in the status bar: a temporary message (a menu's status
        # tip, an error) covers it for a moment but does not wipe it.
        self.cache_status = plain_label(wrap=False)
        self.cache_status.setObjectName("cache-status")
        self.warming_note.setObjectName("warming-note")
        self._build()
        self.meeting = MeetingMode(self)
        self._build_menus()
        self._connect()
        self.retranslate()
        self.resize(1280, 800)
        self.store.open(self.cache_path)

    def _build(self) -> None:
        table = self.case_table
        table.setObjectName("case-table")
        table.setModel(self.case_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # sized once per result set (`_fit_columns`): ResizeToContents measured all 200 rows
        # again on every layout pass, e.g. each time an opened case changed the case view
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        left = QVBoxLayout(self.left_panel)
        left.setContentsMargins(12, 12, 6, 12)
        left.addWidget(self.search_panel)
        left.addWidget(self.result_count)
        left.addWidget(table, 1)
        self.splitter.addWidget(self.left_panel)
        self.splitter.addWidget(self._case_view_slot)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 760])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.warming_note.hide()
        self.model_notice.hide()
        self.statusBar().addWidget(self.cache_status, 1)
        self.statusBar().addPermanentWidget(self.warming_note)
        self.statusBar().addPermanentWidget(self.model_notice)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.help_menu = bar.addMenu("")
        self.open_action = QAction(self, shortcut=shortcut("open_cache"))
        self.open_action.triggered.connect(self.choose_cache)
        self.quit_action = QAction(self, shortcut=shortcut("quit"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.open_action, self.quit_action])
        self.find_action = QAction(self, shortcut=shortcut("focus_search"))
        self.find_action.triggered.connect(self.search_panel.focus_search)
        self.cases_action = QAction(self, shortcut=shortcut("focus_cases"))
        self.cases_action.triggered.connect(self.case_table.setFocus)
        self.meeting_action = QAction(self, shortcut=shortcut("meeting_mode"))
        self.meeting_action.setCheckable(True)
        self.meeting_action.toggled.connect(self.meeting.set_active)
        self.dark_action = QAction(self)
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(self.dark)
        self.dark_action.toggled.connect(self.set_dark)
        self.view_menu.addActions(
            [self.find_action, self.cases_action, self.meeting_action, self.dark_action]
        )
        self.language_group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == i18n.current_language())
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
        self.language_group.triggered.connect(self._on_language_chosen)
        self.oversight_action = QAction(self, shortcut=shortcut("oversight"))
        self.oversight_action.triggered.connect(self.show_oversight)
        self.view_menu.addAction(self.oversight_action)
        self.insight_action = QAction(self)
        self.insight_action.triggered.connect(self.show_insight)
        self.view_menu.addAction(self.insight_action)
        self.shortcut_action = QAction(self, shortcut=shortcut("shortcut_help"))
        self.shortcut_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcut_action)
        self.model_action = QAction(self)
        self.model_action.triggered.connect(self.show_model_panel)
        self.update_action = QAction(self)
        self.update_action.triggered.connect(self.check_for_model_updates)
        self.help_menu.addActions([self.model_action, self.update_action])
        self.team_lead_menu = None
        if self.role == TEAM_LEAD:
            self.team_lead_menu = QMenu(self)
            bar.insertMenu(self.help_menu.menuAction(), self.team_lead_menu)
            self.planning_action = QAction(self)
            self.planning_action.triggered.connect(lambda: self.show_team_lead(0))
            self.assignment_action = QAction(self)
            self.assignment_action.triggered.connect(lambda: self.show_team_lead(1))
            self.team_lead_menu.addActions([self.planning_action, self.assignment_action])

    def _connect(self) -> None:
        self.search_panel.search_requested.connect(self._search)
        self.search_panel.first_match_requested.connect(self._open_first_match)
        self.store.opened.connect(self._on_opened)
        self.store.open_failed.connect(self._on_open_failed)
        self.store.damaged.connect(self._on_damaged)
        self.store.search_done.connect(self._on_results)
        self.store.case_loaded.connect(self._on_case_loaded)
        self.store.failed.connect(self._on_failed)
        self.store.warming.connect(self._on_warming)
        self.case_table.selectionModel().selectionChanged.connect(self._on_selection)
        self.task_failed.connect(self._on_failed)

    @property
    def case_view(self) -> CaseView:
        """The tabs of the open case, built on first use.

        Building the six tabs (and importing what they need) took about as long as starting a
        bare Qt window, so the window shows the search and the case list first and builds the
        tabs right after the first page of cases arrives (or when something needs them)."""
        if self._case_view is None:
            from desktop_app.views.case_view import CaseView

            self._case_view = CaseView(caseworker=self.caseworker,
                                       caseworker_name=self.caseworker_name)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, self._case_view)
            self._case_view_slot.deleteLater()
            self.splitter.setSizes(sizes)
            self._connect_case_view(self._case_view)
        return self._case_view

    def _connect_case_view(self, view: CaseView) -> None:
        view.programmes_tab.suggestions_displayed.connect(self._audit_suggestions_shown)
        # the tabs record and export themselves on the cache worker; the window shows the
        # case again after a decision or an objection
        view.decision_tab.attach(self.store, lambda: self._citizen_id)
        view.decision_tab.recorded.connect(self._decision_recorded)
        view.decision_tab.objection_recorded.connect(self._objection_recorded)
        view.decision_tab.assessment_noted.connect(
            lambda: view.programmes_tab.set_hidden_until_assessed(False)
        )
        view.decision_tab.own_first_changed.connect(self._own_first_changed)
        view.decision_tab.own_first.setChecked(bool(settings.get(settings.OWN_ASSESSMENT_FIRST)))
        view.sheet_tab.attach(self.store, self.caseworker)
        view.sheet_tab.sheet_exported.connect(self.sheet_exported)
        view.jobs_tab.attach(self.store, self.caseworker)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Wayfinder — DEMO build") if demo_build()
                            else self.tr("Wayfinder"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("&Open case cache…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find case"))
        self.cases_action.setText(self.tr("Go to case &list"))
        self.meeting_action.setText(self.tr("&Meeting mode"))
        self.dark_action.setText(self.tr("&Dark theme"))
        self.oversight_action.setText(self.tr("&Oversight: acceptance of suggestions…"))
        self.insight_action.setText(self.tr("&Insight: outcomes by factor…"))
        self.shortcut_action.setText(self.tr("&Keyboard shortcuts"))
        self.model_action.setText(self.tr("About the suggestion &model…"))
        self.update_action.setText(self.tr("Check for model &updates…"))
        if self.team_lead_menu is not None:
            self.team_lead_menu.setTitle(self.tr("&Team lead"))
            self.planning_action.setText(self.tr("&Planning of places…"))
            self.assignment_action.setText(self.tr("&Assign caseworkers…"))
        self.case_table.setAccessibleName(self.tr("Cases"))
        self.case_model.retranslate()
        self._fit_columns()  # the headers' widths changed
        self._show_warming()
        for action in self.language_group.actions():
            action.setChecked(action.data() == i18n.current_language())
        self._show_status()

    def _show_status(self) -> None:
        if self._error is not None:
            self.banner.setText(
                self.tr(
                    "The case cache could not be opened, so no cases can be shown. "
                    "Ask IT to import the latest bundle, or open another cache with "
                    "File › Open case cache."
                )
                + "\n"
                + self._error
            )
            self.banner.show()
            self.cache_status.setText(self.tr("No case cache"))
        elif self._summary is not None:
            self.banner.setVisible(self._damage is not None)
            if self._damage is not None:
                self.banner.setText(
                    self.tr("The case cache is damaged: what is shown may be incomplete, and "
                            "saving may fail. Ask IT to restore it from a backup or to "
                            "re-import the latest bundle.") + "\n" + self._damage)
            count = self.tr("%Ln case(s)", "", self._summary.citizen_count)
            self.cache_status.setText(
                self.tr("Case cache: %1 · %2")
                .replace("%1", self._summary.path)
                .replace("%2", count)
            )
        else:
            self.cache_status.setText(self.tr("Opening the case cache…"))
        self._show_count()

    def _show_count(self) -> None:
        rows = self.case_model.rowCount()
        if self._error is not None:
            self.result_count.setText("")
        elif rows >= 200:
            self.result_count.setText(self.tr("First 200 matches — type more to narrow down"))
        else:
            self.result_count.setText(self.tr("%Ln match(es)", "", rows))

    def choose_cache(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open case cache"),
            str(self.cache_path.parent),
            self.tr("Case cache (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_cache(Path(path))

    def open_cache(self, path: Path) -> None:
        self.cache_path = Path(path)
        self._summary, self._error, self._damage = None, None, None
        self.case_model.set_rows([])
        self._citizen_id = None
        self.store.forget_case()
        self.case_view.show_case(None)
        self._warm_pending, self.warming_done = True, False
        self.store.open(self.cache_path)
        self._show_status()

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, dark)

    def show_shortcuts(self) -> None:
        lines = [
            f"{action.text().replace('&', '')}: "
            f"{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
            for action in self._actions_with_shortcuts()
        ]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(lines))
        box.open()

    def _actions_with_shortcuts(self) -> list[QAction]:
        actions = [
            self.find_action,
            self.cases_action,
            self.open_action,
            self.meeting_action,
            self.oversight_action,
            self.shortcut_action,
            self.quit_action,
        ]
        assert len(actions) == len(SHORTCUTS)
        return actions

    def _on_language_chosen(self, action: QAction) -> None:
        i18n.set_language(str(action.data()))

    def _on_opened(self, summary: CacheSummary) -> None:
        self._summary, self._error = summary, None
        self.search_panel.setEnabled(True)
        self.search_panel.set_languages(summary.languages)
        self._show_status()
        self.search_panel.search_now()

    def _on_open_failed(self, message: str) -> None:
        self._summary, self._error = None, message
        self.search_panel.setEnabled(False)
        self._show_status()
        self._mark_ready()

    def _on_damaged(self, message: str) -> None:
        """The cache opened (its cases can be listed and opened), but it is damaged. The
        banner keeps the first line (which file, what kind of damage) and the recovery path;
        the page-by-page findings are for IT (`wayfinder-admin doctor`)."""
        lines = message.splitlines()
        kept = [lines[0], *(line for line in lines[1:] if line.startswith("Recovery:"))]
        self._damage = "\n".join(kept) if lines else message
        self._show_status()

    def _on_failed(self, message: str) -> None:
        log.warning("a background task failed: %s", message)
        self.statusBar().showMessage(self.tr("Something went wrong. The details are in the IT "
                                             "log."))

    def _search(self, text: str, filters: dict) -> None:  # type: ignore[type-arg]
        self._search_pending = True
        self.store.search(text, filters)

    def _open_first_match(self) -> None:
        """Enter or Down in the search box: open the first match of what is typed there."""
        if self._search_pending:
            self._open_first_on_results = True
        else:
            self._select_first_row()

    def _select_first_row(self) -> None:
        self._open_first_on_results = False
        if self.case_model.rowCount():
            self.case_table.setFocus()
            self.case_table.selectRow(0)

    def _on_results(self, rows: list) -> None:  # type: ignore[type-arg]
        self._search_pending = False
        self.case_model.set_rows(rows)  # the reset clears the list's selection
        self._keep_open_case_selected()
        self._fit_columns()
        self._show_count()
        self._mark_ready()
        if self._open_first_on_results:
            self._select_first_row()
        if self._warm_pending:
            self._warm_pending = False
            # after this event, so the first page is painted before the tabs are built and
            # before the worker gets busy
            QTimer.singleShot(0, self._after_first_page)

    def _after_first_page(self) -> None:
        _ = self.case_view
        self.store.warm_up()

    def _fit_columns(self) -> None:
        """Size each column to its widest distinct text: measuring every cell through the view
        (`resizeColumnToContents`) took as long as filling the list."""
        table, header = self.case_table, self.case_table.horizontalHeader()
        metrics = table.fontMetrics()
        for column in range(self.case_model.columnCount()):
            if column == COL_NAME:
                continue
            texts = self.case_model.column_texts(column)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            header.resizeSection(column, max(widest + CELL_PADDING, header.sectionSizeHint(column)))

    def _on_warming(self, done: int, total: int) -> None:
        self._warming = (done, total) if done < total else None
        first_time = done >= total and self._update_call is None
        self.warming_done = done >= total
        self._show_warming()
        if first_time and self.update_check is check_configured_share:
            # once per start, after the cache is warm: never competes with the first page
            self._update_call = Operation(self.update_check, self._on_update_checked,
                                          parent=self).start()

    def _on_update_checked(self, result: UpdateResult | None) -> None:
        """A calm note in the status bar when a newer model arrived; silence otherwise."""
        if result is None or result.status not in ("installed", "withdrawn"):
            return
        from desktop_app.views.model_panel.model_panel import update_sentence

        self.model_notice.setText(update_sentence(result))
        self.model_notice.show()

    def show_model_panel(self) -> ModelPanel:
        from desktop_app.views.model_panel.model_panel import ModelPanel

        if self.model_panel is None:
            self.model_panel = ModelPanel(self.model_loader, self.update_check, self,
                                          freshness=self.update_freshness,
                                          local_check=self.read_local_check)
            self.model_panel.update_checked.connect(self._on_panel_update)
        else:
            self.model_panel.refresh()
        self.model_panel.open()
        return self.model_panel

    def read_local_check(self, version: str, done: Callable[[Any], None]) -> None:
        """The installed model's local verdict, read on the cache worker (None when there
        is no cache to read it from)."""
        from desktop_app.casework.model_info import installed_local_state

        Operation(lambda context: installed_local_state(context.db, version,
                                                        context.audit_key()),
                  done, lambda _words: done(None)).on_cache(self.store)

    def check_for_model_updates(self) -> None:
        self.show_model_panel().check_for_updates()

    def _on_panel_update(self, sentence: str) -> None:
        self.model_notice.setText(sentence)
        self.model_notice.show()

    def _show_warming(self) -> None:
        if self._warming is None:
            self.warming_note.hide()
            return
        done, total = self._warming
        self.warming_note.setText(
            self.tr("Preparing suggestions, jobs and journeys in the background (%1 of %2)…")
            .replace("%1", str(done)).replace("%2", str(total)))
        self.warming_note.show()

    def _row_of(self, citizen_id: str) -> int:
        model = self.case_model
        return next((row for row in range(model.rowCount())
                     if model.index(row, COL_ID).data(CITIZEN_ID_ROLE) == citizen_id), -1)

    def _keep_open_case_selected(self) -> None:
        """After new results: select the open case again if it is listed, else close it."""
        if self._citizen_id is None:
            return
        row = self._row_of(self._citizen_id)
        if row < 0:
            self._close_case()
            return
        self._restoring_selection = True
        try:
            self.case_table.selectRow(row)
        finally:
            self._restoring_selection = False

    def _close_case(self) -> None:
        """No case is selected any more: the panel empties and a late answer is dropped."""
        self._citizen_id = None
        self.store.forget_case()
        self._on_case_loaded(None)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._restoring_selection:
            return
        rows = self.case_table.selectionModel().selectedRows(COL_ID)
        if not rows:
            if self._citizen_id is not None:
                self._close_case()
            return
        citizen_id = str(rows[0].data(CITIZEN_ID_ROLE))
        if citizen_id == self._citizen_id:
            return
        self._citizen_id = citizen_id
        if self._case_view is not None:  # the old case stays on screen until the new one
            self._case_view.decision_tab.setEnabled(False)  # comes, but cannot be decided
        self.store.load_case(citizen_id)

    def reload_case(self) -> None:
        if self._citizen_id is not None:
            self.store.load_case(self._citizen_id)

    def _on_case_loaded(self, detail: CaseDetail | None) -> None:
        decision_tab = self.case_view.decision_tab
        # hidden before the tab renders, so nothing is shown (or audited) too early
        self.case_view.programmes_tab.hidden_until_assessed = decision_tab.own_first.isChecked()
        self._send_audits()  # a case replaced before all its tabs were filled was still shown
        self._showing_case = True

        def shown() -> None:
            self._showing_case = False
            self._send_audits()
            self.meeting.case_changed(detail)
            self.case_shown.emit(detail)

        self.case_view.show_case_in_steps(detail, shown)

    # --- work on the worker: audit, decisions, objections, sheet ----------------------------

    def show_insight(self) -> None:
        from desktop_app.views.insight.insight_view import InsightWindow

        self.insight_window = InsightWindow.open_for(self.cache_path, self)

    def show_oversight(self) -> None:
        from desktop_app.views.oversight.oversight_dialog import OversightDialog

        self.oversight_dialog = OversightDialog(self.store, self)
        self.oversight_dialog.open()

    def show_team_lead(self, tab: int = 0) -> TeamLeadWindow:
        """The team lead's window (planning, assignment), opened once and kept."""
        from desktop_app.views.team_lead.window import TeamLeadWindow

        if self.team_lead_window is None:
            self.team_lead_window = TeamLeadWindow(self.store, self.caseworker, self)
        if self.team_lead_window.isVisible():
            self.team_lead_window.raise_()  # already open behind the main window
        self.team_lead_window.show()
        self.team_lead_window.show_tab(tab)
        return self.team_lead_window

    def _audit_suggestions_shown(self, detail: CaseDetail) -> None:
        from desktop_app.casework.decisions import record_suggestions_shown

        result, who = detail.suggestions, self.caseworker
        citizen = detail.records.citizen_id
        if result.payload is None or result.model_version is None or result.input_hash is None:
            return
        self._audits_waiting.append(lambda: Operation(
            lambda ctx: record_suggestions_shown(ctx, who, citizen, result),
            lambda _: self.suggestions_audited.emit(citizen),
            self.task_failed.emit,
        ).on_cache(self.store))
        if not self._showing_case:
            self._send_audits()

    def _send_audits(self) -> None:
        """Hand the waiting audit entries to the worker. While a case's tabs are being filled
        they wait: the worker writing the entry then competed with the GUI thread for the
        GIL and stalled it for 20-30 ms; written a few milliseconds later, nobody waits."""
        waiting, self._audits_waiting = self._audits_waiting, []
        for send in waiting:
            send()

    def _decision_recorded(self, decision_id: int) -> None:
        self.reload_case()
        self.decision_recorded.emit(decision_id)

    def _objection_recorded(self, state: bool) -> None:
        self.reload_case()
        self.objection_recorded.emit(state)

    def _own_first_changed(self, checked: bool) -> None:
        settings.put(settings.OWN_ASSESSMENT_FIRST, checked)
        done = self.case_view.decision_tab.assessment_done
        self.case_view.programmes_tab.set_hidden_until_assessed(checked and not done)

    def _mark_ready(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.meeting.set_active(False)
        self._send_audits()  # written before the worker stops (it runs them in order)
        self.store.shutdown()
        super().closeEvent(event)
