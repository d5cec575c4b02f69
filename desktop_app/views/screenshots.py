"""Write PNGs of every main screen in two (or more) languages, for review and the README.

    python -m desktop_app.views.screenshots --cache CACHE --out DIR [--languages en da]
        [--readme docs/screenshots/case-view.png]

Runs headless with QT_QPA_PLATFORM=offscreen or under xvfb-run. Opens the first case that has
previous jobs, languages and a suggestion, then grabs each tab, the model panel, oversight,
meeting mode, the dark palette, the missing-cache message and the team lead's planning and
assignment screens. With --readme, the English Programmes tab is also written there (the
README's picture, so it never goes out of date).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.views.application import make_application
from desktop_app.views.common import i18n
from desktop_app.views.common.event_wait import settle, wait_for
from desktop_app.views.common.palettes import apply_palette
from desktop_app.views.main_window import MainWindow
from desktop_app.views.team_lead.screenshots import take_team_lead

TAB_NAMES = ("overview", "programmes", "jobs", "journey", "decision", "sheet")


def pick_case(window: MainWindow) -> None:
    """Select a case with jobs, languages and a suggestion, so every tab shows a full record."""
    model = window.case_model
    for row in range(min(model.rowCount(), 80)):
        window.case_table.selectRow(row)
        if not wait_for(window.case_shown):
            return
        detail = window.case_view.overview_tab.detail
        citizen = detail.records.citizen if detail else {}
        case = detail.suggestions.case if detail else None
        suggested = case is not None and not case.abstained and case.suggested is not None
        if citizen.get("previous_jobs") and citizen.get("languages") and suggested:
            return


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    """Keep the event loop running until `condition` holds (the sheet preview is built on
    the worker) or the time is up."""
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(50)
        waited += 50
    return condition()


def shoot(window: MainWindow, path: Path) -> Path:
    settle()
    window.grab().save(str(path))
    print(path)
    return path


def shoot_tabs(window: MainWindow, out: Path, code: str,
               readme: Path | None = None) -> list[Path]:
    """Each tab of the open case; the sheet once its preview is built (a shot of "Preparing
    the preview…" over an empty page shows nothing)."""
    written = []
    view = window.case_view
    for index, name in enumerate(TAB_NAMES):
        view.setCurrentIndex(index)
        if view.widget(index) is view.sheet_tab:
            wait_until(lambda: view.sheet_tab.preview is not None, 60_000)
        written.append(shoot(window, out / f"{code}-{name}.png"))
        if readme is not None and name == "programmes":
            readme.parent.mkdir(parents=True, exist_ok=True)
            written.append(shoot(window, readme))
    return written


def take_all(cache: Path, out: Path, languages: list[str],
             readme: Path | None = None) -> list[Path]:
    app = make_application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for code in languages:
        i18n.set_language(code)
        apply_palette(app, False)
        window = MainWindow(cache)
        window.resize(1400, 860)
        window.show()
        if not wait_for(window.ready):
            raise SystemExit(f"the window did not become ready on {cache}")
        written.append(shoot(window, out / f"{code}-search.png"))
        while not window.warming_done and wait_for(window.store.warming, 120_000):
            pass  # the first case waits for the background warm-up anyway
        pick_case(window)
        written += shoot_tabs(window, out, code, readme if code == "en" else None)
        window.case_view.setCurrentIndex(1)
        panel = window.show_model_panel()
        wait_for(panel.shown_info)
        written.append(shoot(panel, out / f"{code}-model-panel.png"))
        panel.close()
        window.show_oversight()
        settle(400)
        written.append(shoot(window.oversight_dialog, out / f"{code}-oversight.png"))
        window.oversight_dialog.close()
        written.extend(take_team_lead(window, out, code, shoot))
        window.case_view.setCurrentIndex(0)
        window.meeting_action.setChecked(True)
        written.append(shoot(window, out / f"{code}-meeting-mode.png"))
        window.meeting_action.setChecked(False)
        i18n.set_language(code)
        window.dark_action.setChecked(True)
        written.append(shoot(window, out / f"{code}-dark.png"))
        window.dark_action.setChecked(False)
        window.close()
        missing = MainWindow(out / "no-such-cache.sqlite")
        missing.resize(1400, 860)
        missing.show()
        wait_for(missing.ready)
        written.append(shoot(missing, out / f"{code}-missing-cache.png"))
        missing.close()
    i18n.set_language("en")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache",
        type=Path,
        default=os.environ.get("WAYFINDER_CACHE"),
        required="WAYFINDER_CACHE" not in os.environ,
    )
    parser.add_argument("--out", type=Path, default=Path("var/screenshots"))
    parser.add_argument(
        "--languages", nargs="+", default=["en", "da"], choices=sorted(i18n.LANGUAGES)
    )
    parser.add_argument("--readme", type=Path,
                        help="also write the English Programmes tab here (the README picture)")
    args = parser.parse_args(argv)
    take_all(args.cache, args.out, args.languages, args.readme)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
