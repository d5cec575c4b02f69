"""Writes the trained title encoder as an int8 ONNX graph built node by node (no exporter).

The embedding table, which is nearly all of the weights, is stored as int8 with one float scale
per row (symmetric, round-to-nearest): the graph gathers the int8 rows and their scales and
multiplies them back, so each feature keeps its own precision. The small MLP stays float32.
Built with `onnx.helper` from the weights alone, with no producer version or time stamp in it,
so the same weights always give the same bytes.

Inputs: `input_ids` int64 [batch, tokens] (0 = padding) and `attention_mask` float
[batch, tokens]; output `embedding` float [batch, dim], unit length.
"""

from __future__ import annotations

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from training.titles.model import TitleEncoder

OPSET = 20


def quantise_rows(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(int8 table, float32 scale per row) with table ~= int8 * scale."""
    peak = np.abs(table).max(axis=1, keepdims=True)
    scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    quantised = np.clip(np.rint(table / scale), -127, 127).astype(np.int8)
    return quantised, scale


def _initialisers(model: TitleEncoder) -> list[TensorProto]:
    weights = {
        k: v.detach().cpu().numpy().astype(np.float32) for k, v in model.state_dict().items()
    }
    table, scale = quantise_rows(weights["embedding.weight"])
    arrays = {
        "table_int8": table,
        "table_scale": scale,
        "norm_weight": weights["norm.weight"],
        "norm_bias": weights["norm.bias"],
        "mlp_in_weight": np.ascontiguousarray(weights["mlp.0.weight"].T),
        "mlp_in_bias": weights["mlp.0.bias"],
        "mlp_out_weight": np.ascontiguousarray(weights["mlp.2.weight"].T),
        "mlp_out_bias": weights["mlp.2.bias"],
        "axis_tokens": np.array([1], dtype=np.int64),
        "axis_last": np.array([2], dtype=np.int64),
        "one": np.array(1.0, dtype=np.float32),
        "tiny": np.array(1e-6, dtype=np.float32),
    }
    return [numpy_helper.from_array(array, name) for name, array in arrays.items()]


def build_graph(model: TitleEncoder) -> onnx.ModelProto:
    node = helper.make_node
    nodes = [
        node("Gather", ["table_int8", "input_ids"], ["rows_int8"]),
        node("Cast", ["rows_int8"], ["rows_float"], to=TensorProto.FLOAT),
        node("Gather", ["table_scale", "input_ids"], ["row_scales"]),
        node("Unsqueeze", ["attention_mask", "axis_last"], ["mask3"]),
        node("Mul", ["row_scales", "mask3"], ["weights3"]),
        node("Mul", ["rows_float", "weights3"], ["rows"]),
        node("ReduceSum", ["rows", "axis_tokens"], ["summed"], keepdims=0),
        node("ReduceSum", ["attention_mask", "axis_tokens"], ["count_raw"], keepdims=1),
        node("Max", ["count_raw", "one"], ["count"]),
        node("Div", ["summed", "count"], ["pooled_raw"]),
        node(
            "LayerNormalization",
            ["pooled_raw", "norm_weight", "norm_bias"],
            ["pooled"],
            axis=-1,
            epsilon=1e-5,
        ),
        node("MatMul", ["pooled", "mlp_in_weight"], ["hidden_raw"]),
        node("Add", ["hidden_raw", "mlp_in_bias"], ["hidden_biased"]),
        node("Gelu", ["hidden_biased"], ["hidden"]),
        node("MatMul", ["hidden", "mlp_out_weight"], ["mixed_raw"]),
        node("Add", ["mixed_raw", "mlp_out_bias"], ["mixed"]),
        node("Add", ["pooled", "mixed"], ["vector"]),
        node("ReduceL2", ["vector", "axis_tokens"], ["length_raw"], keepdims=1),
        node("Max", ["length_raw", "tiny"], ["length"]),
        node("Div", ["vector", "length"], ["embedding"]),
    ]
    dim = model.embedding.weight.shape[1]
    graph = helper.make_graph(
        nodes,
        "title_encoder",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.FLOAT, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", dim])],
        _initialisers(model),
    )
    onnx_model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="wayfinder-title-encoder",
        producer_version="1",
    )
    onnx_model.ir_version = 9
    onnx.checker.check_model(onnx_model, full_check=True)
    return onnx_model


def onnx_bytes(model: TitleEncoder) -> bytes:
    with torch.no_grad():
        return build_graph(model).SerializeToString(deterministic=True)
