"""Delegated publishers end to end: a national publisher delegates each municipality its own
packages; laptops follow one municipality (IT configuration); keys are rotated and publishers
revoked without touching root."""

from __future__ import annotations

import pytest

from desktop_app.trust.errors import ModelUnavailable
from tests.trust.conftest import Keys, World
from tests.trust.delegated_world import Delegated, build_delegated, world_now
from training.signing.central_repository import SigningError
from training.signing.delegations import (
    change_publisher_keys,
    create_delegation,
    list_publishers,
    revoke_publisher,
)
from training.signing.packages import list_packages
from training.signing.publish import check_repository


@pytest.fixture
def delegated(world: World, keys: Keys) -> Delegated:
    return build_delegated(world, keys)


def test_a_laptop_follows_its_municipality_and_the_shared_models(delegated: Delegated) -> None:
    delegated.add_shared(5)
    delegated.add_for("odense", 10)
    delegated.add_for("aarhus", 7)
    assert check_repository(delegated.repo) == []
    delegated.publish()

    odense = delegated.laptop("odense")
    result = delegated.update(odense, "odense")
    assert result.status == "installed" and result.installed_version == 10
    model = delegated.load(odense)
    assert (model.version, model.publisher) == (10, "odense")
    assert model.key_ids == (delegated.publisher_keys["odense"].public_key.keyid,)

    aarhus = delegated.laptop("aarhus")
    assert delegated.update(aarhus, "aarhus").installed_version == 7
    assert delegated.load(aarhus).publisher == "aarhus"
    # a laptop that follows no municipality sees only the shared models
    plain = delegated.laptop("plain")
    assert delegated.update(plain).installed_version == 5
    assert delegated.load(plain).publisher == ""
    # another municipality's files on the share are not reported as unlisted junk
    assert delegated.update(aarhus, "aarhus").ignored_share_files == []


def test_a_package_of_a_publisher_the_laptop_no_longer_follows_is_not_used(
    delegated: Delegated,
) -> None:
    """IT moves a laptop from odense to aarhus: odense's installed model stops at once."""
    delegated.add_for("odense", 10)
    delegated.add_for("aarhus", 7)
    delegated.publish()
    laptop = delegated.laptop("odense")
    assert delegated.update(laptop, "odense").installed_version == 10
    assert delegated.load(laptop, "odense").usable
    model = delegated.load(laptop, "aarhus")
    assert not model.usable
    assert "signed by publisher odense, but this laptop follows aarhus" in model.withdrawn_reason


def test_listing_shows_every_publisher(delegated: Delegated) -> None:
    delegated.add_shared(5)
    delegated.add_for("odense", 10)
    listed = {(p["version"], p["publisher"]) for p in list_packages(delegated.repo)}
    assert listed == {(5, ""), (10, "odense")}
    publishers = {p["publisher"]: p for p in list_publishers(delegated.repo)}
    assert publishers["odense"]["paths"] == ["publishers/odense/*/*"]
    assert publishers["odense"]["terminating"] and publishers["odense"]["fully_signed"]


def test_a_publisher_key_is_rotated_without_touching_root(
    delegated: Delegated, keys: Keys
) -> None:
    delegated.add_for("odense", 10)
    delegated.publish()
    laptop = delegated.laptop("odense")
    delegated.update(laptop, "odense")
    root_versions = delegated.repo.versions("root")

    old, new = delegated.publisher_keys["odense"], keys.attacker[5]
    missing = change_publisher_keys(delegated.repo, "odense", keys.online,
                                    add=[new.public_key], remove=[old.public_key.keyid])
    assert any("publisher odense" in line and "needs signing" in line for line in missing)
    delegated.repo.sign_online(keys.online, world_now())
    with pytest.raises(SigningError, match="publisher odense v2 needs signing"):
        delegated.world.publish()
    assert delegated.repo.sign_role_step("odense", [new])
    delegated.publisher_keys["odense"] = new
    delegated.repo.sign_online(keys.online, world_now())
    delegated.add_for("odense", 11)
    delegated.publish()
    assert delegated.repo.versions("root") == root_versions  # root never changed
    assert delegated.update(laptop, "odense").installed_version == 11
    assert delegated.load(laptop).key_ids == (new.public_key.keyid,)


def test_a_revoked_publisher_package_stops_being_used(delegated: Delegated, keys: Keys) -> None:
    delegated.add_shared(5)
    delegated.add_for("odense", 10)
    delegated.publish()
    laptop = delegated.laptop("odense")
    assert delegated.update(laptop, "odense").installed_version == 10
    root_versions = delegated.repo.versions("root")

    assert revoke_publisher(delegated.repo, "odense", keys.online) == []
    delegated.publish()
    result = delegated.update(laptop, "odense")
    assert result.status == "withdrawn"
    assert "does not (or no longer) delegate" in result.message
    with pytest.raises(ModelUnavailable, match="older than what this laptop already verified"):
        delegated.load(laptop)
    assert delegated.repo.versions("root") == root_versions


def test_central_refusals_name_what_is_wrong(delegated: Delegated, keys: Keys) -> None:
    with pytest.raises(SigningError, match="never reused"):
        create_delegation(delegated.repo, "odense", [keys.spare[0].public_key], 1, keys.online)
    with pytest.raises(SigningError, match="not a usable publisher name"):
        create_delegation(delegated.repo, "../x", [keys.spare[0].public_key], 1, keys.online)
    with pytest.raises(SigningError, match="top-level key"):
        create_delegation(delegated.repo, "vejle", [keys.targets.public_key], 1, keys.online)
    with pytest.raises(SigningError, match="no key left"):
        change_publisher_keys(delegated.repo, "odense", keys.online,
                              remove=[delegated.publisher_keys["odense"].public_key.keyid])
    delegated.add_shared(5)
    with pytest.raises(SigningError, match="already used by publisher shared"):
        delegated.add_for("odense", 5)
    delegated.add_for("odense", 10)
    with pytest.raises(SigningError, match="belongs to publisher odense"):
        delegated.withdraw_for("aarhus", 10)
    with pytest.raises(SigningError, match="no publisher named 'vejle'"):
        delegated.add_for("vejle", 11, signer=keys.spare[0])
