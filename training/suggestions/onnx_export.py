"""LightGBM boosters -> one ONNX TreeEnsembleRegressor per output, written by hand.

Writing the ensemble ourselves (instead of a generic converter) lets us keep thresholds and
inputs in double precision (so ONNX takes exactly the branches LightGBM takes), map LightGBM's
missing-value rules exactly, and record each node's training count (the "cover") in the model
metadata, which the app's TreeSHAP needs and the ONNX operator has no attribute for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import lightgbm as lgb
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

ML_OPSET = 3
IR_VERSION = 9  # what the app's onnxruntime supports
COVERS_KEY = "wayfinder.covers.{output}"


@dataclass
class Ensemble:
    """The attribute lists of one TreeEnsembleRegressor, grown tree by tree."""

    n_targets: int
    tree_ids: list[int] = field(default_factory=list)
    node_ids: list[int] = field(default_factory=list)
    features: list[int] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    true_ids: list[int] = field(default_factory=list)
    false_ids: list[int] = field(default_factory=list)
    missing_true: list[int] = field(default_factory=list)
    covers: list[float] = field(default_factory=list)
    target_tree_ids: list[int] = field(default_factory=list)
    target_node_ids: list[int] = field(default_factory=list)
    target_ids: list[int] = field(default_factory=list)
    target_weights: list[float] = field(default_factory=list)
    n_trees: int = 0

    def add_booster(self, booster: lgb.Booster, target_of_class: list[int],
                    scale: float = 1.0) -> None:
        """Append every tree; tree i of a k-class booster feeds target_of_class[i % k]."""
        dump = booster.dump_model()
        per_iteration = int(dump.get("num_tree_per_iteration", 1))
        for i, info in enumerate(dump["tree_info"]):
            self._add_tree(info["tree_structure"], target_of_class[i % per_iteration], scale)

    def _add_tree(self, root: dict, target: int, scale: float) -> None:
        tree = self.n_trees
        self.n_trees += 1
        counter = [0]

        def visit(node: dict) -> int:
            node_id = counter[0]
            counter[0] += 1
            position = len(self.node_ids)
            self.tree_ids.append(tree)
            self.node_ids.append(node_id)
            if "leaf_value" in node:
                self.features.append(0)
                self.modes.append("LEAF")
                self.values.append(0.0)
                self.true_ids.append(0)
                self.false_ids.append(0)
                self.missing_true.append(0)
                self.covers.append(float(node.get("leaf_count", 1)))
                self.target_tree_ids.append(tree)
                self.target_node_ids.append(node_id)
                self.target_ids.append(target)
                self.target_weights.append(float(node["leaf_value"]) * scale)
                return node_id
            if node.get("decision_type") != "<=":
                raise ValueError("categorical splits are not exported; encode categories first")
            threshold = float(node["threshold"])
            missing = node.get("missing_type", "None")
            if missing == "NaN":
                tracks_true = bool(node.get("default_left", True))
            elif missing == "None":
                tracks_true = threshold >= 0.0  # LightGBM reads a missing value as 0 here
            else:
                raise ValueError(f"LightGBM missing type {missing!r} is not supported")
            self.features.append(int(node["split_feature"]))
            self.modes.append("BRANCH_LEQ")
            self.values.append(threshold)
            self.true_ids.append(0)
            self.false_ids.append(0)
            self.missing_true.append(int(tracks_true))
            self.covers.append(float(node.get("internal_count", 1)))
            left = visit(node["left_child"])
            right = visit(node["right_child"])
            self.true_ids[position] = left
            self.false_ids[position] = right
            return node_id

        visit(root)

    def node(self, input_name: str, output_name: str) -> onnx.NodeProto:
        return helper.make_node(
            "TreeEnsembleRegressor", [input_name], [output_name], domain="ai.onnx.ml",
            name=output_name, n_targets=self.n_targets, aggregate_function="SUM",
            nodes_treeids=self.tree_ids, nodes_nodeids=self.node_ids,
            nodes_featureids=self.features, nodes_modes=self.modes,
            nodes_truenodeids=self.true_ids, nodes_falsenodeids=self.false_ids,
            nodes_missing_value_tracks_true=self.missing_true,
            nodes_values_as_tensor=numpy_helper.from_array(np.array(self.values, np.float64)),
            target_treeids=self.target_tree_ids, target_nodeids=self.target_node_ids,
            target_ids=self.target_ids,
            target_weights_as_tensor=numpy_helper.from_array(
                np.array(self.target_weights, np.float64)),
        )


def build_model(n_features: int, outputs: list[tuple[str, Ensemble, str | None]],
                doc: str, metadata: dict[str, str] | None = None) -> onnx.ModelProto:
    """One graph, input `features` (double, n x n_features); each output an ensemble, optionally
    followed by "Sigmoid" or "Softmax"."""
    nodes, graph_outputs = [], []
    props = dict(metadata or {})
    for name, ensemble, activation in outputs:
        raw = name if activation is None else f"{name}_raw"
        nodes.append(ensemble.node("features", raw))
        if activation == "Sigmoid":
            nodes.append(helper.make_node("Sigmoid", [raw], [name], name=f"{name}_sigmoid"))
        elif activation == "Softmax":
            nodes.append(helper.make_node("Softmax", [raw], [name], name=f"{name}_softmax",
                                          axis=1))
        graph_outputs.append(helper.make_tensor_value_info(
            name, TensorProto.FLOAT, [None, ensemble.n_targets]))
        props[COVERS_KEY.format(output=name)] = json.dumps(ensemble.covers)
    graph = helper.make_graph(
        nodes, "wayfinder_suggestions",
        [helper.make_tensor_value_info("features", TensorProto.DOUBLE, [None, n_features])],
        graph_outputs,
    )
    model = helper.make_model(
        graph, ir_version=IR_VERSION, producer_name="wayfinder-training", doc_string=doc,
        opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", ML_OPSET)],
    )
    for key, value in props.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    return model
