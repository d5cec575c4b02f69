"""Finding 1: sparse tensors count at their DENSE size, because onnxruntime densifies them when
it creates a session (even unused ones). A 145-byte model with one sparse initializer of dims
[2^26] costs 260 MB of memory in onnxruntime; four of [2^30] ran the attack run past 4 GB."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from desktop_app.trust.errors import UnsafeModel, UpdateRefused
from desktop_app.trust.onnx_safety import SafetyLimits, check_onnx_file
from tests.trust.conftest import World, make_model

GIB_OF_FLOATS = 1 << 28  # 2^28 float32 elements = 1 GiB dense


def sparse(name: str, dense_elements: int, dims: list[int] | None = None):
    values = numpy_helper.from_array(np.array([1.0], np.float32), name)
    indices = numpy_helper.from_array(np.array([0], np.int64), f"{name}_indices")
    return helper.make_sparse_tensor(values, indices, dims or [dense_elements])


def rewrite(folder: Path, change) -> Path:  # type: ignore[no-untyped-def]
    model = onnx.load(folder / "model.onnx")
    change(model)
    (folder / "model.onnx").write_bytes(model.SerializeToString())
    return folder


def check(folder: Path, limits: SafetyLimits | None = None):  # type: ignore[no-untyped-def]
    files = {p.name for p in folder.iterdir()}
    return check_onnx_file(folder, "model.onnx", files, limits or SafetyLimits())


def test_sparse_initializer_counted_at_dense_size(tmp_path: Path) -> None:
    folder = rewrite(make_model(tmp_path / "m"),
                     lambda m: m.graph.sparse_initializer.append(sparse("big", 2 * GIB_OF_FLOATS)))
    assert (folder / "model.onnx").stat().st_size < 300  # tiny file, 2 GiB once densified
    with pytest.raises(UnsafeModel, match="sparse initializer 'big'.*oversized"):
        check(folder)


def test_sparse_tensors_add_up_against_the_cap(tmp_path: Path) -> None:
    # four tensors of 300 MiB each are under the 1 GiB cap one by one, not together
    quarter = 300 * (1 << 20) // 4

    def add_four(model: onnx.ModelProto) -> None:
        for i in range(4):
            model.graph.sparse_initializer.append(sparse(f"s{i}", quarter))

    with pytest.raises(UnsafeModel, match="exceed .* bytes at sparse initializer 's3'"):
        check(rewrite(make_model(tmp_path / "m"), add_four))


def test_constant_sparse_value_attribute_counted(tmp_path: Path) -> None:
    def add_constant(model: onnx.ModelProto) -> None:
        model.graph.node.append(
            helper.make_node("Constant", [], ["c"], sparse_value=sparse("c", 2 * GIB_OF_FLOATS)))

    with pytest.raises(UnsafeModel, match="attribute 'sparse_value' of Constant.*oversized"):
        check(rewrite(make_model(tmp_path / "m"), add_constant))


def test_sparse_tensors_attribute_list_counted(tmp_path: Path) -> None:
    def add_list(model: onnx.ModelProto) -> None:
        node = helper.make_node("Constant", [], ["c"], value_float=1.0)
        attribute = node.attribute.add()
        attribute.name, attribute.type = "hidden", onnx.AttributeProto.SPARSE_TENSORS
        attribute.sparse_tensors.append(sparse("h", 2 * GIB_OF_FLOATS))
        model.graph.node.append(node)

    with pytest.raises(UnsafeModel, match="attribute 'hidden'.*oversized"):
        check(rewrite(make_model(tmp_path / "m"), add_list))


def test_sparse_initializer_inside_a_subgraph_counted(tmp_path: Path) -> None:
    def add_if(model: onnx.ModelProto) -> None:
        branch = helper.make_graph(
            [helper.make_node("Identity", ["x"], ["z"])], "branch", [],
            [helper.make_tensor_value_info("z", TensorProto.FLOAT, [None, 3])],
            sparse_initializer=[sparse("deep", 2 * GIB_OF_FLOATS)])
        model.graph.initializer.append(numpy_helper.from_array(np.array(True), "cond"))
        model.graph.node.append(helper.make_node(
            "If", ["cond"], ["z_out"], then_branch=branch, else_branch=branch))

    with pytest.raises(UnsafeModel, match="sparse initializer 'deep'.*oversized"):
        check(rewrite(make_model(tmp_path / "m"), add_if))


def test_sparse_dims_forged_to_overflow(tmp_path: Path) -> None:
    folder = rewrite(make_model(tmp_path / "m"), lambda m: m.graph.sparse_initializer.append(
        sparse("huge", 0, dims=[2**62, 2**62, 2**62])))
    with pytest.raises(UnsafeModel, match="oversized"):
        check(folder)


def test_small_sparse_initializer_still_allowed(tmp_path: Path) -> None:
    folder = rewrite(make_model(tmp_path / "m"),
                     lambda m: m.graph.sparse_initializer.append(sparse("small", 1000)))
    report = check(folder)
    assert report.initializer_bytes >= 4000 + 12  # dense size of the sparse tensor plus w


def test_training_info_refused(tmp_path: Path) -> None:
    # onnxruntime has no use for training graphs at inference; they are one more place to hide
    def add_training(model: onnx.ModelProto) -> None:
        info = model.training_info.add()
        info.initialization.CopyFrom(helper.make_graph(
            [], "init", [], [], sparse_initializer=[sparse("t", 2 * GIB_OF_FLOATS)]))

    with pytest.raises(UnsafeModel, match="training"):
        check(rewrite(make_model(tmp_path / "m"), add_training))


def test_signed_package_with_sparse_bomb_refused_previous_kept(
    installed_v1: World, unchecked_central: None
) -> None:
    folder = installed_v1.base / "bomb"
    rewrite(make_model(folder),
            lambda m: m.graph.sparse_initializer.append(sparse("big", 4 * GIB_OF_FLOATS)))
    from training.signing.packages import add_package

    add_package(installed_v1.repo, folder, 2, installed_v1.all_signers,
                {"start": "2019-01-01", "end": "2023-12-31"})
    installed_v1.publish()
    with pytest.raises(UpdateRefused, match="version 2 refused.*sparse initializer 'big'"):
        installed_v1.update()
    assert installed_v1.load().version == 1


def test_constant_shaped_tensor_bomb_refused(tmp_path: Path) -> None:
    """Found while fixing finding 1: onnxruntime folds constants when it creates a session, so a
    ConstantOfShape fed a constant shape of [2^26] cost 520 MB before a case was scored (172
    bytes of model). Tensor sizes that shape inference can know are capped like initializers."""

    def add_bomb(model: onnx.ModelProto) -> None:
        model.graph.initializer.append(
            numpy_helper.from_array(np.array([2 * GIB_OF_FLOATS], np.int64), "shape"))
        model.graph.node.extend([
            helper.make_node("ConstantOfShape", ["shape"], ["big"],
                             value=numpy_helper.from_array(np.array([1.0], np.float32))),
            helper.make_node("ReduceSum", ["big"], ["total"], keepdims=0),
        ])
        model.graph.output.append(helper.make_tensor_value_info("total", TensorProto.FLOAT, []))

    with pytest.raises(UnsafeModel, match="'big'.*would hold more than"):
        check(rewrite(make_model(tmp_path / "m"), add_bomb))


def _constant_of_shape(model: onnx.ModelProto, name: str, elements: int) -> None:
    model.graph.initializer.append(
        numpy_helper.from_array(np.array([elements], np.int64), f"{name}_shape"))
    model.graph.node.append(
        helper.make_node("ConstantOfShape", [f"{name}_shape"], [name],
                         value=numpy_helper.from_array(np.array([1.0], np.float32))))


def test_computed_tensors_add_up_against_the_cap(tmp_path: Path) -> None:
    """Found in the outside trial: each computed tensor was capped on its own, so four
    ConstantOfShape nodes of 300 MiB (or one of exactly 1 GiB beside the weights) passed `add`,
    and opening the model at `add` took 1.2 GB. Computed tensors count together, and with the
    stored ones, against the same cap."""
    quarter = 300 * (1 << 20) // 4

    def add_four(model: onnx.ModelProto) -> None:
        for i in range(4):
            _constant_of_shape(model, f"c{i}", quarter)

    with pytest.raises(UnsafeModel, match="computed .* together .* more than"):
        check(rewrite(make_model(tmp_path / "four"), add_four))
    with pytest.raises(UnsafeModel, match="more than"):
        check(rewrite(make_model(tmp_path / "one"),
                      lambda m: _constant_of_shape(m, "c", GIB_OF_FLOATS)))


def test_tensor_bytes_add_up_across_the_package(tmp_path: Path) -> None:
    """The app opens every model file of a package at once: their tensors share one cap."""
    from desktop_app.trust.onnx_safety import check_package

    folder = make_model(tmp_path / "m")
    second = onnx.load(folder / "model.onnx")
    big = 600 * (1 << 20) // 4
    rewrite(folder, lambda m: m.graph.sparse_initializer.append(sparse("a", big)))
    second.graph.sparse_initializer.append(sparse("b", big))
    (folder / "second.onnx").write_bytes(second.SerializeToString())
    files = {p.name for p in folder.iterdir()}
    check(folder)  # each file alone is under the cap
    with pytest.raises(UnsafeModel, match="package.*more than"):
        check_package(folder, files)
