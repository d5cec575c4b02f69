"""Must hold: the attack run (tests/trust/attack_run) — every attack from the outside run of
issue 16, and the ones found since, each on its own copy of share, store and configuration."""

from __future__ import annotations

import pytest

from tests.trust.attack_run.runner import run_all, table


@pytest.mark.slow
def test_every_attack_is_refused_and_the_good_model_stays(tmp_path) -> None:
    outcomes = run_all(base=tmp_path)
    report = table(outcomes)
    assert len(outcomes) >= 75, report
    failed = [o.name for o in outcomes if not o.held]
    assert failed == [], report
    # a refused update changes nothing that decides what runs: the installed model stays
    for outcome in outcomes:
        if outcome.kind != "load":
            assert outcome.installed_unchanged, (outcome.name, report)
    print(report)
