"""The model card: what the model is, what it learned from, how well it does and for whom.

Written as `model_card.json` (machine-readable) plus `model_card.md` and `model_card.html`
(readable). Counts below the minimum cell size are shown as "<10", never exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.scoring.subjective import is_subjective
from training.suggestions.card_render import Section, html_page, markdown
from training.suggestions.trainer import TrainedModel

METHOD = (
    "Treatment = the programme decided at a meeting (intent to treat); 'none' = no programme "
    "decided. Outcome = in unsubsidised work or regular education at any time within the "
    "horizon after the decision (programme spells do not count); decisions whose horizon "
    "ends after the export date are left out (censored). Effects against 'none' are learned "
    "with a cross-fitted R-learner on LightGBM: a pooled outcome model over all arms "
    "(features plus the arm) gives each programme a starting contrast and the outcome "
    "nuisance; per programme, a weighted regression on Robinson residuals of the decisions "
    "for it or 'none' (pairwise propensity from a cross-fitted multiclass model) corrects "
    "that start as far as held-out citizens support; the mean of the per-fold replicates is "
    "distilled into one small tree ensemble per programme. Only decisions where the "
    "programme's rules allow it and both it and 'none' have a chance of at least the "
    "trimming threshold teach an effect. 90% intervals combine the spread of the per-fold "
    "replicates of the whole pipeline with a calibration allowance from sorted groups of "
    "out-of-fold effects checked against doubly robust pseudo-outcomes, by the prediction and "
    "along every feature. Where the training configuration switches it on, each programme's "
    "effect is then moved by a bias adjustment for selection on unobservables under "
    "proportional selection (Oster 2019; see 'Sensitivity'), so programmes are not ranked up "
    "for being given to people who would have found work anyway."
)


def build_card(model: TrainedModel, bundle_manifest: dict[str, Any], dated_fields: set[str],
               manifest: dict[str, Any], evaluation: dict[str, Any] | None,
               fairness: dict[str, Any], sensitivity: dict[str, Any],
               overlap: list[dict[str, Any]], sizes: list[dict[str, Any]]) -> dict[str, Any]:
    """`bundle_manifest`: the training bundle's manifest; `dated_fields`: fields it has dated
    assessments for."""
    schema = model.table.schema
    dated = sorted(dated_fields)
    return {
        "model": {k: manifest[k] for k in ("kind", "model_version", "created_at", "arms",
                                           "primary_horizon", "training_period")},
        "horizons": [h["weeks"] for h in manifest["horizons"]],
        "method": METHOD,
        "data": {
            "municipality": bundle_manifest.get("municipality"),
            "exported_at": bundle_manifest.get("exported_at"),
            "training_citizens": manifest["training_citizens"]["count"],
            "holdout_citizens": len(model.holdout),
            "sample_sizes": sizes,
            "dated_fields": dated,
            "snapshot_note": "Fields without dated assessments use the citizen's current "
                             "(snapshot) value at every decision.",
        },
        "features": [vars(f) for f in schema.features],
        "special_category_inputs": [f.name for f in schema.features if f.special_category],
        "subjective_inputs": {
            "attributes": list(schema.subjective_attributes),
            "features": [f.name for f in schema.features
                         if is_subjective(f.name, schema.subjective_attributes)],
            "excluded_from_training": model.config.excluded_subjective(),
        },
        "feature_notes": schema.notes,
        "overlap": overlap,
        "intervals": {f"{h['weeks']:g}": h["interval"] for h in manifest["horizons"]},
        "best_single_arm": {f"{h['weeks']:g}": h["best_single_arm"]
                            for h in manifest["horizons"]},
        "evaluation": evaluation,
        "personalisation": manifest.get("personalisation"),
        "fairness": fairness,
        "sensitivity": sensitivity,
    }


def _subjective_line(part: dict[str, Any]) -> str:
    used, left_out = part.get("attributes") or [], part.get("excluded_from_training") or []
    line = ("Subjective inputs (a caseworker's own rating, not a fact the citizen can check; "
            "labelled as such on the citizen's sheet): " + (", ".join(used) or "none") + ".")
    if left_out:
        line += " Left out of training (exclude_subjective_inputs): " + ", ".join(left_out) + "."
    return line


def write_card(out: Path, card: dict[str, Any]) -> None:
    text = json.dumps(card, indent=2, ensure_ascii=False, default=str)
    (out / "model_card.json").write_text(text + "\n", encoding="utf-8")
    sections = card_sections(card)
    title = f"Model card — programme suggestions {card['model']['model_version']}"
    (out / "model_card.md").write_text(markdown(title, sections), encoding="utf-8")
    (out / "model_card.html").write_text(html_page(title, sections), encoding="utf-8")


def card_sections(card: dict[str, Any]) -> list[Section]:
    model, data = card["model"], card["data"]
    sections = [
        Section("Model", [
            f"Arms: {', '.join(model['arms'])}. Horizons: "
            f"{', '.join(f'{h:g}' for h in card['horizons'])} weeks (suggestions rank by "
            f"{model['primary_horizon']:g}).", card["method"]]),
        Section("Data", [
            f"{data['municipality']}, exported {data['exported_at']}; decisions from "
            f"{model['training_period']['from']} to {model['training_period']['to']}; "
            f"{data['training_citizens']} training citizens, {data['holdout_citizens']} held "
            "out for evaluation.",
            data["snapshot_note"] + " Dated fields: " + (", ".join(data["dated_fields"]) or
                                                         "none") + "."],
            [_table(data["sample_sizes"])]),
        Section("Inputs", [
            "Special-category inputs (GDPR Art. 9): "
            + (", ".join(card["special_category_inputs"]) or "none") + ".",
            _subjective_line(card.get("subjective_inputs") or {}),
            *card["feature_notes"]],
            [(["feature", "meaning", "source", "special category"],
              [[f["name"], f["meaning"], f["source"], "yes" if f["special_category"] else ""]
               for f in card["features"]])]),
        Section("Overlap (propensity)", [
            "Estimated chance of being given each programme, among decisions where its rules "
            "allow it: for those who got it and those who did not. Little overlap means the "
            "effect rests on few comparable people."],
            [(["arm", "eligible", "chosen p05", "chosen median", "not chosen median",
               "below trim", "effective n"],
              [[o["arm"], o["eligible_decisions"],
                (o["chosen_propensity_quantiles"] or {}).get("p05"),
                (o["chosen_propensity_quantiles"] or {}).get("median"),
                (o["not_chosen_propensity_quantiles"] or {}).get("median"),
                o["share_below_trim"], round(o["effective_sample_size"])]
               for o in card["overlap"]])]),
    ]
    sections.append(_evaluation_section(card.get("evaluation"), card.get("personalisation")))
    sections.append(_fairness_section(card.get("fairness") or {}))
    sections.append(_sensitivity_section(card["sensitivity"]))
    from training.pooling.lineage import lineage_sections

    sections.extend(lineage_sections(card))
    return sections


def _table(rows: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    headers = list(rows[0]) if rows else []
    return headers, [[r.get(h) for h in headers] for r in rows]


def _evaluation_section(evaluation: dict[str, Any] | None,
                        personalisation: dict[str, Any] | None) -> Section:
    if not evaluation:
        return Section("Evaluation", ["No citizens were held out; no evaluation."])
    rows = [[name, v["estimate"], v["ci_low"], v["ci_high"]]
            for name, v in evaluation["policy_value"].items()]
    gain = evaluation["gain_vs_best_single"]
    rows.append([f"gain vs best single ({evaluation['best_single_arm']})", gain["estimate"],
                 gain["ci_low"], gain["ci_high"]])
    paragraphs = [
        f"Held-out citizens: {evaluation['evaluated_citizens']}, decisions with an observed "
        f"outcome: {evaluation['decisions_with_outcome']}. Doubly robust policy values, 95% "
        "bootstrap intervals clustered by citizen; 'with capacity' never suggests a programme "
        "more often than caseworkers used it.",
        (personalisation or {}).get("note") or "Following the suggestions did significantly "
        "better than the best single programme for everyone.",
    ]
    truth = evaluation.get("truth")
    if truth and truth.get("matched_decisions"):
        paragraphs.append(
            f"Against the known truth: oracle gain share {truth['oracle_gain_share']:.3f}, "
            f"top-1 agreement {truth['top1_agreement']:.3f}, 90% interval coverage "
            f"{truth.get('interval_coverage', float('nan')):.3f}.")
    return Section("Evaluation (held-out citizens)", paragraphs,
                   [(["policy", "estimate", "95% low", "95% high"], rows)])


def _fairness_section(fairness: dict[str, Any]) -> Section:
    section = Section("Fairness audit", [
        f"Groups smaller than {fairness.get('min_group_size')} are flagged and not shown."])
    for facet, parts in (fairness.get("facets") or {}).items():
        rates = parts["suggestion_rates"]
        groups = sorted({g for v in rates.values() for g in v})
        section.tables.append(([f"suggested ({facet})", *groups],
                               [[k, *[v.get(g) for g in groups]] for k, v in rates.items()]))
        calibration = parts["calibration"]
        section.tables.append(([f"calibration ({facet})", "n", "predicted", "observed", "gap",
                                "gap 95% CI"],
                               [[g, c.get("n"), c.get("predicted"), c.get("observed"),
                                 c.get("gap"), c.get("gap_ci") or c.get("flag")]
                                for g, c in calibration.items()]))
    proxies = (fairness.get("origin_proxies") or {}).get("features") or {}
    if proxies:
        section.paragraphs.append("Strongest proxies for origin (2|AUC-0.5|, 0 = none, 1 = "
                                  "perfect): " + ", ".join(f"{k} {v}" for k, v in
                                                           list(proxies.items())[:8]) + ".")
    return section


def _sensitivity_section(sensitivity: dict[str, Any]) -> Section:
    rows = [[r["arm"], r["effect"], r["ci_low"], r["ci_high"], r["risk_ratio"], r["e_value"],
             r["e_value_ci"]] for r in sensitivity["top_effects"]]
    tables = [(["programme", "effect", "95% low", "95% high", "risk ratio", "E-value",
                "E-value (CI)"], rows)]
    texts = [sensitivity["method"] + ". E-value: how strongly (risk ratio) a hidden confounder "
             "would have to be tied to both the choice and the outcome to explain the effect "
             "away; E-value (CI): to make it compatible with no effect."]
    adjustment = sensitivity.get("selection_adjustment")
    if adjustment:
        texts.append(
            f"Shipped effects are adjusted for selection on unobservables (Oster 2019) with "
            f"delta = {adjustment['delta']:g} (unrecorded reasons select as strongly as the "
            f"recorded ones) and R2max = {adjustment['r_max_factor']:g} x R2 of the full model. "
            "Without features the effect would be 'raw'; with them 'DR'; the shift "
            "extrapolates that movement to what the data do not record. A large shift means "
            "the programme is mostly given to people who do well anyway.")
        tables.append((["programme", "decisions", "raw", "DR", "R2 raw", "R2 full", "shift",
                        "adjusted"],
                       [[r["arm"], r["rows"], r["beta_short"], r["beta_full"], r["r2_short"],
                         r["r2_full"], r["shift"], r["adjusted"]]
                        for r in adjustment["arms"]]))
    return Section("Sensitivity to unobserved confounding", texts, tables)
