"""When the newest version is refused, the newest acceptable one is still installed (one bad
newest version must not block a good intermediate one)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.trust.errors import UpdateRefused
from desktop_app.trust.install_state import load_state
from tests.trust.conftest import World


def test_unsafe_newest_version_skipped_for_a_good_one(
    installed_v1: World, unchecked_central: None
) -> None:
    world = installed_v1
    world.add(2, weight=2.0)
    world.add(3, domain="com.microsoft")
    world.publish()
    result = world.update()
    assert (result.status, result.installed_version) == ("installed", 2)
    assert list(result.refused_versions) == [3]
    assert "com.microsoft" in result.refused_versions[3]
    assert "installed model version 2" in result.message and "version 3 refused" in result.message
    assert world.load().version == 2
    # the bad one stays refused on the next check (IT hears of it), the good one stays, and
    # the check is still recorded: a bad package never hides a withdrawal or makes it stale
    first_check = load_state(world.store.state_path).last_check()
    with pytest.raises(UpdateRefused, match="version 3 refused"):
        world.update(clock=lambda: datetime.now(UTC) + timedelta(hours=1))
    assert load_state(world.store.state_path).last_check() > first_check
    assert world.load().version == 2


def test_tampered_newest_version_skipped_for_a_good_one(installed_v1: World) -> None:
    world = installed_v1
    world.add(2, weight=2.0)
    world.add(3, weight=3.0)
    world.publish()
    path = world.share_target(3)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    result = world.update()
    assert result.installed_version == 2 and "model/3/model.onnx" in result.refused_versions[3]


def test_all_newer_versions_refused_names_each(
    installed_v1: World, unchecked_central: None
) -> None:
    world = installed_v1
    world.add(2, domain="com.microsoft")
    world.add(3, opset=12)
    world.publish()
    with pytest.raises(UpdateRefused, match=r"version 3 refused.*opset 12.*version 2 refused.*"
                                            r"com\.microsoft"):
        world.update()
    assert world.load().version == 1
