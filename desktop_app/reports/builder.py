"""Build the `ExplanationSheet` for one citizen from suggestion, schema, decision and rights.

Only citizen-facing facts are read: the citizen's name and id, the decision's programme,
caseworker, reason code and job referrals. Caseworker notes, free-text reasons, raw scores
and other programmes' numbers never reach the sheet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.reports.catalog import Catalog, load_catalog
from desktop_app.reports.data_used import data_lines, feature_label
from desktop_app.reports.inputs import ProgrammeEstimate, RecordedDecision, SuggestionSet
from desktop_app.reports.rights import RightsTemplate, fill_value
from desktop_app.reports.sheet import ExplanationSheet, Passage, Section
from desktop_app.scoring.schema import FeatureSchema

# Features a person can act on; "what could change this" is chosen only from these.
ACTIONABLE = (
    "host_language_level", "literacy", "numeracy", "digital", "driving_licence", "mobility_km",
    "education_isced", "appointment_attendance_12m", "enrolment_attendance",
)
# Never named as a reason or a lever, even if a model wrongly carried them.
PROTECTED = ("gender", "country_of_birth", "name", "origin", "nationality", "religion")
REASON_CODES = ("citizen_wish", "health", "no_place", "caseworker_knowledge")
MAX_REASONS = 5


@dataclass(frozen=True)
class SheetRequest:
    citizen: Mapping[str, Any]  # contract-shaped citizen record (only name and id are read)
    lang: str
    schema: FeatureSchema
    rights: RightsTemplate
    date: str  # ISO date of issue
    suggestions: SuggestionSet | None = None
    decision: RecordedDecision | None = None
    data_source: str | None = None  # e.g. the bundle manifest's source_system


def document_id(citizen_id: str, decision: RecordedDecision | None, lang: str, date: str) -> str:
    """Stable for the same decision, language and day; different for anything else."""
    basis = decision.decision_id if decision and decision.decision_id is not None else (
        decision.decided_at if decision else "proposal")
    digest = hashlib.sha256(f"{citizen_id}\x1f{basis}\x1f{lang}\x1f{date}".encode()).hexdigest()
    return f"WF-{date.replace('-', '')}-{digest[:10].upper()}"


def _is_protected(feature: str) -> bool:
    return any(feature == p or feature.startswith(f"{p}=") or feature == f"attr:{p}"
               or feature.startswith(f"attr:{p}=") for p in PROTECTED)


class _Writer:
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.sections: list[Section] = []

    def section(self, key: str, heading_key: str, *passages: Passage) -> None:
        head = Passage("heading", self.catalog.text(heading_key), self.catalog.lang)
        self.sections.append(Section(key, (head, *passages)))

    def p(self, key: str, kind: str = "para", **values: Any) -> Passage:
        return Passage(kind, self.catalog.text(key, **values), self.catalog.lang)  # type: ignore[arg-type]


def build_sheet(request: SheetRequest) -> ExplanationSheet:
    catalog = load_catalog(request.lang)
    w = _Writer(catalog)
    citizen_id = str(request.citizen.get("id", ""))
    decision, sugg = request.decision, request.suggestions
    proposal = decision is None
    title = catalog.text("title_proposal" if proposal else "title_decision")
    front = [Passage("title", title, catalog.lang),
             w.p("for_line", name=str(request.citizen.get("name") or ""), citizen_id=citizen_id,
                 date=request.date)]
    if proposal:
        front.append(w.p("banner_proposal", "banner"))
    if request.rights.is_demo:
        front.append(w.p("banner_demo", "banner"))
    w.sections.append(Section("front", tuple(front)))

    abstained = sugg is None or sugg.abstained
    who = [w.p("who_proposal" if proposal else "who_decision",
               caseworker=decision.caseworker_id if decision else "")]
    if abstained:
        reason = (sugg.abstain_reason if sugg else None) or "outside_support"
        key = f"who_abstained_{reason}"
        who.append(w.p(key if catalog.has(key) else "who_abstained_outside_support"))
    w.section("who_decided", "h_who", *who)

    chosen = decision.programme_id if decision else (None if abstained else sugg.suggested)
    explained = sugg.estimate(chosen) if sugg and not abstained and chosen else None
    w.section("decision", "h_proposal" if proposal else "h_decision",
              *_decision_passages(w, request, chosen, abstained))
    w.section("reasons", "h_reasons", *_reason_passages(w, explained))
    w.section("reliability", "h_reliability", *_reliability_passages(w, explained, sugg))
    w.section("change", "h_change", *_change_passages(w, explained))
    source = request.data_source or catalog.text("data_source_default")
    w.section("data_used", "h_data", w.p("data_intro", source=source),
              *(Passage("item", line, catalog.lang)
                for line in data_lines(request.schema, catalog)))
    fair = [w.p("fair_inputs"), w.p("fair_checks"), w.p("fair_people")]
    if any(f.special_category for f in request.schema.features):
        fair.append(w.p("fair_health"))
    w.section("fairness", "h_fair", *fair)
    w.section("rights", "h_rights", *_rights_passages(w, request.rights))
    model_version = sugg.model_version if sugg else "-"
    doc_id = document_id(citizen_id, decision, request.lang, request.date)
    w.section("about", "h_about", w.p("about", model_version=model_version, date=request.date))
    return ExplanationSheet(
        lang=request.lang, direction="rtl" if catalog.direction == "rtl" else "ltr",
        title=title, is_proposal=proposal, citizen_id=citizen_id,
        country=request.rights.country, model_version=model_version, date=request.date,
        document_id=doc_id, sections=w.sections, header=catalog.text("header"),
        footer=catalog.text("footer", document_id=doc_id, page="{page}"),
        translation_reviewed=catalog.reviewed, demo_rights=request.rights.is_demo,
    )


def _programme_name(w: _Writer, request: SheetRequest, pid: str) -> Passage:
    estimate = request.suggestions.estimate(pid) if request.suggestions else None
    if estimate is None:
        return Passage("name", pid, "und")
    name, lang = estimate.name_in(w.catalog.lang)
    return Passage("name", name, lang)


def _decision_passages(w: _Writer, request: SheetRequest, chosen: str | None,
                       abstained: bool) -> list[Passage]:
    decision, sugg = request.decision, request.suggestions
    out: list[Passage] = []
    if decision is None and abstained:
        return [w.p("proposal_abstained")]
    if chosen:
        out += [w.p("proposal_programme" if decision is None else "decision_programme"),
                _programme_name(w, request, chosen)]
        estimate = sugg.estimate(chosen) if sugg else None
        if estimate and estimate.waiting_weeks is not None:
            out.append(w.p("waiting", weeks=round(float(estimate.waiting_weeks))))
    else:
        out.append(w.p("proposal_none" if decision is None else "decision_none"))
    if decision is not None and sugg is not None and not sugg.abstained:
        if sugg.suggested == decision.programme_id:
            out.append(w.p("followed"))
        else:
            if sugg.suggested:
                name = _programme_name(w, request, sugg.suggested).text
                out.append(w.p("deviated", suggested=name))
            else:
                out.append(w.p("deviated_none"))
            code = decision.reason_code if decision.reason_code in REASON_CODES else "other"
            out.append(w.p("deviation_reason", reason=w.catalog.text(f"reason_code.{code}")))
    if decision is not None and decision.job_referrals:
        out.append(w.p("referrals", count=len(decision.job_referrals)))
    return out


def _reason_passages(w: _Writer, explained: ProgrammeEstimate | None) -> list[Passage]:
    if explained is None or not explained.reasons:
        return [w.p("reasons_none")]
    ranked = sorted((r for r in explained.reasons if not _is_protected(r.feature)),
                    key=lambda r: (-abs(r.contribution), r.feature))
    out, seen = [w.p("reasons_intro")], set()
    for reason in ranked:
        label = feature_label(reason.feature, w.catalog)
        if label in seen or reason.contribution == 0:
            continue
        seen.add(label)
        key = "reason_for" if reason.contribution > 0 else "reason_against"
        text = w.catalog.text(key, feature=label)
        out.append(Passage("item", text[:1].upper() + text[1:], w.catalog.lang))
        if len(seen) == MAX_REASONS:
            break
    return out


def _per100(chance: float) -> int:
    return max(0, min(100, round(100 * chance)))


def _reliability_passages(w: _Writer, explained: ProgrammeEstimate | None,
                          sugg: SuggestionSet | None) -> list[Passage]:
    if explained is None or sugg is None:
        return [w.p("rel_none")]
    weeks = sugg.horizon_weeks
    horizon = (w.catalog.text(f"horizon_{weeks}") if weeks in (26, 52)
               else w.catalog.text("horizon_other", weeks=weeks))
    low, high = explained.interval
    width = 100 * (high - low)
    band = "rel_band_high" if width <= 10 else "rel_band_mid" if width <= 20 else "rel_band_low"
    return [
        w.p("rel_base", base=_per100(explained.baseline), horizon=horizon),
        w.p("rel_with", with_n=_per100(explained.baseline + explained.effect)),
        w.p("rel_range", low=_per100(explained.baseline + low),
            high=_per100(explained.baseline + high)),
        w.p(band), w.p("rel_not_promise"),
    ]


def _change_passages(w: _Writer, explained: ProgrammeEstimate | None) -> list[Passage]:
    levers = sorted(
        (r for r in (explained.reasons if explained else ())
         if r.feature in ACTIONABLE and r.contribution < 0),
        key=lambda r: (r.contribution, r.feature),
    )
    first = w.p(f"change.{levers[0].feature}", "item") if levers else w.p("change_generic", "item")
    return [first, w.p("change_correct", "item")]


def _rights_passages(w: _Writer, rights: RightsTemplate) -> list[Passage]:
    v = {name: fill_value(rights, name) for name in rights.values} | {
        name: fill_value(rights, name) for name in (
            "office", "phone", "email", "dpo_email", "authority", "authority_web",
            "appeal_body", "appeal_weeks", "access_days", "review_weeks")}
    return [
        w.p("rights_access", "item", access_days=v["access_days"]),
        w.p("rights_correct", "item"),
        w.p("rights_object", "item"),
        w.p("rights_review", "item", review_weeks=v["review_weeks"]),
        w.p("rights_appeal", "item", appeal_body=v["appeal_body"], appeal_weeks=v["appeal_weeks"]),
        w.p("rights_authority", "item", authority=v["authority"],
            authority_web=v["authority_web"]),
        w.p("rights_contact", office=v["office"], phone=v["phone"], email=v["email"]),
        w.p("rights_dpo", dpo_email=v["dpo_email"]),
    ]
