"""What the model panel shows about the installed model, as plain data (no Qt).

Read from the VERIFIED install only (`load_verified_model`): version, training period, when and
by which key it was signed, when it was verified, and a short summary of its model card
(`model_card.json`: what it was trained on, how it did in evaluation, the fairness audit).
Also how fresh the laptop's knowledge is (`UpdateFreshness`: the last successful update check
against the maximum age IT allows) and whether this is a DEMO build.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.scoring.local_verdict import LocalState
    from desktop_app.trust.installed import VerifiedModel
    from desktop_app.trust.update import UpdateResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpdateFreshness:
    """The last successful update check, and how old IT lets it get before the panel warns."""

    last_check: datetime | None
    max_age_days: int
    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def age_days(self) -> int | None:
        return None if self.last_check is None else max(0, (self.now - self.last_check).days)

    @property
    def stale(self) -> bool:
        age = self.age_days
        return age is None or age > self.max_age_days


def update_freshness() -> UpdateFreshness:
    """Read from the laptop's model store and IT's configuration (never raises)."""
    from desktop_app.locations import laptop_model_store, max_check_age_days
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.install_state import load_store_state

    try:
        last = load_store_state(laptop_model_store()).last_check()
    except (TrustError, OSError) as error:
        log.warning("the last update check cannot be read: %s", error)
        last = None
    return UpdateFreshness(last, max_check_age_days())


def installed_local_state(db: sqlite_utils.Database, version: str,
                          audit_key: bytes | None) -> LocalState:
    """The installed model's local verdict on this cache and whether its suggestions are used
    (IT's `[models] use_without_local_check`, the build flavour; the verdict as the cache's
    audit trail records it, checked with `audit_key`); run on the cache worker."""
    from desktop_app.config import configured_use_without_local_check
    from desktop_app.scoring.local_verdict import local_state

    return local_state(db, version, configured_use_without_local_check(), not demo_build(),
                       audit_key)


def demo_build() -> bool:
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR

    return BUILD_FLAVOUR != "production"


@dataclass(frozen=True)
class ModelInfo:
    version: int | None
    training_period: tuple[str, str]  # ISO dates (from, to); "" where not known
    signed_at: str  # ISO timestamp, "" when not known
    key_ids: tuple[str, ...]
    verified_at: str  # ISO timestamp (UTC)
    withdrawn_reason: str | None  # set when a signed mark withdrew this version
    card: Mapping[str, Any]  # the model card, {} when the package has none
    unavailable: str | None = None  # for IT: why there is no verified model (a sentence)
    status: str = "ready"  # for the screens: "ready" or a code from MODEL_STATUS_CODES
    freshness: UpdateFreshness | None = None
    demo_build: bool = False
    publisher: str = ""  # "" a shared model, else the delegated publisher that signed it
    local_rule: str = ""  # IT's rule on this computer: "", "pinned", "pinned_other", ...
    local_reason: str = ""  # IT's reason for it (IT's own words)


def _period(period: Mapping[str, Any]) -> tuple[str, str]:
    start = period.get("from") or period.get("start") or ""
    end = period.get("to") or period.get("end") or ""
    return str(start), str(end)


def model_info(
    loader: Callable[[], VerifiedModel],
    freshness: Callable[[], UpdateFreshness] = update_freshness,
) -> ModelInfo:
    """Verify and describe the installed model; never raises for a missing or bad model."""
    from desktop_app.trust.errors import ModelUnavailable, TrustError

    fresh, demo = freshness(), demo_build()
    try:
        verified = loader()
    except ModelUnavailable as error:
        return ModelInfo(None, ("", ""), "", (), "", None, {}, unavailable=error.reason,
                         status=error.code, freshness=fresh, demo_build=demo)
    except (TrustError, OSError, ValueError) as error:
        return ModelInfo(None, ("", ""), "", (), "", None, {}, unavailable=str(error),
                         status="cannot_load", freshness=fresh, demo_build=demo)
    card: Mapping[str, Any] = {}
    if verified.has("model_card.json"):
        try:
            card = json.loads(verified.read_bytes("model_card.json"))
        except (TrustError, OSError, ValueError):
            log.warning("the model card of version %s cannot be read", verified.version)
    return ModelInfo(
        verified.version, _period(verified.training_period), verified.signed_at,
        verified.key_ids, verified.verified_at.isoformat(),
        verified.withdrawn_reason if verified.withdrawn else None, card,
        status="withdrawn" if verified.withdrawn else "ready", freshness=fresh, demo_build=demo,
        publisher=verified.publisher, local_rule=verified.local_rule,
        local_reason=verified.local_reason)


def largest_rate_gap(facet: Mapping[str, Any]) -> tuple[str, float] | None:
    """The programme whose suggestion rate differs most between the facet's groups."""
    rates: Mapping[str, Mapping[str, float]] = facet.get("suggestion_rates") or {}
    best: tuple[str, float] | None = None
    for programme, by_group in rates.items():
        values = [float(v) for v in by_group.values() if v is not None]
        if len(values) >= 2 and (best is None or max(values) - min(values) > best[1]):
            best = (programme, max(values) - min(values))
    return best


def miscalibrated(facet: Mapping[str, Any]) -> list[str]:
    """Groups whose observed outcomes differ from the predicted ones beyond chance (the 95%
    interval of the gap excludes zero)."""
    calibration: Mapping[str, Mapping[str, Any]] = facet.get("calibration") or {}
    found = []
    for group, c in calibration.items():
        ci = c.get("gap_ci")
        if isinstance(ci, list) and len(ci) == 2 and (ci[0] > 0 or ci[1] < 0):
            found.append(group)
    return found


def too_small(facet: Mapping[str, Any]) -> list[str]:
    calibration: Mapping[str, Mapping[str, Any]] = facet.get("calibration") or {}
    return [group for group, c in calibration.items() if c.get("flag")]


def gain(card: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """Following the suggestions versus giving everyone the best single programme."""
    part = card.get("personalisation") or {}
    found = part.get("gain_vs_best_single")
    return found if isinstance(found, Mapping) and found.get("estimate") is not None else None


def load_installed_model() -> Any:
    """The verified model installed on this laptop (what the case screens score with)."""
    from desktop_app.locations import laptop_model_store
    from desktop_app.trust.installed import load_verified_model

    return load_verified_model(laptop_model_store())


def check_configured_share() -> UpdateResult | None:
    """Install a newer signed model from the update share IT configured (None: no share).

    Runs on a background thread. The running session keeps the model it loaded; a model
    installed here is verified again and used from the next start."""
    from desktop_app.locations import default_update_share, laptop_model_store
    from desktop_app.trust.update import check_for_updates

    share = default_update_share()
    return None if share is None else check_for_updates(share, laptop_model_store())
