"""`evaluate` works on any bundle: the id key only serves to leave out the model's own training
citizens. A municipality evaluating a shared model has another key (or none): nothing of its
own can be recognised as training data, so nothing is left out, and the output says so; no key
file is ever created by evaluating."""

from __future__ import annotations

import json

from desktop_app.admin.cli import main


def test_evaluate_with_another_key_evaluates_every_citizen_and_says_why(
        trained, toy, tmp_path, capsys):
    other = tmp_path / "municipality.key"
    other.write_text("cd" * 32 + "\n", encoding="ascii")
    assert main(["evaluate", "--model", str(trained), "--bundle", str(toy / "bundle"),
                 "--json", "--draws", "50", "--id-key", str(other)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["skipped_training_citizens"] == 0
    assert result["evaluated_citizens"] == 500
    left_out = result["training_citizens"]
    assert left_out["key_matches"] is False and left_out["left_out"] == 0
    assert "not the key the model was trained with" in left_out["note"]


def test_evaluate_without_a_key_creates_none_and_leaves_nothing_out(
        trained, toy, tmp_path, monkeypatch, capsys):
    missing = tmp_path / "keys" / "citizen-id-hmac.key"
    monkeypatch.setenv("WAYFINDER_ID_KEY_FILE", str(missing))
    assert main(["evaluate", "--model", str(trained), "--bundle", str(toy / "bundle"),
                 "--draws", "50"]) == 0
    out = capsys.readouterr().out
    assert not missing.exists() and not missing.parent.exists()
    assert "no id key" in out and "nothing left out" in out


def test_evaluate_with_the_training_key_still_leaves_the_training_citizens_out(
        trained, toy, id_key, capsys):
    assert main(["evaluate", "--model", str(trained), "--bundle", str(toy / "bundle"),
                 "--json", "--draws", "50", "--id-key", str(id_key)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["training_citizens"]["key_matches"] is True
    assert result["training_citizens"]["left_out"] == result["skipped_training_citizens"] > 300


def test_an_unreadable_key_file_is_named(trained, toy, tmp_path, capsys):
    short = tmp_path / "short.key"
    short.write_text("ab\n", encoding="ascii")
    assert main(["evaluate", "--model", str(trained), "--bundle", str(toy / "bundle"),
                 "--id-key", str(short)]) != 0
    assert "too short" in capsys.readouterr().err
