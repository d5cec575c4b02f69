"""The main window on a real temporary cache: search, select, overview, plain text, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.views.search.case_table_model import CITIZEN_ID_ROLE, COL_ID
from tests.gui.conftest import EVIL_ID, EVIL_JOB, EVIL_NAME, OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def ids_in_table(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.case_model
    return [model.index(r, COL_ID).data(CITIZEN_ID_ROLE) for r in range(model.rowCount())]


def search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        window.search_panel.search_box.setText(text)


def open_case(qtbot, window, citizen_id: str):  # type: ignore[no-untyped-def]
    row = ids_in_table(window).index(citizen_id)
    with qtbot.waitSignal(window.case_shown, timeout=30_000) as blocker:
        window.case_table.selectRow(row)
    QApplication.processEvents()  # new labels are shown by a queued call
    return blocker.args[0]


def visible_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_window_lists_open_cases_on_start(window) -> None:  # type: ignore[no-untyped-def]
    ids = ids_in_table(window)
    assert len(ids) == 32  # 30 + markup + sparse; the closed case is filtered out
    assert "C07777" not in ids
    assert not window.banner.isVisible()
    assert "32" in window.result_count.text()


def test_search_select_shows_the_right_person(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "Olena Kov")
    ids = ids_in_table(window)
    assert ids and all(
        window.case_model.row_at(i).name.startswith("Olena") for i in range(len(ids))
    )
    detail = open_case(qtbot, window, "C00002")
    assert detail.records.citizen_id == "C00002"
    overview = window.case_view.overview_tab
    assert overview.name_label.text() == "Olena Kovalenko 2"
    texts = visible_texts(overview)
    assert "lagermedarbejder\n01/01/2019 – 31/12/2023" in texts  # en_GB dates (QLocale)
    assert "1 recorded skill" in texts
    assert any(t.startswith("da (") for t in texts)  # language with its name


def test_completeness_lists_what_is_missing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "Sparse")
    open_case(qtbot, window, "C08888")
    missing = [
        label.text()
        for label in window.case_view.overview_tab.findChildren(QLabel, "missing-field")
        if label.isVisibleTo(window.case_view.overview_tab)
    ]
    assert len(missing) == 15  # everything except year of birth
    assert any("Years of school attended" in text for text in missing)
    assert "1 of 16 fields recorded" in visible_texts(window.case_view.overview_tab)


def test_bundle_text_is_shown_as_plain_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "markup")
    assert ids_in_table(window) == [EVIL_ID]
    assert window.case_model.index(0, 1).data() == EVIL_NAME
    open_case(qtbot, window, EVIL_ID)
    overview = window.case_view.overview_tab
    assert overview.name_label.text() == EVIL_NAME
    assert overview.name_label.textFormat() == Qt.TextFormat.PlainText
    jobs = [
        lab for lab in overview.findChildren(QLabel, "previous-job") if lab.isVisibleTo(overview)
    ]
    assert jobs[0].text().startswith(EVIL_JOB)
    labels = window.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_filters_narrow_the_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        panel.open_only.setChecked(False)
    assert "C07777" in ids_in_table(window)
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        panel.language.setCurrentIndex(panel.language.findData("uk"))
    ids = ids_in_table(window)
    assert ids and all(
        window.case_model.row_at(i).preferred_language == "uk" for i in range(len(ids))
    )
    with qtbot.waitSignal(window.store.search_done, timeout=30_000):
        panel.language.setCurrentIndex(0)
        panel.min_age.setValue(60)
    for row in range(window.case_model.rowCount()):
        assert int(window.case_model.index(row, 2).data()) >= 60


def test_ctrl_f_focuses_the_search_box(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.case_table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_panel.search_box)


def test_typing_fast_sends_one_search(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    results: list[object] = []
    window.store.search_done.connect(results.append)
    window.search_panel.search_box.setFocus()
    qtbot.keyClicks(window.search_panel.search_box, "Jan de")
    qtbot.waitUntil(lambda: len(results) >= 1, timeout=30_000)
    qtbot.wait(250)
    assert len(results) == 1
    assert all(row.name.startswith("Jan de Vries") for row in results[0])


@pytest.mark.parametrize("kind", ["missing", "corrupt"])
def test_bad_cache_gives_a_calm_message(qtbot, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.views.main_window import MainWindow

    path = tmp_path / "cache.sqlite"
    if kind == "corrupt":
        path.write_bytes(b"this is not a database" * 100)
    win = MainWindow(path)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    assert win.banner.isVisible()
    assert str(path) in win.banner.text()
    assert "could not be opened" in win.banner.text()
    assert win.case_model.rowCount() == 0
    assert not path.exists() or kind == "corrupt"  # a missing cache is not silently created
    assert win.menuBar().isEnabled() and win.case_view.isEnabled()
    win.close()


def test_damage_found_by_the_start_check_names_the_recovery_path(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A cache that opens but fails quick_check: the banner says what to do; file kept."""
    import os

    from desktop_app.bundle.reader import read_bundle
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.connection import open_cache
    from desktop_app.cache.importer import import_bundle
    from desktop_app.views.main_window import MainWindow
    from tests.foundation.bundle_factory import write_bundle

    path = tmp_path / "cache.sqlite"
    db = open_cache(path)
    import_bundle(db, read_bundle(write_bundle(tmp_path / "b", n=200)),
                  audit=AuditLog(db, b"k" * 32), actor="t")
    db.close()
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    data[4096 * (pages // 2) : 4096 * (pages // 2) + 300] = os.urandom(300)
    path.write_bytes(bytes(data))
    win = MainWindow(path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.banner.isVisible() and "from your backup" in win.banner.text(),
                    timeout=20_000)
    assert str(path) in win.banner.text()
    assert path.read_bytes() == bytes(data)  # the damaged file is never changed or deleted
    win.close()


def test_a_damaged_cache_that_still_lists_cases_says_damaged_not_unopenable(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """Damage in one table (a failing disk sector): the cases are listed and open, so the
    banner must not claim that no cases can be shown."""
    from desktop_app.views.main_window import MainWindow
    from tests.gui.conftest import build_cache
    from tests.protection.test_unlucky_laptop import damage_table

    path = build_cache(tmp_path)
    damage_table(path, "idx_decisions_date")  # an index that listing and cases never use
    win = MainWindow(path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.banner.isVisible() and "from your backup" in win.banner.text(),
                    timeout=30_000)
    assert win.banner.text().startswith("The case cache is damaged: what is shown may be")
    assert "no cases can be shown" not in win.banner.text()
    assert "*** in database" not in win.banner.text()  # SQLite's header, not a finding
    assert win.case_model.rowCount() > 0 and win.search_panel.isEnabled()
    with qtbot.waitSignal(win.case_shown, timeout=30_000):
        win.case_table.selectRow(0)
    win.close()


def test_the_cache_line_survives_a_menu_status_tip(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Hovering a menu item sends an empty status tip, which wiped the status bar's "Case
    cache: … · 3 cases" for the rest of the session."""
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication, QLabel

    def shown() -> list[str]:
        bar = window.statusBar()
        texts = [w.text() for w in bar.findChildren(QLabel) if w.isVisible()]
        return [t for t in [bar.currentMessage(), *texts] if t.startswith("Case cache: ")]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    QApplication.sendEvent(window, QStatusTipEvent(""))
    QApplication.processEvents()
    assert shown(), "the cache line is gone after a menu's empty status tip"
