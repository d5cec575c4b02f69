"""Issue 21's comparison on the three demo municipalities (training/demo/profiles.py):
own-data model vs the shipped regional model vs a model pooled from the three municipalities'
pseudonymised extracts, each evaluated locally on the same held-out citizens of each
municipality (doubly robust policy value and, against the known truth, the oracle gain share,
both with 95% intervals), with the local check's verdict.

    nice -n 10 .venv/bin/python -m bench.three_municipalities var/three

Steps (each skipped when its output exists, so an interrupted run continues):
1. `demo OUT/M --profile M` for M in nordby, havnby, skovlund;
2. `train --bundle OUT/M/bundle` (the own-data model; its id key OUT/keys/M-id.key holds out
   a quarter of M's citizens): those held-out citizens form OUT/M/holdout, the rest
   OUT/M/train;
3. `pool extract OUT/M/train` with M's pseudonymisation key, then
   `train --bundles` of the three extracts (the pooled model never sees a held-out citizen);
4. the shipped regional model installed from models_onnx/ into OUT/store (`models update`);
5. every model on every OUT/M/holdout: `check_local` with the truth; and the regional model
   on all of OUT/M/bundle (what IT's `check-local` would see); the table to OUT/table.md
   and OUT/table.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from desktop_app.admin.cli import main as admin

CODES = {"nordby": "N1", "havnby": "H1", "skovlund": "S1"}
SEED = "7"
PER_CITIZEN = ("assessments", "decisions", "enrolments", "appointments", "outcomes")


def _run(argv: list[str]) -> None:
    started = time.perf_counter()
    print("$ wayfinder-admin " + " ".join(argv), flush=True)
    code = admin(argv)
    print(f"  ({time.perf_counter() - started:.0f} s, load {os.getloadavg()[0]:.1f})",
          flush=True)
    if code != 0:
        sys.exit(f"step failed with exit code {code}")


def _split(bundle: Path, hashes: frozenset[str], key: bytes, train: Path, holdout: Path) -> None:
    from training.suggestions.citizen_hashes import hash_id

    def keep(target: Path, inside: bool) -> None:
        target.mkdir(parents=True)
        kept: set[str] = set()
        for file in bundle.iterdir():
            if file.suffix != ".jsonl":
                shutil.copyfile(file, target / file.name)
                continue
            lines = file.read_text(encoding="utf-8").splitlines()
            if file.stem == "citizens":
                rows = [json.loads(line) for line in lines]
                out = [r for r in rows if (hash_id(key, str(r["id"])) in hashes) == inside]
                kept = {str(r["id"]) for r in out}
            elif file.stem in PER_CITIZEN:
                out = None
            elif file.stem == "caseworkers":
                out = [json.loads(line) for line in lines]
            else:
                shutil.copyfile(file, target / file.name)
                continue
            if out is not None:
                _write(target / file.name, out)
        for stem in PER_CITIZEN:
            path = bundle / f"{stem}.jsonl"
            if path.exists():
                rows = [json.loads(line) for line in path.read_text().splitlines()]
                _write(target / path.name, [r for r in rows if str(r["citizen_id"]) in kept])
        caseworkers = target / "caseworkers.jsonl"
        if caseworkers.exists():
            rows = [json.loads(line) for line in caseworkers.read_text().splitlines()]
            for row in rows:
                if row.get("caseload") is not None:
                    row["caseload"] = [c for c in row["caseload"] if c in kept]
            _write(caseworkers, rows)

    keep(train, True)
    keep(holdout, False)


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def prepare(out: Path, config: Path, scale: float = 1.0) -> None:
    from training.suggestions.citizen_hashes import read_key, training_citizens

    keys = out / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    for name in CODES:
        folder = out / name
        if not (folder / "bundle").exists():
            from training.demo.profiles import PROFILES

            citizens = max(200, round(PROFILES[name].citizens * scale))
            _run(["demo", str(folder), "--profile", name, "--citizens", str(citizens),
                  "--vacancies", "200", "--force"])
        id_key = keys / f"{name}-id.key"
        if not (folder / "own" / "model_card.json").exists():
            _run(["train", "--bundle", str(folder / "bundle"), "--out", str(folder / "own"),
                  "--seed", SEED, "--config", str(config), "--id-key", str(id_key),
                  "--truth", str(folder / "truth.json"), "--force"])
        if not (folder / "holdout").exists():
            key = read_key(id_key)
            trained = training_citizens(folder / "own" / "training_citizens.json", key)
            _split(folder / "bundle", trained.hashes, key, folder / "train",
                   folder / "holdout")
        if not (folder / "extract").exists():
            _run(["pool", "extract", str(folder / "train"), str(folder / "extract"),
                  "--key", str(keys / f"{name}-pseudonyms.key"), "--code", CODES[name],
                  "--purpose", "training the region's programme-suggestion model",
                  "--legal-basis", "demo: data-sharing agreement of the demo region",
                  "--retention-until", "2027-12-31", "--approved-by", "demo data officer",
                  "--approved-on", "2026-12-01"])
    if not (out / "pooled" / "model_card.json").exists():
        _run(["train", "--bundles", *(str(out / n / "extract") for n in CODES), "--out",
              str(out / "pooled"), "--seed", SEED, "--config", str(config), "--id-key",
              str(keys / "central-id.key"), "--force"])
    if not (out / "store").exists():
        from desktop_app.assets_path import demo_repository

        _run(["models", "update", "--from", str(demo_repository()), "--store",
              str(out / "store")])


def evaluate_all(out: Path, draws: int) -> list[dict[str, Any]]:
    from desktop_app.scoring.bundle_source import load_bundle
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.package_files import FolderPackage
    from training.suggestions.local_check import check_local

    regional = load_verified_model(out / "store")
    models = {"own data": lambda n: FolderPackage(out / n / "own"),
              f"regional (shipped v{regional.version})": lambda n: regional,
              "pooled (3 extracts)": lambda n: FolderPackage(out / "pooled")}
    rows = []
    for name in CODES:
        data = load_bundle(out / name / "holdout")
        for label, package in models.items():
            started = time.perf_counter()
            report = check_local(package(name), data, None, draws=draws,
                                 truth=out / name / "truth.json")
            report["seconds"] = round(time.perf_counter() - started)
            report["load"] = round(os.getloadavg()[0], 1)
            rows.append({"municipality": name, "model": label, "report": report})
            print(f"{name} / {label}: {report['verdict']} ({report['seconds']} s, load "
                  f"{report['load']})", flush=True)
        # What IT's check-local sees: the shared model on ALL of the municipality's history
        # (it never saw these citizens, so nothing is left out).
        started = time.perf_counter()
        report = check_local(regional, load_bundle(out / name / "bundle"), None, draws=draws,
                             truth=out / name / "truth.json")
        report["seconds"] = round(time.perf_counter() - started)
        report["load"] = round(os.getloadavg()[0], 1)
        label = f"regional (shipped v{regional.version}), all citizens"
        rows.append({"municipality": name, "model": label, "report": report})
        print(f"{name} / {label}: {report['verdict']} ({report['seconds']} s, load "
              f"{report['load']})", flush=True)
        (out / f"rows-{name}.json").write_text(json.dumps(rows, indent=1, default=str) + "\n")
    return rows


def _ci(value: dict[str, float]) -> str:
    return f"{value['estimate']:.3f} [{value['ci_low']:.3f}, {value['ci_high']:.3f}]"


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| municipality | model | held-out citizens | policy value, suggested | observed | "
             "gain vs observed | oracle gain share [95%] | outside support | verdict |",
             "|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        r = row["report"]
        if "policy_value" not in r:
            lines.append(f"| {row['municipality']} | {row['model']} | - | - | - | - | - | - | "
                         f"{r['verdict']} |")
            continue
        truth = r.get("truth") or {}
        share = truth.get("oracle_gain_share")
        ci = truth.get("oracle_gain_share_ci")
        share_text = "-" if share is None else (
            f"{share:.0%}" + (f" [{ci[0]:.0%}, {ci[1]:.0%}]" if ci else ""))
        failed = f" ({', '.join(r['failed'])})" if r["failed"] else ""
        lines.append(
            f"| {row['municipality']} | {row['model']} | {r['citizens_with_outcome']} | "
            f"{_ci(r['policy_value']['suggested'])} | {_ci(r['policy_value']['observed'])} | "
            f"{_ci(r['gain_vs_observed'])} | {share_text} | "
            f"{r['outside_support']['share']:.1%} | {r['verdict']}{failed} |")
    return "\n".join(lines) + "\n"


def cli() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--config", type=Path,
                        default=Path("training/suggestions/demo_config.json"))
    parser.add_argument("--draws", type=int, default=200)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="times each profile's number of citizens (default 1)")
    args = parser.parse_args()
    print(f"load at start {os.getloadavg()}", flush=True)
    prepare(args.out, args.config, args.scale)
    rows = evaluate_all(args.out, args.draws)
    (args.out / "table.json").write_text(json.dumps(rows, indent=1, default=str) + "\n")
    text = table(rows)
    (args.out / "table.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"load at end {os.getloadavg()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(cli())
