"""Settings of one title-encoder training run (all in the encoder's card)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class EncoderConfig:
    seed: int = 23
    buckets: int = 131_072
    ngram_low: int = 3
    ngram_high: int = 5
    max_tokens: int = 256
    dim: int = 128
    hidden: int = 512
    batch_concepts: int = 512
    steps: int = 7000
    learning_rate_embedding: float = 0.02
    learning_rate_head: float = 0.002
    temperature: float = 0.05
    noise_strength: float = 1.0
    cross_language_share: float = 0.5  # pairs whose two labels are in different languages
    threads: int = 1

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


TINY = EncoderConfig(buckets=4096, dim=16, hidden=32, batch_concepts=64, steps=30)
