"""A municipality's local rules about shared models: pin, refuse, withdraw (IT, audited)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desktop_app.trust.errors import TrustError
from desktop_app.trust.install_state import load_store_state
from desktop_app.trust.local_rules import change_local_rule
from tests.trust.conftest import Keys, World, run
from tests.trust.delegated_world import Delegated, build_delegated

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


@pytest.fixture
def delegated(world: World, keys: Keys) -> Delegated:
    return build_delegated(world, keys)


def test_a_shared_model_cannot_override_a_municipality_pin(delegated: Delegated) -> None:
    delegated.add_for("odense", 10)
    delegated.publish()
    laptop = delegated.laptop("odense")
    assert delegated.update(laptop, "odense").installed_version == 10
    change_local_rule(laptop, "pin", 10, "our own model until the local check", NOW)

    delegated.add_shared(20)  # the national publisher ships a newer shared model
    delegated.publish()
    result = delegated.update(laptop, "odense")
    assert result.status == "up-to-date" and result.installed_version == 10
    assert result.message.startswith("model version 10 is installed; version 10 is pinned "
                                      "on this laptop by IT")
    assert "newer version(s) not installed: 20" in result.message
    model = delegated.load(laptop)
    assert (model.version, model.local_rule, model.usable) == (10, "pinned", True)


def test_a_pin_may_go_back_to_an_older_version(delegated: Delegated) -> None:
    delegated.add_for("odense", 10)
    delegated.add_shared(20)
    delegated.publish()
    laptop = delegated.laptop("odense")
    assert delegated.update(laptop, "odense").installed_version == 20
    change_local_rule(laptop, "pin", 10, "the shared model is not shown to work here", NOW)
    assert not delegated.load(laptop).usable  # pinned another version: not used meanwhile
    assert delegated.update(laptop, "odense").installed_version == 10
    model = delegated.load(laptop)
    assert (model.version, model.local_rule, model.usable) == (10, "pinned", True)
    change_local_rule(laptop, "unpin", None, "checked", NOW)
    assert delegated.update(laptop, "odense").installed_version == 20


def test_refuse_and_withdraw_locally(delegated: Delegated) -> None:
    delegated.add_shared(5)
    delegated.publish()
    laptop = delegated.laptop("plain")
    assert delegated.update(laptop, "").installed_version == 5
    change_local_rule(laptop, "withdraw", 5, "biased against our newcomers", NOW)
    model = delegated.load(laptop)
    assert not model.usable and model.local_rule == "withdrawn_here"
    assert model.local_reason == "biased against our newcomers"
    assert model.withdrawn_reason == "withdrawn on this laptop by IT: biased against our newcomers"
    result = delegated.update(laptop, "")
    assert result.status == "withdrawn" and "withdrawn on this laptop by IT" in result.message

    change_local_rule(laptop, "refuse", 6, "not reviewed yet", NOW)
    delegated.add_shared(6)
    delegated.publish()
    result = delegated.update(laptop, "")
    assert result.installed_version == 5 and "refused on this laptop by IT: 6" in result.message
    change_local_rule(laptop, "allow", 6, "reviewed", NOW)
    assert delegated.update(laptop, "").installed_version == 6
    history = load_store_state(laptop).local_history
    assert [h["action"] for h in history] == ["withdraw", "refuse", "allow"]
    assert history[0]["reason"] == "biased against our newcomers"


def test_local_rules_refuse_nonsense(delegated: Delegated) -> None:
    laptop = delegated.laptop("x")
    with pytest.raises(TrustError, match="give a reason"):
        change_local_rule(laptop, "pin", 3, " ", NOW)
    with pytest.raises(TrustError, match="no version is pinned"):
        change_local_rule(laptop, "unpin", None, "why", NOW)
    change_local_rule(laptop, "refuse", 3, "why", NOW)
    with pytest.raises(TrustError, match="refused on this laptop; 'allow' it first"):
        change_local_rule(laptop, "pin", 3, "why", NOW)


def test_local_rule_commands_are_audited(
    delegated: Delegated, capsys, caplog, tmp_path
) -> None:
    store = tmp_path / "cli-store"
    code, out, err = run(capsys, "models", "pin", "10", "--reason", "council decision",
                         "--store", store)
    assert code == 0, err
    assert "pinned version 10" in out
    assert "local model rule set by IT: pin 10 (council decision)" in caplog.text
    code, out, _ = run(capsys, "models", "status", "--store", store, "--json")
    status = json.loads(out)
    assert status["pinned"]["version"] == "10"
    code, _, err = run(capsys, "models", "withdraw-local", "10", "--reason", "x",
                       "--store", store)
    assert code != 0 and "nothing changed: version 10 is pinned on this laptop; 'unpin' it " \
        "first" in err
