"""The whole `train` run: sources -> decision table -> model -> ONNX directory -> holdout
evaluation -> card. The fits run on an engine (this process, or a Dask cluster)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from training.central.engine import Engine, LocalEngine
from training.central.progress import Progress
from training.central.sources import open_sources, programmes
from training.central.table import build_decision_table, evaluation_data
from training.pooling.lineage import (
    Extract,
    by_municipality,
    is_extract,
    lineage_record,
    open_extracts,
)
from training.suggestions.citizen_hashes import load_or_create_key
from training.suggestions.config import TrainingConfig
from training.suggestions.diagnostics import overlap_diagnostics, sample_sizes
from training.suggestions.evaluation import evaluate_model
from training.suggestions.export_model import write_manifest, write_model_dir
from training.suggestions.fairness import fairness_audit
from training.suggestions.model_card import build_card, write_card
from training.suggestions.sensitivity import sensitivity_analysis
from training.suggestions.trainer import train_model


@dataclass
class TrainRequest:
    bundle: Path  # a JSON Lines bundle or a Parquet bundle (`bundle to-parquet`)
    out: Path
    seed: int = 1
    config_path: Path | None = None
    primary_horizon: float | None = None
    truth: Path | None = None
    key_path: Path | None = None
    more_bundles: list[Path] = field(default_factory=list)  # pooled with `bundle`
    withdrawn: list[dict] = field(default_factory=list)  # extracts withdrawn since (lineage)

    @property
    def bundles(self) -> list[Path]:
        return [Path(self.bundle), *map(Path, self.more_bundles)]


def run_training(request: TrainRequest, progress: Progress | None = None,
                 engine: Engine | None = None) -> list[str]:
    progress = progress or Progress.quiet()
    engine = engine or LocalEngine()
    config = TrainingConfig.load(request.config_path)
    if request.primary_horizon is not None:
        rest = [h for h in config.horizons if h != request.primary_horizon]
        config.horizons = [request.primary_horizon, *rest]
    progress.note(f"reading {', '.join(map(str, request.bundles))}")
    extracts = pooled_extracts(request.bundles)
    sources = open_sources(request.bundles)
    key = load_or_create_key(request.key_path)
    built = build_decision_table(sources, config, engine, progress)
    model = train_model(None, config, request.seed, progress, table=built.table, engine=engine)
    progress.note("exporting to ONNX and checking it against the trained models")
    manifest = write_model_dir(model, request.out, key, programmes(sources))
    data = evaluation_data(sources, model.holdout, engine, progress)
    evaluation = None
    if model.holdout:
        progress.note(f"evaluating on {len(model.holdout)} held-out citizens")
        evaluation = evaluate_model(request.out, data, key, truth=request.truth,
                                    seed=request.seed)
        significant = bool(evaluation["personalisation_significant"])
        manifest["personalisation"] = {
            "significant": significant,
            "gain_vs_best_single": evaluation["gain_vs_best_single"],
            "note": None if significant else (
                "In evaluation, following these suggestions did not do significantly better "
                f"than giving everyone {evaluation['best_single_arm']}; treat the ranking as "
                "a hint, not as a personal prediction."),
        }
        write_manifest(request.out, manifest)
    progress.note("fairness audit and sensitivity analysis")
    fairness = fairness_audit(model, data, request.out, config.min_cell, built.audit_citizens)
    sensitivity = sensitivity_analysis(model)
    card = build_card(model, sources[0].manifest, built.stats.dated_fields, manifest, evaluation,
                      fairness, sensitivity, overlap_diagnostics(model), sample_sizes(model))
    card["engine"] = {"name": engine.name, "workers": engine.workers,
                      "distributed_fits": model.distributed_fits}
    if extracts:
        progress.note("lineage and figures per municipality")
        card["data"]["municipality"] = "pooled: " + ", ".join(e.municipality for e in extracts)
        card["lineage"] = lineage_record(extracts, _settings(request), request.withdrawn)
        card["by_municipality"] = by_municipality(request.out, data, key, extracts,
                                                  request.seed) if model.holdout else {}
    write_card(request.out, card)
    return summary_lines(manifest, evaluation)


def pooled_extracts(bundles: list[Path]) -> list[Extract]:
    """The training extracts among `bundles` (checked: approved, within retention), or [] when
    none is one; a mix of extracts and raw bundles is refused."""
    flags = [is_extract(b) for b in bundles]
    if not any(flags):
        return []
    if not all(flags):
        raw = [str(b) for b, f in zip(bundles, flags, strict=True) if not f]
        raise ValueError(f"{', '.join(raw)}: not a training extract; pool extracts only "
                         "('wayfinder-admin pool extract' in each municipality)")
    return open_extracts(bundles)


def _settings(request: TrainRequest) -> dict:
    """What `pool withdraw` needs to train again the same way."""
    def absolute(path: Path | None) -> str | None:
        return str(Path(path).resolve()) if path else None

    return {"seed": request.seed, "config": absolute(request.config_path),
            "primary_horizon": request.primary_horizon, "id_key": absolute(request.key_path)}


def summary_lines(manifest: dict, evaluation: dict | None) -> list[str]:
    lines = [f"arms: {', '.join(manifest['arms'])}",
             f"training period: {manifest['training_period']['from']} to "
             f"{manifest['training_period']['to']}",
             f"ONNX max difference: {json.dumps(manifest['onnx_max_abs_difference'])}"]
    if evaluation:
        value = evaluation["policy_value"]
        lines.append("holdout policy value (26w): " + ", ".join(
            f"{k} {v['estimate']:.3f}" for k, v in value.items()))
        for key in ("oracle_gain_share", "top1_agreement"):
            if evaluation.get(key) is not None:
                lines.append(f"{key}: {evaluation[key]:.3f}")
    return lines
