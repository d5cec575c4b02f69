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


def test_a_cache_the_disk_refuses_is_said_in_the_screen_s_language(
        window, qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    """An SQLite problem reaches the screen as a code (what went wrong with the cache file)
    worded in the interface language, naming the cache: not the core's English sentence."""
    import sqlite3

    from desktop_app.views.common import i18n

    refused = sqlite3.OperationalError("attempt to write a readonly database")
    english = _fail_with(window, qtbot, refused, caplog)
    assert str(window.cache_path) in english and "read-only" in english
    i18n.set_language("da")
    danish = _fail_with(window, qtbot, refused, caplog)
    assert str(window.cache_path) in danish
    assert "skrivebeskyttet" in danish
    assert "cannot be written" not in danish and "read-only" not in danish


def test_every_cache_problem_code_has_its_own_words_naming_the_file(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.cache import connection
    from desktop_app.casework.errors import CACHE_PROBLEM, Failure
    from desktop_app.views.words.failures import failure_text

    kinds = (connection.DISK_FULL, connection.READ_ONLY, connection.CANNOT_OPEN,
             connection.BUSY, connection.DAMAGED, connection.IO_ERROR)
    other = failure_text(Failure(CACHE_PROBLEM, cache_problem=connection.OTHER,
                                 cache_path="/x/cache.sqlite"))
    said = {failure_text(Failure(CACHE_PROBLEM, cache_problem=kind,
                                 cache_path="/x/cache.sqlite")) for kind in kinds}
    assert len(said) == len(kinds) and other not in said
    assert all("/x/cache.sqlite" in words and "%1" not in words for words in {*said, other})
