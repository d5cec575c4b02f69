"""doctor's line about the installed model's local check on this cache (issue 21): the
verdict as the cache's audit trail records it, and whether the model's suggestions are used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.admin.commands._doctor_check import OK, WARN, Check

if TYPE_CHECKING:
    import sqlite_utils


def local_check(db: sqlite_utils.Database, version: str, path: str) -> Check:
    from desktop_app.cache.audit_key import AuditKeyError, read_key
    from desktop_app.config import configured_use_without_local_check
    from desktop_app.protection.cli_support import audit_key_path
    from desktop_app.scoring.local_verdict import UNVERIFIED, VERDICT_WORDS, local_state
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    try:
        key: bytes | None = read_key(audit_key_path())
    except AuditKeyError:
        key = None
    state = local_state(db, version, configured_use_without_local_check(),
                        BUILD_FLAVOUR == "production", key)
    verdict, decision = state.verdict, state.decision
    run = f"'wayfinder-admin models check-local {version} --cache {path}'"
    if verdict is not None:
        failed = f"; failed: {', '.join(verdict.failed)}" if verdict.failed else ""
        said = (f"{VERDICT_WORDS[verdict.verdict]} (checked {verdict.checked_at[:10]} on "
                f"{verdict.citizens} citizens{failed})")
    elif decision.reason == UNVERIFIED:
        said = ("its local check's audit record does not verify (edited, or the audit key is "
                f"missing or wrong); run {run} again")
    else:
        said = f"never checked on this cache (run {run})"
    if decision.reason == "shown_to_work":
        return Check("local check", OK, f"model {version}: {said}; its suggestions are used")
    if decision.use:
        why = ("because IT allows it ([models] use_without_local_check; recorded in the "
               "audit trail)" if decision.reason == "it_allows" else
               "because this is a DEMO build (a production build would not)")
        return Check("local check", WARN, f"model {version}: {said}; used {why}")
    return Check("local check", WARN, f"model {version}: {said}; its suggestions are NOT used "
                 "until a check shows it works here or IT sets [models] "
                 "use_without_local_check = true in the system configuration")
