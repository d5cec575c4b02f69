"""Contrastive training of the title encoder on the taxonomy's labels, deterministic on CPU.

Each step takes `batch_concepts` concepts; for each, two of its labels (in two languages for
`cross_language_share` of them), the first with CV-like noise. The loss is the symmetric InfoNCE
of the pairs against every other pair in the batch; a positive that is also a label of another
row's concept (ESCO repeats ISCO group names) is not counted as a negative there. Same seed,
same thread count and same data give the same weights (deterministic algorithms, one thread by
default), so the exported ONNX bytes reproduce.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence

import numpy as np
import torch
from torch.nn import functional

from desktop_app.matching.title_features import TitleFeatures
from training.titles.config import EncoderConfig
from training.titles.model import TitleEncoder
from training.titles.pairs import PairSampler
from training.titles.taxonomy_labels import Concept

log = logging.getLogger(__name__)


def features_for(config: EncoderConfig) -> TitleFeatures:
    return TitleFeatures(config.ngram_low, config.ngram_high, config.buckets, config.max_tokens)


def _tensors(features: TitleFeatures, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    ids, mask = features.batch(texts)
    return torch.from_numpy(ids), torch.from_numpy(mask)


def _learning_rate_factor(step: int, steps: int) -> float:
    warmup = max(1, steps // 20)
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (steps - step) / max(1, steps - warmup))


def make_deterministic(config: EncoderConfig) -> None:
    torch.manual_seed(config.seed)
    np.random.seed(config.seed)
    torch.set_num_threads(config.threads)
    torch.use_deterministic_algorithms(True)


def train_encoder(
    concepts: Sequence[Concept],
    config: EncoderConfig,
    progress: Callable[[int, float], None] | None = None,
) -> TitleEncoder:
    make_deterministic(config)
    rng = random.Random(config.seed)
    features = features_for(config)
    model = TitleEncoder(config.buckets, config.dim, config.hidden)
    sparse = torch.optim.SparseAdam(
        list(model.embedding.parameters()), config.learning_rate_embedding
    )
    dense_parameters = [
        p for name, p in model.named_parameters() if not name.startswith("embedding")
    ]
    dense = torch.optim.AdamW(dense_parameters, config.learning_rate_head, weight_decay=0.01)
    sampler = PairSampler(concepts, rng, config.cross_language_share, config.noise_strength)
    started = time.process_time()
    model.train()
    for step in range(config.steps):
        factor = _learning_rate_factor(step, config.steps)
        for optimiser, base in (
            (sparse, config.learning_rate_embedding),
            (dense, config.learning_rate_head),
        ):
            for group in optimiser.param_groups:
                group["lr"] = base * factor
        batch = sampler.batch(config.batch_concepts)
        anchors = model(*_tensors(features, batch.anchors))
        positives = model(*_tensors(features, batch.positives))
        logits = anchors @ positives.T / config.temperature
        if batch.shared:
            rows, columns = zip(*batch.shared, strict=True)
            logits = logits.index_put(
                (torch.tensor(rows), torch.tensor(columns)), torch.tensor(-1e4)
            )
        target = torch.arange(len(batch.anchors))
        loss = (
            functional.cross_entropy(logits, target) + functional.cross_entropy(logits.T, target)
        ) / 2
        sparse.zero_grad()
        dense.zero_grad()
        loss.backward()
        sparse.step()
        dense.step()
        if progress is not None and (step % 100 == 0 or step == config.steps - 1):
            progress(step, float(loss.detach()))
    log.info("trained %d steps in %.0f s CPU", config.steps, time.process_time() - started)
    model.eval()
    return model
