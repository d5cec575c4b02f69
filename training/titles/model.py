"""The title encoder: hashed features -> embedding bag (mean) -> residual MLP -> unit vector.

Small on purpose: a bag of hashed word and character n-gram embeddings (fastText-like) copes
with compounds, inflections and spelling noise in any language, and the MLP on top mixes them
into one occupation space shared by every language of the taxonomy. One title costs one
gather, one mean and two small matrix products, well under a millisecond on one core.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional


class TitleEncoder(nn.Module):
    def __init__(self, buckets: int, dim: int, hidden: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(buckets + 1, dim, padding_idx=0, sparse=True)
        nn.init.normal_(self.embedding.weight, std=dim**-0.5)
        with torch.no_grad():
            self.embedding.weight[0].zero_()
        self.norm = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, hidden), nn.GELU(), nn.Linear(hidden, dim))

        self.export_mode = False  # the ONNX graph spells the mean out (Gather, mask, sum)

    def _pool(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        if not self.export_mode:  # fast in training: no (batch, tokens, dim) tensor
            return functional.embedding_bag(
                input_ids, self.embedding.weight, mode="mean", sparse=True, padding_idx=0
            )
        vectors = self.embedding(input_ids) * attention_mask.unsqueeze(-1)
        count = attention_mask.sum(dim=1, keepdim=True).clamp(min=1.0)
        return vectors.sum(dim=1) / count

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        pooled = self.norm(self._pool(input_ids, attention_mask))
        out = pooled + self.mlp(pooled)
        return out / out.norm(dim=1, keepdim=True).clamp(min=1e-6)
