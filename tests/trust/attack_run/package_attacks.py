"""Signed but hostile packages (a compromised signer), what the app loads, trust-root swaps."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from tests.trust.attack_run.lab import (
    Lab,
    attack,
    attacker_repo,
    edit_json,
    onnx_edit,
    publish_package,
    shipped_model,
    sparse,
    tiny_model,
)


def _unsafe(description: str, change: Callable[[onnx.ModelProto], None] | None = None,
            **model_args: object) -> None:
    @attack("signed but unsafe ONNX (compromised signer)", description, template="current")
    def _(lab: Lab) -> tuple[int, str]:
        folder = (onnx_edit(lab, change, **model_args) if change
                  else tiny_model(lab.base / "evil-model", 9.0, **model_args))
        publish_package(lab, folder)
        return lab.update()


def _add_sparse(model: onnx.ModelProto) -> None:
    model.graph.sparse_initializer.append(sparse("bomb", 1 << 30))


def _add_sparse_constant(model: onnx.ModelProto) -> None:
    model.graph.node.append(helper.make_node("Constant", [], ["c"],
                                             sparse_value=sparse("c", 1 << 30)))


def _add_sparse_subgraph(model: onnx.ModelProto) -> None:
    branch = helper.make_graph([helper.make_node("Identity", ["x"], ["z"])], "b", [],
                               [helper.make_tensor_value_info("z", TensorProto.FLOAT, None)],
                               sparse_initializer=[sparse("deep", 1 << 30)])
    model.graph.initializer.append(numpy_helper.from_array(np.array(True), "cond"))
    model.graph.node.append(helper.make_node("If", ["cond"], ["zz"], then_branch=branch,
                                             else_branch=branch))


def _add_four_sparse(model: onnx.ModelProto) -> None:
    for i in range(4):
        model.graph.sparse_initializer.append(sparse(f"s{i}", 1 << 28))


def _add_constant_of_shape(model: onnx.ModelProto) -> None:
    model.graph.initializer.append(numpy_helper.from_array(np.array([1 << 30], np.int64), "s"))
    model.graph.node.extend([
        helper.make_node("ConstantOfShape", ["s"], ["big"],
                         value=numpy_helper.from_array(np.array([1.0], np.float32))),
        helper.make_node("ReduceSum", ["big"], ["total"], keepdims=0)])
    model.graph.output.append(helper.make_tensor_value_info("total", TensorProto.FLOAT, []))


def _add_four_computed(model: onnx.ModelProto) -> None:
    for i in range(4):  # 300 MiB each: under the cap one by one, over it together
        model.graph.initializer.append(
            numpy_helper.from_array(np.array([300 * (1 << 20) // 4], np.int64), f"s{i}"))
        model.graph.node.append(helper.make_node(
            "ConstantOfShape", [f"s{i}"], [f"c{i}"],
            value=numpy_helper.from_array(np.array([1.0], np.float32))))


def _huge_dims(model: onnx.ModelProto) -> None:
    tensor = model.graph.initializer[0]
    del tensor.dims[:]
    tensor.dims.extend([2**62, 2**62, 2**62])


def _node_domain(model: onnx.ModelProto) -> None:
    model.graph.node[0].domain = "evil.custom"


def _training_info(model: onnx.ModelProto) -> None:
    model.training_info.add().initialization.CopyFrom(helper.make_graph([], "t", [], []))


def _register_unsafe() -> None:
    _unsafe("custom operator domain", domain="com.microsoft")
    _unsafe("node in a domain the model never declared", _node_domain)
    _unsafe("opset below the tested range", opset=12)
    _unsafe("opset above the tested range", opset=23)
    _unsafe("model-local function", with_function=True)
    _unsafe("external data outside the package (..)", external="../../outside.bin")
    _unsafe("external data at an absolute path", external="/etc/hostname")
    _unsafe("huge declared dims [2^62]^3 (external data)", _huge_dims, external="w.bin")
    _unsafe("sparse initializer of 4 GiB dense in 66 bytes (finding 1)", _add_sparse)
    _unsafe("Constant.sparse_value of 4 GiB dense (finding 1)", _add_sparse_constant)
    _unsafe("sparse initializer inside an If branch (finding 1)", _add_sparse_subgraph)
    _unsafe("four 1 GiB sparse tensors (finding 1)", _add_four_sparse)
    _unsafe("ConstantOfShape fed a constant [2^30] (folded at session creation)",
            _add_constant_of_shape)
    _unsafe("four computed tensors of 300 MiB (outside trial)", _add_four_computed)
    _unsafe("training graphs (training_info)", _training_info)


_register_unsafe()


@attack("signed but unsafe ONNX (compromised signer)", "not an ONNX file at all",
        template="current")
def _(lab: Lab) -> tuple[int, str]:
    folder = tiny_model(lab.base / "evil-model", 9.0)
    (folder / "model.onnx").write_bytes(b"\xff\xfe garbage " * 100)
    publish_package(lab, folder)
    return lab.update()


def _suggestion_attack(description: str, change: Callable[[Path], None]) -> None:
    @attack("what the app loads (finding 2)", description, kind="load", template="current")
    def _(lab: Lab) -> tuple[int, str]:
        folder = shipped_model(lab.base / "suggestion-model")
        change(folder)
        publish_package(lab, folder)
        code, out = lab.update()
        if code != 0:
            return code, out
        return _load_suggestion_model(lab)


def _load_suggestion_model(lab: Lab) -> tuple[int, str]:
    from desktop_app.locations import laptop_model_store
    from desktop_app.scoring.model import ModelError, SuggestionModel
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.installed import load_verified_model

    with lab.environment():
        try:
            SuggestionModel(load_verified_model(laptop_model_store()))
        except (ModelError, TrustError) as error:
            return 1, f"not loaded: {error}"
    return 0, "the suggestion model loaded"


def _manifest(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        edit_json(folder / "manifest.json", change)
    return apply


def _bin_effects(folder: Path) -> None:
    model = onnx.load(folder / "effects_h26.onnx")
    model.graph.node[0].domain = "evil.custom"
    model.opset_import.append(helper.make_opsetid("evil.custom", 1))
    (folder / "effects_h26.bin").write_bytes(model.SerializeToString())
    (folder / "effects_h26.onnx").unlink()
    _manifest(lambda m: m["horizons"][0].update(file="effects_h26.bin"))(folder)


def _register_load_attacks() -> None:
    _suggestion_attack("manifest names effects_h26.bin (foreign domain, never checked)",
                       _bin_effects)
    _suggestion_attack("manifest names an absolute path outside the store",
                       _manifest(lambda m: m.update(propensity_file="/etc/hostname")))
    _suggestion_attack("manifest names ../ out of the package",
                       _manifest(lambda m: m.update(propensity_file="../../../v1/x.onnx")))
    _suggestion_attack("manifest names a file no signature covers",
                       _manifest(lambda m: m.update(propensity_file="planted.onnx")))


_register_load_attacks()


@attack("what the app loads (finding 2)", "external data resolved against the working directory",
        kind="other", template="current")
def _(lab: Lab) -> tuple[int, str]:
    from desktop_app.locations import laptop_model_store
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.session import onnx_session

    publish_package(lab, tiny_model(lab.base / "ext", 2.0, external="weights.bin"), checked=True)
    code, out = lab.update()
    if code != 0:
        return code, out
    cwd = lab.base / "cwd"
    cwd.mkdir()
    (cwd / "weights.bin").write_bytes(np.full((3, 1), 1000.0, np.float32).tobytes())
    before = Path.cwd()
    os.chdir(cwd)
    try:
        with lab.environment():
            session = onnx_session(load_verified_model(laptop_model_store()), "model.onnx")
            (value,) = session.run(None, {"x": np.ones((1, 3), np.float32)})
    finally:
        os.chdir(before)
    planted_used = float(value[0][0]) != 6.0
    return (0 if planted_used else 1), (
        "the planted weights were used" if planted_used else
        "not used: external data came from the verified package (x @ [2,2,2] = 6)")


def _swap(group: str, name: str, setup: Callable[[Lab, Path], None]) -> None:
    @attack("trust-root swaps", name)
    def _(lab: Lab) -> tuple[int, str]:
        evil_share = attacker_repo(lab)
        setup(lab, lab.base / "evil-repo" / "metadata" / "1.root.json")
        return lab.update(evil_share)


def _register_swaps() -> None:
    def env(lab: Lab, root: Path) -> None:
        for name in ("WAYFINDER_TRUST_ROOT", "WAYFINDER_ROOT", "TUF_ROOT",
                     "WAYFINDER_BUILD_FLAVOUR", "WAYFINDER_FLAVOUR", "WAYFINDER_MODEL_ROOT"):
            lab.env[name] = str(root)

    def config(lab: Lab, root: Path) -> None:
        (lab.home / "wayfinder.toml").write_text(
            f'[trust]\nroot = "{root}"\n[paths]\ntrust_root = "{root}"\n'
            f'[updates]\ntrust_root = "{root}"\n')

    def xdg(lab: Lab, root: Path) -> None:
        folder = lab.base / "xdg" / "wayfinder"
        folder.mkdir(parents=True)
        (folder / "wayfinder.toml").write_text(f'[trust]\nroot = "{root}"\n')
        lab.env["XDG_CONFIG_HOME"] = str(lab.base / "xdg")
        lab.env["WAYFINDER_CONFIG"] = str(folder / "wayfinder.toml")

    def planted_cache(lab: Lab, root: Path) -> None:
        history = lab.store / "tuf-metadata" / "root_history"
        history.mkdir(parents=True, exist_ok=True)
        for name in ("1.root.json", "2.root.json"):
            shutil.copyfile(root, history / name)
        shutil.copyfile(root, lab.store / "tuf-metadata" / "root.json")
        lab.mark()

    def build_files(lab: Lab, root: Path) -> None:
        for folder in (lab.home, lab.home / "trust", lab.home / "roots"):
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root, folder / "production_root.json")
            (folder / "build.json").write_text('{"flavour": "production"}')

    _swap("trust-root swaps", "environment variables naming the attacker's root", env)
    _swap("trust-root swaps", "configuration file naming the attacker's root", config)
    _swap("trust-root swaps", "XDG folder and WAYFINDER_CONFIG with the attacker's root", xdg)
    _swap("trust-root swaps", "attacker's root planted in the metadata cache", planted_cache)
    _swap("trust-root swaps", "production root and build file planted in the user's folders",
          build_files)


_register_swaps()


@attack("trust-root swaps", "a command-line flag naming a trust root")
def _(lab: Lab) -> tuple[int, str]:
    evil_share = attacker_repo(lab)
    root = lab.base / "evil-repo" / "metadata" / "1.root.json"
    return lab.cli("models", "update", "--from", evil_share, "--trust-root", root)
