"""Translations: every string translated in every language, sources in sync, and a language
switch at run time retranslates the open window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app.views.common import i18n
from tests.gui.conftest import I18N_DIR, OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]
VIEWS = I18N_DIR.parent / "views"
COUNT = re.compile(r"%L?n")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_every_string_is_translated(code: str) -> None:
    found = messages(I18N_DIR / f"wayfinder_{code}.ts")
    assert len(found) > 100
    unfinished = []
    for key, message in found.items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(key)
    assert unfinished == []


def fresh_ts(folder: Path) -> Path:
    """What `make translations-update` would collect from the code now."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    fresh = folder / "fresh.ts"
    sources = sorted(str(p) for p in VIEWS.rglob("*.py"))  # screens in subfolders too
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True
    )
    return fresh


def test_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    in_code = set(messages(fresh_ts(tmp_path)))
    for code in i18n.LANGUAGES:
        committed = set(messages(I18N_DIR / f"wayfinder_{code}.ts"))
        assert in_code - committed == set(), f"run lupdate: {code} lacks strings"


def test_every_count_in_the_code_is_a_plural_message(tmp_path: Path) -> None:
    """lupdate marks a message as plural (numerus) only for `self.tr(source, "", n)`; a `%n`
    asked for through `QCoreApplication.translate(..., n)` was collected as a plain message,
    and Qt then fell back to English for every n it had no form for."""
    for key, message in messages(fresh_ts(tmp_path)).items():
        if COUNT.search(key[1]):
            assert message.get("numerus") == "yes", f"lupdate does not see a plural in {key}"
            # %n writes "20000"; %Ln writes the count as the language writes numbers
            assert "%n" not in key[1], f"a count not through the locale (use %Ln): {key}"
    for code in i18n.LANGUAGES:
        for key, message in messages(I18N_DIR / f"wayfinder_{code}.ts").items():
            if COUNT.search(key[1]):
                forms = [f.text for f in message.iter("numerusform")]
                assert message.get("numerus") == "yes" and len(forms) == 2 and all(forms), \
                    (code, key)


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_plural_messages_read_right_for_0_1_2_and_26(code: str) -> None:
    """Through the built .qm, as the app loads it: no English for any count, no "(s)"."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(code)))
    plural = [k for k, m in messages(I18N_DIR / f"wayfinder_{code}.ts").items()
              if m.get("numerus") == "yes"]
    assert len(plural) >= 8
    for context, source in plural:
        for n in (0, 1, 2, 26):
            text = translator.translate(context, source, None, n)
            assert text, (code, context, source, n)
            assert "(s)" not in text and "(es)" not in text and "(r)" not in text, text
            if code != "en":
                assert text != source, (code, source, n)
            english = source.replace("(s)", "").replace("(es)", "")
            if code != "en" and n >= 2:
                assert text.split() != english.split(), (code, text)


def test_language_switch_retranslates_the_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    assert panel.open_only.text() == "Open cases only"
    assert i18n.set_language("da")
    qtbot.waitUntil(lambda: panel.open_only.text() == "Kun åbne sager")
    assert window.case_view.tabText(0) == "&Overblik"
    from PySide6.QtCore import Qt

    assert window.case_model.headerData(1, Qt.Orientation.Horizontal) == "Navn"
    assert i18n.set_language("nl")
    qtbot.waitUntil(lambda: panel.open_only.text() == "Alleen open dossiers")
    assert i18n.set_language("en")
    qtbot.waitUntil(lambda: panel.open_only.text() == "Open cases only")


def test_language_tags_map_to_interface_languages() -> None:
    assert i18n.supported("nb-NO") == "nb"
    assert i18n.supported("no") == "nb"
    assert i18n.supported("da_DK") == "da"
    assert i18n.supported("ar") is None


def accelerator(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        key = accelerator(text)
        if key is None:
            continue
        if key in seen:
            found.append(f"{seen[key]!r} / {text!r}")
        seen[key] = text
    return found


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_no_two_accelerators_clash_in_one_menu_or_tab(window, code: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu

    assert i18n.set_language(code) or code == "en"
    QApplication.processEvents()
    problems: list[str] = []

    def menu(m: QMenu) -> None:
        problems.extend(f"menu {m.title()!r}: {c}" for c in clashes(
            [a.text() for a in m.actions() if not a.isSeparator()]))
        for action in m.actions():
            if action.menu() is not None:
                menu(action.menu())

    problems.extend(f"menu bar: {c}" for c in clashes(
        [a.text() for a in window.menuBar().actions()]))
    for action in window.menuBar().actions():
        menu(action.menu())
    view = window.case_view
    problems.extend(f"tabs: {c}" for c in clashes(
        [view.tabText(i) for i in range(view.count())]))
    for page in [window.left_panel, *(view.widget(i) for i in range(view.count()))]:
        texts = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        texts += [w.text() for w in page.findChildren(QAbstractButton)]
        problems.extend(f"{page.objectName()}: {c}" for c in clashes(texts))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_plural_counts_are_numbers_in_the_language(qapp, code: str) -> None:  # type: ignore[no-untyped-def]
    """A count is a number like any other: "20.000 sager" in Danish, "20 000 saker" in
    Norwegian, "20,000 cases" in English (Qt's %n writes "20000"; %Ln follows the locale)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop_app.views.common.locale_text import number

    assert i18n.set_language(code)
    try:
        thousands = number(20000)
        assert thousands != "20000" and QLocale().groupSeparator() in thousands
        plural = [k for k, m in messages(I18N_DIR / f"wayfinder_{code}.ts").items()
                  if m.get("numerus") == "yes"]
        for context, source in plural:
            text = QCoreApplication.translate(context, source, None, 20000)
            assert thousands in text and "20000" not in text, (code, context, text)
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("code", sorted(i18n.LANGUAGES))
def test_no_accelerator_on_a_tab_clashes_with_the_menu_or_tab_bar(window, code: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter reaches the menu bar, the tab bar, the search panel and the open tab at
    once: in Danish Alt+V opened the "Vis" menu instead of "Valgt tilbud"."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    assert i18n.set_language(code) or code == "en"
    QApplication.processEvents()
    view = window.case_view

    def texts(page) -> list[str]:  # type: ignore[no-untyped-def]
        found = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
        return found + [w.text() for w in page.findChildren(QAbstractButton)]

    always = [a.text() for a in window.menuBar().actions()]
    always += [view.tabText(i) for i in range(view.count())] + texts(window.left_panel)
    problems = [f"{view.widget(i).objectName()}: {c}" for i in range(view.count())
                for c in clashes(always + texts(view.widget(i)))]
    assert not problems, "\n".join(problems)
