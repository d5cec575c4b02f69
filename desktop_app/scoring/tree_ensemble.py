"""Read a TreeEnsembleRegressor out of an ONNX model into root-to-leaf path tables.

The tables are what TreeSHAP needs: for every leaf its value and target, and for every split on
its path the feature, threshold, direction taken, missing-value direction and the share of
training cases (cover) that went that way. Covers come from the model's metadata, written at
export, because the ONNX operator itself has no place for them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import onnx
from onnx import numpy_helper

COVERS_KEY = "wayfinder.covers.{output}"


@dataclass
class PathTables:
    n_targets: int
    leaf_target: np.ndarray  # (L,)
    leaf_value: np.ndarray  # (L,)
    leaf_share: np.ndarray  # (L,) cover(leaf) / cover(root): weight in the expected value
    slot_feature: np.ndarray  # (L, D) unique features on the path (padded with 0)
    slot_zero: np.ndarray  # (L, D) product of cover shares for that feature (pad 1)
    slot_mask: np.ndarray  # (L, D) True for real slots
    slot_count: np.ndarray  # (L,) number of unique features on the path
    entry_feature: np.ndarray  # (E,) one entry per split on a path, sorted by slot
    entry_threshold: np.ndarray
    entry_left: np.ndarray  # path takes the true (<=) branch
    entry_missing_left: np.ndarray  # a missing value takes the true branch
    group_start: np.ndarray  # first entry of each real slot (for reduceat)
    group_slot: np.ndarray  # flat (L*D) index of each real slot


def _attributes(node: onnx.NodeProto) -> dict:
    out = {}
    for attribute in node.attribute:
        value = onnx.helper.get_attribute_value(attribute)
        if isinstance(value, onnx.TensorProto):
            value = numpy_helper.to_array(value).tolist()
        elif isinstance(value, list) and value and isinstance(value[0], bytes):
            value = [v.decode() for v in value]
        elif isinstance(value, bytes):
            value = value.decode()
        out[attribute.name] = value
    return out


def ensemble_node(model: onnx.ModelProto, output: str) -> onnx.NodeProto:
    raw_names = {output, f"{output}_raw"}
    for node in model.graph.node:
        if node.op_type == "TreeEnsembleRegressor" and node.output[0] in raw_names:
            return node
    raise KeyError(f"the model has no tree ensemble for output {output!r}")


def path_tables(model: onnx.ModelProto, output: str) -> PathTables:
    attrs = _attributes(ensemble_node(model, output))
    covers = json.loads({p.key: p.value for p in model.metadata_props}[
        COVERS_KEY.format(output=output)])
    values = attrs.get("nodes_values_as_tensor") or attrs["nodes_values"]
    weights = attrs.get("target_weights_as_tensor") or attrs["target_weights"]
    index = {(t, n): i for i, (t, n) in enumerate(
        zip(attrs["nodes_treeids"], attrs["nodes_nodeids"], strict=True))}
    leaf_of = {(t, n): (tid, w) for t, n, tid, w in zip(
        attrs["target_treeids"], attrs["target_nodeids"], attrs["target_ids"], weights,
        strict=True)}
    leaves: list[tuple[int, float, float, list[tuple]]] = []
    roots = sorted({t for t in attrs["nodes_treeids"]})
    for tree in roots:
        root = index[(tree, 0)]
        stack = [(0, [], 1.0)]
        while stack:
            node_id, path, share = stack.pop()
            i = index[(tree, node_id)]
            if attrs["nodes_modes"][i] == "LEAF":
                target, value = leaf_of[(tree, node_id)]
                leaves.append((target, value, covers[i] / covers[root], path))
                continue
            feature, threshold = attrs["nodes_featureids"][i], values[i]
            missing_left = bool(attrs["nodes_missing_value_tracks_true"][i])
            for child, left in ((attrs["nodes_truenodeids"][i], True),
                                (attrs["nodes_falsenodeids"][i], False)):
                fraction = covers[index[(tree, child)]] / covers[i]
                entry = (feature, threshold, left, missing_left, fraction)
                stack.append((child, [*path, entry], share * fraction))
    return _tables(int(attrs["n_targets"]), leaves)


def _tables(n_targets: int, leaves: list[tuple[int, float, float, list[tuple]]]) -> PathTables:
    depth = max((len({e[0] for e in p}) for *_, p in leaves), default=0) or 1
    n = len(leaves)
    slot_feature = np.zeros((n, depth), np.int64)
    slot_zero = np.ones((n, depth))
    slot_mask = np.zeros((n, depth), bool)
    entries: list[tuple[int, int, float, bool, bool]] = []  # (flat slot, feature, thr, l, ml)
    for leaf, (_, _, _, path) in enumerate(leaves):
        slots: dict[int, int] = {}
        for feature, threshold, left, missing_left, fraction in path:
            slot = slots.setdefault(feature, len(slots))
            slot_feature[leaf, slot] = feature
            slot_zero[leaf, slot] *= fraction
            slot_mask[leaf, slot] = True
            entries.append((leaf * depth + slot, feature, threshold, left, missing_left))
    entries.sort(key=lambda e: e[0])
    flat = np.array([e[0] for e in entries], np.int64)
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]]) if len(flat) else flat
    return PathTables(
        n_targets=n_targets,
        leaf_target=np.array([leaf[0] for leaf in leaves], np.int64),
        leaf_value=np.array([leaf[1] for leaf in leaves], np.float64),
        leaf_share=np.array([leaf[2] for leaf in leaves], np.float64),
        slot_feature=slot_feature, slot_zero=slot_zero, slot_mask=slot_mask,
        slot_count=slot_mask.sum(axis=1),
        entry_feature=np.array([e[1] for e in entries], np.int64),
        entry_threshold=np.array([e[2] for e in entries], np.float64),
        entry_left=np.array([e[3] for e in entries], bool),
        entry_missing_left=np.array([e[4] for e in entries], bool),
        group_start=starts.astype(np.int64),
        group_slot=flat[starts] if len(flat) else flat,
    )
