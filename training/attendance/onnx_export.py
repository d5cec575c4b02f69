"""The fitted logistic model as a small ONNX graph, with its design in the metadata.

Inputs: `features` float32 [n, k] with NaN for unknown. Outputs: `p_attend` [n, 1] and
`contributions` [n, k], each column's push on the log-odds relative to an average appointment
(the app turns the most negative ones into "main reasons").
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from training.attendance.fit import LogisticParams

OPSET = 17
IR_VERSION = 9  # what the app's onnxruntime supports
METADATA_KEY = "wayfinder.attendance"


def to_onnx(params: LogisticParams, columns: tuple[str, ...], metadata: dict[str, Any]) -> bytes:
    k = len(columns)

    def const(name: str, values: np.ndarray) -> onnx.TensorProto:
        return numpy_helper.from_array(np.asarray(values, dtype=np.float32), name)

    nodes = [
        helper.make_node("IsNaN", ["features"], ["missing"]),
        helper.make_node("Where", ["missing", "mean", "features"], ["filled"]),
        helper.make_node("Sub", ["filled", "mean"], ["centred"]),
        helper.make_node("Div", ["centred", "scale"], ["z"]),
        helper.make_node("Mul", ["z", "coef_row"], ["contributions"]),
        helper.make_node("MatMul", ["z", "coef_col"], ["linear"]),
        helper.make_node("Add", ["linear", "intercept"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["p_attend"]),
    ]
    graph = helper.make_graph(
        nodes,
        "attendance_logistic",
        inputs=[helper.make_tensor_value_info("features", TensorProto.FLOAT, ["n", k])],
        outputs=[
            helper.make_tensor_value_info("p_attend", TensorProto.FLOAT, ["n", 1]),
            helper.make_tensor_value_info("contributions", TensorProto.FLOAT, ["n", k]),
        ],
        initializer=[
            const("mean", params.mean),
            const("scale", params.scale),
            const("coef_row", params.coef),
            const("coef_col", params.coef.reshape(k, 1)),
            const("intercept", np.array([params.intercept])),
        ],
    )
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="wayfinder-training"
    )
    model.ir_version = IR_VERSION
    helper.set_model_props(
        model, {METADATA_KEY: json.dumps({**metadata, "columns": list(columns)})}
    )
    onnx.checker.check_model(model)
    return model.SerializeToString()
