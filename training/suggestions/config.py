"""Training configuration: which attributes may be used, horizons, and learner settings.

Read from a JSON or TOML file (`--config`). The defaults are deliberately conservative: no
bundle attribute is a feature unless allowlisted, health data only when explicitly allowed,
and names that look like protected characteristics are refused even when allowlisted.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

NEVER_FEATURES = ("gender", "country_of_birth")
DEFAULT_BLOCKLIST = (
    "gender", "sex", "country", "birth", "nationality", "citizenship", "ethnic", "origin",
    "race", "religion", "faith", "sexual", "orientation", "pregnan", "union", "political",
    "disab", "diagnos", "name", "cv_text",
)


@dataclass
class TrainingConfig:
    attributes_allowlist: list[str] = field(default_factory=list)
    blocklist: list[str] = field(default_factory=lambda: list(DEFAULT_BLOCKLIST))
    # Caseworkers' own ratings of a citizen (e.g. "motivation: low") are opinions the citizen
    # cannot check. They are always flagged in the model card and labelled as the
    # caseworker's assessment on the sheet; with this set they are not used at all.
    # `subjective_attributes` names them besides the naming rule (names starting with
    # "caseworker_", see desktop_app/scoring/subjective.py).
    exclude_subjective_inputs: bool = False
    subjective_attributes: list[str] = field(default_factory=list)
    allow_health_limitation: bool = False
    host_language: str | None = None  # default: the most common native language
    horizons: list[float] = field(default_factory=lambda: [26.0, 52.0])
    folds: int = 3
    holdout_share: float = 0.25  # citizens kept out of training for honest evaluation
    min_decisions_per_arm: int = 30
    propensity_clip: float = 0.02  # inverse weights use max(e, clip)
    propensity_trim: float = 0.005  # rows below this for an arm do not teach that arm's effect
    # No longer used: interval members are the cross-fitting replicates (one per fold).
    # Accepted so that older configuration files still load.
    ensemble_members: int = 8
    interval_level: float = 0.90
    max_missing_key_features: int = 2
    min_cell: int = 10  # model-card cells with fewer people are suppressed
    threads: int = 1  # LightGBM threads; 1 is fastest on small data and shared machines
    nuisance_rounds: int = 120
    effect_rounds: int = 200
    effect_leaves: int = 8
    effect_min_leaf: int = 150
    # Selection on unobservables (selection_adjustment.py, Oster 2019): how strongly unrecorded
    # reasons are assumed to select people into a programme, relative to the recorded ones
    # (1 = equally), and the bound on the outcome variance a model with everything relevant
    # would explain, as a multiple of what the features explain. Off (0) unless the data team
    # knows caseworkers send people who would do well anyway (an assumption the data cannot
    # check; where it is wrong it moves effects away from the truth).
    unobserved_selection_delta: float = 0.0
    r_max_factor: float = 1.3
    # On a Dask cluster, a pooled-outcome fold estimated above this many bytes is trained
    # data-parallel with lightgbm.dask (docs/central-training.md); default: half of a
    # worker's memory limit. Never used by the local engine.
    distributed_fit_bytes: int | None = None

    @classmethod
    def load(cls, path: Path | None) -> TrainingConfig:
        if path is None:
            return cls()
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        data: dict[str, Any] = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"{path}: unknown setting(s) {', '.join(unknown)}")
        return cls(**data)

    def __post_init__(self) -> None:
        if self.unobserved_selection_delta < 0:
            raise ValueError("unobserved_selection_delta must be 0 (off) or more")
        if self.r_max_factor < 1:
            raise ValueError("r_max_factor must be at least 1 (R2max >= R2 of the full model)")

    def blocked(self, name: str) -> bool:
        lowered = name.lower()
        return name in NEVER_FEATURES or any(b.lower() in lowered for b in self.blocklist)

    def usable_attributes(self) -> tuple[list[str], list[str]]:
        """(allowed, refused) attribute names from the allowlist after the blocklist."""
        allowed = [a for a in self.attributes_allowlist if not self.blocked(a)]
        refused = [a for a in self.attributes_allowlist if self.blocked(a)]
        return allowed, refused

    def subjective(self, name: str) -> bool:
        from desktop_app.scoring.subjective import is_subjective_attribute

        return is_subjective_attribute(name, self.subjective_attributes)

    def excluded_subjective(self) -> list[str]:
        """Allowlisted attributes left out because they are subjective ratings."""
        if not self.exclude_subjective_inputs:
            return []
        allowed, _refused = self.usable_attributes()
        return [a for a in allowed if self.subjective(a)]

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
