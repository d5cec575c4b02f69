"""Finding 7: one update check with the clock set in the future locked out every later update
after the clock was corrected, with no documented way out. IT's way out is
`wayfinder-admin models clock-reset --reason ...`: recorded in the install state and the IT
log; it only clears a last-check time that lies in the future, and is refused while the clock
is earlier than the newest signature the laptop verified."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import desktop_app.trust.installed as installed_module
import desktop_app.trust.update as update_module
from desktop_app.admin.cli import main
from desktop_app.trust.clock_guard import reset_clock_guard
from desktop_app.trust.errors import TrustError, UpdateRefused
from desktop_app.trust.install_state import load_state
from tests.trust.conftest import World


def test_future_clock_then_corrected_then_reset(installed_v1: World) -> None:
    world = installed_v1
    future = datetime.now(UTC) + timedelta(days=40)
    world.add(2)
    world.publish()
    assert world.update(clock=lambda: future).installed_version == 2  # the clock was wrong
    world.add(3)
    world.publish()
    with pytest.raises(UpdateRefused, match=r"earlier than the last successful update check.*"
                                            r"models clock-reset"):
        world.update()  # the clock is right again, and updates are locked out
    cleared = reset_clock_guard(world.store, datetime.now(UTC), "clock was 40 days ahead")
    assert cleared is not None and abs(cleared - future) < timedelta(seconds=1)
    assert world.update().installed_version == 3
    resets = load_state(world.store.state_path).clock_resets
    assert len(resets) == 1 and resets[0]["reason"] == "clock was 40 days ahead"
    assert resets[0]["cleared"] == future.isoformat()


def test_reset_refused_while_the_clock_is_before_a_signature(installed_v1: World) -> None:
    """A clock set BACK (the attack the guard is for) is told apart from a corrected one where
    the signed metadata can tell: nothing is signed in the future."""
    world = installed_v1
    before = load_state(world.store.state_path).last_check_at
    last_year = datetime.now(UTC) - timedelta(days=365)
    with pytest.raises(TrustError, match=r"clock .* is earlier than the newest signature this "
                                         r"laptop has verified.*correct the clock"):
        reset_clock_guard(world.store, last_year, "try")
    assert load_state(world.store.state_path).last_check_at == before


def test_reset_needs_a_reason(installed_v1: World) -> None:
    with pytest.raises(TrustError, match="give a reason"):
        reset_clock_guard(installed_v1.store, datetime.now(UTC), "  ")


def test_clock_reset_command_is_recorded_in_the_it_log(
    installed_v1: World, capsys, monkeypatch, caplog
) -> None:
    world = installed_v1
    monkeypatch.setattr(update_module, "builtin_trust_root", lambda: world.root_bytes)
    monkeypatch.setattr(installed_module, "builtin_trust_root", lambda: world.root_bytes)
    path = world.store.state_path
    raw = json.loads(path.read_text())
    raw["last_check_at"] = (datetime.now(UTC) + timedelta(days=400)).isoformat()
    path.write_text(json.dumps(raw))
    store = str(world.store.root)
    assert main(["models", "update", "--from", str(world.share), "--store", store]) == 1
    assert "clock-reset" in capsys.readouterr().err
    with caplog.at_level(logging.WARNING):
        code = main(["models", "clock-reset", "--reason", "BIOS clock reset", "--store", store])
    out = capsys.readouterr().out
    assert code == 0 and "cleared a last-check time in the future" in out
    assert "clock guard reset by IT" in caplog.text and "BIOS clock reset" in caplog.text
    assert main(["models", "update", "--from", str(world.share), "--store", store]) == 0
    assert main(["models", "clock-reset", "--reason", "again", "--store", store]) == 0
    assert "nothing to clear" in capsys.readouterr().out
    main(["models", "status", "--store", store, "--json"])
    status = json.loads(capsys.readouterr().out)
    assert [r["reason"] for r in status["clock_resets"]] == ["BIOS clock reset"]


def test_reset_refused_where_the_record_is_administrator_only(
    installed_v1: World, tmp_path: Path, monkeypatch
) -> None:
    from desktop_app.trust.model_store import ModelStore

    store = ModelStore(installed_v1.store.root, tmp_path / "admin-only")
    monkeypatch.setattr(ModelStore, "state_writable", lambda self: False)
    with pytest.raises(TrustError, match="administrator-only folder.*run this as administrator"):
        reset_clock_guard(store, datetime.now(UTC), "x")
