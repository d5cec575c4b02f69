"""`titles rank` blends the title encoder in, says so, and gives it more weight across languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.admin.commands import titles
from desktop_app.matching.sentence_encoder import load_encoder_folder
from desktop_app.matching.title_ranker import RankerSettings, TitleRanker
from tests.matching.admin_cli import run_admin


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    return path


def _args(tmp_path: Path) -> list[str]:
    corpus = [("C1_en_000", "warehouse worker"), ("C2_en_000", "baker"), ("C3_en_000", "nurse")]
    mapping = [(e, f"urn:{e[:2]}") for e, _ in corpus]
    queries = [("Q1", "lagermedarbejder og chauffør"), ("Q2", "bager i en bageributik")]
    return [
        "titles",
        "rank",
        "--corpus",
        str(_write(tmp_path / "corpus.tsv", corpus)),
        "--mapping",
        str(_write(tmp_path / "mapping.tsv", mapping)),
        "--queries",
        str(_write(tmp_path / "queries.tsv", queries)),
        "--out",
        str(tmp_path / "run.tsv"),
    ]


def test_rank_names_the_encoder_and_the_languages(
    tmp_path: Path, tiny_encoder_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*_args(tmp_path), "--encoder", str(tiny_encoder_dir), "--query-language", "da"]
    assert run_admin(titles, argv) == 0
    said = capsys.readouterr().out
    assert "labels in en, titles in da" in said
    assert f"share {RankerSettings().encoder_weight_cross:.2f}" in said
    assert len((tmp_path / "run.tsv").read_text(encoding="utf-8").splitlines()) == 6


def test_lexical_only_is_said_out_loud(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_admin(titles, [*_args(tmp_path), "--lexical-only"]) == 0
    assert "lexical only" in capsys.readouterr().out


def test_titles_in_a_script_no_label_uses_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CV title in Arabic against Latin-script labels cannot be matched: said, not hidden."""
    argv = _args(tmp_path)
    queries = [("Q1", "bager"), ("Q2", "عامل مستودع"), ("Q3", "ممرضة")]
    argv[argv.index("--queries") + 1] = str(_write(tmp_path / "queries.tsv", queries))
    assert run_admin(titles, [*argv, "--lexical-only"]) == 0
    said = capsys.readouterr().out
    assert "2 of 3 titles are written in Arabic script" in said
    assert "not meaningful" in said


def test_a_broken_encoder_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "encoder"
    folder.mkdir()
    (folder / "title_tokenizer.json").write_text("{}", encoding="utf-8")
    assert run_admin(titles, [*_args(tmp_path), "--encoder", str(folder)]) != 0
    assert "title_encoder.onnx" in capsys.readouterr().err


def test_encoder_share_follows_the_languages(tiny_encoder_dir: Path) -> None:
    encoder = load_encoder_folder(tiny_encoder_dir)
    labels, concepts = ["tømrer", "bager"], ["urn:a", "urn:b"]
    settings = RankerSettings()
    same = TitleRanker(labels, concepts, language="da", encoder=encoder, query_language="da")
    cross = TitleRanker(labels, concepts, language="da", encoder=encoder, query_language="nl")
    plain = TitleRanker(labels, concepts, language="da", query_language="nl")
    assert same.encoder_weight == settings.encoder_weight
    assert cross.encoder_weight == settings.encoder_weight_cross
    assert plain.encoder_weight == 0.0
    scores = cross.label_scores(["timmerman"])
    assert scores.shape == (1, 2) and (scores >= 0).all()
