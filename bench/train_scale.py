"""`make bench-train`: central training at scale on a Dask LocalCluster of 1 and 2 workers.

For each region size (default 250,000 and 1,000,000 citizens) the streaming demo generator
writes a Parquet bundle once (kept under var/bench-train, reused by later runs), then
`wayfinder-admin train --engine dask --workers N` trains on it. Measured per run: wall time,
CPU time of the driver and workers (user+sys), peak resident memory of each worker process
(sampled every half second, children included) and of the driver, and the load average before
and after (the machine is shared: a timing without its load average means little). Scaling
efficiency = time with 1 worker / (2 x time with 2 workers).

Not part of `make bench` (it runs for hours at a million citizens). The table goes to stdout and
the figures to bench/train-latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

from bench.report import BenchReport

ROOT = Path(__file__).resolve().parents[1]
ADMIN = Path(sys.executable).with_name("wayfinder-admin")
WORKER_LIMIT_GB = 4.0


@dataclass
class Run:
    citizens: int
    workers: int
    wall_s: float = 0.0
    cpu_s: float = 0.0
    worker_peak_gb: list[float] = field(default_factory=list)
    driver_peak_gb: float = 0.0
    worker_cpu_s: list[float] = field(default_factory=list)
    driver_cpu_s: float = 0.0
    load_before: str = ""
    load_after: str = ""
    decisions: int = 0
    ok: bool = False


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split(" ")[:3])


class MemorySampler(threading.Thread):
    """Peak RSS and CPU time (user+sys) of the driver and of each Dask worker process (a child
    of the nanny), sampled every half second. Every 30 s the figures so far go to `snapshot`
    (JSON), so a run stopped part-way still leaves its peaks and the stage it reached."""

    def __init__(self, driver: psutil.Process, snapshot: Path | None = None,
                 log: Path | None = None) -> None:
        super().__init__(daemon=True)
        self.driver = driver
        self.snapshot, self.log = snapshot, log
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # last seen CPU seconds of each worker process
        self.driver_peak = 0
        self.driver_cpu = 0.0
        self.started = time.perf_counter()
        self.stop = threading.Event()

    def run(self) -> None:
        written = time.perf_counter()
        while not self.stop.wait(0.5):
            self.sample()
            if self.snapshot and time.perf_counter() - written >= 30:
                self.write()
                written = time.perf_counter()
        if self.snapshot:
            self.write()

    def sample(self) -> None:
        try:
            procs = self.driver.children(recursive=True)
            driver_rss = self.driver.memory_info().rss
            times = self.driver.cpu_times()
        except psutil.Error:
            return
        self.driver_peak = max(self.driver_peak, driver_rss)
        self.driver_cpu = times.user + times.system
        for proc in procs:
            try:
                cmd = " ".join(proc.cmdline())
                if "spawn_main" in cmd or "forkserver" in cmd:  # a Dask worker process
                    self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0),
                                               proc.memory_info().rss)
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
            except psutil.Error:
                continue

    def write(self) -> None:
        stage = ""
        if self.log and self.log.is_file():
            lines = [line.strip() for line in self.log.read_text(errors="replace").splitlines()
                     if line.strip()]
            stage = lines[-1] if lines else ""
        figures = {"elapsed_s": round(time.perf_counter() - self.started, 1), "load": _load(),
                   "driver_peak_gb": round(self.driver_peak / 1e9, 3),
                   "driver_cpu_s": round(self.driver_cpu, 1),
                   "worker_peak_gb": {pid: round(v / 1e9, 3) for pid, v in self.peaks.items()},
                   "worker_cpu_s": {pid: round(v, 1) for pid, v in self.cpu.items()},
                   "last_line": stage}
        assert self.snapshot is not None
        self.snapshot.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


def ensure_region(citizens: int, folder: Path) -> Path:
    out = folder / f"region-{citizens}"
    if (out / "bundle" / "layout.json").is_file():
        return out
    print(f"generating a {citizens:,}-citizen region (once) in {out}", flush=True)
    subprocess.run([str(ADMIN), "demo", "--citizens", str(citizens), "--seed", "11",
                    "--id-prefix", "R", "--vacancies", "2000", "--parquet", "--force",
                    str(out)], check=True)
    return out


def train(region: Path, workers: int, folder: Path, config: Path) -> Run:
    run = Run(citizens=0, workers=workers)
    out = folder / f"model-{region.name}-{workers}w"
    log = folder / f"train-{region.name}-{workers}w.log"
    env = {**os.environ, "WAYFINDER_HOME": str(folder / "central-home")}
    run.load_before = _load()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with log.open("w") as handle:
        process = subprocess.Popen(
            [str(ADMIN), "train", "--engine", "dask", "--workers", str(workers),
             "--memory-limit", f"{WORKER_LIMIT_GB:g}GB", "--bundle", str(region / "bundle"),
             "--out", str(out), "--seed", "7", "--config", str(config), "--force"],
            stdout=handle, stderr=subprocess.STDOUT, env=env)
        sampler = MemorySampler(psutil.Process(process.pid),
                                snapshot=folder / f"train-{region.name}-{workers}w.progress.json",
                                log=log)
        sampler.start()
        code = process.wait()
        sampler.stop.set()
        sampler.join()
    run.wall_s = time.perf_counter() - started
    run.load_after = _load()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # every reaped descendant
    run.cpu_s = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    run.worker_peak_gb = sorted((v / 1e9 for v in sampler.peaks.values()), reverse=True)
    run.driver_peak_gb = sampler.driver_peak / 1e9
    run.worker_cpu_s = sorted(sampler.cpu.values(), reverse=True)
    run.driver_cpu_s = sampler.driver_cpu
    run.ok = code == 0
    text = log.read_text(errors="replace")
    for line in text.splitlines():
        if "propensity and outcome models" in line and "decisions" in line:
            run.decisions = int(line.split(" arms, ")[1].split(" decisions")[0])
    if not run.ok:
        print(text[-3000:], file=sys.stderr)
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, nargs="+", default=[250_000, 1_000_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--folder", type=Path, default=ROOT / "var" / "bench-train")
    parser.add_argument("--config", type=Path,
                        default=ROOT / "training" / "suggestions" / "region_config.json")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "train-latest.json")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    report = BenchReport()
    runs: list[Run] = []
    for citizens in args.citizens:
        region = ensure_region(citizens, args.folder)
        by_workers: dict[int, Run] = {}
        for workers in args.workers:
            print(f"== {citizens:,} citizens, {workers} worker(s)", flush=True)
            run = train(region, workers, args.folder, args.config)
            run.citizens = citizens
            runs.append(run)
            by_workers[workers] = run
            group = f"train {citizens:,} citizens, {workers} worker(s)"
            note = f"load {run.load_before} -> {run.load_after}"
            report.add(group, "wall time", run.wall_s / 60, "min", passed=run.ok,
                       note=note)
            report.add(group, "CPU time (user+sys, all processes)", run.cpu_s / 60, "min")
            peak = max(run.worker_peak_gb, default=0.0)
            report.add(group, "peak memory of a worker", peak, "GB",
                       target=f"<= {WORKER_LIMIT_GB:g}" if citizens >= 1_000_000 else "",
                       # a run that stopped part-way has not shown its peak
                       passed=(peak <= WORKER_LIMIT_GB) if citizens >= 1_000_000 and run.ok
                       else None)
            report.add(group, "peak memory of the driver", run.driver_peak_gb, "GB")
            report.add(group, "CPU time of the busiest worker",
                       max(run.worker_cpu_s, default=0.0) / 60, "min")
            report.add(group, "CPU time of the driver", run.driver_cpu_s / 60, "min")
        if 1 in by_workers and 2 in by_workers and by_workers[2].wall_s > 0:
            efficiency = by_workers[1].wall_s / (2 * by_workers[2].wall_s)
            report.add(f"train {citizens:,} citizens", "scaling efficiency 1 -> 2 workers",
                       efficiency, "", note="time(1) / (2 x time(2)); 1.0 = perfect")
    print()
    print(report.table())
    args.out.write_text(json.dumps({"runs": [asdict(r) for r in runs],
                                    "figures": [asdict(f) for f in report.figures]},
                                   indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.out}")
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
