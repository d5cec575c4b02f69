from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("torch")


@pytest.fixture(scope="session")
def tiny_encoder_dir(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """A tiny title encoder trained in seconds by the real training code (session-wide)."""
    from training.titles.build import build_title_encoder
    from training.titles.config import TINY

    out = tmp_path_factory.mktemp("tiny-encoder")
    build_title_encoder(out, TINY, root=shared_data)
    return out
