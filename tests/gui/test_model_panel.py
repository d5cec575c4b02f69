"""The model panel on a real signed, installed and verified model; the update check against the
real TUF share it came from; and what the panel says when no verified model is installed."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.casework.model_info import UpdateFreshness
from desktop_app.trust.errors import ModelUnavailable
from desktop_app.trust.install_state import load_state
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.update import check_for_updates
from desktop_app.views.common.locale_text import date_time_text
from desktop_app.views.main_window import MainWindow, check_configured_share
from tests.gui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def open_panel(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.show_model_panel().shown_info, timeout=20_000) as shown:
        pass
    return window.model_panel, shown.args[0]


def test_panel_shows_the_verified_model_and_its_card(qtbot, model_world, app_home) -> None:  # type: ignore[no-untyped-def]
    share = model_world.store.parent / "share"

    def freshness() -> UpdateFreshness:
        last = load_state(ModelStore(model_world.store).state_path).last_check()
        return UpdateFreshness(last, 30)

    window = MainWindow(
        model_world.cache, model_loader=model_world.loader(),
        audit_key_path=app_home / "keys" / "audit.key",
        update_check=lambda: check_for_updates(share, model_world.store,
                                               trust_root=model_world.root),
        update_freshness=freshness)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    panel, info = open_panel(qtbot, window)
    assert info.unavailable is None and info.version == 1
    assert panel.version.text() == "1"
    assert panel.period.text() == "01/01/2019 – 01/11/2024"  # the interface's date format
    assert panel.signed.text() and panel.signed.text() != "—"
    assert panel.keys.text() and info.key_ids[0].startswith(panel.keys.text().split(", ")[0])
    assert panel.verified.text() == date_time_text(info.verified_at)  # in local time
    assert panel.last_check.text().endswith("(0 days ago)")
    assert not panel.staleness.isVisibleTo(panel)
    assert panel.demo_notice.isVisibleTo(panel) and "DEMO build" in panel.demo_notice.text()
    assert window.windowTitle() == "Wayfinder — DEMO build"
    summary = panel.card.toPlainText()
    assert "Trained on 300 citizens of Toy" in summary
    assert "Protected attributes used as inputs: none" in summary
    assert "best single programme" in summary
    assert "Fairness audit" in summary and "• gender:" in summary and "• origin:" in summary
    with qtbot.waitSignal(panel.update_checked, timeout=30_000) as checked:
        panel.update_button.click()
    assert checked.args[0] == "The installed model is the newest one."
    assert window.model_notice.text() == checked.args[0]
    assert panel.update_button.isEnabled()
    panel.close()
    window.close()


def test_without_a_verified_model_the_panel_says_why(qtbot, gui_cache, app_home) -> None:  # type: ignore[no-untyped-def]
    def refuse():  # type: ignore[no-untyped-def]
        error = ModelUnavailable("no model has been installed on this computer")
        error.code = "not_installed"  # the status code for the screens (trust.errors)
        raise error

    window = MainWindow(gui_cache, model_loader=refuse, audit_key_path=app_home / "a.key")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    panel, info = open_panel(qtbot, window)
    assert info.version is None
    # the caseworker gets words in the interface language; IT's sentence goes to the IT log
    assert panel.state.text().startswith("No suggestion model is installed on this computer")
    assert "no model has been installed on this computer" not in panel.state.text()
    assert panel.version.text() == "—"
    # no update share is configured in this test's home: the check says so, calmly
    panel._check = check_configured_share
    with qtbot.waitSignal(panel.update_checked, timeout=10_000) as checked:
        panel.check_for_updates()
    assert "No update folder is configured" in checked.args[0]
    panel.close()
    window.close()
    QApplication.processEvents()


@pytest.mark.parametrize("age, expected", [
    (40, "has not reached the update folder for 40 days, so it would not know if this model "
         "had been withdrawn. IT allows 30 days. Suggestions keep working"),
    (None, "has never reached the update folder"),
])
def test_a_stale_update_check_warns_and_suggestions_stay(
    qtbot, model_world, app_home, age, expected
) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    last = None if age is None else now - timedelta(days=age, hours=1)
    window = MainWindow(model_world.cache, model_loader=model_world.loader(),
                        audit_key_path=app_home / "audit.key",
                        update_freshness=lambda: UpdateFreshness(last, 30, now))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    panel, info = open_panel(qtbot, window)
    assert info.unavailable is None and info.version == 1  # the model still works
    assert panel.staleness.isVisibleTo(panel)
    assert expected in panel.staleness.text()
    assert panel.last_check.text() == ("never" if age is None else
                                       f"{date_time_text(last.isoformat())} (40 days ago)")
    panel.close()
    window.close()


def test_it_local_rules_and_the_publisher_show_on_the_panel(qtbot, model_world, app_home,
                                                             tmp_path) -> None:  # type: ignore[no-untyped-def]
    """IT's pin and local withdrawal (issue 21) reach the caseworker's panel in plain words;
    the publisher row says a shared model is a shared model."""
    from desktop_app.trust.local_rules import change_local_rule

    # on a copy of the store: the world's store serves every later test of this worker, and a
    # model withdrawn there left them all without suggestions
    world = dataclasses.replace(model_world, store=tmp_path / "store")
    shutil.copytree(model_world.store, world.store, symlinks=True)
    store = ModelStore(world.store)
    now = datetime.now(UTC)
    change_local_rule(store, "pin", 1, "council decision 12/2026", now)
    window = MainWindow(model_world.cache, model_loader=world.loader(),
                        audit_key_path=app_home / "keys" / "audit.key")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    panel, info = open_panel(qtbot, window)
    assert (info.local_rule, info.publisher) == ("pinned", "")
    assert panel.state.text() == (
        "The model's signature was verified; its suggestions are shown. IT pinned this "
        "version on this computer: council decision 12/2026")
    assert panel.publisher.text() == "a shared model (the national or regional publisher)"

    change_local_rule(store, "unpin", None, "reviewed", now)
    change_local_rule(store, "withdraw", 1, "unfair to newcomers here", now)
    with qtbot.waitSignal(panel.shown_info, timeout=20_000) as shown:
        panel.refresh()
    assert shown.args[0].local_rule == "withdrawn_here"
    assert panel.state.text() == ("IT withdrew this model on this computer, so the app shows "
                                  "no suggestions: unfair to newcomers here")
    panel.close()
    window.close()


def test_panel_shows_the_local_verdict_and_that_suggestions_are_held_back(
        qtbot, model_world, app_home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.connection import open_cache, transaction
    from desktop_app.scoring.local_verdict import LocalVerdict, record_verdict

    cache = tmp_path / "cache.sqlite"
    shutil.copyfile(model_world.cache, cache)
    db = open_cache(cache)
    with transaction(db):  # as 'models check-local' records it (app_home's audit key)
        record_verdict(db, LocalVerdict("1", "not_shown_to_work", "2026-12-01T09:00:00+00:00",
                                        1, ("no_gain_shown",), {}),
                       AuditLog(db, b"k" * 32).append)
    db.close()
    window = MainWindow(cache, model_loader=model_world.loader(),
                        audit_key_path=app_home / "keys" / "audit.key")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    panel, _info = open_panel(qtbot, window)
    # read on the cache worker, after its warm-up (slow on a loaded machine)
    qtbot.waitUntil(lambda: panel.local_verdict.isVisibleTo(panel), timeout=90_000)
    text = panel.local_verdict.text()
    assert text.startswith("Checked on 1 citizen of this municipality on 01/12/2026: not "
                           "shown to work here.")  # numerus: one citizen
    assert "not shown until a check shows that it works here" in text
    assert "suggestions are not shown" in panel.state.text()
    panel.close()
    window.close()
