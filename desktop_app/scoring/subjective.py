"""Subjective inputs: a caseworker's own rating of a citizen (e.g. "motivation: low").

They are opinions, not facts the citizen can check, so the sheet labels them as the
caseworker's assessment, and training can leave them out (`exclude_subjective_inputs`), which
the model card states. An attribute is subjective when the model's feature schema lists it in
`subjective_attributes`, or when its name says it is the caseworker's (`caseworker_...`), the
naming rule for bundles (docs/explanation-sheet.md).
"""

from __future__ import annotations

from collections.abc import Iterable

SUBJECTIVE_PREFIXES = ("caseworker_",)


def attribute_name(feature: str) -> str | None:
    """The bundle attribute behind a feature ("attr:housing=rent" -> "housing"), else None."""
    if not feature.startswith("attr:"):
        return None
    return feature[len("attr:"):].split("=", 1)[0]


def is_subjective_attribute(name: str, declared: Iterable[str] = ()) -> bool:
    return name in set(declared) or name.startswith(SUBJECTIVE_PREFIXES)


def is_subjective(feature: str, declared: Iterable[str] = ()) -> bool:
    """Whether a model input (a feature name) is a caseworker's subjective rating."""
    name = attribute_name(feature)
    return name is not None and is_subjective_attribute(name, declared)
