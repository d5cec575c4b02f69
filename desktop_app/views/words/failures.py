"""The one place where a failed operation's code becomes words for the caseworker.

The service layer describes a failure as a `Failure` (`casework.errors`): a code, and details.
A reason the caseworker can act on is shown as the core says it; an unexpected error is never
shown as "KeyError: ..." but as calm words, its details already in the IT log (the cache worker
logs them with the traceback).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.casework.errors import ACTIONABLE, CACHE_NOT_OPEN, CACHE_PROBLEM, Failure


def failure_text(failure: Failure | str) -> str:
    """Words for a failure, fit to follow "Not recorded: " and the like."""
    if isinstance(failure, str):  # already words (a screen's own check)
        return failure
    translate = QCoreApplication.translate
    if failure.code in (ACTIONABLE, CACHE_PROBLEM) and failure.detail:
        return failure.detail
    if failure.code == CACHE_NOT_OPEN:
        return translate("FailureWords", "the case cache is not open")
    return translate("FailureWords", "an unexpected error (the details are in the IT log)")
