"""What the sheet says: who decided, reasons, data used, levers, reliability, rights."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from desktop_app.reports.builder import build_sheet
from desktop_app.reports.catalog import MissingTranslation, load_catalog
from desktop_app.reports.inputs import Reason
from desktop_app.reports.rights import RightsTemplateError, load_rights
from tests.reports.sample import computer, decision, request, suggestions


def section_text(sheet, key: str) -> str:
    return " ".join(p.text for p in sheet.section(key).passages)


def plain(text: str) -> str:
    """Without the bidi isolates around inserted values."""
    return re.sub("[\u2066-\u2069]", "", text)


def test_decision_names_the_caseworker_and_that_their_judgement_was_decisive():
    sheet = build_sheet(request("en"))
    who = plain(section_text(sheet, "who_decided"))
    assert "A computer made a suggestion." in who
    assert "Your caseworker Birgitte Holm made the decision on June 3, 2024." in who
    assert "judgement was decisive" in who
    assert not sheet.is_proposal and "Proposal" not in sheet.title


def test_without_a_decision_the_sheet_is_titled_as_a_proposal():
    sheet = build_sheet(request("en", with_decision=False))
    assert sheet.is_proposal
    assert sheet.title == "Proposal: no decision yet"
    assert "No one has made a decision yet." in section_text(sheet, "front")
    assert "Your caseworker will decide." in section_text(sheet, "who_decided")
    assert "Proposal number 3." in section_text(sheet, "about")


def test_three_to_five_main_reasons_in_plain_words():
    sheet = build_sheet(request("en"))
    items = [p.text for p in sheet.section("reasons").passages if p.kind == "item"]
    assert 3 <= len(items) <= 5
    assert items[0] == "Danish: this counted against this programme."
    assert not any("_" in item for item in items)  # no raw feature names


def test_what_would_change_is_actionable_and_never_a_protected_attribute():
    base = suggestions()
    top = base.estimates[0]
    protected = (Reason("gender", -0.5), Reason("attr:country_of_birth=SY", -0.4),
                 Reason("age", -0.3))
    sugg = replace(base, estimates=(replace(top, reasons=(*protected, *top.reasons)),))
    sheet = build_sheet(request("en", suggestions=sugg))
    change = [p.text for p in sheet.section("change").passages if p.kind == "item"]
    assert 1 <= len(change) <= 2
    assert change[0] == "If you learn more Danish, the plan may change."
    everything = sheet.plain_text().lower()
    assert "gender" not in everything.replace("name, gender or country of birth", "")
    assert "country_of_birth" not in everything


def test_reliability_in_natural_frequencies_without_decimals():
    sheet = build_sheet(request("en"))
    text = section_text(sheet, "reliability")
    assert "Of 100 people like you, about 34 found work or study within six months" in text
    assert "we expect about 41 of 100" in text
    assert "as few as 36 or as many as 46" in text
    assert "We are fairly sure of this." in text
    assert not re.search(r"\d[.,]\d", text)


def test_deviation_shows_the_suggestion_and_a_reason_code_but_no_free_text():
    sheet = build_sheet(request("en", decision=decision("P02", reason_code="citizen_wish")))
    text = plain(section_text(sheet, "decision"))
    assert "The computer suggested something else: Work trial in retail." in text
    assert "The reason: your own wish." in text
    assert "Danish course, module 2" in text


def test_rights_come_from_the_country_template_marked_demo():
    sheet = build_sheet(request("nb"))
    rights = plain(section_text(sheet, "rights"))
    assert "Du kan klage innen 6 uker. Send klagen til Nav Demoby." in rights
    assert "Datatilsynet (www.datatilsynet.no)" in rights
    assert "DEMO" in section_text(sheet, "front")


def test_production_build_refuses_demo_unfilled_and_unreviewed_templates(tmp_path):
    with pytest.raises(RightsTemplateError, match="demo template"):
        load_rights("DK", production=True)
    (tmp_path / "SE.json").write_text(
        '{"country": "SE", "status": "filled", "values": {"office": "{{office}}"}, '
        '"texts": {}}')
    with pytest.raises(RightsTemplateError, match="not filled in: controller, office"):
        load_rights("SE", production=True, search_dirs=[tmp_path])
    demo = load_rights("SE", production=False, search_dirs=[tmp_path])
    assert demo.unfilled()[:2] == ["controller", "office"]
    filled = load_rights("DK", production=False)
    (tmp_path / "DK.json").write_text(filled.path.read_text().replace('"demo"', '"filled"'))
    with pytest.raises(RightsTemplateError, match="legal review is not approved"):
        load_rights("DK", production=True, search_dirs=[tmp_path])


def test_model_version_and_document_id_are_printed():
    sheet = build_sheet(request("en"))
    about = plain(section_text(sheet, "about"))
    assert "Model version 2024.06-demo.3." in about and "Decision number 5." in about
    assert re.fullmatch(r"WF-20240603-[0-9A-F]{10}", sheet.document_id)
    assert sheet.document_id != build_sheet(request("da")).document_id


def test_nothing_internal_reaches_the_sheet():
    sheet = build_sheet(request("en"))
    text = sheet.plain_text()
    for secret in ("SECRET-CV-TEXT", "SECRET-ATTRIBUTE", "0.3412", "0.0731", "W17"):
        assert secret not in text


def test_every_catalog_is_complete_and_flags_its_review_status():
    statuses = {lang: load_catalog(lang).reviewed for lang in
                ("en", "da", "nb", "nn", "nl", "ar", "uk", "so", "ti")}
    assert statuses["en"] is True
    assert not any(v for k, v in statuses.items() if k != "en")  # drafts are flagged
    assert load_catalog("ar").direction == "rtl"


def test_texts_waiting_for_a_native_translator_print_in_english_tagged_as_english():
    somali = load_catalog("so")
    assert somali.untranslated and "reason_for" in somali.untranslated
    assert somali.translator_questions["_catalog"].startswith("Somali: needs a qualified")
    sheet = build_sheet(request("so"))
    reasons = [p for p in sheet.section("reasons").passages if p.kind == "item"]
    assert reasons[0].lang == "en" and "counted against this programme" in reasons[0].text
    assert sheet.section("who_decided").passages[0].lang in ("so", "en")
    assert any(p.lang == "so" for p in sheet.passages())


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(MissingTranslation, match="no explanation-sheet catalog for language 'xx'"):
        build_sheet(request("xx"))


def test_an_old_decision_without_a_snapshot_is_not_rescored():
    sheet = build_sheet(request("en", computer=computer(state="unknown")))
    text = sheet.plain_text()
    assert "We have no record of what the computer showed for this decision." in text
    assert "34" not in section_text(sheet, "data_used")
    with pytest.raises(KeyError):
        sheet.section("reliability")
