"""Untrusted text stays text: no markup, no fetching, no silent gaps."""

from __future__ import annotations

import socket

import pytest
from reportlab import rl_config

from desktop_app.reports import fonts as sheet_fonts
from desktop_app.reports.builder import build_sheet
from desktop_app.reports.export import export_sheet
from desktop_app.reports.fonts import FontMissing
from tests.reports import pdftools
from tests.reports.sample import request, unlogged

HOSTILE = '<img src="http://x/a.png"/>'


def test_a_citizen_named_like_markup_renders_as_text_and_nothing_is_fetched(
        tmp_path, monkeypatch):
    pdftools.require_poppler()
    attempts: list[object] = []

    def refuse(*args, **kwargs):  # any network use fails the test
        attempts.append(args)
        raise OSError("network use during rendering")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    import reportlab.lib.utils as rl_utils

    real_open = rl_utils.open_for_read

    def watch_open(name, *args, **kwargs):
        if isinstance(name, str) and "://" in name:
            attempts.append(name)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(rl_utils, "open_for_read", watch_open)
    sheet = build_sheet(request("en", name=HOSTILE + ' <font face="Helvetica">x</font>'))
    path = tmp_path / "hostile.pdf"
    export_sheet(sheet, path, unlogged)
    text = pdftools.text(path)
    assert HOSTILE in text
    assert '<font face="Helvetica">x</font>' in text
    assert attempts == []
    assert rl_config.trustedSchemes == [] and rl_config.trustedHosts == []
    assert not any("Helvetica" in row[0] for row in pdftools.fonts(path))


def test_a_character_no_available_font_has_is_a_clear_error_not_empty_boxes(tmp_path,
                                                                             monkeypatch):
    """Catalog text (not data: a name is replaced by a substitute, see test_sheet_text) that no
    font can draw is an error naming the character."""
    from desktop_app.reports import fonts as sheet_fonts
    from desktop_app.reports.sheet import Passage, Section

    sheet_fonts.system_fallback.cache_clear()
    monkeypatch.setattr(sheet_fonts, "system_font_dirs", lambda: [tmp_path / "none"])
    try:
        sheet = build_sheet(request("en"))
        sheet.sections.append(Section("x", (Passage("para", "Wang \u4e2d", "en"),)))
        with pytest.raises(FontMissing, match="U\\+4E2D"):
            export_sheet(sheet, tmp_path / "sheet.pdf", unlogged)
    finally:
        sheet_fonts.system_fallback.cache_clear()
    assert list(tmp_path.iterdir()) == []


def test_a_device_or_symlink_target_is_refused(tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "elsewhere.pdf")
    with pytest.raises(IsADirectoryError, match="not a regular file"):
        export_sheet(build_sheet(request("en")), link, unlogged)
    assert link.is_symlink() and not (tmp_path / "elsewhere.pdf").exists()


def test_a_missing_font_file_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(sheet_fonts, "FONT_DIR", tmp_path)
    monkeypatch.setitem(sheet_fonts.FONT_FILES, "TestOnlyMissing", "TestOnlyMissing.ttf")
    with pytest.raises(FontMissing, match="TestOnlyMissing.ttf is missing"):
        sheet_fonts.register("TestOnlyMissing")


def test_failed_export_leaves_no_partial_file(tmp_path, monkeypatch):
    from desktop_app.reports import export as sheet_export

    def broken(*args, **kwargs):
        raise FontMissing("simulated: a font file vanished while rendering")

    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"previous sheet")
    monkeypatch.setattr(sheet_export, "tag_pdf", broken)
    with pytest.raises(FontMissing):
        export_sheet(build_sheet(request("en")), target, unlogged)
    assert target.read_bytes() == b"previous sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
