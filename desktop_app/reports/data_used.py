"""The "which data did we use" section: every model input, its citizen-facing label and value.

Labels and values come from the sheet catalogs, so no raw key ever reaches a citizen: a model
input the catalogs cannot name is an error naming the key to add (tests check every input of
the shipped model, its benefit codes and categories included, in all nine languages). A
benefit code or category the catalogs do not word is the case system's own word and printed as
such. Bundle attributes are labelled by `attribute.<name>` and their categories by
`attribute_value.<name>.<value>`; subjective ratings by the caseworker (attributes named
`caseworker_*`, or declared in the model schema's `subjective_attributes`, which travel with
what was shown) are labelled as the caseworker's assessment and listed on their own line.
Yes/no attributes (`YES_NO_ATTRIBUTES`) read "yes"/"no". Missing values read "not recorded".
Every line has a label of its own, so a citizen can say which one is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.reports.bidi_text import isolate
from desktop_app.reports.catalog import Catalog, MissingTranslation
from desktop_app.reports.locale_words import number
from desktop_app.reports.programme_names import programme_name
from desktop_app.scoring.subjective import is_subjective

GROUP_ORDER = ("profile", "work", "plans", "meetings", "assessment", "other")
_GROUP_BY_FEATURE = {
    "weeks_unemployed": "work", "weeks_employed_2y": "work", "weeks_subsidised_2y": "work",
    "weeks_education_2y": "work", "weeks_sick_2y": "work", "previous_jobs": "work",
    "years_experience": "work", "years_since_last_job": "work",
    "prior_decisions": "plans", "prior_programme_decisions": "plans",
    "weeks_since_last_decision": "plans", "dropped_enrolments": "plans",
    "enrolment_attendance": "plans",
    "appointments_12m": "meetings", "appointment_attendance_12m": "meetings",
}
SPECIAL_CATEGORY = ("health_limitation",)  # GDPR Art. 9 data
# Indicator and count families ("prior_programme:P03", "benefit=x") share one label.
_FAMILY_KEYS = {
    "prior_programme:": "feature.prior_programme",
    "prior_decision:": "feature.prior_decision_programmes",
    "benefit=": "feature.benefit",
}
_YEARS = ("age", "years_in_country", "school_years", "years_experience", "years_since_last_job")
_WEEKS = ("weeks_unemployed", "weeks_employed_2y", "weeks_subsidised_2y", "weeks_education_2y",
          "weeks_sick_2y", "weeks_since_last_decision")
_COUNTS = ("languages_count", "previous_jobs", "prior_decisions", "prior_programme_decisions",
           "dropped_enrolments", "appointments_12m")
_SHARES = ("enrolment_attendance", "appointment_attendance_12m")
_LEVELS_1_5 = ("literacy", "numeracy", "digital")
CEFR = {1: "A1", 2: "A2", 3: "B1", 4: "B2", 5: "C1", 6: "C2"}
# Bundle attributes that hold a yes or no (JSON true/false): the schema sees them as numbers,
# so they are named here to print "yes"/"no" instead of 1/0.
YES_NO_ATTRIBUTES = frozenset({"has_car"})


@dataclass(frozen=True)
class DataLine:
    group: str
    label: str
    value: str | None  # None: only the category is known (no values stored)
    special_category: bool


def family(name: str) -> tuple[str, str] | None:
    """(family prefix, member) for indicator/count families, else None."""
    for prefix in _FAMILY_KEYS:
        if name.startswith(prefix):
            return prefix, name[len(prefix):]
    if name.startswith("attr:") and "=" in name:
        attribute, _, category = name[len("attr:"):].partition("=")
        return f"attr:{attribute}=", category
    return None


def group_of(name: str, subjective: Iterable[str] = ()) -> str:
    if name.startswith(("prior_programme:", "prior_decision:")):
        return "plans"
    if name.startswith("attr:"):
        return "assessment" if is_subjective(name, subjective) else "other"
    return _GROUP_BY_FEATURE.get(name, "profile")


def _need(catalog: Catalog, key: str, what: str, **values: str) -> str:
    if not catalog.has(key):
        raise MissingTranslation(
            f"the explanation sheet cannot name {what} in '{catalog.lang}' "
            f"(add '{key}' to every catalog)")
    return catalog.text(key, **values)


def feature_label(name: str, catalog: Catalog, language: str | None = None) -> str:
    """The plain-language label of a model input (families share one label); `language`
    names the country's language for the host-language input ("dansk", "Danish")."""
    for prefix, key in _FAMILY_KEYS.items():
        if name.startswith(prefix):
            return catalog.text(key)
    if name.startswith("attr:"):
        attribute = name[len("attr:"):].split("=", 1)[0]
        return _need(catalog, f"attribute.{attribute}", f"the model input '{name}'")
    return _need(catalog, f"feature.{name}", f"the model feature '{name}'",
                 language=language or catalog.text("local_language"))


def _years(catalog: Catalog, value: float) -> str:
    if 0 < value < 1:
        return catalog.text("value.under_a_year")
    return catalog.plural("value.years", round(value))


def value_words(name: str, value: float | None, catalog: Catalog) -> str:
    """A single (non-family) input's value in words, in the catalog's language."""
    if value is None:
        return catalog.text("value.not_recorded")
    lang = catalog.lang
    if name in _YEARS:
        return _years(catalog, value)
    if name in _WEEKS:
        return catalog.plural("value.weeks", round(value))
    if name in _COUNTS:
        return number(lang, value)
    if name in _SHARES:
        return catalog.text("value.percent", percent=number(lang, 100 * value))
    if name in _LEVELS_1_5:
        return catalog.text("value.level_of_5", level=number(lang, value))
    if name == "education_isced":
        return _need(catalog, f"value.isced.{round(value)}", f"education level {value}")
    if name == "host_language_level":
        level = round(value)
        if level <= 0:
            return catalog.text("value.language_none")
        return catalog.text("value.language_native") if level >= 7 else CEFR[level]
    if name == "driving_licence":
        return catalog.text("value.yes" if value else "value.no")
    if name == "mobility_km":
        return catalog.text("value.km", km=number(lang, value))
    if name == "health_limitation":
        return _need(catalog, f"value.health.{round(value)}", f"health level {value}")
    if name.startswith("attr:"):
        if name[len("attr:"):] in YES_NO_ATTRIBUTES:
            return catalog.text("value.yes" if value else "value.no")
        return number(lang, value, 1)
    return number(lang, value, 1)


def _family_words(prefix: str, members: dict[str, float | None], catalog: Catalog,
                  name_of: Callable[[str], str]) -> str:
    known = {m: v for m, v in members.items() if v is not None}
    if not known:
        return catalog.text("value.not_recorded")
    if prefix == "benefit=" or prefix.startswith("attr:"):
        chosen = [m for m, v in known.items() if v]
        if not chosen:
            return catalog.text("value.none")
        return catalog.join([name_of(m) for m in chosen])
    counted = [(m, v) for m, v in known.items() if v]
    if not counted:
        return catalog.text("value.none")
    return catalog.join([catalog.text("value.count_of", item=name_of(m),
                                              count=number(catalog.lang, v))
                                 for m, v in counted])


def data_lines(inputs: Mapping[str, float | None] | None, names: list[str], catalog: Catalog,
               programmes: Mapping[str, Mapping[str, Any]],
               language: str | None = None, *,
               subjective: Iterable[str] = ()) -> list[DataLine]:
    """One line per input (families folded into one), in model order. With `inputs` None only
    the labels are known (a decision stored before values were kept). `subjective`: attributes
    the model's schema declares subjective besides the naming rule."""
    declared = tuple(subjective)
    lines: list[DataLine] = []
    families: dict[str, dict[str, float | None]] = {}
    order: list[str] = []
    for name in names:
        found = family(name)
        if found is not None:
            prefix, member = found
            if prefix not in families:
                families[prefix] = {}
                order.append(prefix)
            families[prefix][member] = None if inputs is None else inputs.get(name)
            continue
        order.append(name)
    for key in order:
        if key in families:
            lines.append(_family_line(key, families[key], inputs is None, catalog, programmes,
                                      declared))
            continue
        value = None if inputs is None else value_words(key, inputs.get(key), catalog)
        lines.append(DataLine(group_of(key, declared), feature_label(key, catalog, language),
                              value, key in SPECIAL_CATEGORY))
    return lines


def _family_line(prefix: str, members: dict[str, float | None], labels_only: bool,
                 catalog: Catalog, programmes: Mapping[str, Mapping[str, Any]],
                 subjective: tuple[str, ...] = ()) -> DataLine:
    def name_of(member: str) -> str:
        if prefix == "prior_programme:":
            return _need(catalog, f"kind.{member}", f"the programme kind '{member}'")
        if prefix == "prior_decision:":
            names = (programmes.get(member) or {}).get("name") or {}
            return isolate(programme_name(names, catalog.lang, member)[0])
        # Benefit codes and attribute categories are the case system's own words: one the
        # catalogs do not word is printed as the case system gives it.
        if prefix == "benefit=":
            key = f"benefit.{member}"
        else:
            key = f"attribute_value.{prefix[len('attr:'):-1]}.{member}"
        return catalog.text(key) if catalog.has(key) else isolate(member)

    sample = prefix + next(iter(members))
    label = feature_label(sample, catalog)
    value = None if labels_only else _family_words(prefix, members, catalog, name_of)
    return DataLine(group_of(sample, subjective), label, value, False)


def data_passages(lines: list[DataLine], catalog: Catalog) -> list[str]:
    """One text per source group: "Your case file: your age: 36 years; ..."."""
    out = []
    for group in GROUP_ORDER:
        items = []
        for line in lines:
            if line.group != group:
                continue
            label = catalog.text("data_special", label=line.label) if line.special_category \
                else line.label
            items.append(label if line.value is None
                          else catalog.text("data_value", label=label, value=line.value))
        if items:
            out.append(catalog.text("data_group", group=catalog.text(f"source.{group}"),
                                    items=catalog.text("item_separator").join(items)))
    return out
