"""The demo's hand-written job-title variants (typos, abbreviations, compounds, 5 languages)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.title_ranker import TitleRanker

VARIANTS = Path(__file__).resolve().parents[2] / "training" / "demo" / "data" / "title_variants.csv"


def test_variants_find_their_occupation(taxonomy: SkillTaxonomy) -> None:
    if not VARIANTS.exists():
        pytest.skip("demo title variants not built yet")
    rows = list(csv.DictReader(VARIANTS.open(encoding="utf-8")))
    labels = taxonomy.occupation_labels
    if not {r["occupation_uri"] for r in rows} <= {uri for uri, _, _ in labels}:
        pytest.skip("taxonomy fixture is not the demo taxonomy")
    ranker = TitleRanker([label for _, label, _ in labels], [uri for uri, _, _ in labels])
    hits = ranker.rank([row["title"] for row in rows], top=10)
    reciprocal = []
    for row, ranked in zip(rows, hits, strict=True):
        uris = [labels[h.element][0] for h in ranked]
        wanted = row["occupation_uri"]
        reciprocal.append(1 / (uris.index(wanted) + 1) if wanted in uris else 0.0)
    accuracy = sum(r == 1.0 for r in reciprocal) / len(rows)
    mrr = sum(reciprocal) / len(rows)
    # measured 0.79 / 0.85 (546 titles); floors leave room for new hard variants
    assert accuracy >= 0.72 and mrr >= 0.78, (accuracy, mrr)
