"""Must-hold ONNX checks before onnxruntime sees a file, and the CPU-only session."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import helper

from desktop_app.trust.errors import ModelUnavailable, UnsafeModel, UpdateRefused
from desktop_app.trust.onnx_safety import SafetyLimits, check_onnx_file, checked_product
from desktop_app.trust.session import open_inference_session
from tests.trust.conftest import World, make_model

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def check(folder: Path, limits: SafetyLimits | None = None):
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir()}
    return check_onnx_file(folder, "model.onnx", files, limits or SafetyLimits())


@pytest.mark.parametrize("opset", [13, 22])
def test_tested_opset_range_ends_pass_and_run(tmp_path: Path, opset: int) -> None:
    folder = make_model(tmp_path / "m", opset=opset, ml_opset=3)
    report = check(folder)
    assert report.opsets == {"": opset, "ai.onnx.ml": 3} and report.nodes == 1
    session = onnxruntime.InferenceSession(
        str(folder / "model.onnx"), providers=["CPUExecutionProvider"]
    )
    (out,) = session.run(None, {"x": np.ones((1, 3), dtype=np.float32)})
    assert out.tolist() == [[3.0]]


@pytest.mark.parametrize("opset", [12, 23])
def test_opset_outside_tested_range(tmp_path: Path, opset: int) -> None:
    with pytest.raises(UnsafeModel, match=rf"opset {opset}.*tested range is 13\.\.22"):
        check(make_model(tmp_path / "m", opset=opset))


def test_unknown_operator_domain(tmp_path: Path) -> None:
    with pytest.raises(UnsafeModel, match=r"operator domain 'com\.microsoft'"):
        check(make_model(tmp_path / "m", domain="com.microsoft"))


def test_node_domain_not_declared_in_opsets(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m")
    model = onnx.load(folder / "model.onnx")
    model.graph.node[0].domain = "evil.custom"
    (folder / "model.onnx").write_bytes(model.SerializeToString())
    with pytest.raises(UnsafeModel, match=r"node .* uses operator domain 'evil\.custom'"):
        check(folder)


def test_unknown_operator_in_allowed_domain(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", opset=17)
    model = onnx.load(folder / "model.onnx")
    model.graph.node[0].op_type = "Gelu"  # exists only from opset 20
    (folder / "model.onnx").write_bytes(model.SerializeToString())
    with pytest.raises(UnsafeModel, match=r"unknown operator ai\.onnx\.Gelu at opset 17"):
        check(folder)


def test_model_local_functions_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeModel, match="model-local function|operator domain 'local'"):
        check(make_model(tmp_path / "m", with_function=True))


def test_model_local_functions_refused_even_in_allowed_domain(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m")
    model = onnx.load(folder / "model.onnx")
    model.functions.append(
        helper.make_function(
            "",
            "MyOp",
            ["a"],
            ["b"],
            [helper.make_node("Relu", ["a"], ["b"])],
            [helper.make_opsetid("", 17)],
        )
    )
    (folder / "model.onnx").write_bytes(model.SerializeToString())
    with pytest.raises(UnsafeModel, match="1 model-local function"):
        check(folder)


def test_oversized_initializer_declared_shape(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", external="weights.bin")
    model = onnx.load(folder / "model.onnx", load_external_data=False)
    del model.graph.initializer[0].dims[:]
    model.graph.initializer[0].dims.extend([2**62, 2**62, 2**62])  # would overflow int64
    (folder / "model.onnx").write_bytes(model.SerializeToString())
    with pytest.raises(UnsafeModel, match="oversized initializer"):
        check(folder)


def test_oversized_initializer_against_cap(tmp_path: Path) -> None:
    with pytest.raises(UnsafeModel, match="oversized initializer"):
        check(make_model(tmp_path / "m"), SafetyLimits(max_initializer_bytes=8))


def test_checked_product_stops_before_huge_numbers() -> None:
    assert checked_product([3, 4], 4, 100, "t") == 48
    assert checked_product([0, 2**63], 8, 100, "t") == 0
    with pytest.raises(UnsafeModel, match="negative dimension"):
        checked_product([-1], 4, 100, "t")
    with pytest.raises(UnsafeModel, match="more than 100 bytes"):
        checked_product([2**63, 2**63], 4, 100, "t")


def test_node_and_file_size_caps(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m")
    with pytest.raises(UnsafeModel, match="more than 0 nodes"):
        check(folder, SafetyLimits(max_nodes=0))
    with pytest.raises(UnsafeModel, match="over the cap of 10"):
        check(folder, SafetyLimits(max_file_bytes=10))


def test_garbage_is_not_an_onnx_model(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "model.onnx").write_bytes(b"\xff\xfe not protobuf \x00" * 10)
    with pytest.raises(UnsafeModel, match="not a valid ONNX model"):
        check(folder)


def test_valid_external_data_passes_and_runs(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", external="weights.bin", weight=2.0)
    assert check(folder).external_files == ("weights.bin",)
    session = onnxruntime.InferenceSession(
        str(folder / "model.onnx"), providers=["CPUExecutionProvider"]
    )
    assert session.run(None, {"x": np.ones((1, 3), np.float32)})[0].tolist() == [[6.0]]


@pytest.mark.parametrize(
    "location", ["../secret.bin", "/etc/passwd", "sub/../../x.bin", "C:\\Windows\\x.bin"]
)
def test_external_data_outside_package(tmp_path: Path, location: str) -> None:
    with pytest.raises(UnsafeModel, match="outside the package"):
        check(make_model(tmp_path / "m", external=location))


def test_external_data_not_listed_in_signed_metadata(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", external="weights.bin")
    with pytest.raises(UnsafeModel, match="'weights.bin'.*not a file listed in the signed"):
        check_onnx_file(folder, "model.onnx", {"model.onnx"})


def test_external_data_symlink(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", external="weights.bin")
    real = tmp_path / "real.bin"
    os.replace(folder / "weights.bin", real)
    (folder / "weights.bin").symlink_to(real)
    with pytest.raises(UnsafeModel, match="weights.bin is a symlink"):
        check(folder)


def test_external_data_hardlink(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", external="weights.bin")
    os.link(folder / "weights.bin", tmp_path / "other-name.bin")
    with pytest.raises(UnsafeModel, match="weights.bin is hardlinked"):
        check(folder)


def test_external_data_reads_past_end(tmp_path: Path) -> None:
    folder = make_model(tmp_path / "m", external="weights.bin")
    (folder / "weights.bin").write_bytes(b"\x00" * 4)
    with pytest.raises(UnsafeModel, match="reads past the end of weights.bin"):
        check(folder)


def test_signed_but_unsafe_package_refused_previous_kept(
    installed_v1: World, unchecked_central: None  # signed as if central checks were skipped
) -> None:
    installed_v1.add(2, domain="com.microsoft")
    installed_v1.publish()
    with pytest.raises(UpdateRefused, match=r"version 2 refused.*'com\.microsoft'"):
        installed_v1.update()
    assert installed_v1.load().version == 1
    assert installed_v1.store.installed_versions() == [1]


def test_signed_package_with_dotdot_external_data_refused(
    installed_v1: World, unchecked_central: None
) -> None:
    installed_v1.add(2, external="../../outside.bin")
    installed_v1.publish()
    with pytest.raises(UpdateRefused, match="outside the package"):
        installed_v1.update()
    assert installed_v1.load().version == 1


def test_share_symlink_and_hardlink_refused(installed_v1: World, tmp_path: Path) -> None:
    installed_v1.add(2)
    installed_v1.publish()
    target = installed_v1.share_target(2)
    real = tmp_path / "real.onnx"
    os.replace(target, real)
    target.symlink_to(real)
    with pytest.raises(UpdateRefused, match="symlink on the share"):
        installed_v1.update()
    target.unlink()
    os.link(real, target)
    with pytest.raises(UpdateRefused, match="hardlinked file on the share"):
        installed_v1.update()
    assert installed_v1.load().version == 1


def test_session_is_cpu_only_and_computes(installed_v1: World) -> None:
    session = open_inference_session(installed_v1.load())
    assert session.get_providers() == ["CPUExecutionProvider"]
    assert session.run(None, {"x": np.ones((2, 3), np.float32)})[0].tolist() == [[3.0], [3.0]]


def test_session_refused_for_withdrawn_model(installed_v1: World) -> None:
    from training.signing.packages import withdraw

    withdraw(installed_v1.repo, 1, "wrong feature scaling", installed_v1.all_signers)
    installed_v1.publish()
    installed_v1.update()
    with pytest.raises(ModelUnavailable, match="withdrawn: wrong feature scaling"):
        open_inference_session(installed_v1.load())


def test_app_never_loads_custom_op_libraries_or_other_providers() -> None:
    forbidden = (
        "register_custom_ops_library",
        "CUDAExecutionProvider",
        "DmlExecutionProvider",
        "TensorrtExecutionProvider",
        "enable_ort_custom_ops",
    )
    for path in (PROJECT_ROOT / "desktop_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            if path.name != "test_onnx_safety.py":
                assert word not in text, f"{path} mentions {word}"
