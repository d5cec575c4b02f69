"""Skill profile: occupations' skills, recorded skills, CV skills, each with its source."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from desktop_app.matching import skill_profile as sp
from desktop_app.matching.cv_text import CvReadError, read_cv
from desktop_app.matching.skill_finder import SkillFinder
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.title_ranker import TitleRanker


def _first_label(taxonomy: SkillTaxonomy, uri: str, language: str) -> str:
    return next(label for u, label, lang in taxonomy.skill_labels if u == uri and lang == language)


@pytest.fixture(scope="module")
def ranker(taxonomy: SkillTaxonomy) -> TitleRanker:
    labels = taxonomy.occupation_labels
    return TitleRanker([label for _, label, _ in labels], [uri for uri, _, _ in labels])


def test_profile_keeps_every_source(taxonomy: SkillTaxonomy, ranker: TitleRanker) -> None:
    coded, free_text = sorted(taxonomy.essential)[:2]
    title = taxonomy.label(free_text, "da").upper()  # as a register might write it
    cv_skill = sorted(taxonomy.skill_index)[-1]
    cv_label = _first_label(taxonomy, cv_skill, "da")
    citizen = {
        "id": "c1",
        "previous_jobs": [{"title": "x", "esco_occupation": coded}, {"title": title}],
        "skills": ["urn:recorded:skill"],
        "cv_text": f"Erfaring: jeg kan {cv_label}, og meget andet.",
    }
    profile = sp.build_profile(citizen, taxonomy, SkillFinder(taxonomy.skill_labels), ranker)
    assert profile.occupations == [coded, free_text]
    essential_of_coded = profile.skills[taxonomy.essential[coded][0]]
    assert sp.SkillSource(sp.SOURCE_ESSENTIAL, coded) in essential_of_coded.sources
    for uri in taxonomy.optional.get(free_text, []):
        assert any(
            s.kind in {sp.SOURCE_OPTIONAL, sp.SOURCE_ESSENTIAL} for s in profile.skills[uri].sources
        )
    assert profile.skills["urn:recorded:skill"].sources == (sp.SkillSource(sp.SOURCE_RECORDED, ""),)
    cv_sources = [s for s in profile.skills[cv_skill].sources if s.kind == sp.SOURCE_CV]
    assert cv_sources and cv_sources[0].detail


def test_caseworker_confirms_and_removes(taxonomy: SkillTaxonomy) -> None:
    occupation = sorted(taxonomy.essential)[0]
    citizen = {"previous_jobs": [{"esco_occupation": occupation}], "skills": []}
    profile = sp.build_profile(citizen, taxonomy)
    first, second = taxonomy.essential[occupation][:2]
    profile.confirm(first)
    profile.remove(second)
    assert profile.skills[first].status == "confirmed"
    assert second in profile.skills and second not in profile.active()
    rebuilt = sp.build_profile(citizen, taxonomy)
    rebuilt.apply_decisions({first: "confirmed", second: "removed"})
    assert rebuilt.active() == profile.active()


def test_finder_matches_inflected_multilingual_labels() -> None:
    finder = SkillFinder(
        [
            ("urn:s:forklift", "køre gaffeltruck", "da"),
            ("urn:s:forklift", "heftruck besturen", "nl"),
            ("urn:s:team", "work in a team", "en"),
            ("urn:s:short", "IT", "en"),  # too short to trust on its own
        ]
    )
    found = finder.find("Jeg har kørt truck. Kan KØRE gaffeltrucks; ik kan heftruck besturen. IT")
    assert [f.uri for f in found] == ["urn:s:forklift"]
    assert found[0].snippet == "koere gaffeltrucks"
    assert [f.uri for f in finder.find("I like to work in teams")] == ["urn:s:team"]


def _docx(path: Path, paragraphs: list[str]) -> Path:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
        )
    return path


def test_cv_files_txt_docx_pdf(tmp_path: Path) -> None:
    txt = tmp_path / "cv.txt"
    txt.write_text("Lagerarbejder i 5 år\nkøre gaffeltruck", encoding="utf-8")
    assert "gaffeltruck" in read_cv(txt)
    docx = _docx(tmp_path / "cv.docx", ["Erfaring", "køre gaffeltruck hver dag"])
    assert read_cv(docx).splitlines() == ["Erfaring", "køre gaffeltruck hver dag"]
    pdf = tmp_path / "cv.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "Warehouse worker, able to work in a team")
    page.save()
    assert "work in a team" in read_cv(pdf)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.docx", b"not a zip", "not a readable Word"),
        ("cv.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
        ("cv.odt", b"x", "unsupported file type"),
    ],
)
def test_unreadable_cv_is_named(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CvReadError, match=message):
        read_cv(path)
