"""What every case of one cache shares (its programmes, its export date), read once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.cache.records import load_all


@dataclass(frozen=True)
class CacheFacts:
    """Per-cache data every case uses; the worker reads it once per open cache."""

    programmes: tuple[dict[str, Any], ...]
    exported_at: str | None


def cache_facts(db: sqlite_utils.Database) -> CacheFacts:
    return CacheFacts(tuple(load_all(db, "programmes")), exported_at(db))


def exported_at(db: sqlite_utils.Database) -> str | None:
    from desktop_app.cache.records import manifest_value

    value = manifest_value(db, "exported_at")
    return str(value) if value else None
