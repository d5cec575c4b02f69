"""Shared fixtures: the demo taxonomy (else the small ESCO fixture) imported into a temp file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.matching.esco_import import import_esco
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.taxonomy_store import open_taxonomy

DEMO_ESCO = Path(__file__).resolve().parents[2] / "training" / "demo" / "data" / "esco"
FIXTURE = Path(__file__).parent / "fixtures" / "esco_small"


@pytest.fixture(scope="module")
def taxonomy(tmp_path_factory: pytest.TempPathFactory) -> SkillTaxonomy:
    source = DEMO_ESCO if (DEMO_ESCO / "occupations_en.csv").exists() else FIXTURE
    db = open_taxonomy(tmp_path_factory.mktemp("taxonomy") / "taxonomy.sqlite")
    import_esco(db, source)
    loaded = SkillTaxonomy.from_store(db)
    db.close()
    return loaded
