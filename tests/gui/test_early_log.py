"""What is logged before the IT log is attached (the first moments of start-up) is not lost."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.views.application import _EarlyLog


def test_early_records_reach_the_it_log(app_home: Path) -> None:  # a fresh WAYFINDER_HOME
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    early = _EarlyLog.attach()
    try:
        logging.getLogger("wayfinder.test").warning("cache opened in %d ms", 12)
        logging.getLogger("wayfinder.test").debug("too fine for the IT log")
        early.hand_over()
        early.hand_over()  # a second hand-over (the window closed first) changes nothing
        assert early not in root.handlers
        # the process's IT log: this test's, or one an earlier test in this process attached
        it_log = next(h for h in root.handlers if getattr(h, "wayfinder_it_log", None))
        it_log.flush()
        text = Path(it_log.baseFilename).read_text(encoding="utf-8")  # type: ignore[attr-defined]
        assert text.count("cache opened in 12 ms") == 1
        assert "too fine" not in text
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
