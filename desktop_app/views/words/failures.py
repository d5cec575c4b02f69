"""The one place where a failed operation's code becomes words for the caseworker.

The service layer describes a failure as a `Failure` (`casework.errors`): a code, and details.
A reason the caseworker can act on is shown as the core says it; a problem with the cache file
is a code (disk full, read-only, …) worded here in the interface language, naming the file; an
unexpected error is never shown as "KeyError: ..." but as calm words. The details of both are
in the IT log (the worker logs them with the traceback).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.casework.errors import ACTIONABLE, CACHE_NOT_OPEN, CACHE_PROBLEM, Failure


def failure_text(failure: Failure | str) -> str:
    """Words for a failure, fit to follow "Not recorded: " and the like."""
    if isinstance(failure, str):  # already words (a screen's own check)
        return failure
    translate = QCoreApplication.translate
    if failure.code == ACTIONABLE and failure.detail:
        return failure.detail
    if failure.code == CACHE_PROBLEM:
        return cache_problem_text(failure.cache_problem).replace("%1", failure.cache_path)
    if failure.code == CACHE_NOT_OPEN:
        return translate("FailureWords", "the case cache is not open")
    return translate("FailureWords", "an unexpected error (the details are in the IT log)")


def cache_problem_text(kind: str) -> str:
    """What an SQLite problem means for the cache file `%1`, by its code
    (`desktop_app.cache.connection.database_problem_kind`); the SQLite text is in the IT log."""
    translate = QCoreApplication.translate
    words = {
        "disk_full": translate("FailureWords", "the disk holding the case cache %1 is full; "
                                               "free some space and try again"),
        "read_only": translate("FailureWords", "the case cache %1 cannot be written: the file "
                                               "or its folder is read-only. Ask IT to check the "
                                               "permissions of both"),
        "cannot_open": translate("FailureWords", "the case cache %1 cannot be opened: the file "
                                                 "or its folder is not accessible; check that "
                                                 "the folder exists and its permissions"),
        "busy": translate("FailureWords", "the case cache %1 is busy: another Wayfinder "
                                          "program (an import?) is writing to it; try again "
                                          "when it has finished"),
        "damaged": translate("FailureWords", "the case cache %1 is damaged. Ask IT to restore "
                                             "it from backup or to import the latest bundle "
                                             "again"),
        "io_error": translate("FailureWords", "reading or writing the case cache %1 failed; "
                                              "the disk may be failing, full or removed: check "
                                              "it, then try again"),
    }
    return words.get(kind) or translate(
        "FailureWords", "the case cache %1 could not be used (the details are in the IT log)")
