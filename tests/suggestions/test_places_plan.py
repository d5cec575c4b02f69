"""The plan over the expected caseload on a real cache with the real trained model: prices for
scarce places, suggestions fitted to places, never a protected attribute as an input."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.cache.records import load_all, load_citizen
from desktop_app.casework.suggestions import LoadedModel, suggest_for_case
from desktop_app.places.cache_places import read_places
from desktop_app.places.case_places import case_places
from desktop_app.places.caseload import active_caseload_ids
from desktop_app.places.plan import load_plan, plan_is_current, store_plan
from desktop_app.places.pricing import compute_plan
from desktop_app.scoring.model import SuggestionModel
from desktop_app.trust.package_files import FolderPackage

INTAKES = {"LANG": [{"start": "2025-01-20", "places": 3}],
           "JOBS": [{"start": "2025-01-13", "places": 40}]}


@pytest.fixture
def places_cache(toy, tmp_path: Path):
    bundle = tmp_path / "bundle"
    shutil.copytree(toy / "bundle", bundle)
    path = bundle / "programmes.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    for row in rows:
        if row["id"] in INTAKES:
            row["intakes"] = INTAKES[row["id"]]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = open_cache(tmp_path / "cache.sqlite")
    import_bundle(db, read_bundle(bundle), audit=AuditLog(db, b"k" * 32), actor="test")
    yield db
    db.close()


def _decide(db, citizen_id: str, programme: str) -> None:  # type: ignore[no-untyped-def]
    db.execute("INSERT INTO app_decisions (citizen_id, decided_at, caseworker_id, programme_id)"
               " VALUES (?, '2025-01-02T10:00:00', 'W1', ?)", (citizen_id, programme))


def test_scarce_places_get_a_price_and_the_plan_stays_within_them(places_cache, trained):
    db = places_cache
    model = SuggestionModel(FolderPackage(trained))
    plan = compute_plan(db, model, "v1", now=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    assert plan.caseload == len(active_caseload_ids(db, dt.date(2025, 1, 1))) > 20
    lang = plan.programmes["LANG"]
    assert lang.places == 3.0 and lang.proposed <= 3.0 + 1e-6
    assert lang.price > 0.01  # the language course helps weak speakers a lot: places are dear
    assert plan.programmes["IDLE"].places is None  # no intakes: unknown, never limited
    assert plan.programmes["JOBS"].price == 0.0 or plan.programmes["JOBS"].proposed >= 39.9
    assert plan.gain_low <= plan.expected_gain <= plan.gain_high
    store_plan(db, plan)
    assert load_plan(db) == plan
    assert plan_is_current(db, load_plan(db), "v1")
    assert not plan_is_current(db, load_plan(db), "v2")  # another model: recompute
    _decide(db, active_caseload_ids(db, dt.date(2025, 1, 1))[0], "LANG")
    assert not plan_is_current(db, load_plan(db), "v1")  # a booking changed the places


def test_protected_attributes_never_move_prices_or_the_allocation(places_cache, trained):
    db = places_cache
    model = SuggestionModel(FolderPackage(trained))
    before = compute_plan(db, model, "v1")
    db.execute("UPDATE citizens SET gender = CASE gender WHEN 'f' THEN 'm' ELSE 'f' END, "
               "country_of_birth = CASE WHEN country_of_birth = 'NL' THEN 'SY' ELSE 'NL' END")
    after = compute_plan(db, model, "v1")
    assert after.prices == before.prices
    assert {k: v.proposed for k, v in after.programmes.items()} == {
        k: v.proposed for k, v in before.programmes.items()}
    assert after.balance != before.balance  # the audit sees the groups; the plan does not


def test_a_full_programme_is_never_suggested_and_the_card_data_says_why(places_cache,
                                                                          trained):
    db = places_cache
    model = SuggestionModel(FolderPackage(trained))
    loaded = LoadedModel(model, "v1", None)
    store_plan(db, compute_plan(db, model, "v1"))
    programmes = load_all(db, "programmes")
    exported = "2025-01-01T00:00:00Z"
    wanted = []
    for citizen_id in active_caseload_ids(db, dt.date(2025, 1, 1)):
        records = load_citizen(db, citizen_id)
        shown = suggest_for_case(loaded, records.citizen, records.history, programmes,
                                 exported, False, case_places(db, "v1"))
        if shown.case.suggested_ignoring_places == "LANG":
            wanted.append(records)
    assert len(wanted) > 3  # more citizens would gain most from LANG than it has places
    for records in wanted:
        places = case_places(db, "v1")
        shown = suggest_for_case(loaded, records.citizen, records.history, programmes,
                                 exported, False, places)
        lang = shown.case.arm("LANG").places
        assert lang is not None and lang.known and lang.price > 0
        assert shown.payload["arms"]["LANG"]["places"]["left"] == lang.places_left
        if shown.case.suggested == "LANG":
            _decide(db, records.citizen_id, "LANG")  # the caseworker follows the suggestion
        else:
            assert lang.full or lang.value <= 0 or shown.case.suggested is not None
    lang_places = read_places(db)["LANG"]
    assert lang_places.full  # everyone followed: the three places are taken (decided here,
    assert lang_places.queue == 3  # not yet booked by the case system), and no more
    assert all(i.booked + i.promised <= i.places for i in lang_places.intakes)
    last = suggest_for_case(loaded, wanted[-1].citizen, wanted[-1].history, programmes,
                            exported, False, case_places(db, "v1"))
    assert last.case.suggested != "LANG" and last.case.arm("LANG").places.full
    assert last.payload["suggested_ignoring_places"] == "LANG"


def test_planning_commands_show_and_export_csv_and_a_pdf_page(places_cache, trained, tmp_path,
                                                              monkeypatch, capsys):
    import csv
    import subprocess

    from desktop_app.admin.cli import main

    db = places_cache
    path = db.execute("PRAGMA database_list").fetchone()[2]
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    assert main(["places", "show", "--cache", path]) == 0
    assert "no plan computed yet" in capsys.readouterr().err
    assert main(["places", "plan", "--cache", path]) == 1  # no verified model installed
    assert "no verified model installed" in capsys.readouterr().err
    store_plan(db, compute_plan(db, SuggestionModel(FolderPackage(trained)), "v1"))
    assert main(["places", "show", "--cache", path, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    lang = next(p for p in shown["programmes"] if p["programme_id"] == "LANG")
    assert lang["places"] == 3 and lang["proposed"] <= 3 + 1e-6 and lang["price"] > 0
    out_csv, out_pdf = tmp_path / "plan.csv", tmp_path / "plan.pdf"
    assert main(["places", "export", "--cache", path, "--csv", str(out_csv), "--pdf",
                 str(out_pdf), "--lang", "nl"]) == 0
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert [r["programme_id"] for r in rows] == ["IDLE", "JOBS", "LANG"]  # by id
    assert rows[2]["intake_start"] == "2025-01-20" and rows[2]["intake_places"] == "3"
    assert rows[0]["intake_start"] == "" and rows[0]["period_places"] == "0"
    text = subprocess.run(["pdftotext", "-layout", str(out_pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Plaatsen in trajecten: planning" in text and "Taalcursus" in text
    assert "Balans tussen groepen (alleen ter controle, nooit een invoer)" in text
    pages = subprocess.run(["pdfinfo", str(out_pdf)], check=True, capture_output=True,
                           text=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.M)
    assert main(["places", "export", "--cache", path]) == 1  # nothing named to write


def test_planning_command_prices_with_the_verified_installed_model(places_cache, trained,
                                                                   tmp_path, monkeypatch,
                                                                   capsys):
    """`places plan` reads the installed model through its verified files (no path to it), as
    the app does; signed with the DEMO keys, which the demo build's root trusts."""
    from desktop_app.admin.cli import main
    from training.signing.build_demo_repository import build

    path = places_cache.execute("PRAGMA database_list").fetchone()[2]
    build(trained, 3, out_dir=tmp_path / "share", root_out=tmp_path / "root.json")
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    assert main(["models", "update", "--from", str(tmp_path / "share")]) == 0
    capsys.readouterr()
    code = main(["places", "plan", "--cache", path])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["places", "show", "--cache", path, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {p["programme_id"] for p in shown["programmes"]} >= {"LANG", "JOBS"}
    # an import with intakes recomputes the plan with the same verified model
    assert main(["import", str(tmp_path / "bundle"), "--cache", str(tmp_path / "new.sqlite"),
                 "--quiet"]) == 0
    out = capsys.readouterr()
    assert "places plan recomputed" in out.out, out.err


def test_replanning_reports_progress_and_keeps_the_plan(places_cache, trained, monkeypatch,
                                                        tmp_path):
    """The one recompute path (import, `places plan`, the team lead's screen): its own
    connection, progress after each batch of citizens, then the allocation, the plan stored."""
    from desktop_app.places import pricing
    from desktop_app.places.replan import ReplanError, replan, replan_cache

    monkeypatch.setattr(pricing, "BATCH", 7)
    db = places_cache
    model = SuggestionModel(FolderPackage(trained))
    seen: list[tuple[str, int, int]] = []
    done = replan(db, model, "v1", progress=lambda *step: seen.append(step))
    caseload = done.plan.caseload
    scoring = [s for s in seen if s[0] == "scoring"]
    assert len(scoring) == -(-caseload // 7) and scoring[-1] == ("scoring", caseload, caseload)
    assert [d for _, d, _ in scoring] == sorted(d for _, d, _ in scoring)
    assert seen[-1] == ("allocating", caseload, caseload)
    assert load_plan(db) == done.plan and done.seconds > 0
    # a cache without intakes has no places to plan, and says so before needing a model
    empty = open_cache(tmp_path / "empty.sqlite")
    empty.close()
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "no-model-home"))
    with pytest.raises(ReplanError) as refused:
        replan_cache(tmp_path / "empty.sqlite")
    assert refused.value.code == "no_intakes"
    path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    with pytest.raises(ReplanError) as refused:
        replan_cache(path)
    assert refused.value.code == "no_model"


def test_the_command_line_tools_hold_back_a_model_not_shown_to_work_here(
        places_cache, trained, tmp_path, monkeypatch, capsys):
    """Issue 21's gate outside the window: `places plan` (prices from the model) and `sheet`
    (a proposal's suggestions) refuse the installed model this cache's local check did not
    show to work here, as the app does; IT's system setting lets them use it, audited."""
    from desktop_app.admin.cli import main
    from desktop_app.cache.connection import transaction
    from desktop_app.scoring.local_verdict import LocalVerdict, record_verdict
    from tests.conftest import write_audit_key
    from training.signing.build_demo_repository import build

    path = places_cache.execute("PRAGMA database_list").fetchone()[2]
    build(trained, 3, out_dir=tmp_path / "share", root_out=tmp_path / "root.json")
    home = tmp_path / "home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    write_audit_key(home, b"k" * 32)
    assert main(["models", "update", "--from", str(tmp_path / "share")]) == 0
    with transaction(places_cache):
        record_verdict(places_cache, LocalVerdict("3", "not_shown_to_work",
                                                  "2026-12-06T10:00:00+00:00", 900,
                                                  ("no_gain_shown",), {}),
                       AuditLog(places_cache, b"k" * 32).append)
    capsys.readouterr()
    assert main(["places", "plan", "--cache", path]) == 1
    assert "not shown to work here" in capsys.readouterr().err
    citizen = places_cache.execute("SELECT id FROM citizens LIMIT 1").fetchone()[0]
    out = tmp_path / "sheet.pdf"
    assert main(["sheet", citizen, "--lang", "en", "--out", str(out), "--cache", path]) != 0
    assert "not shown to work here" in capsys.readouterr().err and not out.exists()
    (home / "wayfinder.toml").write_text("[models]\nuse_without_local_check = true\n")
    assert main(["places", "plan", "--cache", path]) == 0, capsys.readouterr().err
    assert places_cache.execute("SELECT count(*) FROM audit_log WHERE action = "
                                "'model_used_without_local_check'").fetchone()[0] == 1
