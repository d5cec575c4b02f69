"""Exact path-dependent TreeSHAP in numpy, vectorised over all leaves of an ensemble.

For one leaf with unique path features P, the game is g(S) = v * prod_j (o_j if j in S else z_j)
(o_j: the case follows the path at all splits on j; z_j: the training share that went that way).
Its Shapley value for i in P is v (o_i - z_i) sum_k w(k, |P|) c_k, where c_k are coefficients
of prod_{j != i} (z_j + o_j t) and w(k, d) = k! (d-k-1)! / d!. Summed over leaves this equals
Lundberg's TreeSHAP, so base value + contributions = the model output exactly. The product over
all path features is formed once and each factor divided back out (O(depth^2) per leaf).
"""

from __future__ import annotations

from math import factorial

import numpy as np

from desktop_app.scoring.tree_ensemble import PathTables


class TreeShap:
    def __init__(self, tables: PathTables, n_features: int) -> None:
        self.t = tables
        self.n_features = n_features
        depth = tables.slot_zero.shape[1]
        weights = np.zeros((depth + 1, depth + 1))
        for d in range(1, depth + 1):
            for k in range(d):
                weights[d, k] = factorial(k) * factorial(d - k - 1) / factorial(d)
        self.leaf_weights = weights[tables.slot_count]  # (L, depth+1)
        base = np.bincount(tables.leaf_target, tables.leaf_value * tables.leaf_share,
                           minlength=tables.n_targets)
        self.base_values = base  # expected output per target over the training data

    def contributions(self, x: np.ndarray) -> np.ndarray:
        """(targets, features) contributions for one case `x` (1-D, NaN = missing)."""
        t = self.t
        n_leaves, depth = t.slot_zero.shape
        value = x[t.entry_feature]
        go_left = np.where(np.isnan(value), t.entry_missing_left, value <= t.entry_threshold)
        follows = (go_left == t.entry_left).astype(np.float64)
        ones = np.zeros(n_leaves * depth)
        if len(follows):
            ones[t.group_slot] = np.minimum.reduceat(follows, t.group_start)
        ones = ones.reshape(n_leaves, depth)
        zero = t.slot_zero
        # Multiply all factors (z_j + o_j t) once, then divide each one back out: O(D^2).
        full = np.zeros((n_leaves, depth + 1))
        full[:, 0] = 1.0
        for j in range(depth):
            shifted = np.zeros_like(full)
            shifted[:, 1:] = full[:, :-1] * ones[:, j:j + 1]
            full = full * zero[:, j:j + 1] + shifted
        phi = np.zeros((n_leaves, depth))
        for i in range(depth):
            z, o = zero[:, i], ones[:, i]
            # o = 1: divide by (z + t) from the top (stable for 0 < z <= 1); o = 0: by z.
            quotient = np.zeros((n_leaves, depth + 1))
            carry = np.zeros(n_leaves)
            for k in range(depth, 0, -1):
                carry = full[:, k] - z * carry
                quotient[:, k - 1] = carry
            quotient = np.where(o[:, None] == 1.0, quotient, full / z[:, None])
            weighted = (quotient * self.leaf_weights).sum(axis=1)
            phi[:, i] = t.leaf_value * (o - z) * weighted
        phi *= t.slot_mask
        flat_index = (t.leaf_target[:, None] * self.n_features + t.slot_feature).ravel()
        out = np.bincount(flat_index, phi.ravel(), minlength=t.n_targets * self.n_features)
        return out.reshape(t.n_targets, self.n_features)
