"""The "which data did we use" section, generated from the model's feature schema.

Every feature the model takes appears on the sheet (grouped by where it comes from), so the
list cannot drift from the model. A feature the catalogs cannot name is an error, not a gap.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.reports.catalog import Catalog, MissingTranslation
from desktop_app.scoring.schema import FeatureSchema, FeatureSpec

GROUP_ORDER = ("profile", "work", "plans", "meetings", "other")
_SOURCE_GROUPS = (
    ("outcomes", "work"),
    ("previous_jobs", "work"),
    ("decisions", "plans"),
    ("enrolments", "plans"),
    ("appointments", "meetings"),
    ("attributes.", "other"),
)


@dataclass(frozen=True)
class DataItem:
    group: str
    label: str
    special_category: bool


def source_group(spec: FeatureSpec) -> str:
    for prefix, group in _SOURCE_GROUPS:
        if spec.source.startswith(prefix):
            return group
    return "profile"


# Indicator and count families ("prior_programme:P03", "benefit=x") share one label.
_FAMILY_KEYS = {
    "prior_programme:": "feature.prior_programme",
    "prior_decision:": "feature.prior_decisions",
    "benefit=": "feature.benefit",
}


def feature_label(name: str, catalog: Catalog) -> str:
    """The plain-language label of a schema feature name (indicator families share one)."""
    for prefix, key in _FAMILY_KEYS.items():
        if name.startswith(prefix):
            return catalog.text(key)
    if name.startswith("attr:"):
        attribute = name[len("attr:"):].split("=", 1)[0]
        return catalog.text("feature.attribute", name=attribute.replace("_", " "))
    key = f"feature.{name}"
    if not catalog.has(key):
        raise MissingTranslation(
            f"the explanation sheet cannot name the model feature '{name}' in '{catalog.lang}' "
            f"(add '{key}' to every catalog)"
        )
    return catalog.text(key)


def data_items(schema: FeatureSchema, catalog: Catalog) -> list[DataItem]:
    """One item per distinct label, in schema order, each with its source group."""
    seen: set[str] = set()
    items: list[DataItem] = []
    for spec in schema.features:
        label = feature_label(spec.name, catalog)
        if label in seen:
            continue
        seen.add(label)
        items.append(DataItem(source_group(spec), label, spec.special_category))
    return items


def data_lines(schema: FeatureSchema, catalog: Catalog) -> list[str]:
    """One line per source group: "Your case file: your age, years at school, ..."."""
    items = data_items(schema, catalog)
    lines = []
    for group in GROUP_ORDER:
        labels = [
            catalog.text("data_special", label=i.label) if i.special_category else i.label
            for i in items if i.group == group
        ]
        if labels:
            lines.append(
                catalog.text("data_group", group=catalog.text(f"source.{group}"),
                             items=catalog.strings["list_separator"].join(labels))
            )
    return lines
