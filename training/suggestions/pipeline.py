"""The whole `train` run: bundle -> model -> ONNX directory -> holdout evaluation -> card."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.scoring.bundle_source import load_bundle
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
    bundle: Path
    out: Path
    seed: int = 1
    config_path: Path | None = None
    primary_horizon: float | None = None
    truth: Path | None = None
    key_path: Path | None = None


def run_training(request: TrainRequest, progress: Callable[[str], None]) -> list[str]:
    config = TrainingConfig.load(request.config_path)
    if request.primary_horizon is not None:
        rest = [h for h in config.horizons if h != request.primary_horizon]
        config.horizons = [request.primary_horizon, *rest]
    progress(f"reading {request.bundle}")
    data = load_bundle(request.bundle)
    key = load_or_create_key(request.key_path)
    model = train_model(data, config, request.seed, progress)
    progress("exporting to ONNX and checking it against the trained models")
    manifest = write_model_dir(model, request.out, key, data.programmes())
    evaluation = None
    if model.holdout:
        progress(f"evaluating on {len(model.holdout)} held-out citizens")
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
    progress("fairness audit and sensitivity analysis")
    fairness = fairness_audit(model, data, request.out, config.min_cell)
    sensitivity = sensitivity_analysis(model)
    card = build_card(model, data, manifest, evaluation, fairness, sensitivity,
                      overlap_diagnostics(model), sample_sizes(model))
    write_card(request.out, card)
    return summary_lines(manifest, evaluation)


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
