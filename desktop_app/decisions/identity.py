"""Who is working: the caseworker id recorded with every decision and audit entry.

Declared once by the caseworker (a setting) or given with `--caseworker`; otherwise the
operating system's user name, which on a municipal laptop is the personal login.
"""

from __future__ import annotations

import getpass


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
