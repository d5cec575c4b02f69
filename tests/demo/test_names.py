"""Demo names: drawn per country of birth the way names are built there, so repeats are rare
(with the old short lists one name came back 69 times in the 20,000-citizen demo)."""

from __future__ import annotations

from collections import Counter

import numpy as np

from training.demo.names import STYLES, draw_name, names_stream
from training.demo.population import ORIGIN_P, ORIGINS


def test_twenty_thousand_demo_citizens_rarely_share_a_name() -> None:
    rng = np.random.default_rng(7)
    origin = rng.choice(np.array(ORIGINS), size=20_000, p=ORIGIN_P / ORIGIN_P.sum())
    gender = rng.choice(np.array(["f", "m", "x"]), size=20_000, p=[0.47, 0.525, 0.005])
    birth_year = rng.integers(1960, 2005, size=20_000)
    names = names_stream(origin, gender, birth_year)
    drawn = [draw_name(names, str(o), str(g)) for o, g in zip(origin, gender, strict=True)]
    counts = Counter(drawn)
    shared = sum(n for n in counts.values() if n > 1)
    assert max(counts.values()) <= 4, counts.most_common(3)
    assert shared / len(drawn) < 0.08, shared
    # the same population gives the same names (the demo stays reproducible)
    again = names_stream(origin, gender, birth_year)
    assert [draw_name(again, str(o), str(g)) for o, g in zip(origin, gender, strict=True)] \
        == drawn


def test_names_follow_gender_and_naming_tradition() -> None:
    rng = np.random.default_rng(1)
    for origin, style in STYLES.items():
        for _ in range(50):
            given = draw_name(rng, origin, "f").split()[0]
            assert given in style.female, (origin, given)
    somali = draw_name(rng, "SO", "m").split()
    assert len(somali) == 3 and somali[1] != somali[2]  # own, father's, grandfather's name
