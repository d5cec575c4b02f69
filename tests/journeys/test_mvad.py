"""Reproduces every figure in ../shared/data/mvad/expected.json through the journey code.

The expected figures were computed independently of this code; the data is read from the
shared folder at test time and never copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.journeys.process_map import process_map
from desktop_app.journeys.sequences import load_mvad
from desktop_app.journeys.spells import spell_summary, state_totals
from desktop_app.journeys.variants import variants


@pytest.fixture(scope="module")
def expected(shared_data: Path) -> dict:
    return json.loads((shared_data / "mvad" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def log(shared_data: Path):
    return load_mvad(shared_data / "mvad" / "mvad.csv")


def test_every_expected_key_is_checked(expected: dict) -> None:
    # A new figure in expected.json must get a test here rather than pass unnoticed.
    checked = {
        "definition",
        "people",
        "state_months",
        "distinct_variants",
        "top_variants",
        "directly_follows",
        "start_states",
        "end_states",
        "spells",
    }
    assert set(expected) == checked


def test_people_and_state_months(log, expected: dict) -> None:
    assert log.events["case_id"].nunique() == expected["people"]
    assert state_totals(log).to_dict() == expected["state_months"]
    assert len(log) == expected["people"] * 72


def test_distinct_and_top_variants(log, expected: dict) -> None:
    table = variants(log)
    assert table.n_variants == expected["distinct_variants"]
    ours = dict(zip(table.table["variant"], table.table["cases"], strict=True))
    for item in expected["top_variants"]:
        assert ours[tuple(item["variant"])] == item["count"], item["variant"]
    top_counts = [count for _, count in table.top(len(expected["top_variants"]))]
    assert top_counts == [item["count"] for item in expected["top_variants"]]
    assert table.table["cases"].sum() == expected["people"]


def test_directly_follows(log, expected: dict) -> None:
    assert process_map(log).edge_counts() == expected["directly_follows"]


def test_start_and_end_states(log, expected: dict) -> None:
    pm = process_map(log)
    assert pm.start_counts.to_dict() == expected["start_states"]
    assert pm.end_counts.to_dict() == expected["end_states"]
    assert pm.n_cases == expected["people"]


def test_spells(log, expected: dict) -> None:
    summary = spell_summary(log)
    assert set(summary.index) == set(expected["spells"])
    for state, figures in expected["spells"].items():
        row = summary.loc[state]
        assert row["count"] == figures["count"], state
        assert row["median_events"] == figures["median_months"], state
        assert row["mean_events"] == pytest.approx(figures["mean_months"], abs=5e-5), state


def test_outcome_shares_follow_last_month(log) -> None:
    table = variants(log)
    # A variant's last state is where its people were in the last month.
    for row, sequence in enumerate(table.table["variant"].head(20)):
        shares = table.outcome_shares.loc[row]
        assert shares[sequence[-1]] == pytest.approx(1.0)
