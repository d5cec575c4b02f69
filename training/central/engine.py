"""Where training's independent tasks run: in this process, or on a Dask cluster.

The pipeline submits plain functions (one cross-fitting fold, one programme's correction, one
partition's features) and never knows which engine runs them. Every task is deterministic for
its arguments (seeds are arguments), so the same seed gives the same model on either engine and
with any number of workers.

- `LocalEngine`: runs each task at once, in order, in this process.
- `DaskEngine`: submits to a `dask.distributed` cluster: a `LocalCluster` of N worker processes
  (`--workers N`) or a running scheduler (`--scheduler ADDRESS`; Kubernetes, YARN, SLURM...).
  Large inputs shared by many tasks are sent to every worker once (`share`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from training.central.progress import Progress

log = logging.getLogger(__name__)


CONNECT_TIMEOUT = "30s"


class EngineError(Exception):
    """The cluster cannot be reached or started."""


class Engine(Protocol):
    name: str
    workers: int

    def share(self, value: Any) -> Any:
        """A handle to pass to tasks instead of `value` (sent to the workers once)."""

    def put(self, value: Any) -> Any:
        """A handle for an input of one or a few tasks (sent where it is needed)."""

    def submit(self, fn: Callable[..., Any], *args: Any, key: str) -> Any:
        """Start fn(*args); arguments may be handles or results of earlier submits."""

    def wait(self, handles: Sequence[Any], stage: str, progress: Progress,
             unit: str = "tasks", sizes: Sequence[float] | None = None) -> list[Any]:
        """The results of `handles`, in order, advancing a progress stage as tasks finish
        (by `sizes[i]` units for task i, e.g. its rows; else by one task each)."""

    def release(self, handles: Sequence[Any]) -> None:
        """Results no longer needed anywhere (frees worker memory)."""


class LocalEngine:
    """Tasks run in this process, one after another, when a stage's results are awaited."""

    name = "local"
    workers = 1

    def share(self, value: Any) -> Any:
        return value

    def put(self, value: Any) -> Any:
        return value

    def submit(self, fn: Callable[..., Any], *args: Any, key: str) -> Any:
        return _Pending(fn, args)

    def wait(self, handles: Sequence[Any], stage: str, progress: Progress,
             unit: str = "tasks", sizes: Sequence[float] | None = None) -> list[Any]:
        sizes = sizes or [1.0] * len(handles)
        step = progress.stage(stage, total=sum(sizes), unit=unit)
        out = []
        for handle, size in zip(handles, sizes, strict=True):
            out.append(_resolve(handle))
            step.advance(size)
        step.finish()
        return out

    def release(self, handles: Sequence[Any]) -> None:
        return None


class _Pending:
    __slots__ = ("args", "fn", "ran", "result")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.fn, self.args, self.ran, self.result = fn, args, False, None


def _resolve(handle: Any) -> Any:
    if isinstance(handle, _Pending):
        if not handle.ran:
            handle.result = handle.fn(*(_resolve(a) for a in handle.args))
            handle.ran, handle.args = True, ()
        return handle.result
    return handle


class DaskEngine:
    """Tasks on a dask.distributed cluster; `client` is connected already."""

    name = "dask"

    def __init__(self, client: Any) -> None:
        self.client = client

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info()["workers"]))

    @property
    def dashboard(self) -> str | None:
        return getattr(self.client, "dashboard_link", None)

    def worker_memory(self) -> int | None:
        """The smallest memory limit of a worker, in bytes (None when unlimited)."""
        limits = [w.get("memory_limit") or 0
                  for w in self.client.scheduler_info()["workers"].values()]
        return min(limits) if limits and min(limits) > 0 else None

    def share(self, value: Any) -> Any:
        # In a list: scatter would otherwise send a set's or list's items one by one.
        return self.client.scatter([value], broadcast=True, hash=False)[0]

    def put(self, value: Any) -> Any:
        return self.client.scatter([value], hash=False)[0]

    def submit(self, fn: Callable[..., Any], *args: Any, key: str) -> Any:
        return self.client.submit(fn, *args, key=f"{key}-{uuid.uuid4().hex[:8]}", pure=False)

    def wait(self, handles: Sequence[Any], stage: str, progress: Progress,
             unit: str = "tasks", sizes: Sequence[float] | None = None) -> list[Any]:
        from distributed import as_completed

        sizes = sizes or [1.0] * len(handles)
        size_of = {future.key: size for future, size in zip(handles, sizes, strict=True)}
        step = progress.stage(stage, total=sum(sizes), unit=unit)
        for future in as_completed(list(handles)):
            if future.status == "error":
                future.result()  # raises the task's own exception here
            step.advance(size_of.get(future.key, 1.0))
        step.finish()
        return self.client.gather(list(handles))

    def release(self, handles: Sequence[Any]) -> None:
        for handle in handles:
            if hasattr(handle, "release"):
                handle.release()


@contextmanager
def dask_engine(workers: int | None = None, scheduler: str | None = None,
                memory_limit: str | None = None,
                progress: Progress | None = None) -> Iterator[DaskEngine]:
    """A DaskEngine on a new LocalCluster of `workers` processes (one thread each, so
    LightGBM's single-threaded fits do not compete), or on the scheduler at `scheduler`."""
    from distributed import Client, LocalCluster

    progress = progress or Progress.quiet()
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as error:
            raise EngineError(f"could not reach the Dask scheduler at {scheduler} within "
                              f"{CONNECT_TIMEOUT}: {error}") from None
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                               memory_limit=memory_limit or "auto", dashboard_address=":0")
        client = Client(cluster)
    try:
        engine = DaskEngine(client)
        link = engine.dashboard
        progress.note(f"Dask cluster with {engine.workers} worker(s)"
                      + (f"; dashboard: {link}" if link else ""))
        yield engine
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
