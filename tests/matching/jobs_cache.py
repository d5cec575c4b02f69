"""A real case cache and taxonomy for the Jobs tests: the demo taxonomy imported with
`import_esco`, and a bundle whose vacancies ask for the skills of real demo occupations."""

from __future__ import annotations

from pathlib import Path

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.matching.esco_import import import_esco
from desktop_app.matching.skill_taxonomy import SkillTaxonomy
from desktop_app.matching.taxonomy_store import open_taxonomy
from tests.foundation.bundle_factory import citizens, write_bundle
from tests.foundation.bundle_factory import programmes as factory_programmes
from tests.matching.conftest import DEMO_ESCO

EVIL_TITLE = "<b>Lager</b> <img src=x>"
AUDIT_KEY = b"k" * 32


def build_taxonomy(path: Path) -> SkillTaxonomy:
    db = open_taxonomy(path)
    import_esco(db, DEMO_ESCO)
    taxonomy = SkillTaxonomy.from_store(db)
    db.close()
    return taxonomy


def build_jobs_cache(folder: Path) -> tuple[Path, SkillTaxonomy]:
    """cache.sqlite and taxonomy.sqlite in `folder`; citizen C00000 worked as occupation 0."""
    taxonomy = build_taxonomy(folder / "taxonomy.sqlite")
    occupations = sorted(taxonomy.essential)[:6]
    vacancies = []
    for n, occupation in enumerate(occupations * 3):
        vacancies.append(
            {
                "id": f"V{n:03d}",
                "title": EVIL_TITLE if n == 0 else taxonomy.label(occupation, "da"),
                "employer": f"Firma {n}",
                "postcode": "5000",
                "lat": 55.40 + 0.01 * n,
                "lon": 10.39,
                "esco_occupation": occupation,
                "skills": [{"uri": s, "essential": True} for s in taxonomy.essential[occupation]]
                + [{"uri": s, "essential": False} for s in taxonomy.optional.get(occupation, [])],
                "hours_per_week": 37,
            }
        )
    people = citizens(4)
    people[0].update(
        previous_jobs=[{"title": "x", "esco_occupation": occupations[0], "from": "2019-01-01"}],
        skills=[],
        cv_text="",
    )
    people[1].update(previous_jobs=[{"title": "lagermedarb.", "from": "2019-01-01"}])
    programmes = [
        *factory_programmes(),
        {
            "id": "P1",
            "name": {"da": "Kursus", "en": "Course"},
            "kind": "vocational_course",
            "skills_taught": sorted(taxonomy.skill_index)[:40],
        },
    ]
    bundle = write_bundle(
        folder / "bundle", n=4, citizens=people, vacancies=vacancies, programmes=programmes
    )
    path = folder / "cache.sqlite"
    db = open_cache(path)
    import_bundle(db, read_bundle(bundle), audit=AuditLog(db, AUDIT_KEY), actor="test")
    db.close()
    return path, taxonomy
