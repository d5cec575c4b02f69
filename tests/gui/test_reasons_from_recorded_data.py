"""Reasons only from recorded data, on screen and on the sheet: a citizen like demo citizen
C000001 ("unemployed since" recorded when the spell began, in work for the last ten months, no
current unemployment in the snapshot) has no time-unemployed input now, yet the trees give that
missing input the largest share of every programme's effect. The card must not say "time
unemployed lowers the estimate"; it says the input is not recorded."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from desktop_app.decisions.payload import suggestion_payload
from desktop_app.reports.builder import build_sheet
from desktop_app.reports.inputs import suggestions_from_mapping
from desktop_app.scoring.bundle_source import load_bundle
from desktop_app.scoring.model import SuggestionModel
from desktop_app.scoring.records import Spell, group_by_citizen
from desktop_app.scoring.suggester import Suggester
from desktop_app.trust.package_files import FolderPackage
from desktop_app.views.common import i18n
from desktop_app.views.programmes.programme_table_model import programme_name
from desktop_app.views.programmes.suggestion_card import SuggestionCard
from tests.gui.conftest import OFFSCREEN_NOISE
from tests.reports.sample import computer, request

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture(scope="module")
def like_c000001(model_world):  # type: ignore[no-untyped-def]
    model = SuggestionModel(FolderPackage(model_world.model_dir))
    data = load_bundle(model_world.cache.parent / "toy" / "bundle")
    suggester = Suggester(model, data.programmes(), data.exported_at)
    rec = next(iter(group_by_citizen(data.records).values()))
    day = rec.decisions[-1][0]
    # As in the demo: "unemployed since" was recorded (dated) when the spell began, then work
    # began and is still going on; the snapshot has no current unemployment.
    citizen = {k: v for k, v in rec.citizen.items() if k != "unemployed_since"}
    since = dt.date.fromordinal(day - 500).isoformat()
    working = replace(rec, citizen=citizen,
                      outcomes=[Spell(day - 500, day - 300, "unemployed", False),
                                Spell(day - 300, None, "employed", False)],
                      assessments={**rec.assessments, "unemployed_since": [(day - 500, since)]})
    return suggester.score([(working, day)])[0], data.programmes(), (suggester, working, day)


@pytest.mark.parametrize("language", ["en", "da"])
def test_a_missing_input_is_not_recorded_never_a_reason(qtbot, like_c000001, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(language)
    case, programmes, _ = like_c000001
    arms = [a for a in case.arms if a.arm != "none" and a.eligible is not False and a.reasons]
    missing_first = [a for a in arms if not a.reasons[0].recorded]
    assert missing_first, "the world no longer gives the missing input the largest share"
    label = {"en": "time unemployed", "da": "tid som ledig"}[language]
    not_recorded = {"en": "Not recorded", "da": "Ikke registreret"}[language]
    for arm in missing_first:
        assert arm.reasons[0].feature == "weeks_unemployed"
        card = SuggestionCard(arm, case.horizon, programmes[arm.arm], language,
                              lambda p: programme_name(programmes[p], language), top=False)
        qtbot.addWidget(card)
        lines = card.reasons.text().splitlines()
        main = [line for line in lines if line.startswith("• ")]
        assert len(main) == 3, lines  # three reasons from recorded data
        assert not any(label in line for line in main), lines
        assert lines[-1].startswith(not_recorded) and lines[-1].endswith(label), lines


def test_the_sheet_never_tells_a_missing_input_as_a_reason(like_c000001) -> None:  # type: ignore[no-untyped-def]
    """The same citizen on the explanation sheet, through the payload the app stores with a
    decision: "how long you have been out of work" is not among the reasons, and the data
    section says it is not recorded."""
    case, programmes, (suggester, working, day) = like_c000001
    features = suggester.features([(working, day)])[0]
    payload = suggestion_payload(case, programmes, "demo", features=features,
                                 schema=suggester.model.schema)
    stored = suggestions_from_mapping(json.loads(json.dumps(payload)))
    chosen = next(e for e in stored.estimates
                  if e.reasons and e.reasons[0].feature == "weeks_unemployed")
    assert not chosen.reasons[0].recorded
    stored = replace(stored, suggested=chosen.programme_id, abstained=False, abstentions=())
    for lang, label, not_recorded in (("en", "out of work", "how long you have been out of "
                                       "work: not recorded"),
                                      ("da", "uden job", "hvor længe du har været uden job: ikke "
                                       "registreret")):
        sheet = build_sheet(request(lang, computer=computer(stored), with_decision=False,
                                    programmes=programmes))
        reasons = " ".join(p.text for p in sheet.section("reasons").passages)
        data = " ".join(p.text for p in sheet.section("data_used").passages)
        assert label not in reasons.lower(), reasons
        assert not_recorded in data.lower(), data
