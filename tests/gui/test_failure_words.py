"""A failed write reaches the caseworker in words from one place (`views/words/failures.py`):
an unexpected error never as "KeyError: ...", its details in the IT log instead."""

from __future__ import annotations

import logging

from desktop_app.casework.errors import UserFacingError


def _fail_with(window, qtbot, error: Exception, caplog) -> str:  # type: ignore[no-untyped-def]
    said: list[str] = []

    def task(_ctx):  # type: ignore[no-untyped-def]
        raise error

    with caplog.at_level(logging.ERROR, logger="desktop_app.views.workers.cache_worker"):
        window.store.submit(task, lambda _result: None, said.append)
        qtbot.waitUntil(lambda: bool(said), timeout=60_000)  # after the warm-up
    return said[0]


def test_an_unexpected_error_is_calm_words_and_its_details_go_to_the_it_log(
        window, qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    words = _fail_with(window, qtbot, KeyError("C-123"), caplog)
    assert "KeyError" not in words and "C-123" not in words
    assert words == "an unexpected error (the details are in the IT log)"
    assert any("KeyError" in (record.exc_text or "") or record.exc_info
               for record in caplog.records)


def test_a_reason_the_caseworker_can_act_on_is_shown_as_the_core_says_it(
        window, qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    words = _fail_with(window, qtbot, UserFacingError("Ask IT for the audit key."), caplog)
    assert words == "Ask IT for the audit key."
