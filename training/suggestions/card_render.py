"""Render model-card sections as Markdown and as a standalone HTML page."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

Table = tuple[list[str], list[list[Any]]]


@dataclass
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


def fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def markdown(title: str, sections: list[Section]) -> str:
    lines = [f"# {title}", ""]
    for section in sections:
        lines += [f"## {section.title}", ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
        for headers, rows in section.tables:
            lines.append("| " + " | ".join(headers) + " |")
            lines.append("|" + "---|" * len(headers))
            for row in rows:
                cells = [fmt(c).replace("|", "\\|") for c in row]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    return "\n".join(lines)


def html_page(title: str, sections: list[Section]) -> str:
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
           "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;"
           "padding:.2em .5em;text-align:left}th{background:#eee}</style></head><body>",
           f"<h1>{html.escape(title)}</h1>"]
    for section in sections:
        out.append(f"<h2>{html.escape(section.title)}</h2>")
        out += [f"<p>{html.escape(p)}</p>" for p in section.paragraphs]
        for headers, rows in section.tables:
            out.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers)
                       + "</tr>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td>{html.escape(fmt(c))}</td>" for c in row)
                           + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)
