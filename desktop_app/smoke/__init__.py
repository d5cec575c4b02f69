"""`wayfinder --smoke-test`: proves an installed (or frozen) build can do its real work, then exits.

Steps, each on real files in a temporary folder (the user's own data is never touched):
translations load; every module imports; the shipped signed model repository installs through
the TUF update path and re-verifies offline; a case cache is created and a tiny bundle
imported; one case is scored with explanations; one explanation sheet is rendered to PDF;
the case is prepared again by the case-detail child process (the frozen executable restarted).
Success prints exactly one line, "smoke test passed", and exits 0. Anything else (a failed
step, or any warning from our logging or from Qt) prints "smoke test failed: <step>: <what>"
to stderr and exits 1, so a packaging mistake cannot pass quietly (cf. qutebrowser's release
smoke test).
"""

from __future__ import annotations

import logging
import sys
import tempfile
import traceback
from pathlib import Path

from desktop_app.assets_path import demo_repository
from desktop_app.smoke.steps import (
    SmokeFailure,
    case_in_child_process,
    import_every_module,
    install_model,
    match_titles,
    score_and_sheet,
)

PASSED = "smoke test passed"


class _Collector(logging.Handler):
    """Keeps every warning or error logged during the run: each one is unexpected output."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


def run_smoke_test(repository: Path | None = None) -> None:
    """Run every step; raise `SmokeFailure` naming the step that failed."""
    repository = demo_repository() if repository is None else Path(repository)
    collector = _Collector()
    root_logger = logging.getLogger()
    root_logger.addHandler(collector)
    qt_messages: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="wayfinder-smoke-") as tmp:
            work = Path(tmp)
            from desktop_app.views.common.translation_check import translation_problem

            problem = translation_problem(qt_messages)
            if problem is not None:
                raise SmokeFailure("translations", problem)
            import_every_module()
            model, version = install_model(repository, work / "model-store")
            score_and_sheet(model, version, work)
            match_titles(work / "model-store")
            case_in_child_process(work / "model-store", work)
    finally:
        root_logger.removeHandler(collector)
    unexpected = collector.messages + qt_messages
    if unexpected:
        raise SmokeFailure("output", "unexpected warnings: " + " | ".join(unexpected))


def main(repository: Path | None = None) -> int:
    try:
        run_smoke_test(repository)
    except SmokeFailure as failure:
        print(f"smoke test failed: {failure.step}: {failure}", file=sys.stderr, flush=True)
        return 1
    except Exception as error:  # a bug, not a refusal: IT needs the traceback to report it
        print(f"smoke test failed: unexpected {type(error).__name__}: {error}", file=sys.stderr)
        traceback.print_exc()
        return 1
    print(PASSED, flush=True)
    return 0
