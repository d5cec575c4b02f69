"""A model's verdict on this municipality's own history, as the laptop reads and applies it.

`wayfinder-admin models check-local` (central side, `training/suggestions/local_check.py`)
evaluates an installed, signed model on the case cache's history and stores its verdict here,
inside the same cache (`cache_meta`, one key per model version), with the rule it was made by.
The app reads it to show on the model panel and to decide whether the model's suggestions are
used: a model that is not shown to work here is not used unless IT says so in its system
configuration (`[models] use_without_local_check = true`); docs/local-check.md.

The cache is the caseworker's own file, so the stored record alone is not believed: a verdict
counts only as the check's entry in the cache's audit trail says (keyed with the audit key,
tamper-evident like every decision, docs/data-protection.md). A record edited or deleted in the
cache changes nothing; an audit entry that does not verify holds the model back.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from desktop_app.cache import meta

if TYPE_CHECKING:
    from desktop_app.trust.installed import VerifiedModel

log = logging.getLogger(__name__)

SHOWN_TO_WORK = "shown_to_work"
NOT_SHOWN_TO_WORK = "not_shown_to_work"
TOO_LITTLE_HISTORY = "too_little_history"
VERDICTS = (SHOWN_TO_WORK, NOT_SHOWN_TO_WORK, TOO_LITTLE_HISTORY)
VERDICT_WORDS = {SHOWN_TO_WORK: "shown to work here", NOT_SHOWN_TO_WORK: "not shown to work here",
                 TOO_LITTLE_HISTORY: "too little local history"}
_PREFIX = "local_check.v"
_OVERRIDE_PREFIX = "local_check_override.v"  # IT's override was recorded for this version
NOT_SHOWN_HERE = "not_shown_here"  # the model status code (trust.errors.MODEL_STATUS_CODES)


@dataclass(frozen=True)
class LocalVerdict:
    """What a local check of one model version found (figures for IT and the panel)."""

    version: str
    verdict: str  # one of VERDICTS
    checked_at: str  # ISO timestamp (UTC)
    citizens: int  # local citizens with an observed outcome the check used
    failed: tuple[str, ...]  # codes of the conditions that failed (empty when shown to work)
    figures: dict[str, Any]  # the headline figures with intervals, and the rule

    def to_json(self) -> str:
        return json.dumps({"version": self.version, "verdict": self.verdict,
                           "checked_at": self.checked_at, "citizens": self.citizens,
                           "failed": list(self.failed), "figures": self.figures},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LocalVerdict:
        data = json.loads(text)
        verdict = str(data.get("verdict"))
        if verdict not in VERDICTS:
            raise ValueError(f"unknown local verdict {verdict!r}")
        return cls(str(data["version"]), verdict, str(data.get("checked_at") or ""),
                   int(data.get("citizens") or 0), tuple(str(c) for c in data.get("failed", ())),
                   dict(data.get("figures") or {}))

    @property
    def shown_to_work(self) -> bool:
        return self.verdict == SHOWN_TO_WORK


CHECK_ACTION = "model_checked_locally"  # the audit-trail entry of a local check
UNVERIFIED = "verdict_unverified"  # a use-decision reason: the check's audit entry was edited


class VerdictMismatch(ValueError):
    """The local check's audit entry does not verify (edited, or no audit key to check it)."""


def store_verdict(db: sqlite_utils.Database, verdict: LocalVerdict) -> None:
    """Keep `verdict`'s figures for its model version (call inside the caller's transaction).
    On its own this does not make a verdict count: `record_verdict` does."""
    meta.put(db, _PREFIX + verdict.version, verdict.to_json())


def record_verdict(db: sqlite_utils.Database, verdict: LocalVerdict,
                   append: Callable[..., Any]) -> None:
    """Keep `verdict` and record the check in the audit trail (`append`: `AuditLog.append`),
    which is what makes it count; call inside the caller's transaction."""
    store_verdict(db, verdict)
    append("admin", CHECK_ACTION, model_version=verdict.version,
           payload={"verdict": verdict.verdict, "failed": list(verdict.failed),
                    "citizens": verdict.citizens, "checked_at": verdict.checked_at,
                    "rule": verdict.figures.get("rule")})


def read_verdict(db: sqlite_utils.Database, version: str,
                 audit_key: bytes | None) -> LocalVerdict | None:
    """The verdict of model `version` on this cache, as its newest audit entry records it;
    None when it was never checked here. Raises VerdictMismatch when that entry does not
    verify under `audit_key`. The stored record adds its figures only where it agrees."""
    from desktop_app.cache.audit import EntryMismatch, latest_verified_payload

    version = str(version)
    try:
        entry = latest_verified_payload(db, audit_key, CHECK_ACTION, version)
    except EntryMismatch as error:
        raise VerdictMismatch(f"the local check of model version {version} cannot be "
                              f"trusted: audit {error}") from None
    stored = _stored(db, version)
    if entry is None:
        if stored is not None:
            log.warning("the local verdict of model version %s in this cache has no audit "
                        "record (edited?); it counts as never checked", version)
        return None
    recorded_at, recorded = entry
    verdict = recorded.get("verdict")
    if verdict not in VERDICTS:
        raise VerdictMismatch(f"the local check of model version {version} recorded an "
                              f"unknown verdict {verdict!r}")
    failed = tuple(str(code) for code in recorded.get("failed") or ())
    citizens = recorded.get("citizens")
    citizens = citizens if isinstance(citizens, int) and citizens >= 0 else 0
    agrees = stored is not None and (stored.verdict, stored.failed, stored.citizens) == (
        verdict, failed, citizens)
    if stored is not None and not agrees:
        log.warning("the local verdict of model version %s in this cache differs from its "
                    "audit record (edited?); the audit record counts", version)
    checked_at = str(recorded.get("checked_at") or recorded_at)  # the entry's time: hashed
    return LocalVerdict(version, str(verdict), checked_at, citizens, failed,
                        stored.figures if agrees else {})


def _stored(db: sqlite_utils.Database, version: str) -> LocalVerdict | None:
    text = meta.get(db, _PREFIX + version)
    if text is None:
        return None
    try:
        return LocalVerdict.from_json(text)
    except (ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class UseDecision:
    """Whether the model's suggestions are used, and why (a code for the screens and logs)."""

    use: bool
    reason: str  # "shown_to_work" | "it_allows" | "not_checked" | a verdict code


def use_decision(verdict: LocalVerdict | None, it_allows: bool,
                 require_check: bool) -> UseDecision:
    """`it_allows`: IT's `[models] use_without_local_check`; `require_check`: whether a model
    never checked here is held back too (production builds), or used (demo builds)."""
    if verdict is not None and verdict.shown_to_work:
        return UseDecision(True, SHOWN_TO_WORK)
    if it_allows:
        return UseDecision(True, "it_allows")
    if verdict is None:
        return UseDecision(not require_check, "not_checked")
    return UseDecision(False, verdict.verdict)


@dataclass(frozen=True)
class LocalState:
    """The installed model's local verdict (None: never checked here) and what follows."""

    version: str
    verdict: LocalVerdict | None
    decision: UseDecision


def local_state(db: sqlite_utils.Database, version: str, it_allows: bool,
                require_check: bool, audit_key: bytes | None) -> LocalState:
    """`audit_key`: the cache's audit key (None when it is missing: then a recorded check
    cannot be verified and holds the model back, unless IT allows it)."""
    try:
        verdict = read_verdict(db, version, audit_key)
    except VerdictMismatch as error:
        log.warning("%s; the model is not used for suggestions", error)
        decision = UseDecision(True, "it_allows") if it_allows else UseDecision(False, UNVERIFIED)
        return LocalState(str(version), None, decision)
    return LocalState(str(version), verdict, use_decision(verdict, it_allows, require_check))


def record_override(db: sqlite_utils.Database, state: LocalState,
                    append: Callable[..., Any]) -> bool:
    """Record once per model version, in the cache's audit trail, that IT's setting lets a
    model be used that is not shown to work here (`append`: `AuditLog.append`). Call inside
    the caller's transaction; True when it was recorded now."""
    if state.decision.reason != "it_allows":
        return False
    key = _OVERRIDE_PREFIX + state.version
    if meta.get(db, key) is not None:
        return False
    verdict = state.verdict.verdict if state.verdict else "not_checked"
    append("it", "model_used_without_local_check", model_version=state.version,
           payload={"verdict": verdict, "setting": "models.use_without_local_check"})
    meta.put(db, key, verdict)
    return True


def checked_loader(loader: Callable[[], VerifiedModel], db: sqlite_utils.Database,
                   it_allows: bool, require_check: bool, audit_key: bytes | None,
                   on_override: Callable[[LocalState], None] = lambda state: None,
                   ) -> Callable[[], VerifiedModel]:
    """`loader`, refusing a model this cache's local check did not show to work here (unless
    IT allows it): the refusal is a `ModelUnavailable` with the status code NOT_SHOWN_HERE, so
    the screens say why there are no suggestions like for any other unusable model."""

    def load() -> VerifiedModel:
        from desktop_app.trust.errors import ModelUnavailable

        verified = loader()
        state = local_state(db, str(verified.version), it_allows, require_check,
                            audit_key)
        if not state.decision.use:
            words = VERDICT_WORDS.get(state.decision.reason, {
                UNVERIFIED: "its local check's audit record does not verify (edited?)"}.get(
                state.decision.reason, "not checked on this municipality's history"))
            raise ModelUnavailable(
                f"model version {verified.version} is not used for suggestions: {words} "
                f"(run 'wayfinder-admin models check-local {verified.version}', or set "
                "[models] use_without_local_check = true in the system configuration)",
                NOT_SHOWN_HERE)
        if state.decision.reason == "it_allows":
            log.warning("model version %s is used although it is not shown to work here: IT's "
                        "setting models.use_without_local_check", verified.version)
            on_override(state)
        return verified

    return load


def gate_installed(verified: VerifiedModel, db: sqlite_utils.Database,
                   audit_key: bytes | None) -> VerifiedModel:
    """The tools outside the window (`places plan`, the import's replan, `sheet`): `verified`
    if this cache's local check lets it be used here, as in the app (IT's system setting and
    the build flavour apply; IT's override is recorded in the audit trail once per version),
    else ModelUnavailable with the status code NOT_SHOWN_HERE."""
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.connection import transaction
    from desktop_app.config import configured_use_without_local_check
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    def recorded(state: LocalState) -> None:
        if audit_key is not None:
            with transaction(db):
                record_override(db, state, AuditLog(db, audit_key).append)

    return checked_loader(lambda: verified, db, configured_use_without_local_check(),
                          BUILD_FLAVOUR == "production", audit_key, recorded)()
