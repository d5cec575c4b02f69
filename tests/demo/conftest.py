"""Small demo municipalities shared by the demo tests (generated once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.demo.generate import generate_demo

CITIZENS = 800


@pytest.fixture(scope="session")
def demo_a(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "a"
    generate_demo(out, citizens=CITIZENS, seed=7, vacancies=400)
    return out


@pytest.fixture(scope="session")
def demo_a_again(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "a_again"
    generate_demo(out, citizens=CITIZENS, seed=7, vacancies=400)
    return out


@pytest.fixture(scope="session")
def demo_b(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "b"
    generate_demo(out, citizens=CITIZENS, seed=8, vacancies=400)
    return out
