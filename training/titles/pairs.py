"""Training pairs: two labels of one concept (often in two languages), the first made noisy."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.matching.title_text import fold
from training.titles.noise import add_noise
from training.titles.taxonomy_labels import Concept


@dataclass
class PairBatch:
    anchors: list[str]
    positives: list[str]
    shared: list[tuple[int, int]]  # (row, column) of a positive that is also the row's label


class PairSampler:
    def __init__(
        self,
        concepts: Sequence[Concept],
        rng: random.Random,
        cross_language_share: float,
        noise_strength: float,
    ) -> None:
        self._concepts = list(concepts)
        self._rng = rng
        self._cross = cross_language_share
        self._noise = noise_strength
        self._order: list[int] = []
        owners: dict[str, set[int]] = defaultdict(set)
        for index, concept in enumerate(self._concepts):
            for labels in concept.labels.values():
                for label in labels:
                    owners[fold(label)].add(index)
        self._owners = dict(owners)

    def _next_concepts(self, count: int) -> list[int]:
        chosen: list[int] = []
        while len(chosen) < count:
            if not self._order:
                self._order = list(range(len(self._concepts)))
                self._rng.shuffle(self._order)
            candidate = self._order.pop()
            if candidate not in chosen:
                chosen.append(candidate)
        return chosen

    def _pair(self, concept: Concept) -> tuple[str, str]:
        rng = self._rng
        languages = sorted(concept.labels)
        first = rng.choice(languages)
        second = first
        if len(languages) > 1 and rng.random() < self._cross:
            second = rng.choice([lang for lang in languages if lang != first])
        anchor = rng.choice(concept.labels[first])
        positive = rng.choice(concept.labels[second])
        return add_noise(anchor, rng, self._noise), add_noise(positive, rng, self._noise * 0.3)

    def batch(self, count: int) -> PairBatch:
        indexes = self._next_concepts(min(count, len(self._concepts)))
        anchors, positives = [], []
        for index in indexes:
            anchor, positive = self._pair(self._concepts[index])
            anchors.append(anchor)
            positives.append(positive)
        row_of = {concept: row for row, concept in enumerate(indexes)}
        shared = []
        for column, positive in enumerate(positives):
            for owner in self._owners.get(fold(positive), ()):
                row = row_of.get(owner)
                if row is not None and row != column:
                    shared.append((row, column))
        return PairBatch(anchors, positives, shared)
