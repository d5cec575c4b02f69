"""Data a citizen can contest, the information the law requires, and language done by libraries
(findings 7, 8, 9 and 11 of issue 17)."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import replace

import pytest

from desktop_app.assets_path import demo_repository
from desktop_app.reports.builder import build_sheet
from desktop_app.reports.catalog import LANGUAGES, load_catalog
from desktop_app.reports.data_used import data_lines, feature_label
from desktop_app.reports.locale_words import plural_category
from desktop_app.reports.render import layout
from desktop_app.reports.rights import load_rights
from desktop_app.scoring.schema import FeatureSchema
from tests.reports.sample import PROGRAMMES, computer, decision, request, suggestions
from tests.reports.sample import schema as sample_schema


def plain(text: str) -> str:
    return re.sub("[\u2066-\u2069]", "", text)


def section(sheet, key: str) -> str:
    return plain(" ".join(p.text for p in sheet.section(key).passages))


def shipped_schema() -> FeatureSchema:
    path = next((demo_repository() / "targets" / "model").glob("*/*.feature_schema.json"))
    return FeatureSchema.from_json(json.loads(path.read_text(encoding="utf-8")))


# --- finding 7: values, subjective ratings, citizen-facing labels for every input --------------

def test_the_data_section_lists_the_values_used_in_words():
    data = section(build_sheet(request("en")), "data_used")
    assert "your education: upper secondary school" in data
    assert "Danish: A2" in data and "driving licence: yes" in data
    assert "use of PC and phone: not recorded" in data
    assert "how often you came to meetings: 80 %" in data
    assert "Please check them. Tell us if any of them are wrong." in data
    da = section(build_sheet(request("da")), "data_used")
    assert "din uddannelse: gymnasial uddannelse eller erhvervsuddannelse" in da


def test_a_caseworkers_rating_is_labelled_as_their_assessment_never_as_a_raw_key():
    sugg = suggestions()
    top = sugg.estimates[0]
    from desktop_app.reports.inputs import Reason

    rated = replace(top, reasons=(Reason("attr:caseworker_flag_motivation=low", -0.09, 1.0),
                                  *top.reasons))
    for lang in LANGUAGES:
        sheet = build_sheet(request(lang, suggestions=replace(sugg, estimates=(rated,))))
        text = sheet.plain_text()
        assert "caseworker_flag" not in text and "flag motivation" not in text.lower()
        subjective = load_catalog(lang).text("subjective_label", label="")
        first = next(p.text for p in sheet.section("reasons").passages if p.kind == "item")
        assert subjective.strip(" ()") in first, lang
        assert load_catalog(lang).text("source.assessment") in section(sheet, "data_used")


def test_a_rating_declared_subjective_in_training_is_labelled_as_the_caseworkers_too():
    """A rating IT declares with `subjective_attributes` (its name does not say caseworker_)
    travels with what was shown and is labelled like one named by the rule."""
    from desktop_app.decisions.payload import suggestion_payload
    from desktop_app.reports.inputs import Reason, suggestions_from_mapping
    from desktop_app.scoring.suggestion import CaseSuggestion

    declared = replace(sample_schema(), subjective_attributes=("children_under_6",))
    case = CaseSuggestion(citizen_id="C00042", date="2024-06-03", horizon=26.0, arms=[],
                          suggested=None, abstained=False)
    payload = suggestion_payload(case, {}, "m-1", schema=declared)
    assert payload["subjective_attributes"] == ["children_under_6"]
    assert suggestions_from_mapping(payload).subjective == ("children_under_6",)
    sugg = suggestions()
    top = replace(sugg.estimates[0], reasons=(Reason("attr:children_under_6", 0.09, 1.0),
                                              *sugg.estimates[0].reasons))
    rated = replace(sugg, estimates=(top,), subjective=("children_under_6",))
    sheet = build_sheet(request("en", suggestions=rated))
    first = next(p.text for p in sheet.section("reasons").passages if p.kind == "item")
    assert "under 6 in your home (your caseworker's own assessment)" in plain(first)
    assessment = next(line for line in section(sheet, "data_used").split(". ")
                      if "own assessment (an opinion" in line)
    assert "children under 6 in your home" in assessment


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_input_of_the_shipped_model_has_a_label_and_value_words(lang):
    schema = shipped_schema()
    catalog = load_catalog(lang)
    raw = re.compile(r"[a-z]+_[a-z_]+|attr:|benefit=|prior_")
    for spec in schema.features:
        label = feature_label(spec.name, catalog, "x")
        assert label and not raw.search(label), (lang, spec.name, label)
    values = {name: 1.0 for name in schema.names}
    lines = data_lines(values, schema.names, catalog, PROGRAMMES, "x")
    for line in lines:
        assert line.value and not raw.search(line.value + line.label), (lang, line)
    words = {f"benefit.{code}" for code in schema.benefit_codes} | {
        f"attribute_value.{a.name}.{c}" for a in schema.attributes for c in a.categories} | {
        f"kind.{k}" for k in schema.programme_kinds}
    assert {w for w in words if not catalog.has(w)} == set(), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_data_line_of_the_shipped_model_has_its_own_label(lang):
    """Outside trial: "past plans: none; past plans: 1" - two lines a citizen cannot tell
    apart, so cannot contest."""
    schema = shipped_schema()
    lines = data_lines(dict.fromkeys(schema.names, 0.0), schema.names, load_catalog(lang),
                       PROGRAMMES, "x")
    labels = [line.label for line in lines]
    assert len(labels) == len(set(labels)), (lang, sorted(
        {label for label in labels if labels.count(label) > 1}))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_yes_or_no_case_fact_reads_yes_or_no_not_a_number(lang):
    """Outside trial: "has a car: 0" on every sheet of the demo (a yes/no in the bundle)."""
    schema = shipped_schema()
    catalog = load_catalog(lang)
    for value, word in ((0.0, "value.no"), (1.0, "value.yes")):
        values = dict.fromkeys(schema.names, 0.0) | {"attr:has_car": value}
        lines = data_lines(values, schema.names, catalog, PROGRAMMES, "x")
        car = next(line for line in lines if line.label == catalog.text("attribute.has_car"))
        assert car.value == catalog.text(word), (lang, car)


# --- finding 8: the information the law requires ----------------------------------------------

@pytest.mark.parametrize("lang, country", [("da", "DK"), ("nb", "NO"), ("nn", "NO"),
                                           ("nl", "NL"), ("en", "DK")])
def test_the_sheet_carries_the_legally_required_information(lang, country):
    rights = load_rights(country, production=False)
    sheet = build_sheet(request(lang, rights=rights))
    catalog = load_catalog(lang)
    rights_text = section(sheet, "rights")
    processing = section(sheet, "processing")
    for key in ("rights_correct", "rights_erase", "rights_restrict", "rights_object",
                "rights_art22", "rights_explain"):
        assert catalog.text(key) in rights_text, key
    assert rights.text("appeal", lang)[0].split("{")[0] in rights_text
    assert rights.values["authority_web"] in rights_text
    assert "3" in rights_text and "2024" in rights_text  # the decision date
    for name in ("legal_basis", "recipients", "retention"):
        assert rights.text(name, lang)[0].split("{")[0][:30] in processing, name
    assert rights.values["controller"].lower() in processing.lower()
    assert rights.values["dpo_email"] in processing
    assert "Birgitte Holm" in section(sheet, "who_decided")


def test_a_rights_text_the_template_lacks_in_this_language_says_which_language_it_is_in():
    """Outside trial: a Danish case printed in Dutch read "Ze komen uit the case system of
    Jobcenter Demoby" and "Wettelijke grondslag: the Danish Act ..." with no word that the
    English is meant (the DK template has no Dutch texts)."""
    dk_in_dutch = build_sheet(request("nl", rights=load_rights("DK", production=False)))
    for key in ("processing", "data_used"):
        assert "(in het Engels)" in section(dk_in_dutch, key), key
    rights = section(dk_in_dutch, "rights")
    assert "Danish Data Protection Agency (Datatilsynet) (in het Engels)" in rights
    nl_in_dutch = build_sheet(request("nl", rights=load_rights("NL", production=False)))
    for key in ("processing", "data_used", "rights"):
        assert "(in het Engels)" not in section(nl_in_dutch, key), key


def test_no_login_name_and_the_data_source_in_words():
    sheet = build_sheet(request("en", decision=decision(name=None)))
    who = section(sheet, "who_decided")
    assert "Your caseworker made the decision on June 3, 2024." in who and "W17" not in who
    data = section(sheet, "data_used")
    assert "They come from the case system of Jobcenter Demoby." in data
    assert "seed=" not in sheet.plain_text()


def test_dutch_says_bezwaar_once_and_danish_cases_in_dutch_are_not_dutch_law():
    nl = section(build_sheet(request("nl")), "rights")
    assert nl.count("bezwaar maken") == 1 and "(bezwaar)" not in nl
    assert "bij de Autoriteit Persoonsgegevens" in nl and "bij de de " not in nl
    danish_case = section(build_sheet(request("nl", rights=load_rights("DK", production=False))),
                          "rights")
    assert "bezwaar maken bij Ankestyrelsen" not in danish_case
    assert "bij de Datatilsynet" not in danish_case
    assert "Ankestyrelsen" in danish_case  # the Danish route, in English until translated


# --- finding 9: plurals, programme names, page N of M, headings kept with their text ------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_week_is_singular_in_every_language(lang):
    programmes = {**PROGRAMMES, "P07": {**PROGRAMMES["P07"], "waiting_weeks": 1.0}}
    text = build_sheet(request(lang, programmes=programmes)).plain_text()
    for wrong in ("1 weeks", "1 uger", "1 uker", "1 veker", "1 weken", "1 أسابيع", "1 тижнів",
                  "1 ሰሙናት"):
        assert wrong not in text, (lang, wrong)
    catalog = load_catalog(lang)
    for n in (0, 1, 2, 3, 5, 11, 21, 26, 52, 100, 101):
        form = catalog.strings["waiting"] if "waiting" in catalog.strings else \
            catalog.source.strings["waiting"]
        lang_of = catalog.lang_of("waiting")
        assert plural_category(lang_of, n) in form or "other" in form


def test_every_plural_text_gives_every_cldr_form_its_language_uses():
    for lang in LANGUAGES:
        catalog = load_catalog(lang)
        needed = {plural_category(lang, n) for n in range(0, 201)}
        for key, text in catalog.strings.items():
            if isinstance(text, dict):
                assert needed <= set(text), (lang, key, needed - set(text))


def test_programme_names_follow_the_language_chain_and_are_flagged():
    nn = build_sheet(request("nn"))
    name = next(p for p in nn.section("decision").passages if p.kind == "name")
    assert plain(name.text) == "Arbeidstrening i varehandel (på norsk bokmål)"
    ar = build_sheet(request("ar"))
    name = next(p for p in ar.section("decision").passages if p.kind == "name")
    assert "Work trial in retail" in name.text and "الإنجليزية" in name.text
    da = build_sheet(request("da"))
    assert [p.text for p in da.section("decision").passages if p.kind == "name"] == \
        ["Virksomhedspraktik i detailhandel"]


def test_the_footer_says_page_n_of_m():
    sheet = build_sheet(request("en"))
    assert sheet.footer.endswith("Page {page} of {pages}.")


def heading_alone_at_page_end(sheet) -> bool:
    records = layout(sheet).tags.records
    return any(a.tag == "H2" and b.page != a.page for a, b in itertools.pairwise(records))


def test_no_heading_is_left_alone_at_the_bottom_of_a_page():
    cases = [dict(), dict(with_decision=False),
             dict(decision=decision("P02", reason_code="health")),
             dict(computer=computer(state="objection")), dict(name="Ana " * 30)]
    seen = 0
    for lang in LANGUAGES:
        for case in cases:
            sheet = build_sheet(request(lang, **case))
            assert not heading_alone_at_page_end(sheet), (lang, case)
            seen += 1
    assert seen == 45


# --- finding 11: translation fixes -------------------------------------------------------------

@pytest.mark.parametrize("lang, wrong", [
    ("da", "det gjorde planen"), ("nb", "det gjorde planen"), ("nn", "det gjorde planen"),
    ("nl", "maakte het plan"), ("uk", "зробило план"), ("ar", "جعل هذا الخطة"),
])
def test_reasons_say_what_counted_not_that_the_plan_got_better(lang, wrong):
    text = build_sheet(request(lang)).plain_text()
    assert wrong not in text
    assert load_catalog(lang).text("reason_against", feature="").strip(": ") in text


def test_somali_and_tigrinya_mark_what_waits_for_a_native_translator():
    for lang in ("so", "ti"):
        catalog = load_catalog(lang)
        assert {"reason_for", "reason_against"} <= catalog.untranslated
        assert "native translator" in catalog.review_note
    ti = load_catalog("ti")
    assert "ሕቶ" not in json.dumps(ti.strings, ensure_ascii=False)
    assert "address" in ti.translator_questions
