"""A completeness check that cannot be fooled: every screen, in every interface language.

The real window is driven through every screen on a world built to make each sentence appear
(`completeness_world`: counts of 0, 1, 2 and 26, suggestions, an abstention, an objection, a
closed case, recorded decisions, vacancies, no model, no cache). At each screen state every
visible text is read (`screen_texts`) in English, Danish, Norwegian, Dutch and a
pseudo-language in which every translated string is marked ⟦ … ⟧. Then:

- nothing in da, nb or nl equals its English text unless it is data (a name, a title, a
  number or date) or a word the language's glossary says is the same as in English;
- in the pseudo-language, every word on screen is inside a marked (translated) string or is
  data: text built outside `tr()` shows up unmarked;
- numbers and dates follow the language (no "5,000" or "2024-08-19" in da, nb or nl);
- every message of the .ts files was asked for on some screen, plural messages with several
  counts (an explicit, short list names the messages only an error path shows; those are
  checked against their English source in the .ts files instead).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.views.common import i18n
from desktop_app.views.common.event_wait import settle, wait_for
from desktop_app.views.search.case_table_model import CITIZEN_ID_ROLE, COL_ID
from desktop_app.views.sheet.sheet_tab import SHEET_LANGUAGES
from tests.conftest import write_audit_key
from tests.gui.completeness_world import (
    AUDIT_KEY,
    BARE,
    BOEGH,
    CHECKS,
    CLOSED,
    COMPLETE,
    JOURNEY,
    KJAER,
    LIKE_C000001,
    NO_RADIUS,
    NO_TITLE,
    OBJECTING,
    VESTERGAARD,
    CompletenessWorld,
    build_completeness_world,
    build_journey_world,
    data_strings,
    journey_data,
)
from tests.gui.conftest import I18N_DIR, OFFSCREEN_NOISE
from tests.gui.screen_texts import PseudoTranslator, RecordingTranslator, screen_texts, strip_marked
from tests.gui.test_i18n import messages

pytestmark = [
    pytest.mark.gui,
    # offscreen Qt cannot raise a window; bringing the insight window forward says so
    pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise"),
]
LANGUAGES = ("da", "nb", "nl")
LETTERS = re.compile(r"[^\W\d_]{2,}")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ENGLISH_THOUSANDS = re.compile(r"\b\d{1,3}(,\d{3})+\b")
CV_FILE_TEXT = "Truckfører med erfaring i lager og kundeservice."
# Texts that are the citizen's own document or names of languages in that language.
OWN_LANGUAGE_PATHS = ("sheet-preview:text", "sheet-language:item", "menu1/2/")
# Data the walk itself brings (caseworker ids, a publisher's withdrawal reason) and words Qt
# takes from the locale (key names, the English locale's month names in the pseudo-language).
MACHINE_WORDS = {"cw-test", "cw-always", "Fejl i træningsdata", "Ctrl", "Shift", "Alt", "Esc",
                 "cv.txt", *CV_FILE_TEXT.casefold().rstrip(".").split()}
# Qt's own widgets inside ours (the tab bar's scroll buttons) speak through Qt's translations.
QT_OWN_PATHS = ("ScrollLeftButton", "ScrollRightButton")
# Under the banner of a cache that cannot be opened, its last line is the storage layer's own
# detail for IT (English; turning it into codes belongs to the storage layer).
IT_DETAIL_PATHS = ("cache-banner:text",)
# Messages only an error path, a file dialog or another model shows (each listed with why):
# the walk cannot reach them without breaking its world, so they are checked in the .ts files
# (translated, not equal to English) instead. A message the walk starts to show must leave it.
NOT_ON_THE_WALK = "not_on_the_walk.json"


@dataclass
class Survey:
    data: set[str]
    states: list[tuple[str, dict[str, dict[str, str]]]] = field(default_factory=list)
    recorder: RecordingTranslator = field(default_factory=RecordingTranslator)

    def _install_recorder(self) -> None:
        app = QCoreApplication.instance()
        app.removeTranslator(self.recorder)
        app.installTranslator(self.recorder)  # asked first: installed last

    def take(self, name: str, roots: list[QWidget] | Callable[[], list[QWidget]]) -> None:
        """The texts of `roots` in English, every other language and the pseudo-language
        (`roots` may be a function that opens them afresh in the language now chosen)."""
        def current() -> list[QWidget]:
            return roots() if callable(roots) else roots

        def read() -> dict[str, str]:
            shown = current()
            for root in shown:  # painted texts as they are now, not from a paint still due
                root.repaint()
            return _merged(shown)

        texts: dict[str, dict[str, str]] = {}
        for code in ("en", *LANGUAGES):
            i18n.set_language(code)
            self._install_recorder()
            settle(40)
            texts[code] = read()
        i18n.set_language("en")
        pseudo = PseudoTranslator()
        QCoreApplication.instance().installTranslator(pseudo)
        self._install_recorder()
        settle(40)
        texts["pseudo"] = read()
        QCoreApplication.instance().removeTranslator(pseudo)
        i18n.set_language("en")
        self._install_recorder()
        settle(20)
        self.states.append((name, texts))


def _merged(roots: list[QWidget]) -> dict[str, str]:
    found: dict[str, str] = {}
    for index, root in enumerate(roots):
        for key, text in screen_texts(root).items():
            found[f"{index}:{root.objectName()}/{key}"] = text
    return found


# --- the walk ---------------------------------------------------------------------------------


def _wait_ready(window) -> None:  # type: ignore[no-untyped-def]
    if not window._ready_sent:
        assert wait_for(window.ready, 60_000)


def _search(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.search_panel.search_box.setText(text)
    window.search_panel.search_now()
    assert wait_for(window.store.search_done, 60_000), text


def _open(window, citizen_id: str):  # type: ignore[no-untyped-def]
    _search(window, citizen_id)
    shown = window.case_view.overview_tab.detail
    if shown is not None and shown.records.citizen_id == citizen_id:
        return shown  # still open: the search kept it selected
    model = window.case_model
    row = next(r for r in range(model.rowCount())
               if model.index(r, COL_ID).data(CITIZEN_ID_ROLE) == citizen_id)
    window.case_table.selectRow(row)
    # the search closed the case it dropped (case_shown with None) before this one opens
    assert wait_for(window.case_shown, 60_000, lambda detail: detail is not None
                    and detail.records.citizen_id == citizen_id), citizen_id
    settle(30)
    return window.case_view.overview_tab.detail


def _tabs(survey: Survey, window, name: str) -> None:  # type: ignore[no-untyped-def]
    view = window.case_view
    for index in range(view.count()):
        view.setCurrentIndex(index)
        if view.widget(index) is view.sheet_tab:
            _wait_until(lambda: view.sheet_tab.preview is not None, 30_000)
        settle(30)
        survey.take(f"{name} / tab {index}", [window])
    view.setCurrentIndex(0)


class _Seen:
    """Counts a signal from now on (so an emission during other waiting is not missed)."""

    def __init__(self, signal) -> None:  # type: ignore[no-untyped-def]
        self.count = 0
        signal.connect(self._hit)

    def _hit(self, *_: object) -> None:
        self.count += 1


def _wait_until(condition, timeout_ms: int) -> bool:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(50)
        waited += 50
    return condition()


def _decide(survey: Survey, window) -> None:  # type: ignore[no-untyped-def]
    """The Decision tab's states: nothing chosen, deviating, own assessment first, recorded."""
    decision = window.case_view.decision_tab
    window.case_view.setCurrentWidget(decision)
    decision.record_button.click()
    survey.take("decision: nothing chosen", [window])
    top = decision.top_suggestion()
    other = next(str(p["id"]) for p in decision.detail.programmes if str(p["id"]) != top)
    decision.programme.setCurrentIndex(decision.programme.findData(other))
    decision.record_button.click()
    survey.take("decision: deviating without a reason", [window])
    decision.own_first.setChecked(True)
    decision.record_button.click()
    survey.take("decision: own assessment first", [window])
    window.case_view.setCurrentWidget(window.case_view.programmes_tab)
    survey.take("programmes: hidden until assessed", [window])
    window.case_view.setCurrentWidget(decision)
    decision.own_assessment.setPlainText("Borgeren vil gerne lære sproget først.")
    decision.note_button.click()
    decision.programme.setCurrentIndex(decision.programme.findData(top))
    recorded, reloaded = _Seen(window.decision_recorded), _Seen(window.case_shown)
    decision.record_button.click()
    assert _wait_until(lambda: recorded.count and reloaded.count, 30_000)
    survey.take("decision: recorded, case shown again", [window])
    decision.own_first.setChecked(False)


def _jobs_and_sheet(survey: Survey, window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    jobs = window.case_view.jobs_tab
    window.case_view.setCurrentWidget(jobs)
    cv = folder / "cv.txt"
    cv.write_text(CV_FILE_TEXT, encoding="utf-8")
    changed = _Seen(jobs.jobs_changed)
    jobs.add_cv_file(str(cv))
    assert _wait_until(lambda: changed.count, 60_000)
    survey.take("jobs: a CV file added", [window])
    sheet = window.case_view.sheet_tab
    window.case_view.setCurrentWidget(sheet)
    _wait_until(lambda: sheet.preview is not None, 30_000)
    sheet.language.setCurrentIndex(sheet.language.findData("en"))  # a checked translation
    _wait_until(lambda: sheet.preview is not None and sheet.preview.lang == "en", 30_000)
    survey.take("sheet: checked translation", [window])
    exported = _Seen(window.sheet_exported)
    sheet.export_to(folder / "sheet.pdf")
    assert _wait_until(lambda: exported.count, 60_000)
    survey.take("sheet: exported", [window])


def _panel(survey: Survey, window, name: str) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.trust.update import UpdateResult

    panel = window.show_model_panel()
    panel.wait()
    _wait_until(lambda: panel.info is not None, 30_000)
    survey.take(name, [panel])
    outcomes = [None, UpdateResult("installed", "", 2), UpdateResult("up-to-date", "", 1),
                UpdateResult("withdrawn", "Fejl i træningsdata", 1),
                UpdateResult("nothing-available", "", None)]
    for outcome in outcomes if name == "model panel" else ():
        panel._check = lambda outcome=outcome: outcome
        panel.check_for_updates()
        panel.wait()
        settle(30)
        survey.take(f"{name}: update {getattr(outcome, 'status', None)}", [panel])
    panel.close()


def _walk(survey: Survey, world: CompletenessWorld, model_world, journey_world,  # type: ignore[no-untyped-def]
          folder: Path) -> None:
    from desktop_app.views.main_window import MainWindow

    window = MainWindow(world.cache, caseworker="cw-test", model_loader=model_world.loader(),
                        audit_key_path=world.home / "keys" / "audit.key", update_check=lambda: None)
    window.resize(1400, 900)
    window.show()
    _wait_ready(window)
    _wait_until(lambda: window.warming_done, 120_000)
    survey.take("start: first page", [window])
    for text in ("Qzxq", VESTERGAARD, BOEGH, KJAER):  # 0, 1, 2 and 26 matches
        _search(window, text)
        survey.take(f"search {text}", [window])
    for citizen_id in (CHECKS, LIKE_C000001, BARE, JOURNEY):
        _open(window, citizen_id)
        _tabs(survey, window, citizen_id)
    _open(window, CHECKS)
    _decide(survey, window)
    _jobs_and_sheet(survey, window, folder)
    _open(window, COMPLETE)  # every programme open to the citizen: each waiting time shown
    window.case_view.setCurrentWidget(window.case_view.programmes_tab)
    survey.take("programmes: all eligible", [window])
    for citizen_id in ("T00001", "T00002", "T00003", COMPLETE, NO_TITLE, NO_RADIUS):
        _open(window, citizen_id)  # 1, 2 and 26 skills and months; every field; gaps
        survey.take(f"overview {citizen_id}", [window])
        window.case_view.setCurrentWidget(window.case_view.jobs_tab)
        survey.take(f"jobs {citizen_id}", [window])
        window.case_view.setCurrentIndex(0)
    _open(window, OBJECTING)
    _tabs(survey, window, "objection")
    window.search_panel.open_only.setChecked(False)
    _open(window, CLOSED)
    survey.take("closed case", [window])
    window.search_panel.open_only.setChecked(True)
    window.meeting_action.setChecked(True)
    survey.take("meeting mode", [window])
    window.meeting_action.setChecked(False)
    _panel(survey, window, "model panel")
    window.show_oversight()
    _wait_until(lambda: window.oversight_dialog.report is not None, 30_000)
    survey.take("oversight", [window.oversight_dialog])
    window.oversight_dialog.close()
    window.show_insight()
    insight = window.insight_window
    for index in range(insight.factor_box.count()):
        insight.factor_box.setCurrentIndex(index)
        _wait_until(lambda: insight.insight is not None
                    and insight.insight.factor == insight.factor, 60_000)
        survey.take(f"insight {index}", [insight])
    insight.close()
    survey.take("shortcuts", lambda: [_shortcuts(window)])
    window.close()

    from desktop_app.trust.errors import ModelUnavailable

    def no_model():  # type: ignore[no-untyped-def]
        raise ModelUnavailable("no model is installed in /nowhere (test)")

    os.environ["WAYFINDER_HOME"] = str(folder / "empty-home")  # no taxonomy either
    bare = MainWindow(world.cache, caseworker="cw-test", model_loader=no_model,
                      audit_key_path=world.home / "keys" / "audit.key", update_check=lambda: None)
    bare.resize(1400, 900)
    bare.show()
    _wait_ready(bare)
    _open(bare, CHECKS)
    _tabs(survey, bare, "no model, no taxonomy")
    _panel(survey, bare, "no model: model panel")
    bare.close()
    missing = MainWindow(world.home / "no-such-cache.sqlite", update_check=lambda: None)
    missing.show()
    _wait_ready(missing)
    settle(50)
    survey.take("missing cache", [missing])
    missing.close()

    os.environ["WAYFINDER_HOME"] = str(journey_world.store.parent)  # its attendance model
    demo = MainWindow(journey_world.cache, caseworker="cw-test", update_check=lambda: None,
                      audit_key_path=write_audit_key(folder / "journey-keys", AUDIT_KEY))
    demo.resize(1400, 900)
    demo.show()
    _wait_ready(demo)
    _open(demo, journey_world.busy)
    demo.case_view.setCurrentWidget(demo.case_view.journey_tab)
    demo.case_view.journey_tab.text_button.setChecked(True)
    survey.take("journey with attendance", [demo])
    demo.close()
    _team_lead(survey, folder)


def _lead_cache(folder: Path, plan: str) -> Path:
    """The GUI test cache (intakes, a roster, citizens no caseworker holds) with a plan that is
    current (`plan="current"`), older than its places (`"stale"`) or none (`"none"`)."""
    from tests.gui.conftest import build_cache
    from tests.gui.test_team_lead import store_lead_plan

    path = build_cache(folder)
    if plan != "none":
        store_lead_plan(path, current=plan == "current")
    return path


NAME_KEYS = ("name", "display_name", "title", "employer")


def bundle_data(bundle: Path) -> set[str]:
    """The names a bundle can put on a screen: citizens', caseworkers' and programmes' names
    (in every language), job titles and employers."""
    found: set[str] = set()

    def collect(value: object, named: bool = False) -> None:
        if isinstance(value, str) and named:
            found.add(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(item, named or key in NAME_KEYS)
        elif isinstance(value, list):
            for item in value:
                collect(item, named)

    for part in bundle.glob("*.jsonl"):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                collect(json.loads(line))
    return found


def _team_lead(survey: Survey, folder: Path) -> None:
    """The team lead's window: planning (current, stale and no plan; an export) and
    assigning caseworkers (the proposal accepted, then another caseworker chosen)."""
    home = folder / "lead-home"  # no model installed: the plan is the stored one
    os.environ["WAYFINDER_HOME"] = str(home)
    key = write_audit_key(home, b"k" * 32)  # the key the GUI test cache was written with
    for plan in ("current", "stale", "none"):
        cache = _lead_cache(folder / f"lead-{plan}", plan)
        survey.data |= bundle_data(cache.parent / "bundle")
        _lead_window(survey, cache, plan, key, folder)


def _lead_window(survey: Survey, cache: Path, plan: str, key: Path,  # type: ignore[no-untyped-def]
                 folder: Path) -> None:
    from desktop_app.views.main_window import MainWindow

    window = MainWindow(cache, caseworker="lead-1", role="team-lead", audit_key_path=key,
                        update_check=lambda: None)
    window.resize(1400, 900)
    window.show()
    _wait_ready(window)
    window.show_team_lead(0)
    lead = window.team_lead_window
    assert _wait_until(lambda: lead.planning.model.rowCount() > 0, 30_000)
    settle(100)
    survey.take(f"team lead: planning, {plan} plan", [lead])
    if plan == "none":  # recompute: no suggestion model is installed on the walk's laptop
        finished = _Seen(lead.planning.replan.finished)
        lead.planning.replan.button.click()
        assert _wait_until(lambda: finished.count, 60_000)
        survey.take("team lead: recompute without a model", [lead])
    if plan == "current":
        survey.take("team lead: menu", [window])
        exported = _Seen(lead.planning.exported)
        lead.planning.export_to(folder / "planning.csv", "csv")
        assert _wait_until(lambda: exported.count, 60_000)
        survey.take("team lead: planning exported", [lead])
        shown = _Seen(lead.assignment.shown)
        window.show_team_lead(1)
        assert _wait_until(lambda: shown.count, 30_000)
        survey.take("team lead: assignment", [lead])
        _assign(survey, lead, None)  # the proposal accepted
        _assign(survey, lead, "W2")  # another caseworker chosen
    lead.close()
    window.close()


def _assign(survey: Survey, lead, chosen: str | None) -> None:  # type: ignore[no-untyped-def]
    assignment = lead.assignment
    assigned, shown = _Seen(assignment.assigned), _Seen(assignment.shown)
    if chosen is None:
        assignment.accept_button.click()
    else:
        assignment.choice.setCurrentIndex(assignment.choice.findData(chosen))
        assignment.change_button.click()
    assert _wait_until(lambda: assigned.count and shown.count, 30_000)
    survey.take(f"team lead: assigned to {chosen or 'the proposal'}", [lead])


def _shortcuts(window) -> QWidget:  # type: ignore[no-untyped-def]
    """The shortcut list, opened afresh in the language now chosen (it is modal)."""
    for old in QApplication.topLevelWidgets():
        if isinstance(old, QMessageBox):
            old.close()
    window.show_shortcuts()
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible())


@pytest.fixture(scope="module")
def survey(tmp_path_factory, model_world, qapp, translations_built) -> Iterator[Survey]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("completeness")
    world = build_completeness_world(folder)
    journey = build_journey_world(folder / "journey")
    previous = os.environ.get("WAYFINDER_HOME")
    os.environ["WAYFINDER_HOME"] = str(world.home)
    card = json.loads((model_world.model_dir / "model_card.json").read_text(encoding="utf-8"))
    result = Survey(data_strings(world) | journey_data(journey) | MACHINE_WORDS
                    | {str(card.get("data", {}).get("municipality"))})
    try:
        i18n.set_language("en")
        _walk(result, world, model_world, journey, folder)
    finally:
        for widget in QApplication.topLevelWidgets():  # a failed walk leaves windows open
            if widget.isVisible():
                widget.close()
        QCoreApplication.instance().removeTranslator(result.recorder)
        i18n.set_language("en")
        if previous is None:
            os.environ.pop("WAYFINDER_HOME", None)
        else:
            os.environ["WAYFINDER_HOME"] = previous
        shutil.rmtree(folder, ignore_errors=True)
    yield result


# --- the rules --------------------------------------------------------------------------------


def _glossary(code: str) -> dict:  # type: ignore[type-arg]
    return json.loads((I18N_DIR / f"glossary_{code}.json").read_text(encoding="utf-8"))


def _endonyms() -> set[str]:
    names = set(SHEET_LANGUAGES.values()) | set(i18n.LANGUAGES.values())
    for code in ("da", "nb", "nn", "no", "nl", "en", "ar", "uk", "so", "ti", "sv", "de", "pl"):
        native = QLocale(code).nativeLanguageName()
        names |= {native, f"{code} ({native})"}
    return names


def _without_data(text: str, data: set[str]) -> str:
    for datum in sorted((d for d in data if d in text), key=len, reverse=True):
        text = text.replace(datum, " ")
    return text


def _wordy(text: str, data: set[str]) -> bool:
    """Has words that are not data: names, titles, ids and paths (they hold digits or
    slashes), and language codes."""
    if re.fullmatch(r"[a-z]{2,3}", text.strip()):  # a language code
        return False
    # data holding a slash first (a name with markup or a URL), then paths, then other data
    rest = _without_data(text, {d for d in data if re.search(r"[/\\]", d)})
    rest = " ".join(t for t in rest.split() if not re.search(r"[/\\]", t))  # paths
    rest = _without_data(rest, data)
    rest = " ".join(t for t in rest.split() if not re.search(r"\d", t))  # ids, numbers
    return bool(LETTERS.search(rest))


def _own_language(path: str) -> bool:
    return any(part in path for part in (*OWN_LANGUAGE_PATHS, *QT_OWN_PATHS))


def _checked_part(path: str, text: str) -> str:
    """The text without what the check leaves to others (the storage layer's IT detail)."""
    if any(part in path for part in IT_DETAIL_PATHS):
        return text.rsplit("\n", 1)[0]
    return text


def _month_names() -> set[str]:
    locale = QLocale("en_GB")
    return {locale.monthName(m, form) for m in range(1, 13)
            for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)}


def _same_as_english(code: str) -> list[re.Pattern[str]]:
    """The glossary's words that are the same in English, as patterns (%1 stands for data)."""
    return [re.compile(re.escape(entry.replace("&", "")).replace(r"%1", ".+") + "$")
            for entry in _glossary(code)["same_as_english"]]


def test_no_screen_shows_english_in_danish_norwegian_or_dutch(survey: Survey) -> None:
    problems: list[str] = []
    endonyms = _endonyms()
    for code in LANGUAGES:
        same_as_english = _same_as_english(code)
        for state, texts in survey.states:
            english = texts["en"]
            for path, text in texts[code].items():
                if english.get(path) != text or _own_language(path) or text in endonyms:
                    continue
                if any(p.match(text.replace("&", "")) for p in same_as_english):
                    continue
                if _wordy(_checked_part(path, text), survey.data):
                    problems.append(f"{code} | {state} | {path}: {text[:140]!r}")
    assert not problems, f"{len(problems)} texts equal to English:\n" + "\n".join(problems)


def test_no_text_is_built_outside_tr(survey: Survey) -> None:
    problems: list[str] = []
    endonyms = _endonyms()
    data = survey.data | _month_names() | endonyms  # a language named in its own language
    for state, texts in survey.states:
        for path, text in texts["pseudo"].items():
            if _own_language(path) or text in endonyms:
                continue
            rest = strip_marked(_checked_part(path, text))
            if _wordy(rest, data):
                problems.append(f"{state} | {path}: {text[:140]!r}")
    assert not problems, f"{len(problems)} texts not from tr():\n" + "\n".join(problems)


def test_numbers_and_dates_follow_the_language(survey: Survey) -> None:
    problems: list[str] = []
    for code in LANGUAGES:
        for state, texts in survey.states:
            for path, text in texts[code].items():
                if _own_language(path):
                    continue
                rest = _without_data(text, survey.data)
                for pattern in (ISO_DATE, ENGLISH_THOUSANDS):
                    if pattern.search(rest):
                        problems.append(f"{code} | {state} | {path}: {text[:120]!r}")
    assert not problems, "\n".join(problems)


def test_every_message_is_shown_on_some_screen(survey: Survey) -> None:
    committed = set(messages(I18N_DIR / "wayfinder_en.ts"))
    listed = {(m[0], m[1]) for m in json.loads(
        (Path(__file__).parent / NOT_ON_THE_WALK).read_text(encoding="utf-8"))}
    missed = committed - survey.recorder.asked
    assert missed - listed == set(), "never shown on the walk:\n" + "\n".join(
        map(str, sorted(missed - listed)))
    assert listed - missed == set(), "now shown on the walk, take off the list:\n" + "\n".join(
        map(str, sorted(listed - missed)))
    assert listed <= committed, "listed but no longer in the .ts files"


def test_counts_on_screen_include_0_1_2_and_26(survey: Survey) -> None:
    seen = set().union(*survey.recorder.counts.values())
    assert {0, 1, 2, 26} <= seen
    weeks = survey.recorder.counts.get(("Wording", "Waiting time: about %Ln week(s)."), set())
    assert {1, 2} <= weeks  # and 0 says "No waiting time."
    for key in (("CaseOverview", "%Ln month(s)"), ("CaseOverview", "%Ln recorded skill(s)"),
                ("MainWindow", "%Ln match(es)")):
        assert {0, 1, 2, 26} <= survey.recorder.counts.get(key, set()), key


def test_messages_off_the_walk_are_translated() -> None:
    listed = json.loads((Path(__file__).parent / NOT_ON_THE_WALK).read_text(encoding="utf-8"))
    for code in LANGUAGES:
        found = messages(I18N_DIR / f"wayfinder_{code}.ts")
        same = set(_glossary(code)["same_as_english"])
        for context, source, _why in listed:
            message = found[(context, source)]
            forms = [f.text for f in message.iter("numerusform")] or \
                [message.find("translation").text]
            for form in forms:
                assert form and (form != source or form in same), (code, context, source)

