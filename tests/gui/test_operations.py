"""The one way to run work off the GUI thread (`views/workers/operations.py`): the result, the
progress and a failure each come back on the GUI thread, a failure as words from one place."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from desktop_app.casework.errors import UserFacingError
from desktop_app.views.workers.operations import Operation


def _run(qtbot, work, **kwargs):  # type: ignore[no-untyped-def]
    said: dict[str, object] = {}
    parent = QObject()

    def success(result: object) -> None:
        said["result"], said["thread"] = result, threading.current_thread()

    def failure(words: str) -> None:
        said["failure"], said["thread"] = words, threading.current_thread()

    operation = Operation(work, success, failure, parent=parent, **kwargs).start()
    qtbot.waitUntil(lambda: "thread" in said, timeout=10_000)
    assert operation.wait(1)
    return said


def test_the_result_comes_back_on_the_gui_thread_from_a_thread_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    ran_on: list[threading.Thread] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    said = _run(qtbot, work)
    assert said["result"] == 42
    assert said["thread"] is threading.main_thread()
    assert ran_on[0] is not threading.main_thread()


def test_progress_reaches_the_gui_thread_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, int, int, bool]] = []

    def progress(stage: str, done: int, total: int) -> None:
        seen.append((stage, done, total, threading.current_thread() is threading.main_thread()))

    def work(report) -> str:  # type: ignore[no-untyped-def]
        for done in range(3):
            report("scoring", done, 2)
        return "done"

    said = _run(qtbot, work, progress=progress)
    assert said["result"] == "done"
    assert seen == [("scoring", 0, 2, True), ("scoring", 1, 2, True), ("scoring", 2, 2, True)]


def test_an_unexpected_error_is_calm_words_a_reason_to_act_on_is_said_as_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise KeyError("C-123")

    def refused() -> None:
        raise UserFacingError("Ask IT for the audit key.")

    said = _run(qtbot, broken)
    assert said["failure"] == "an unexpected error (the details are in the IT log)"
    assert said["thread"] is threading.main_thread()
    assert _run(qtbot, refused)["failure"] == "Ask IT for the audit key."


def test_a_write_on_the_cache_reaches_the_screen_through_the_same_failure_path(
        window, qtbot) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []

    def task(_ctx):  # type: ignore[no-untyped-def]
        raise KeyError("C-123")

    Operation(task, lambda _result: None, said.append).on_cache(window.store)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)  # after the warm-up
    assert said == ["an unexpected error (the details are in the IT log)"]
