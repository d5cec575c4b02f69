"""The collector pause around a cache's preparation (desktop_app/heap.py)."""

from __future__ import annotations

import gc

from desktop_app import heap


def test_pauses_nest_and_settling_freezes_what_is_alive() -> None:
    assert gc.isenabled() and not heap.paused()
    frozen_before = gc.get_freeze_count()
    try:
        heap.pause()
        heap.pause()  # a cache reopened during warm-up
        assert not gc.isenabled() and heap.paused()
        long_lived = [[index] for index in range(1000)]
        heap.settle()
        assert not gc.isenabled(), "one pause is still open"
        heap.settle()
        assert gc.isenabled() and not heap.paused()
        assert gc.get_freeze_count() >= frozen_before + len(long_lived)
        heap.settle()  # without a pause: harmless
        assert gc.isenabled()
    finally:
        while heap.paused():
            heap.settle()
        gc.unfreeze()
        gc.enable()
