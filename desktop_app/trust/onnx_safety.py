"""ONNX checks that run on app-private copies before onnxruntime ever opens a file.

A signed model is still checked: signing proves who made it, not that it is harmless to parse.
Checks: regular un-linked file under a size cap; parsed with external data off; operator domains
only "" and "ai.onnx.ml" within a tested opset range; known operators only; no model-local
functions or training graphs; caps on node count and on tensor bytes (computed with early-exit
arithmetic so a forged shape cannot make a huge number): stored tensors and the tensors of
statically known size that onnxruntime computes when it opens a file count together, per file
and across the package's files (the app opens them all at once); external data only from plain
files of the package.

Sparse tensors (graph `sparse_initializer`s at any depth, `sparse_tensor(s)` attributes such as
`Constant.sparse_value`) count at their DENSE size, `prod(dims) x element size`: onnxruntime
densifies every one of them when it creates a session, used or not, so a 145-byte model with one
sparse tensor of dims [2^26] costs 260 MB of memory.
"""

from __future__ import annotations

import math
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import onnx
from google.protobuf.message import DecodeError

from desktop_app.trust.errors import TrustError, UnsafeModel
from desktop_app.trust.package_info import safe_relative_path

# Tested with the training toolchain (skl2onnx/onnxmltools) and onnxruntime >= 1.24.
OPSET_RANGES = {"": (13, 22), "ai.onnx": (13, 22), "ai.onnx.ml": (1, 5)}
_BYTES_PER_ELEMENT: dict[int, int] = {
    onnx.TensorProto.FLOAT: 4,
    onnx.TensorProto.UINT8: 1,
    onnx.TensorProto.INT8: 1,
    onnx.TensorProto.UINT16: 2,
    onnx.TensorProto.INT16: 2,
    onnx.TensorProto.INT32: 4,
    onnx.TensorProto.INT64: 8,
    onnx.TensorProto.BOOL: 1,
    onnx.TensorProto.FLOAT16: 2,
    onnx.TensorProto.DOUBLE: 8,
    onnx.TensorProto.UINT32: 4,
    onnx.TensorProto.UINT64: 8,
    onnx.TensorProto.BFLOAT16: 2,
    onnx.TensorProto.STRING: 1,
}


@dataclass(frozen=True)
class SafetyLimits:
    max_file_bytes: int = 512 * 1024 * 1024
    max_nodes: int = 500_000
    max_initializer_bytes: int = 1024 * 1024 * 1024


DEFAULT_LIMITS = SafetyLimits()


@dataclass(frozen=True)
class OnnxReport:
    name: str
    nodes: int
    initializer_bytes: int
    opsets: dict[str, int]
    external_files: tuple[str, ...]
    computed_bytes: int = 0  # tensors of statically known size computed at load (folding)

    @property
    def tensor_bytes(self) -> int:
        return self.initializer_bytes + self.computed_bytes


def check_plain_file(path: Path, cap: int) -> int:
    """Refuse symlinks, hardlinks and oversized files; return the size."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise UnsafeModel(f"{path.name} is missing from the package") from None
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeModel(f"{path.name} is a symlink; refused")
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeModel(f"{path.name} is not a regular file; refused")
    if info.st_nlink > 1:
        raise UnsafeModel(f"{path.name} is hardlinked ({info.st_nlink} links); refused")
    if info.st_size > cap:
        raise UnsafeModel(f"{path.name} is {info.st_size} bytes, over the cap of {cap}")
    return info.st_size


def checked_product(factors: list[int], element_size: int, cap: int, what: str) -> int:
    """Product of dims times element size, refusing negatives and stopping once over `cap`."""
    total = element_size
    for factor in factors:
        if factor < 0:
            raise UnsafeModel(f"{what} has a negative dimension {factor}")
        if factor == 0:
            return 0
        if total > cap // factor:  # total * factor > cap, without forming the product
            raise UnsafeModel(f"{what} declares more than {cap} bytes (oversized initializer)")
        total *= factor
    return total


class _Walker:
    def __init__(
        self,
        name: str,
        package_root: Path,
        model_dir: str,
        package_files: set[str],
        limits: SafetyLimits,
    ) -> None:
        self.name, self.package_root, self.package_files = name, package_root, package_files
        self.model_dir = model_dir  # folder of the model inside the package ("" at the top)
        self.limits = limits
        self.nodes = 0
        self.initializer_bytes = 0
        self.external: set[str] = set()
        self.opsets: dict[str, int] = {}

    def add_bytes(self, amount: int, what: str) -> None:
        self.initializer_bytes += amount
        if self.initializer_bytes > self.limits.max_initializer_bytes:
            raise UnsafeModel(
                f"{self.name}: initializers exceed {self.limits.max_initializer_bytes} bytes "
                f"at {what} (oversized initializer)"
            )

    def tensor(self, tensor: onnx.TensorProto, what: str) -> None:
        size = _BYTES_PER_ELEMENT.get(tensor.data_type)
        if size is None:
            raise UnsafeModel(f"{self.name}: {what} has unsupported data type {tensor.data_type}")
        cap = self.limits.max_initializer_bytes
        declared = checked_product(list(tensor.dims), size, cap, f"{self.name}: {what}")
        if tensor.data_location == onnx.TensorProto.EXTERNAL:
            self.external_data(tensor, what, declared)
        self.add_bytes(max(declared, len(tensor.raw_data)), what)

    def sparse(self, sparse: onnx.SparseTensorProto, what: str) -> None:
        """Count the stored values and indices, and the dense tensor onnxruntime will make."""
        size = _BYTES_PER_ELEMENT.get(sparse.values.data_type)
        if size is None:
            raise UnsafeModel(
                f"{self.name}: {what} has unsupported data type {sparse.values.data_type}"
            )
        cap = self.limits.max_initializer_bytes
        dense = checked_product(list(sparse.dims), size, cap, f"{self.name}: {what}")
        self.tensor(sparse.values, f"{what} values")
        self.tensor(sparse.indices, f"{what} indices")
        self.add_bytes(dense, what)

    def external_data(self, tensor: onnx.TensorProto, what: str, declared: int) -> None:
        entries = {entry.key: entry.value for entry in tensor.external_data}
        location = entries.get("location", "")
        try:
            # onnxruntime resolves external data next to the model file
            relative = safe_relative_path(location)
            if self.model_dir:
                relative = f"{self.model_dir}/{relative}"
        except TrustError:
            raise UnsafeModel(
                f"{self.name}: {what} points to external data {location!r} outside the package"
            ) from None
        if relative not in self.package_files:
            raise UnsafeModel(
                f"{self.name}: {what} uses external data {relative!r}, "
                "which is not a file listed in the signed metadata"
            )
        size = check_plain_file(self.package_root / relative, self.limits.max_file_bytes)
        try:
            offset = int(entries.get("offset", "0"))
            length = int(entries.get("length", str(declared)))
        except ValueError:
            raise UnsafeModel(f"{self.name}: {what} has a non-numeric offset/length") from None
        if offset < 0 or length < 0 or offset > size or length > size - offset:
            raise UnsafeModel(f"{self.name}: {what} reads past the end of {relative}")
        self.external.add(relative)

    def graph(self, graph: onnx.GraphProto) -> None:
        for initializer in graph.initializer:
            self.tensor(initializer, f"initializer {initializer.name!r}")
        for sparse in graph.sparse_initializer:
            self.sparse(sparse, f"sparse initializer {sparse.values.name!r}")
        for node in graph.node:
            self.node(node)

    def node(self, node: onnx.NodeProto) -> None:
        self.nodes += 1
        if self.nodes > self.limits.max_nodes:
            raise UnsafeModel(f"{self.name}: more than {self.limits.max_nodes} nodes")
        domain = node.domain
        if domain not in OPSET_RANGES:
            raise UnsafeModel(
                f"{self.name}: node {node.name or node.op_type!r} uses operator domain "
                f"{domain!r}; only '' and 'ai.onnx.ml' are allowed"
            )
        opset = self.opsets.get(domain, self.opsets.get("" if domain == "ai.onnx" else domain))
        if opset is None or not onnx.defs.has(node.op_type, opset, domain):
            raise UnsafeModel(
                f"{self.name}: unknown operator {domain or 'ai.onnx'}.{node.op_type} "
                f"at opset {opset}"
            )
        for attribute in node.attribute:
            what = f"attribute {attribute.name!r} of {node.op_type}"
            if attribute.HasField("t"):
                self.tensor(attribute.t, what)
            for tensor in attribute.tensors:
                self.tensor(tensor, what)
            if attribute.HasField("sparse_tensor"):
                self.sparse(attribute.sparse_tensor, what)
            for sparse in attribute.sparse_tensors:
                self.sparse(sparse, what)
            if attribute.HasField("g"):
                self.graph(attribute.g)
            for sub in attribute.graphs:
                self.graph(sub)


def check_onnx_file(
    package_root: Path,
    relative: str,
    package_files: set[str],
    limits: SafetyLimits = DEFAULT_LIMITS,
) -> OnnxReport:
    """Run every check on package file `relative`; raise `UnsafeModel` if any fails."""
    path = package_root / relative
    check_plain_file(path, limits.max_file_bytes)
    return check_onnx_bytes(path.read_bytes(), package_root, relative, package_files, limits)


def check_onnx_bytes(
    data: bytes,
    package_root: Path,
    relative: str,
    package_files: set[str],
    limits: SafetyLimits = DEFAULT_LIMITS,
) -> OnnxReport:
    """Check the bytes of package file `relative` (the bytes that will be loaded)."""
    name = relative
    if len(data) > limits.max_file_bytes:
        raise UnsafeModel(f"{name} is {len(data)} bytes, over the cap of {limits.max_file_bytes}")
    try:
        # bytes are parsed directly: onnx never follows external-data paths this way
        model = onnx.load_model_from_string(data)
    except (DecodeError, ValueError, RuntimeError) as error:
        raise UnsafeModel(f"{name} is not a valid ONNX model: {error}") from None
    model_dir = relative.rpartition("/")[0]
    walker = _Walker(name, package_root, model_dir, package_files, limits)
    for opset in model.opset_import:
        bounds = OPSET_RANGES.get(opset.domain)
        if bounds is None:
            raise UnsafeModel(
                f"{name} imports operator domain {opset.domain!r}; "
                "only '' and 'ai.onnx.ml' are allowed"
            )
        if not bounds[0] <= opset.version <= bounds[1]:
            raise UnsafeModel(
                f"{name} uses opset {opset.version} of domain {opset.domain or 'ai.onnx'!r}; "
                f"tested range is {bounds[0]}..{bounds[1]}"
            )
        walker.opsets[opset.domain] = opset.version
    if "" not in walker.opsets and "ai.onnx" not in walker.opsets:
        raise UnsafeModel(f"{name} declares no default-domain opset")
    if len(model.functions):
        raise UnsafeModel(f"{name} defines {len(model.functions)} model-local function(s); refused")
    if len(model.training_info):
        raise UnsafeModel(f"{name} carries training graphs (training_info); refused")
    walker.graph(model.graph)
    # after the walk: it strips the model's data
    computed = check_inferred_sizes(model, name, limits, walker.initializer_bytes)
    return OnnxReport(
        name,
        walker.nodes,
        walker.initializer_bytes,
        dict(walker.opsets),
        tuple(sorted(walker.external)),
        computed,
    )


def check_inferred_sizes(
    model: onnx.ModelProto, name: str, limits: SafetyLimits, stored_bytes: int = 0
) -> int:
    """Refuse tensors whose sizes shape inference can tell statically when they exceed the cap,
    one by one or together with the `stored_bytes` of the file's own tensors; return their sum.

    onnxruntime folds constant subgraphs when it creates a session: a `ConstantOfShape` fed a
    constant shape of [2^26] allocates 256 MB before a single case is scored (and again at
    every run). Only fully known shapes are judged; symbolic ones (the batch size) are not.
    Inference runs on `model` stripped of its bulk data in place (weights, long attribute
    lists; shapes and small constants stay, which is all it needs), so a 100 MB model costs
    milliseconds, not a copy of 100 MB through the inference engine twice.
    """
    for graph in _graphs(model.graph):
        _strip_bulk(graph)
    try:
        inferred = onnx.shape_inference.infer_shapes(model, data_prop=True)
    except (onnx.shape_inference.InferenceError, DecodeError, ValueError, RuntimeError):
        return 0  # nothing is known statically; the walk above already bounded the stored data
    cap = limits.max_initializer_bytes
    computed = 0
    for graph in _graphs(inferred.graph):
        for info in (*graph.value_info, *graph.output):
            tensor_type = info.type.tensor_type
            if not tensor_type.HasField("shape"):
                continue
            dims = [d.dim_value for d in tensor_type.shape.dim if d.HasField("dim_value")]
            if len(dims) != len(tensor_type.shape.dim) or min(dims, default=0) < 0:
                continue  # symbolic or malformed; onnxruntime refuses the latter itself
            element = _BYTES_PER_ELEMENT.get(tensor_type.elem_type, 8)
            try:
                computed += checked_product(dims, element, cap, name)
            except UnsafeModel:
                raise UnsafeModel(
                    f"{name}: tensor {info.name!r} would hold more than {cap} bytes once "
                    "computed (oversized tensor)"
                ) from None
            if stored_bytes + computed > cap:
                raise UnsafeModel(
                    f"{name}: tensors computed when the model is loaded (up to {info.name!r}), "
                    f"together with its stored tensors, would hold more than {cap} bytes "
                    "(oversized tensor)"
                )
    return computed


BULK_ITEMS = 4096  # tensors and attribute lists this long carry weights, never a shape


def _strip_tensor(tensor: onnx.TensorProto) -> None:
    # dims were checked by the walk, so the product is bounded; reading the data to measure it
    # would copy it
    if math.prod(tensor.dims) > BULK_ITEMS:
        for data in ("raw_data", "float_data", "int32_data", "string_data", "int64_data",
                     "double_data", "uint64_data"):
            tensor.ClearField(data)


def _strip_bulk(graph: onnx.GraphProto) -> None:
    for tensor in graph.initializer:
        _strip_tensor(tensor)
    for sparse in graph.sparse_initializer:
        _strip_tensor(sparse.values)
        _strip_tensor(sparse.indices)
    for node in graph.node:
        for attribute in node.attribute:
            if attribute.HasField("t"):
                _strip_tensor(attribute.t)
            for field in ("floats", "ints", "strings"):
                if len(getattr(attribute, field)) > BULK_ITEMS:
                    attribute.ClearField(field)


def _graphs(graph: onnx.GraphProto) -> Iterator[onnx.GraphProto]:
    yield graph
    for node in graph.node:
        for attribute in node.attribute:
            if attribute.HasField("g"):
                yield from _graphs(attribute.g)
            for sub in attribute.graphs:
                yield from _graphs(sub)


def check_package(
    package_dir: Path, package_files: set[str], limits: SafetyLimits = DEFAULT_LIMITS
) -> list[OnnxReport]:
    """Check every file of a staged/installed package; ONNX files get the full model checks."""
    reports = []
    total = 0
    for relative in sorted(package_files):
        path = package_dir / relative
        check_plain_file(path, limits.max_file_bytes)
        if relative.endswith(".onnx"):
            report = check_onnx_file(package_dir, relative, package_files, limits)
            reports.append(report)
            # the app opens every model file of the package at once
            total += report.tensor_bytes
            if total > limits.max_initializer_bytes:
                raise UnsafeModel(
                    f"the package's model files hold more than {limits.max_initializer_bytes} "
                    f"bytes of tensors together (up to {relative}; oversized package)"
                )
    return reports
