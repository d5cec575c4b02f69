"""On real MELO data the ranker beats the char TF-IDF baseline (full figures: bench_matching)."""

from __future__ import annotations

import pytest

pytest.importorskip("sklearn")

from bench.melo_eval import evaluate
from desktop_app.matching import title_evaluation as te


def test_split_is_a_fixed_function_of_the_query_id() -> None:
    ids = [f"Q{i:06d}" for i in range(1, 2001)]
    share = sum(te.is_development_query(q) for q in ids) / len(ids)
    assert 0.25 < share < 0.35
    assert te.is_development_query("Q000001") == te.is_development_query("Q000001")


@pytest.mark.slow
def test_danish_reported_split_beats_char_tfidf(shared_data) -> None:
    result = evaluate("dnk_q_da_c_da", "reported")
    diff, low, _ = te.paired_bootstrap(result.ours, result.baseline, resamples=2000)
    assert len(result.ours) > 400
    assert diff >= 0.03 and low > 0, (diff, low)


@pytest.mark.slow
def test_dutch_reported_subset_beats_char_tfidf(shared_data) -> None:
    result = evaluate("nld_q_nl_c_nl", "reported", limit=600)
    diff, low, _ = te.paired_bootstrap(result.ours, result.baseline, resamples=2000)
    assert diff > 0.02 and low > 0, (diff, low)
