"""Who is working: the caseworker id recorded with every decision and audit entry.

Declared once by the caseworker (a setting) or given with `--caseworker`; otherwise the
operating system's user name, which on a municipal laptop is the personal login.
"""

from __future__ import annotations

import getpass

import sqlite_utils


def os_user_name() -> str:
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError):  # no passwd entry (containers) and no USER variable
        return "unknown"


def caseworker_id(explicit: str | None, setting: str | None) -> str:
    """`--caseworker` wins, then the declared setting, then the OS user name."""
    for value in (explicit, setting):
        if value and value.strip():
            return value.strip()
    return os_user_name()


def display_name(db: sqlite_utils.Database, caseworker: str, explicit: str | None) -> str | None:
    """The name printed on the citizen's sheet as who decided: the name the caseworker
    declared (setting or `--caseworker-name`), else the roster's `display_name` (bundle
    `caseworkers.jsonl`, contract 1.1), else None: the sheet then says "your caseworker" and
    never prints a login name or an internal id."""
    if explicit and explicit.strip():
        return explicit.strip()
    has_roster = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'caseworkers'").fetchone()
    if not has_roster:
        return None
    try:
        row = db.execute("SELECT display_name FROM caseworkers WHERE id = ?",
                         (caseworker,)).fetchone()
    except Exception:  # a roster table of another shape: no name rather than a failure
        return None
    return str(row[0]).strip() if row and row[0] and str(row[0]).strip() else None
