"""The clock guard: updates are refused while the clock is earlier than the last good check.

Setting the clock back would revive expired signed metadata (a frozen share would go
unnoticed), so `check_for_updates` refuses while `now < last check - CLOCK_TOLERANCE`. The
flip side: one check made while the clock was set in the FUTURE leaves a last-check time that
blocks every update after the clock is corrected. `reset_clock_guard` is IT's way out: it
replaces a last-check time that lies in the future with the current time, only when that is
so, and records when-what-why in the install state (`clock_resets`); the admin command also
writes it to the IT log. A reset states that the clock is right now; it is refused while the
clock is earlier than the newest signing time this laptop verified (nothing is signed in the
future), which tells a clock set back apart from a corrected one as far as the signed data can.
Where IT keeps the install state in an administrator-only folder, only an administrator can
reset.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.trust.errors import TrustError
from desktop_app.trust.install_state import load_store_state, save_state
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.store_lock import update_lock

CLOCK_TOLERANCE = timedelta(minutes=5)  # clocks drift; a small step back is not an attack


def clock_is_behind(now: datetime, last_check: datetime | None) -> bool:
    return last_check is not None and now < last_check - CLOCK_TOLERANCE


def reset_clock_guard(store: ModelStore, now: datetime, reason: str) -> datetime | None:
    """Clear a last-check time in the future; return it (None: nothing needed clearing)."""
    if not reason.strip():
        raise TrustError("give a reason (it is kept with the install state and in the IT log)")
    if not store.state_writable():
        raise TrustError(
            f"the anti-rollback record is in an administrator-only folder ({store.state_dir}); "
            "run this as administrator"
        )
    if not store.root.is_dir():
        return None
    with update_lock(store.root):
        state = load_store_state(store)
        last = state.last_check()
        if not clock_is_behind(now, last):
            return None
        signed = state.newest_signature()
        if signed is not None and now < signed - CLOCK_TOLERANCE:
            raise TrustError(
                f"the clock ({now:%Y-%m-%d %H:%M} UTC) is earlier than the newest signature this "
                f"laptop has verified ({signed:%Y-%m-%d %H:%M} UTC); correct the clock first"
            )
        assert last is not None
        state.clock_resets.append(
            {"at": now.isoformat(), "cleared": last.isoformat(), "reason": reason.strip()}
        )
        state.last_check_at = now.isoformat()
        save_state(store.state_path, state, readable_by_all=store.state_dir is not None)
        return last
