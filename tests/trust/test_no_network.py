"""The update path reads the share through files only: with sockets disabled it still works."""

from __future__ import annotations

import socket

import pytest

from tests.trust.conftest import World


def test_update_and_load_open_no_socket(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.add(1)
    world.publish()

    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert world.update().installed_version == 1
    assert world.load().version == 1
