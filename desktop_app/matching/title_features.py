"""Hashed text features of a job title: the title encoder's input, with no vocabulary file.

A title becomes the ids of its folded words, its adjacent word pairs and the character n-grams
of each word (with word boundaries, like fastText), each hashed with CRC-32 into a fixed number
of buckets. Namespaces ("w:", "b:", "c:") keep a word apart from an n-gram with the same
letters. Ids run 1..buckets; 0 is padding. The same function feeds training
(`training/titles`) and the app, so the ONNX model always sees what it was trained on.
"""

from __future__ import annotations

import itertools
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from desktop_app.matching.title_text import words

KIND = "title-features-v1"


@lru_cache(maxsize=65_536)
def _word_features(word: str, low: int, high: int, buckets: int) -> tuple[int, ...]:
    grams = [f"w:{word}"]
    padded = f" {word} "
    for n in range(low, high + 1):
        grams.extend(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return tuple(1 + zlib.crc32(g.encode("utf-8")) % buckets for g in grams)


@dataclass(frozen=True)
class TitleFeatures:
    """`kind` title-features-v1: words, word pairs and char n-grams low..high, hashed."""

    low: int = 3
    high: int = 5
    buckets: int = 131_072
    max_tokens: int = 256
    kind: str = field(default=KIND)

    def ids(self, text: str) -> list[int]:
        tokens = words(text)
        out: list[int] = []
        for first, second in itertools.pairwise(tokens):
            out.append(1 + zlib.crc32(f"b:{first} {second}".encode()) % self.buckets)
        for token in tokens:
            out.extend(_word_features(token, self.low, self.high, self.buckets))
        return out[: self.max_tokens]

    def batch(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(input_ids int64, attention_mask float32), padded to the longest text."""
        rows = [self.ids(t) for t in texts]
        width = max([len(r) for r in rows] + [1])
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.float32)
        for i, row in enumerate(rows):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1.0
        return ids, mask

    def describe(self) -> dict[str, object]:
        """The tokenizer.json that ships beside the ONNX model."""
        return {
            "kind": self.kind,
            "ngram_range": [self.low, self.high],
            "buckets": self.buckets,
            "max_tokens": self.max_tokens,
        }
