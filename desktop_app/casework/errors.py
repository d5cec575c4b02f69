"""Failures a screen can explain, as codes with plain details (no Qt, no sentences for people).

A service function raises `UserFacingError` when the caseworker can act on the reason; every
other failure is described by `describe_failure` as a `Failure`: a code the GUI turns into
translated words in one place (`views/words/failures.py`), and details meant for the IT log.
"""

from __future__ import annotations

from dataclasses import dataclass

# Codes of a failed operation (the GUI words each one; see views/words/failures.py).
ACTIONABLE = "actionable"  # the detail is a sentence the caseworker can act on
CACHE_PROBLEM = "cache_problem"  # SQLite reported a problem with the case cache file
CACHE_NOT_OPEN = "cache_not_open"  # there is no case cache to work on
UNEXPECTED = "unexpected"  # a defect: calm words on screen, the details in the IT log


class UserFacingError(Exception):
    """A task failed for a reason the caseworker can act on; the message says what to do."""


@dataclass(frozen=True)
class Failure:
    """Why an operation did not complete: a code and what a person needs to know."""

    code: str
    detail: str = ""  # shown for ACTIONABLE; in English for the IT log otherwise
    cache_problem: str = ""  # CACHE_PROBLEM: what it means for the file (cache.connection)
    cache_path: str = ""  # CACHE_PROBLEM: the cache file, named on screen

    def __str__(self) -> str:
        return self.detail or self.code


def describe_failure(error: BaseException, cache_path: str | None) -> Failure:
    """The failure a screen shows for `error` (raised by a service function)."""
    from desktop_app.cache.connection import (
        database_errors,
        database_problem,
        database_problem_kind,
    )
    from desktop_app.decisions.reasons import DecisionError

    if isinstance(error, (UserFacingError, DecisionError)):
        return Failure(ACTIONABLE, str(error))
    if isinstance(error, database_errors()):
        return Failure(CACHE_PROBLEM, database_problem(error, cache_path or ""),
                       database_problem_kind(error), cache_path or "")
    return Failure(UNEXPECTED, f"{type(error).__name__}: {error}")
