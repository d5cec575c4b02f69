"""The keyed pseudonym the audit log names a citizen by (no cycle: `audit` and
`audit_records` both take it from here)."""

from __future__ import annotations

import hashlib
import hmac


def citizen_ref(key: bytes, citizen_id: str) -> str:
    """The keyed pseudonym of a citizen id (stable per audit key, not reversible without it)."""
    return hmac.new(key, b"citizen-ref\x00" + citizen_id.encode(), hashlib.sha256).hexdigest()[:32]
