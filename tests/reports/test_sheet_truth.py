"""The sheet tells the truth about what the computer did (findings 1, 2, 3 and 6 of issue 17).

End to end on the demo municipality with the shipped signed model: the app's worker tasks and
`wayfinder-admin sheet` on the same cache, read back with poppler as a citizen's reader would.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.casework import explanation_sheet as sheet_tasks
from desktop_app.decisions.objections import set_objection
from tests.reports import pdftools
from tests.reports.sheet_world import (
    app_context,
    embedded_content,
    record_like_the_decision_tab,
    shown_now,
)

SUGGESTED = "C000001"  # the model suggests a programme
INELIGIBLE = ("C000004", "P10")  # the rules of P10 exclude this citizen
MISSING = "C000145"  # the model abstains: key facts missing
OUTSIDE = "C000062"  # the model abstains: unlike the training data


def text_of(path: Path) -> str:
    return " ".join(re.sub("[\u2066-\u2069\u200e\u200f]", "", pdftools.text(path)).split())


def cli_sheet(world, citizen_id: str, out: Path, *extra: str, lang: str = "en") -> str:
    assert main(["sheet", citizen_id, "--lang", lang, "--out", str(out), "--cache",
                 str(world.cache), *extra]) == 0
    return text_of(out)


def objection(ctx, citizen_id: str, active: bool = True) -> None:
    set_objection(ctx.db, ctx.audit, citizen_id=citizen_id, caseworker_id="cw-anna",
                  active=active)


def numbers_free(text: str) -> bool:
    """No estimate: neither "of 100" frequencies nor a reasons list."""
    return "of 100" not in text and "counted for this programme" not in text \
        and "counted against this programme" not in text


# --- finding 1: the command line ignored an objection ------------------------------------------

def test_cli_proposal_for_an_objecting_citizen_shows_no_model_output(sheet_world, tmp_path):
    ctx = app_context(sheet_world)
    objection(ctx, SUGGESTED)
    ctx.db.close()
    text = cli_sheet(sheet_world, SUGGESTED, tmp_path / "s.pdf")
    assert "The computer suggests this programme" not in text
    assert numbers_free(text)
    assert "you said no to the use of the computer in your case (objection to profiling)" in text
    assert "Your caseworker will decide without it." in text
    assert "Model version" not in text


def test_cli_decision_without_a_suggestion_invents_no_deviation(sheet_world, tmp_path):
    ctx = app_context(sheet_world)
    objection(ctx, SUGGESTED)
    record_like_the_decision_tab(ctx, SUGGESTED, "P02")
    ctx.db.close()
    text = cli_sheet(sheet_world, SUGGESTED, tmp_path / "s.pdf")
    assert "The computer suggested something else" not in text
    assert "The reason:" not in text
    assert "This decision was made without the computer." in text
    assert numbers_free(text)


# --- finding 2: the app's sheet gave an objecting citizen a false reason ------------------------

def test_app_sheet_says_the_citizen_objected_and_names_the_programme(sheet_world):
    ctx = app_context(sheet_world)
    objection(ctx, SUGGESTED)
    record_like_the_decision_tab(ctx, SUGGESTED, "P02")
    text = " ".join(sheet_tasks.preview(ctx, SUGGESTED, "en").text.split())
    assert "too unlike the cases" not in text and "gave no suggestion" not in text
    assert "objection to profiling" in text
    assert "The computer used these facts" not in text
    assert "Danish language course" in text and "P02" not in text.replace("WF-", "")
    assert "Model version -" not in text and "Model version" not in text


def test_objection_after_a_followed_suggestion_says_a_suggestion_was_shown(sheet_world):
    ctx = app_context(sheet_world)
    suggested = shown_now(ctx, SUGGESTED).suggestions.case.suggested
    record_like_the_decision_tab(ctx, SUGGESTED, suggested)
    objection(ctx, SUGGESTED)
    text = " ".join(sheet_tasks.preview(ctx, SUGGESTED, "en").text.split())
    assert "the computer had made a suggestion for you, and your caseworker had seen it" in text
    assert "So this sheet shows none of its results." in text
    assert numbers_free(text) and "This is also what the computer suggested" not in text


def test_objection_after_suggestions_were_shown_but_before_the_decision(sheet_world):
    from desktop_app.decisions.record import record_suggestions_shown

    ctx = app_context(sheet_world)
    shown = shown_now(ctx, SUGGESTED).suggestions
    record_suggestions_shown(ctx.db, ctx.audit, caseworker_id="cw-anna", citizen_id=SUGGESTED,
                             model_version=shown.model_version, input_hash=shown.input_hash,
                             suggestions=shown.payload)
    objection(ctx, SUGGESTED)
    record_like_the_decision_tab(ctx, SUGGESTED, "P04")
    text = " ".join(sheet_tasks.preview(ctx, SUGGESTED, "en").text.split())
    assert "This decision was made without the computer." in text
    assert "Before you said no, the computer had made a suggestion for you" in text
    other = "C000002"
    objection(ctx, other)
    record_like_the_decision_tab(ctx, other, "P04")
    text = " ".join(sheet_tasks.preview(ctx, other, "en").text.split())
    assert "The computer had made no suggestion for you before that." in text


def test_a_proposal_sheet_printed_before_the_objection_counts_as_a_suggestion_shown(
        sheet_world, tmp_path):
    """Outside trial: a proposal sheet with a suggestion went home with the citizen; after the
    objection the next sheet said the computer had made no suggestion before."""
    first = cli_sheet(sheet_world, SUGGESTED, tmp_path / "p.pdf", lang="en")
    assert "The computer suggests this programme" in first
    ctx = app_context(sheet_world)
    objection(ctx, SUGGESTED)
    ctx.db.close()
    text = cli_sheet(sheet_world, SUGGESTED, tmp_path / "o.pdf")
    assert "The computer had made no suggestion for you before that." not in text
    assert "Before you said no, the computer had made a suggestion for you" in text
    assert numbers_free(text)


# --- finding 3: one document id, one content ---------------------------------------------------

def test_app_and_cli_give_the_same_content_for_the_same_decision(sheet_world, tmp_path):
    ctx = app_context(sheet_world)
    record_like_the_decision_tab(ctx, SUGGESTED, "P04")
    app = sheet_tasks.export(ctx, SUGGESTED, "da", tmp_path / "app.pdf", "cw-anna")
    ctx.db.close()
    cli_sheet(sheet_world, SUGGESTED, tmp_path / "cli.pdf", "--caseworker", "someone-else",
              lang="da")
    assert embedded_content(tmp_path / "app.pdf") == embedded_content(tmp_path / "cli.pdf")
    text = text_of(tmp_path / "cli.pdf")
    assert app.document_id in text
    assert "Din rådgiver Anna Berg traf afgørelsen" in text  # the decider recorded
    assert "someone-else" not in text


def test_every_document_id_in_the_audit_log_has_one_content_hash(sheet_world, tmp_path):
    ctx = app_context(sheet_world)
    record_like_the_decision_tab(ctx, SUGGESTED, "P04")
    sheet_tasks.export(ctx, SUGGESTED, "en", tmp_path / "a.pdf", "cw-anna")
    ctx.db.close()
    for n, who in enumerate(("x", "y")):
        cli_sheet(sheet_world, SUGGESTED, tmp_path / f"c{n}.pdf", "--caseworker", who)
    ctx = app_context(sheet_world)
    objection(ctx, SUGGESTED)  # the content changes: so must the id
    sheet_tasks.export(ctx, SUGGESTED, "en", tmp_path / "b.pdf", "cw-anna")
    rows = [json.loads(p) for (p,) in ctx.db.execute(
        "SELECT payload FROM audit_log WHERE action = 'sheet_exported'")]
    hashes: dict[str, set[str]] = {}
    for row in rows:
        hashes.setdefault(row["document_id"], set()).add(row["content_sha256"])
    assert len(rows) == 4 and len(hashes) == 2
    assert all(len(h) == 1 for h in hashes.values())


def test_a_proposal_has_its_own_number_and_prints_again_the_same(sheet_world, tmp_path):
    first = cli_sheet(sheet_world, SUGGESTED, tmp_path / "p1.pdf")
    assert "Proposal: no decision yet" in first and "Proposal number 1." in first
    again = cli_sheet(sheet_world, SUGGESTED, tmp_path / "p1b.pdf", "--proposal", "1")
    assert embedded_content(tmp_path / "p1.pdf") == embedded_content(tmp_path / "p1b.pdf")
    assert again == first
    db = sqlite3.connect(sheet_world.cache)
    entry = json.loads(db.execute("SELECT payload FROM audit_log WHERE action = "
                                  "'sheet_exported' ORDER BY seq LIMIT 1").fetchone()[0])
    db.close()
    assert entry["proposal_id"] == 1 and entry["is_proposal"] is True


# --- finding 6: eligibility, abstention with the missing facts, personalisation, certainty ------

def test_a_chosen_programme_whose_rules_exclude_the_citizen_says_so(sheet_world):
    citizen, programme = INELIGIBLE
    ctx = app_context(sheet_world)
    record_like_the_decision_tab(ctx, citizen, programme)
    text = " ".join(sheet_tasks.preview(ctx, citizen, "en").text.split())
    assert "By its rules you cannot normally take part:" in text
    assert "gave no reasons, as it made no suggestion" not in text
    assert "The computer suggested something else" in text


def test_abstention_names_the_missing_facts_and_never_claims_a_suggestion(sheet_world):
    ctx = app_context(sheet_world)
    text = " ".join(sheet_tasks.preview(ctx, MISSING, "en").text.split())
    assert "A computer made a suggestion" not in text
    assert "This time the computer gave no suggestion." in text
    missing = shown_now(ctx, MISSING).suggestions.case.abstain_reasons[0].features
    from desktop_app.reports.catalog import load_catalog
    from desktop_app.reports.data_used import feature_label

    names = [feature_label(f, load_catalog("en"), "Danish") for f in missing]
    assert f"Some key facts about you are missing: {', '.join(names)}." in text
    outside = " ".join(sheet_tasks.preview(ctx, OUTSIDE, "en").text.split())
    assert "too unlike the cases it has learned from" in outside


@pytest.mark.parametrize("low, high, said", [
    (0.02, 0.08, "We are fairly sure of this."),
    (-0.01, 0.08, "The programme may also make no difference for you."),
    (-0.09, -0.01, "The programme may even lower your chances."),
])
def test_fairly_sure_only_when_the_range_excludes_no_effect(low, high, said):
    from dataclasses import replace

    from desktop_app.reports.builder import build_sheet
    from tests.reports.sample import request, suggestions

    sugg = suggestions()
    top = replace(sugg.estimates[0], interval=(low, high))
    sheet = build_sheet(request("en", suggestions=replace(sugg, estimates=(top,))))
    text = sheet.plain_text()
    assert said in text
    assert ("fairly sure" in text) == (low > 0)


def test_the_personalisation_note_reaches_the_sheet_when_it_applies():
    from dataclasses import replace

    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.inputs import Personalisation
    from tests.reports.sample import request, suggestions

    weak = replace(suggestions(), personalisation=Personalisation(False, "P02"))
    for with_decision in (True, False):
        text = build_sheet(request("en", suggestions=weak,
                                   with_decision=with_decision)).plain_text()
        assert "did not clearly do better than giving everyone the same programme" in text
    strong = build_sheet(request("en")).plain_text()
    assert "did not clearly do better" not in strong


@pytest.mark.parametrize("lang", ["en", "da", "nl", "ar"])
def test_a_proposal_never_says_a_person_made_the_decision(lang):
    """Outside trial: a proposal sheet said "No one has decided anything yet" and, among the
    rights, "A person made this decision, not the computer alone (GDPR Art. 22)"."""
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.catalog import load_catalog
    from tests.reports.sample import request

    catalog = load_catalog(lang)
    proposal = build_sheet(request(lang, with_decision=False)).plain_text()
    assert catalog.text("rights_art22") not in proposal
    assert catalog.text("rights_art22_proposal") in proposal
    decided = build_sheet(request(lang)).plain_text()
    assert catalog.text("rights_art22") in decided


@pytest.mark.parametrize("lang", ["en", "da", "nl", "ar"])
def test_the_page_header_names_a_suggestion_only_when_the_sheet_shows_one(lang):
    """Outside trial: an objection sheet ("this sheet shows no results from the computer")
    carried "Wayfinder: explanation of a suggestion" at the top of every page."""
    from desktop_app.reports.builder import build_sheet
    from desktop_app.reports.catalog import load_catalog
    from tests.reports.sample import golden_cases, request

    catalog = load_catalog(lang)
    headers = {case: build_sheet(request(lang, **changes)).header
               for case, changes in golden_cases().items()}
    assert headers["followed"] == headers["deviation"] == catalog.text("header")
    assert headers["objection"] == headers["abstention"] == catalog.text("header_plan")
