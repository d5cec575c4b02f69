"""`evaluate` and `suggest` on the foreign-shaped bundle; the app's suggestion rules."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import numpy as np
import pytest

from desktop_app.admin.cli import main
from desktop_app.scoring.bundle_source import load_bundle
from desktop_app.scoring.model import SuggestionModel
from desktop_app.scoring.records import Spell, group_by_citizen, to_ordinal
from desktop_app.scoring.suggester import Suggester
from desktop_app.scoring.suggestion import recorded_reasons, unrecorded_reasons
from desktop_app.trust.package_files import FolderPackage


def run_json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_evaluate_prints_the_contract_keys(trained, toy, id_key, capsys):
    result = run_json(capsys, ["evaluate", "--model", str(trained), "--bundle",
                               str(toy / "bundle"), "--truth", str(toy / "truth.json"),
                               "--json", "--draws", "200", "--id-key", str(id_key)])
    for name in ("suggested", "observed", "best_single", "none"):
        value = result["policy_value"][name]
        assert set(value) == {"estimate", "ci_low", "ci_high"}
        assert 0 <= value["ci_low"] <= value["estimate"] <= value["ci_high"] <= 1
    assert set(result["gain_vs_best_single"]) == {"estimate", "ci_low", "ci_high"}
    assert 0 <= result["top1_agreement"] <= 1
    assert result["oracle_gain_share"] is not None
    # Only held-out citizens are scored: about a quarter of 500.
    assert result["skipped_training_citizens"] > 300
    assert result["evaluated_citizens"] + result["skipped_training_citizens"] == 500
    # The toy's language course helps weak speakers a lot: the model must find a real gain.
    assert result["truth"]["true_value"]["suggested"] > result["truth"]["true_value"]["observed"]


def test_evaluate_refuses_when_every_citizen_was_used_for_training(trained, toy, id_key,
                                                                   tmp_path, capsys):
    hashes = json.loads((trained / "training_citizens.json").read_text())["hashes"]
    key = bytes.fromhex("ab" * 32)
    from training.suggestions.citizen_hashes import hash_id

    bundle = tmp_path / "only_training"
    shutil.copytree(toy / "bundle", bundle)
    for name in ("citizens", "decisions", "outcomes", "assessments"):
        path = bundle / f"{name}.jsonl"
        field = "id" if name == "citizens" else "citizen_id"
        kept = [line for line in path.read_text().splitlines()
                if hash_id(key, json.loads(line)[field]) in set(hashes)]
        path.write_text("\n".join(kept) + "\n")
    code = main(["evaluate", "--model", str(trained), "--bundle", str(bundle), "--json",
                 "--id-key", str(id_key)])
    assert code != 0 and "used to train" in capsys.readouterr().err


def test_suggest_writes_one_line_per_decision_from_past_data_only(trained, toy, tmp_path):
    out = tmp_path / "s.jsonl"
    assert main(["suggest", "--model", str(trained), "--bundle", str(toy / "bundle"),
                 "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    decisions = (toy / "bundle" / "decisions.jsonl").read_text().splitlines()
    assert len(lines) == len(decisions)
    first = lines[0]
    assert set(first) >= {"citizen_id", "date", "suggested", "abstained", "arms"}
    assert set(first["arms"]) == {"none", "LANG", "JOBS", "IDLE"}
    for line in lines:
        for _arm, value in line["arms"].items():
            assert set(value) >= {"p", "effect", "eligible"} and 0 <= value["p"] <= 1
        if line["suggested"] is not None:
            assert line["arms"][line["suggested"]]["eligible"] is True and not line["abstained"]
    # Appending a later outcome changes nothing for earlier decisions.
    bundle = tmp_path / "later"
    shutil.copytree(toy / "bundle", bundle)
    with (bundle / "outcomes.jsonl").open("a") as handle:
        handle.write(json.dumps({"citizen_id": first["citizen_id"], "start": "2024-12-01",
                                 "status": "employed", "subsidised": False}) + "\n")
    out2 = tmp_path / "s2.jsonl"
    assert main(["suggest", "--model", str(trained), "--bundle", str(bundle),
                 "--out", str(out2)]) == 0
    assert json.loads(out2.read_text().splitlines()[0]) == first


@pytest.fixture(scope="module")
def app(trained, toy):
    model = SuggestionModel(FolderPackage(trained))
    data = load_bundle(toy / "bundle")
    return model, Suggester(model, data.programmes(), data.exported_at), group_by_citizen(
        data.records)


def test_unknown_eligibility_is_never_suggested_and_says_check(app):
    _model, suggester, records = app
    rec = next(r for r in records.values() if r.citizen.get("school_years") is None)
    day = rec.decisions[0][0]
    suggestion = suggester.score([(rec, day)])[0]
    idle = suggestion.arm("IDLE")
    assert idle.eligible is None and "cannot be checked" in idle.eligibility.reason()
    assert suggestion.suggested != "IDLE"


def test_abstains_when_key_data_are_missing_or_outside_training(app):
    _model, suggester, records = app
    rec = next(iter(records.values()))
    bare = type(rec)(citizen={"id": "X1"})
    suggestion = suggester.score([(bare, to_ordinal("2022-01-01"))])[0]
    assert suggestion.abstained and suggestion.suggested is None
    missing = [r for r in suggestion.abstain_reasons if r.code == "missing_key_data"]
    assert missing and {"age", "school_years"} <= set(missing[0].features)
    assert "key data missing" in missing[0].detail
    old = type(rec)(citizen={**rec.citizen, "birth_year": 1900}, assessments=rec.assessments,
                    outcomes=rec.outcomes)
    aged = suggester.score([(old, rec.decisions[0][0])])[0]
    assert aged.abstained and any(r.code == "outside_training_range" and "age" in r.features
                                  and "outside the training data: age" in r.detail
                                  for r in aged.abstain_reasons)


def test_reasons_add_up_to_the_displayed_effect(app):
    _model, suggester, records = app
    rec = next(iter(records.values()))
    suggestion = suggester.score([(rec, rec.decisions[-1][0])], top_reasons=100)[0]
    for arm in suggestion.arms:
        if arm.arm == "none" or arm.eligible is False:
            continue
        estimate = arm.estimates[26.0]
        total = arm.base_value + sum(r.contribution for r in arm.reasons)
        assert abs(total - estimate.effect) < 1e-6
        assert estimate.low <= estimate.effect <= estimate.high
        assert estimate.p == pytest.approx(min(1, max(0, estimate.baseline + estimate.effect)))
    assert np.isfinite([a.estimates[52.0].p for a in suggestion.arms]).all()


def test_reasons_from_missing_inputs_are_flagged_not_recorded(app):
    """Like demo citizen C000001: no "unemployed since" and in work since 2024, so the
    time-unemployed input is missing. The trees still give that missing input a share of the
    effect; the reason must say it comes from a missing input, never pass as a fact."""
    _model, suggester, records = app
    rec = next(r for r in records.values() if r.decisions)
    day = rec.decisions[-1][0]
    citizen = {k: v for k, v in rec.citizen.items() if k != "unemployed_since"}
    working = [Spell(day - 400, None, "employed", False)]
    like_c000001 = replace(rec, citizen=citizen, outcomes=working, assessments={
        k: v for k, v in rec.assessments.items() if k != "unemployed_since"})
    x = suggester.features([(like_c000001, day)])[0]
    names = suggester.model.schema.names
    assert np.isnan(x[names.index("weeks_unemployed")])
    missing = {n for n, v in zip(names, x, strict=True) if np.isnan(v)}
    suggestion = suggester.score([(like_c000001, day)], top_reasons=100)[0]
    flagged = set()
    for arm in suggestion.arms:
        for reason in arm.reasons:
            assert reason.recorded == (reason.feature not in missing), reason
            assert (reason.value is None) == (not reason.recorded)
            if not reason.recorded:
                flagged.add(reason.feature)
    assert "weeks_unemployed" in flagged  # the trees did give the missing input a share
    # The main reasons are counted among recorded inputs only: three asked, three recorded.
    top3 = suggester.score([(like_c000001, day)], top_reasons=3)[0]
    for arm in top3.arms:
        if arm.reasons:
            assert len(recorded_reasons(arm.reasons)) == 3
            assert unrecorded_reasons(arm.reasons) == [
                r for r in arm.reasons if r.feature in missing]
