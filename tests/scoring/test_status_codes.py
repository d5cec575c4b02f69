"""The Qt-free core says why there is no suggestion with codes, never with a sentence for the
screen: the model's status and each abstention reason (the screens and the sheet word them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.casework.model_info import model_info
from desktop_app.casework.suggestions import load_model, suggest_for_case
from desktop_app.scoring.support import ABSTENTION_CODES, Abstention
from desktop_app.trust.errors import MODEL_STATUS_CODES, ModelUnavailable
from desktop_app.trust.installed import load_verified_model


def raising(code: str):  # type: ignore[no-untyped-def]
    def loader():  # type: ignore[no-untyped-def]
        raise ModelUnavailable(f"for IT: {code}", code)
    return loader


def test_an_empty_store_says_not_installed(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable) as caught:
        load_verified_model(tmp_path / "store")
    assert caught.value.code == "not_installed"
    assert "wayfinder-admin models update" in caught.value.reason  # the IT sentence stays


@pytest.mark.parametrize("code", MODEL_STATUS_CODES)
def test_model_status_reaches_the_screens_as_a_code(code: str) -> None:
    loaded = load_model(raising(code))
    assert loaded.model is None and loaded.status == code
    result = suggest_for_case(loaded, {}, {}, [], None, objection=False)
    assert (result.state, result.model_status) == ("no_model", code)
    assert model_info(raising(code)).status == code


def test_abstentions_are_codes_with_facts_and_read_back() -> None:
    reason = Abstention("missing_key_data", ("age", "school_years"), "for IT")
    assert reason.to_json() == {"code": "missing_key_data", "features": ["age", "school_years"]}
    assert Abstention.from_json(reason.to_json()) == Abstention(
        "missing_key_data", ("age", "school_years"))
    # stored by versions before codes: the English sentence maps to its code
    assert Abstention.from_json("key data missing: age").code == "missing_key_data"
    assert set(ABSTENTION_CODES) == {"missing_key_data", "outside_training_range",
                                     "no_comparison_group"}
