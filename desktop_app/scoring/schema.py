"""The feature schema: which inputs a model takes, in which order, and what each one means.

Written by training into the model directory (`feature_schema.json`) and read by the app, so
the app builds exactly the columns the model was trained on. Vocabularies (benefit codes,
programme kinds, categorical attribute values) are fixed at training time.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class FeatureSpec:
    name: str
    type: str  # "number" | "count" | "flag" | "indicator"
    meaning: str
    source: str  # contract field(s) it is computed from
    special_category: bool = False  # GDPR Art. 9 data (health)


@dataclass(frozen=True)
class AttributeSpec:
    """An allowlisted bundle attribute: numeric/bool as a number, text as indicators."""

    name: str
    categories: tuple[str, ...] = ()  # empty = numeric


@dataclass
class FeatureSchema:
    features: list[FeatureSpec]
    host_language: str | None
    benefit_codes: tuple[str, ...] = ()
    programme_kinds: tuple[str, ...] = ()
    prior_arms: tuple[str, ...] = ()  # programme ids whose earlier decisions are counted
    attributes: tuple[AttributeSpec, ...] = ()
    include_health: bool = False
    key_features: tuple[str, ...] = ()  # abstain when too many of these are missing
    # attributes that are a caseworker's own rating (training config; the app also applies
    # the naming rule in scoring/subjective.py for schemas written before this field)
    subjective_attributes: tuple[str, ...] = ()
    version: int = SCHEMA_VERSION
    notes: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.features]

    def index(self, name: str) -> int:
        return self.names.index(name)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["attributes"] = [asdict(a) for a in self.attributes]
        return data

    def save(self, path: Path) -> None:
        text = json.dumps(self.to_json(), indent=2, ensure_ascii=False)
        Path(path).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeatureSchema:
        if data.get("version") != SCHEMA_VERSION:
            raise ValueError(f"feature schema version {data.get('version')!r} is not supported")
        return cls(
            features=[FeatureSpec(**f) for f in data["features"]],
            host_language=data.get("host_language"),
            benefit_codes=tuple(data.get("benefit_codes", ())),
            programme_kinds=tuple(data.get("programme_kinds", ())),
            prior_arms=tuple(data.get("prior_arms", ())),
            attributes=tuple(
                AttributeSpec(a["name"], tuple(a.get("categories", ())))
                for a in data.get("attributes", ())
            ),
            include_health=bool(data.get("include_health", False)),
            key_features=tuple(data.get("key_features", ())),
            subjective_attributes=tuple(data.get("subjective_attributes", ())),
            notes=list(data.get("notes", ())),
        )

    @classmethod
    def load(cls, path: Path) -> FeatureSchema:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
