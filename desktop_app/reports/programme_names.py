"""A programme's name in the sheet's language, else the nearest one a reader can follow.

Programme names come from the case data in some languages only. The chain goes to a closely
related written language before English: Nynorsk readers get the Bokmål name, then Danish,
then English; Bokmål readers Nynorsk, then Danish; Danish readers Bokmål. A name in another
language than the sheet's is flagged on the sheet with the language it is in.
"""

from __future__ import annotations

from collections.abc import Mapping

FALLBACKS = {
    "nn": ("nb", "no", "da"),
    "nb": ("no", "nn", "da"),
    "da": ("nb", "no"),
}


def chain(lang: str) -> tuple[str, ...]:
    return (lang, *FALLBACKS.get(lang, ()), "en")


def programme_name(names: Mapping[str, str] | object, lang: str,
                   programme_id: str) -> tuple[str, str]:
    """(name, language of that name); the programme id (language "und") if it has no name."""
    if not isinstance(names, Mapping):
        names = {}
    for code in (*chain(lang), *sorted(names)):
        text = names.get(code)
        if text and str(text).strip():
            return str(text), code
    return programme_id, "und"
