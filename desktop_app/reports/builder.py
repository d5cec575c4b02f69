"""Build the `ExplanationSheet` for one decision or proposal from its stored snapshot.

The sheet says what the computer actually did, in plain words: a suggestion was shown, it
declined to suggest (naming the missing facts), the caseworker decided before looking, no model
could be used, or the citizen objected to profiling (then no model output appears at all, and
the sheet says whether a suggestion had been shown before). Every inserted value is cleaned and
bidi-isolated (`bidi_text.isolate`); a name no available font can draw is replaced by a clear
substitute. Only citizen-facing facts are read: caseworker notes, free-text reasons and other
citizens never reach the sheet.

The document id is derived from the content (and whether it is a decision or a proposal), so
one id always means one content: re-rendering the same decision gives the same id and hash,
and anything that changes the content (an objection recorded since, another language or day)
gives another id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.reports.bidi_text import FSI, PDI, clean_value, isolate
from desktop_app.reports.catalog import Catalog, load_catalog
from desktop_app.reports.data_used import data_lines, data_passages, feature_label
from desktop_app.reports.eligibility_words import eligibility_passages
from desktop_app.reports.fonts import can_draw, chain_for
from desktop_app.reports.inputs import (
    ComputerPart,
    ObjectionInput,
    ProgrammeEstimate,
    RecordedDecision,
    SuggestionSet,
)
from desktop_app.reports.locale_words import language_name, long_date, number
from desktop_app.reports.programme_names import programme_name
from desktop_app.reports.rights import RightsTemplate, fill_value
from desktop_app.reports.sheet import ExplanationSheet, Passage, Section
from desktop_app.scoring.schema import FeatureSchema
from desktop_app.scoring.subjective import is_subjective

COUNTRY_LANGUAGE = {"DK": "da", "NO": "nb", "NL": "nl"}
# Features a person can act on; "what could change this" is chosen only from these.
ACTIONABLE = (
    "host_language_level", "literacy", "numeracy", "digital", "driving_licence", "mobility_km",
    "education_isced", "appointment_attendance_12m", "enrolment_attendance",
)
# Never named as a reason or a lever, even if a model wrongly carried them.
PROTECTED = ("gender", "country_of_birth", "name", "origin", "nationality", "religion")
REASON_CODES = ("citizen_wish", "health", "no_place", "caseworker_knowledge")
MAX_REASONS = 5
MODEL_SHOWN = ("shown", "abstained")  # states in which the caseworker saw model output


@dataclass(frozen=True)
class SheetRequest:
    citizen: Mapping[str, Any]  # contract-shaped citizen record (only name and id are read)
    lang: str
    rights: RightsTemplate
    date: str  # ISO date of issue
    computer: ComputerPart
    decision: RecordedDecision | None = None  # None: a proposal
    proposal_id: int | None = None
    objection_now: ObjectionInput | None = None  # an objection active when printed
    programmes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    schema: FeatureSchema | None = None  # labels only, for snapshots without input values


def sentence_case(text: str) -> str:
    """A passage starts with a capital even when it starts with an inserted value
    ("het college ..." -> "Het college ..."); scripts without case are unchanged."""
    for index, char in enumerate(text):
        if char in (FSI, PDI):
            continue
        return text[:index] + char.upper() + text[index + 1:] if char.islower() else text
    return text


def document_id(kind: str, citizen_id: str, lang: str, date: str, body: str) -> str:
    """WF-<date>-<10 hex>: from the kind (decision/proposal id), language, date and content."""
    basis = f"{kind}\x1f{citizen_id}\x1f{lang}\x1f{date}\x1f{body}"
    digest = hashlib.sha256(basis.encode()).hexdigest()
    return f"WF-{date.replace('-', '')}-{digest[:10].upper()}"


def _is_protected(feature: str) -> bool:
    return any(feature == p or feature.startswith(f"{p}=") or feature == f"attr:{p}"
               or feature.startswith(f"attr:{p}=") for p in PROTECTED)


class _Writer:
    def __init__(self, catalog: Catalog, country: str) -> None:
        self.catalog = catalog
        self.sections: list[Section] = []
        host = COUNTRY_LANGUAGE.get(country)
        # the country's language by name ("dansk", "Danish"), for "{language}" in labels
        self.language = language_name(catalog.lang, host) if host else \
            catalog.text("local_language")

    def label(self, feature: str) -> str:
        return feature_label(feature, self.catalog, self.language)

    def section(self, key: str, heading_key: str, *passages: Passage) -> None:
        head = Passage("heading", self.catalog.text(heading_key),
                       self.catalog.lang_of(heading_key))
        self.sections.append(Section(key, (head, *passages)))

    def p(self, key: str, kind: str = "para", **values: Any) -> Passage:
        return Passage(kind, sentence_case(self.catalog.text(key, **values)),  # type: ignore[arg-type]
                       self.catalog.lang_of(key))

    def n(self, key: str, count: float, kind: str = "para", **values: Any) -> Passage:
        return Passage(kind, self.catalog.plural(key, count, **values),  # type: ignore[arg-type]
                       self.catalog.lang_of(key))

    def date(self, iso: str | None) -> str:
        return long_date(self.catalog.lang, iso) if iso else "?"


@dataclass(frozen=True)
class _State:
    """What may be said: `computer` from the snapshot; `shown` model output may appear."""

    computer: str
    objection: ObjectionInput | None  # the objection that applies, at decision or now
    objected_after: bool  # the citizen objected after this decision was made
    sugg: SuggestionSet | None  # None whenever no model output may appear

    @property
    def shown(self) -> bool:
        return self.sugg is not None


def _state(request: SheetRequest) -> _State:
    computer = request.computer
    if computer.state == "objection":
        return _State("objection", computer.objection or request.objection_now, False, None)
    if request.objection_now is not None:  # objected after this decision or proposal
        return _State(computer.state, request.objection_now, True, None)
    sugg = computer.suggestions if computer.state in MODEL_SHOWN else None
    return _State(computer.state, None, False, sugg)


def _header_key(state: _State) -> str:
    """The page header speaks of a suggestion only when the sheet shows one."""
    shows_one = state.sugg is not None and not state.sugg.abstained
    return "header" if shows_one else "header_plan"


def build_sheet(request: SheetRequest) -> ExplanationSheet:
    catalog = load_catalog(request.lang)
    w = _Writer(catalog, request.rights.country)
    state = _state(request)
    citizen_id = clean_value(request.citizen.get("id", ""))
    proposal = request.decision is None
    title = catalog.text("title_proposal" if proposal else "title_decision")
    front = [Passage("title", title, catalog.lang),
             w.p("for_line", name=_printable_name(request, catalog),
                 citizen_id=isolate(citizen_id), date=w.date(request.date))]
    if proposal:
        front.append(w.p("banner_proposal", "banner"))
    if state.objection is not None:
        front.append(w.p("banner_objection", "banner"))
    if request.rights.is_demo:
        front.append(w.p("banner_demo", "banner"))
    w.sections.append(Section("front", tuple(front)))
    w.section("who_decided", "h_who", *_who_passages(w, request, state))
    w.section("decision", "h_proposal" if proposal else "h_decision",
              *_decision_passages(w, request, state))
    explained, intro = _explained(w, request, state)
    w.section("reasons", "h_reasons", *_reason_passages(w, request, state, explained, intro))
    if explained is not None and state.sugg is not None:
        w.section("reliability", "h_reliability",
                  *_reliability_passages(w, explained, state.sugg))
    data = _data_passages(w, request, state)
    w.section("change", "h_change",
              *_change_passages(w, explained, any(p.kind == "small" for p in data)))
    w.section("data_used", "h_data", *data)
    w.section("fairness", "h_fair", *_fair_passages(w, request, state))
    w.section("rights", "h_rights", *_rights_passages(w, request))
    w.section("processing", "h_processing", *_processing_passages(w, request))
    about = ([w.p("about_model", model_version=isolate(state.sugg.model_version))]
             if state.sugg is not None else [w.p("about_no_model")])
    if request.proposal_id is not None:
        about.append(w.p("about_proposal", number=request.proposal_id))
    elif request.decision is not None and request.decision.decision_id is not None:
        about.append(w.p("about_decision", number=request.decision.decision_id))
    w.section("about", "h_about", *about)
    sheet = ExplanationSheet(
        lang=request.lang, direction="rtl" if catalog.direction == "rtl" else "ltr",
        title=title, is_proposal=proposal, citizen_id=citizen_id,
        country=request.rights.country,
        model_version=state.sugg.model_version if state.sugg is not None else "",
        date=request.date, document_id="", sections=w.sections,
        header=catalog.text(_header_key(state)), footer="",
        translation_reviewed=catalog.reviewed, demo_rights=request.rights.is_demo,
    )
    from desktop_app.reports.integrity import canonical_content

    kind = (f"proposal:{request.proposal_id}" if proposal
            else f"decision:{request.decision.decision_id}")  # type: ignore[union-attr]
    doc_id = document_id(kind, citizen_id, request.lang, request.date,
                         canonical_content(sheet).decode())
    return replace(sheet, document_id=doc_id,
                   footer=catalog.text("footer", document_id=doc_id, page="{page}",
                                       pages="{pages}"))


def _printable(value: str, catalog: Catalog) -> bool:
    chain = chain_for(catalog.lang)
    return can_draw(value, chain.regular) and can_draw(value, chain.bold)


def _printable_name(request: SheetRequest, catalog: Catalog) -> str:
    name = clean_value(request.citizen.get("name") or "")
    if not name:
        return isolate(catalog.text("name_missing"))
    if not _printable(name, catalog):
        return catalog.text("name_substitute")
    return isolate(name)


def _caseworker(request: SheetRequest, catalog: Catalog) -> str | None:
    name = clean_value(request.decision.caseworker_name or "") if request.decision else ""
    return isolate(name) if name and _printable(name, catalog) else None


def _abstention_passages(w: _Writer, sugg: SuggestionSet | None) -> list[Passage]:
    """Why the computer declined to suggest, with the facts concerned in the reader's words."""
    out = []
    for reason in (sugg.abstentions if sugg else ()) or ():
        key = f"abstained.{reason.code}"
        if not w.catalog.has(key) or (reason.code == "missing_key_data" and not reason.features):
            key = "abstained.unknown"
        facts = w.catalog.join([w.label(f) for f in reason.features])
        out.append(w.p(key, facts=facts))
    return out or [w.p("abstained.unknown")]


def _who_passages(w: _Writer, request: SheetRequest, state: _State) -> list[Passage]:
    decision, computer = request.decision, request.computer
    out: list[Passage] = []
    objection = state.objection
    if state.computer == "objection":
        out.append(w.p("who_objection" if decision else "who_proposal_objection",
                       date=w.date(objection.since if objection else None)))
        out.append(w.p("who_shown_before" if objection and objection.shown_before
                       else "who_nothing_before"))
    elif state.objected_after:
        out.append(w.p("who_objection_later", date=w.date(objection.since if objection
                                                          else None)))
        if computer.state in MODEL_SHOWN:
            out.append(w.p("who_objection_later_shown"))
    elif decision is None:
        if state.computer == "shown":
            return [w.p("who_proposal")]
        if state.computer == "abstained":
            out += [w.p("who_abstained"), *_abstention_passages(w, computer.suggestions)]
        else:
            out.append(w.p("who_no_model"))
        out.append(w.p("who_proposal_decides"))
        return out
    elif state.computer == "shown":
        out.append(w.p("who_computer_suggested"))
    elif state.computer == "abstained":
        out += [w.p("who_abstained"), *_abstention_passages(w, computer.suggestions)]
    elif state.computer == "hidden":
        out.append(w.p("who_hidden"))
    elif state.computer == "no_model":
        out.append(w.p("who_no_model"))
    else:
        out.append(w.p("who_unknown"))
    if decision is None:
        out.append(w.p("who_proposal_decides"))
        return out
    name = _caseworker(request, w.catalog)
    when = w.date(decision.decided_at)
    out.append(w.p("decided_by_named", name=name, date=when) if name
               else w.p("decided_by", date=when))
    if computer.state in (*MODEL_SHOWN, "unknown"):  # the computer's part was on screen
        out.append(w.p("who_judgement"))
    return out


def _name_passage(w: _Writer, request: SheetRequest, pid: str) -> Passage:
    names: Mapping[str, str] = (request.programmes.get(pid) or {}).get("name") or {}
    sugg = request.computer.suggestions
    estimate = sugg.estimate(pid) if sugg else None
    if not names and estimate is not None:
        names = estimate.names
    name, lang = programme_name(names, w.catalog.lang, pid)
    name = clean_value(name)
    if not _printable(name, w.catalog):
        return Passage("name", w.catalog.text("name_unprintable_programme", id=pid),
                       w.catalog.lang)
    if lang not in (w.catalog.lang, "und"):
        return Passage("name", w.catalog.text(
            "name_in_language", name=isolate(name),
            language=language_name(w.catalog.lang, lang)), w.catalog.lang)
    return Passage("name", name, lang if lang != "und" else w.catalog.lang)


def _inline_name(w: _Writer, request: SheetRequest, pid: str) -> str:
    return isolate(_name_passage(w, request, pid).text)


def _waiting(w: _Writer, request: SheetRequest, pid: str) -> list[Passage]:
    weeks = (request.programmes.get(pid) or {}).get("waiting_weeks")
    if weeks is None:
        estimate = request.computer.suggestions.estimate(pid) \
            if request.computer.suggestions else None
        weeks = estimate.waiting_weeks if estimate else None
    if weeks is None:
        return []
    rounded = round(float(weeks))
    return [w.p("waiting_none")] if rounded <= 0 else [w.n("waiting", rounded)]


def _eligibility(request: SheetRequest, state: _State, pid: str):  # type: ignore[no-untyped-def]
    if state.sugg is not None:
        estimate = state.sugg.estimate(pid)
        if estimate is not None and estimate.eligibility is not None:
            return estimate.eligibility
    if request.decision is not None and pid == request.decision.programme_id:
        return request.computer.eligibility
    return None


def _decision_passages(w: _Writer, request: SheetRequest, state: _State) -> list[Passage]:
    decision, sugg = request.decision, state.sugg
    out: list[Passage] = []
    if decision is None:
        if sugg is not None and not sugg.abstained and sugg.suggested:
            pid = sugg.suggested
            out += [w.p("proposal_programme"), _name_passage(w, request, pid)]
            out += eligibility_passages(w.catalog, _eligibility(request, state, pid))
            out += _waiting(w, request, pid)
            out += _personalisation(w, sugg)
        elif sugg is not None and not sugg.abstained:
            out.append(w.p("proposal_none"))
            out += _personalisation(w, sugg)
        else:
            out.append(w.p("proposal_open"))
        return out
    chosen = decision.programme_id
    if chosen:
        out += [w.p("decision_programme"), _name_passage(w, request, chosen)]
        out += eligibility_passages(w.catalog, _eligibility(request, state, chosen))
        out += _waiting(w, request, chosen)
    else:
        out.append(w.p("decision_none"))
    if sugg is not None and not sugg.abstained:
        if sugg.suggested == chosen:
            out.append(w.p("followed"))
        else:
            if sugg.suggested:
                out.append(w.p("deviated", suggested=_inline_name(w, request, sugg.suggested)))
            else:
                out.append(w.p("deviated_none"))
            code = decision.reason_code if decision.reason_code in REASON_CODES else "other"
            out.append(w.p("deviation_reason", reason=w.catalog.text(f"reason_code.{code}")))
        out += _personalisation(w, sugg)
    if decision.job_referrals:
        out.append(w.n("referrals", len(decision.job_referrals)))
    return out


def _personalisation(w: _Writer, sugg: SuggestionSet) -> list[Passage]:
    part = sugg.personalisation
    if part is None or part.significant or not sugg.suggested:
        return []
    return [w.p("note_personalisation")]


def _explained(w: _Writer, request: SheetRequest,
               state: _State) -> tuple[ProgrammeEstimate | None, Passage | None]:
    """The estimate the reasons explain, and the sentence that introduces them."""
    sugg = state.sugg
    if sugg is None or sugg.abstained:
        return None, None
    chosen = request.decision.programme_id if request.decision else sugg.suggested
    for pid, key in ((chosen, "reasons_intro"), (sugg.suggested, "reasons_intro_suggestion")):
        estimate = sugg.estimate(pid) if pid else None
        if estimate is not None and _main_reasons(estimate):
            if key == "reasons_intro_suggestion" and pid != chosen:
                return estimate, w.p(key, programme=_inline_name(w, request, pid))
            return estimate, w.p("reasons_intro")
    return None, None


def _main_reasons(estimate: ProgrammeEstimate) -> list[Any]:
    """Reasons from recorded data only: a contribution of a missing or imputed input is
    left out (the data section shows that input as not recorded)."""
    return sorted((r for r in estimate.reasons
                   if not _is_protected(r.feature) and r.recorded and r.contribution != 0),
                  key=lambda r: (-abs(r.contribution), r.feature))


def _reason_passages(w: _Writer, request: SheetRequest, state: _State,
                     explained: ProgrammeEstimate | None,
                     intro: Passage | None) -> list[Passage]:
    if explained is None or intro is None:
        return [w.p(_no_reasons_key(request, state))]
    out, seen = [intro], set()
    declared = state.sugg.subjective if state.sugg is not None else ()
    for reason in _main_reasons(explained):
        label = w.label(reason.feature)
        if is_subjective(reason.feature, declared):
            label = w.catalog.text("subjective_label", label=label)
        if label in seen:
            continue
        seen.add(label)
        key = "reason_for" if reason.contribution > 0 else "reason_against"
        text = w.catalog.text(key, feature=label)
        out.append(Passage("item", text[:1].upper() + text[1:], w.catalog.lang_of(key)))
        if len(seen) == MAX_REASONS:
            break
    return out


def _no_reasons_key(request: SheetRequest, state: _State) -> str:
    if state.objection is not None:
        return "reasons_none_objection"
    if state.computer == "abstained":
        return "reasons_none_abstained"
    if state.computer == "hidden":
        return "reasons_none_hidden"
    if state.computer in ("no_model", "unknown"):
        return "reasons_none_no_model"
    return "reasons_none_programme"


def _per100(chance: float) -> int:
    return max(0, min(100, round(100 * chance)))


def _reliability_passages(w: _Writer, explained: ProgrammeEstimate,
                          sugg: SuggestionSet) -> list[Passage]:
    weeks = sugg.horizon_weeks
    horizon = (w.catalog.text(f"horizon_{weeks}") if weeks in (26, 52)
               else w.catalog.plural("horizon_other", weeks))
    low, high = explained.interval
    if high < 0:
        band = "rel_band_harm"
    elif low <= 0:
        band = "rel_band_no_difference"  # the 90% range includes "no effect"
    else:
        width = 100 * (high - low)
        band = "rel_band_high" if width <= 10 else "rel_band_mid" if width <= 20 \
            else "rel_band_low"
    def per100(chance: float) -> str:
        return number(w.catalog.lang, _per100(chance))

    return [
        w.p("rel_base", base=per100(explained.baseline), horizon=horizon),
        w.p("rel_with", with_n=per100(explained.baseline + explained.effect)),
        w.p("rel_range", low=per100(explained.baseline + low),
            high=per100(explained.baseline + high)),
        w.p(band), w.p("rel_not_promise"),
    ]


def _change_passages(w: _Writer, explained: ProgrammeEstimate | None,
                     data_listed: bool) -> list[Passage]:
    levers = sorted(
        (r for r in (explained.reasons if explained else ())
         if r.feature in ACTIONABLE and r.contribution < 0 and r.recorded),
        key=lambda r: (r.contribution, r.feature),
    )
    first = (w.p(f"change.{levers[0].feature}", "item", language=w.language) if levers
             else w.p("change_generic", "item"))
    return [first, w.p("change_correct" if data_listed else "change_correct_any", "item")]


def _data_source(w: _Writer, request: SheetRequest) -> str:
    passage = _template_passage(w, request, "data_source")
    if passage.text.startswith("["):
        return w.catalog.text("data_source_default")
    return _in_sheet_language(w, passage, "data_intro")


def _in_sheet_language(w: _Writer, passage: Passage, around: str) -> str:
    """A template text for use inside the catalog sentence `around`. One the template does not
    give in the sheet's language (English instead) says so, "... (in het Engels)", unless the
    sentence around it is printed in that language too (a text waiting for a translator)."""
    if passage.lang == w.catalog.lang:
        return passage.text
    if w.catalog.lang_of(around) == passage.lang:
        return isolate(passage.text)
    marker = w.catalog.lang_of("name_in_language")
    return w.catalog.text("name_in_language", name=isolate(passage.text),
                          language=language_name(marker, passage.lang))


def _data_passages(w: _Writer, request: SheetRequest, state: _State) -> list[Passage]:
    computer = request.computer
    if state.objection is not None:
        return [w.p("data_objection_later" if state.objected_after else "data_objection")]
    if state.computer == "hidden":
        return [w.p("data_hidden")]
    if state.computer == "no_model":
        return [w.p("data_no_model")]
    if state.sugg is None:
        return [w.p("data_unknown")]
    inputs = state.sugg.inputs
    names = list(inputs) if inputs is not None else (
        request.schema.names if request.schema is not None else [])
    if not names:
        return [w.p("data_unknown")]
    lines = data_lines(inputs, names, w.catalog, request.programmes, w.language,
                       subjective=state.sugg.subjective)
    source = _data_source(w, request)
    head = [w.p("data_intro", source=source)]
    if inputs is not None:
        head.append(w.p("data_check"))
    else:
        head.append(w.p("data_values_on_request"))
    del computer
    return head + [Passage("small", line, w.catalog.lang)
                   for line in data_passages(lines, w.catalog)]


def _fair_passages(w: _Writer, request: SheetRequest, state: _State) -> list[Passage]:
    out = [w.p("fair_inputs"), w.p("fair_checks"), w.p("fair_people")]
    inputs = state.sugg.inputs if state.sugg is not None else None
    names = list(inputs or ()) or (request.schema.names if request.schema and state.sugg
                                   else [])
    if "health_limitation" in names:
        out.append(w.p("fair_health"))
    return out


def _template_passage(w: _Writer, request: SheetRequest, name: str, kind: str = "item",
                      **values: str) -> Passage:
    text, lang = request.rights.text(name, w.catalog.lang)
    catalog = w.catalog if lang == w.catalog.lang else load_catalog(lang)
    rights = request.rights
    filled = {
        "office": isolate(fill_value(rights, "office")),
        "controller": isolate(fill_value(rights, "controller")),
        "appeal_period": _period(catalog, "period_weeks", fill_value(rights, "appeal_weeks")),
        "access_period": _period(catalog, "period_days", fill_value(rights, "access_days")),
        **values,
    }
    try:
        return Passage(kind, text.format(**filled), lang)  # type: ignore[arg-type]
    except (KeyError, IndexError, ValueError) as error:
        return Passage(kind, f"[{name}: ? ({error})]", lang)  # type: ignore[arg-type]


def _period(catalog: Catalog, key: str, raw: str) -> str:
    try:
        return catalog.plural(key, int(raw))
    except ValueError:
        return raw


def _rights_passages(w: _Writer, request: SheetRequest) -> list[Passage]:
    rights = request.rights
    authority = _in_sheet_language(w, _template_passage(w, request, "authority"),
                                   "rights_authority")
    out = [
        w.p("rights_access", "item",
            period=_period(w.catalog, "period_days", fill_value(rights, "access_days"))),
        w.p("rights_correct", "item"),
        w.p("rights_erase", "item"),
        w.p("rights_restrict", "item"),
        w.p("rights_object", "item"),
        # a proposal is not a decision yet: the Art. 22 promise is about the one to come
        w.p("rights_art22" if request.decision is not None else "rights_art22_proposal",
            "item"),
        w.p("rights_explain", "item"),
    ]
    if request.decision is not None:
        out.append(_template_passage(w, request, "appeal"))
        out.append(w.p("rights_deadline", "item", date=w.date(request.decision.decided_at)))
    else:
        out.append(w.p("rights_appeal_later", "item"))
    out.append(w.p("rights_authority", "item", authority=isolate(authority),
                   authority_web=isolate(fill_value(rights, "authority_web"))))
    return out


def _processing_passages(w: _Writer, request: SheetRequest) -> list[Passage]:
    rights = request.rights
    return [
        w.p("processing_controller", "small",
            controller=isolate(fill_value(rights, "controller"))),
        w.p("processing_contact", "small", office=isolate(fill_value(rights, "office")),
            phone=isolate(fill_value(rights, "phone")),
            email=isolate(fill_value(rights, "email"))),
        w.p("processing_dpo", "small", dpo_email=isolate(fill_value(rights, "dpo_email"))),
        _labelled(w, request, "processing_basis", "legal_basis"),
        w.p("processing_purpose", "small"),
        _labelled(w, request, "processing_recipients", "recipients"),
        _labelled(w, request, "processing_retention", "retention"),
    ]


def _labelled(w: _Writer, request: SheetRequest, key: str, text_name: str) -> Passage:
    """A catalog lead-in ("Legal basis:") and the template's text in its own language."""
    body = _template_passage(w, request, text_name, "small")
    if body.lang != w.catalog.lang:  # the template has no text in this language yet
        return Passage("small", sentence_case(w.catalog.text(
            key, text=_in_sheet_language(w, body, key))), w.catalog.lang)
    return Passage("small", sentence_case(w.catalog.text(key, text=body.text)), w.catalog.lang)
