"""A municipality's local rules about shared models, set by IT on a laptop (never by the user).

- pin VERSION: this laptop uses exactly that version (it may be older than the newest, also
  older than one installed before: IT's deliberate choice); updates install nothing else, so a
  newer shared model cannot override the pin. A signed withdrawal still stops it.
- refuse VERSION: never install it (e.g. a shared model the municipality has not accepted).
- withdraw VERSION: stop using it now (suggestions off while it is installed) and never
  install it again, on this laptop only.
- allow VERSION / unpin: lift a refusal, a withdrawal or the pin.

Every change needs a reason and is appended to `local_history` in the install state (kept
beside the anti-rollback record, in IT's administrator-only folder where configured); the
admin command also writes it to the IT log. The rules take effect at the next update (what is
installed) and at the next start (what is used).
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.trust.errors import TrustError
from desktop_app.trust.install_state import InstallState, load_store_state, save_state
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.store_lock import update_lock

ACTIONS = ("pin", "unpin", "refuse", "withdraw", "allow")


def pinned_version(state: InstallState) -> int | None:
    return int(state.pinned["version"]) if state.pinned else None


def local_refusal(state: InstallState, version: int) -> dict[str, str] | None:
    """The local refusal or withdrawal of `version` ({action, reason, at}), or None."""
    return state.local_refusals.get(str(version))


def change_local_rule(
    store: ModelStore, action: str, version: int | None, reason: str, now: datetime
) -> str:
    """Apply one local rule; return a sentence saying what now holds. Raises `TrustError`."""
    if action not in ACTIONS:
        raise TrustError(f"unknown local rule {action!r} (known: {', '.join(ACTIONS)})")
    if not reason.strip():
        raise TrustError("give a reason (it is kept with the install state and in the IT log)")
    if action != "unpin" and (version is None or version <= 0):
        raise TrustError(f"'{action}' needs a model version")
    if not store.state_writable():
        raise TrustError(
            f"the local rules are kept with the anti-rollback record in an administrator-only "
            f"folder ({store.state_dir}); run this as administrator"
        )
    store.ensure()
    with update_lock(store.root):
        state = load_store_state(store)
        said = _apply(state, action, version, reason.strip(), now)
        state.local_history.append({
            "at": now.isoformat(), "action": action,
            "version": "" if version is None else str(version), "reason": reason.strip(),
        })
        save_state(store.state_path, state, readable_by_all=store.state_dir is not None)
    return said


def _apply(state: InstallState, action: str, version: int | None, reason: str,
           now: datetime) -> str:
    pinned = pinned_version(state)
    if action == "unpin":
        if pinned is None:
            raise TrustError("no version is pinned on this laptop")
        state.pinned = None
        return f"version {pinned} is no longer pinned; the next update installs the newest"
    assert version is not None
    if action == "pin":
        if local_refusal(state, version):
            raise TrustError(f"version {version} is refused on this laptop; 'allow' it first")
        state.pinned = {"version": str(version), "reason": reason, "at": now.isoformat()}
        return (f"pinned version {version}: the next update installs it and nothing else "
                "('models update'); until then suggestions stay off unless it is installed")
    if action in ("refuse", "withdraw"):
        if pinned == version:
            raise TrustError(f"version {version} is pinned on this laptop; 'unpin' it first")
        state.local_refusals[str(version)] = {"action": action, "reason": reason,
                                              "at": now.isoformat()}
        if action == "refuse":
            return f"version {version} will not be installed on this laptop"
        return (f"version {version} is withdrawn on this laptop: no suggestions with it, and "
                "it is not installed again")
    if state.local_refusals.pop(str(version), None) is None:
        raise TrustError(f"version {version} is neither refused nor withdrawn on this laptop")
    return f"version {version} may be installed and used again"
