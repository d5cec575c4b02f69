"""The Jobs tab's work on the cache worker's thread, as plain functions (no Qt).

`jobs_detail` is part of opening a case (`case_tasks.case_detail`); the matching context behind
it (taxonomy, vacancy index) is built once per cache by `warm`/`context_for`, not per case.
`skill_status_task` and `cv_file_task` make tasks for `CaseStore.submit`: each writes the
caseworker's choice with its audit entry and returns the case's new `JobsDetail`.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop_app.cache.records import load_citizen
from desktop_app.matching.case_matching import JobsDetail, MatchingContext, context_for
from desktop_app.matching.skill_choices import load_choices

if TYPE_CHECKING:
    from desktop_app.casework.worker_context import WorkerContext

log = logging.getLogger(__name__)


def caseworker(given: str = "") -> str:
    """Who acted: the caseworker id the window knows, else the operating-system account."""
    if given:
        return given
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment: still record that someone acted
        return "unknown"


def warm(db: sqlite_utils.Database) -> None:
    """Build the matching context now, so the first case opens as fast as the others."""
    try:
        context_for(db)
    except Exception:  # the Jobs tab reports it when a case opens; warming must not fail
        log.exception("preparing job matching failed")


def jobs_detail(db: sqlite_utils.Database, citizen: Mapping[str, Any]) -> JobsDetail:
    context = context_for(db)
    if not isinstance(context, MatchingContext):
        return context  # says why there is no matching (no taxonomy, unreadable taxonomy)
    return context.jobs_for_case(citizen, load_choices(db, str(citizen["id"])))


def _reload(db: sqlite_utils.Database, citizen_id: str) -> JobsDetail:
    records = load_citizen(db, citizen_id)
    if records is None:
        raise LookupError(f"the case {citizen_id} is no longer in the case cache")
    return jobs_detail(db, records.citizen)


def skill_status_task(
    citizen_id: str, skill_uri: str, status: str, who: str = ""
) -> Callable[[WorkerContext], JobsDetail]:
    """Confirm, remove, or take back a choice on one skill of the citizen's profile."""

    def task(context: WorkerContext) -> JobsDetail:
        from desktop_app.matching.skill_choices import set_skill_status

        set_skill_status(context.db, context.audit, citizen_id, skill_uri, status, caseworker(who))
        return _reload(context.db, citizen_id)

    return task


def cv_file_task(
    citizen_id: str, path: str, who: str = ""
) -> Callable[[WorkerContext], JobsDetail]:
    """Read a CV file the caseworker chose and add the skills named in it to the profile."""

    def task(context: WorkerContext) -> JobsDetail:
        from desktop_app.casework.errors import UserFacingError
        from desktop_app.matching.cv_text import CvReadError, read_cv
        from desktop_app.matching.skill_choices import add_cv_file_skills

        matching = context_for(context.db)
        if not isinstance(matching, MatchingContext):
            raise UserFacingError("job matching is not available: no taxonomy is installed")
        try:
            text = read_cv(Path(path))
        except CvReadError as error:
            raise UserFacingError(str(error)) from error
        found = matching.finder.find(text)
        name = Path(path).name
        add_cv_file_skills(context.db, context.audit, citizen_id, name, found, caseworker(who))
        return _reload(context.db, citizen_id)

    return task
