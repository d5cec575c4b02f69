"""What a task on the cache worker's thread gets: the database, the audit log and the model.

Tasks are plain functions `task(context) -> result` (Anki's "operations", Orange's `run`), so
each can be tested without Qt. Only the worker thread ever holds a `WorkerContext`.

`UserFacingError` lives in `casework.errors` (re-exported here for the tasks that raise it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.casework.errors import UserFacingError

__all__ = ["UserFacingError", "WorkerContext"]

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.cache.audit import AuditLog
    from desktop_app.casework.cache_facts import CacheFacts
    from desktop_app.casework.suggestions import LoadedModel, ModelLoader


@dataclass
class WorkerContext:
    db: sqlite_utils.Database
    audit_key_path: Path
    model_loader: ModelLoader
    _audit: AuditLog | None = None
    _model: LoadedModel | None = None
    _facts: CacheFacts | None = None

    @property
    def audit(self) -> AuditLog:
        if self._audit is None:
            from desktop_app.cache.audit import AuditLog
            from desktop_app.cache.audit_key import AuditKeyError, audit_key_for

            try:
                key = audit_key_for(self.db, self.audit_key_path)
            except AuditKeyError as error:  # nothing is recorded without the trail's own key
                raise UserFacingError(
                    "Nothing can be recorded: the audit key is missing or wrong. Ask IT. "
                    f"({error})") from error
            self._audit = AuditLog(self.db, key)
        return self._audit

    @property
    def model(self) -> LoadedModel:
        """Loaded (and verified) once per worker; a failure is remembered with its reason."""
        if self._model is None:
            from desktop_app.casework.suggestions import load_model

            self._model = load_model(self._checked_loader())
        return self._model

    def _checked_loader(self) -> ModelLoader:
        """The model loader, refusing a model not shown to work on this cache's history
        unless IT allows it (desktop_app/scoring/local_verdict.py; audited when used so)."""
        from desktop_app.cache.connection import transaction
        from desktop_app.config import configured_use_without_local_check
        from desktop_app.scoring.local_verdict import checked_loader, record_override
        from desktop_app.trust.build_flavour import BUILD_FLAVOUR

        def recorded(state) -> None:  # type: ignore[no-untyped-def]
            with transaction(self.db):
                record_override(self.db, state, self.audit.append)

        return checked_loader(self.model_loader, self.db, configured_use_without_local_check(),
                              BUILD_FLAVOUR == "production", self.audit_key(), recorded)

    def audit_key(self) -> bytes | None:
        """The cache's audit key, None when it is missing or wrong (then nothing recorded in
        the trail can be verified)."""
        try:
            return self.audit.key
        except UserFacingError:
            return None

    @property
    def facts(self) -> CacheFacts:
        """What every case of this cache shares (programmes, export date), read once."""
        if self._facts is None:
            from desktop_app.casework.cache_facts import cache_facts

            self._facts = cache_facts(self.db)
        return self._facts
