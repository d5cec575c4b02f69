"""Attendance training configuration (JSON or TOML file, all keys optional)."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

# Names that look like protected characteristics are refused even when allowlisted.
BLOCKED_NAME_PARTS = (
    "gender",
    "sex",
    "country",
    "birth",
    "nationality",
    "citizenship",
    "ethnic",
    "origin",
    "race",
    "religion",
    "faith",
    "sexual",
    "orientation",
    "pregnan",
    "union",
    "political",
)


class ConfigError(ValueError):
    """The configuration file is unreadable or asks for something not allowed."""


@dataclass
class AttendanceConfig:
    host_language: str | None = None  # default: the most common native language
    meeting_place: list[float] | None = None  # [lat, lon] of the jobcentre meetings
    allow_health_limitation: bool = False
    attributes_allowlist: list[str] = field(default_factory=list)
    holdout_share: float = 0.25  # citizens kept out of training for honest evaluation
    seed: int = 20
    l2_strength: float = 1e-3  # inverse of sklearn's C: a light ridge for stable coefficients
    # No-show risk cuts between the low/medium/high bands. None: the training appointments'
    # risk tertiles (rounded to 5 points), so the bands follow the municipality's own base rate.
    risk_bands: list[float] | None = None

    def __post_init__(self) -> None:
        for name in self.attributes_allowlist:
            if any(part in name.lower() for part in BLOCKED_NAME_PARTS):
                raise ConfigError(f"attribute '{name}' looks like a protected characteristic")
        if not 0 < self.holdout_share < 1:
            raise ConfigError("holdout_share must be between 0 and 1")
        bands = self.risk_bands
        if bands is not None and (len(bands) != 2 or not 0 < bands[0] < bands[1] < 1):
            raise ConfigError("risk_bands must be two increasing no-show risks between 0 and 1")


def load_config(path: Path | None) -> AttendanceConfig:
    if path is None:
        return AttendanceConfig()
    try:
        text = path.read_text(encoding="utf-8")
        data: dict[str, Any] = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from exc
    known = {f.name for f in fields(AttendanceConfig)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)}")
    return AttendanceConfig(**data)
