"""Which trust root this build uses: "demo" (development, demo municipality) or "production".

Decided when the app is built, never at run time: `make package FLAVOUR=production
ROOT=path/to/1.root.json REPOSITORY=path/to/published/repository` writes `build.json` into the
app's own read-only folder, next to the trust roots (`packaging/build_config.py`), and copies the
municipality's root there as `roots/production_root.json`. No source file is edited for it. A
source checkout has no `build.json` and is a demo build. No environment variable, setting or
file in the user's folders is consulted, so nobody without the build can change which keys
are trusted; a build file that cannot be read stops the app from trusting anything.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

from desktop_app.assets_path import bundled
from desktop_app.trust.errors import TrustRootError

BUILD_FILE = "build.json"
BUILD_PATH = bundled("trust", BUILD_FILE)
FLAVOURS = ("demo", "production")


def read_build_flavour(path: Path = BUILD_PATH) -> str:
    """The flavour recorded in the build file at `path`; "demo" when there is none."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "demo"
    except (OSError, ValueError) as error:
        raise TrustRootError(f"the build file {path} cannot be read ({error})") from None
    flavour = raw.get("flavour") if isinstance(raw, dict) else None
    if flavour not in FLAVOURS:
        raise TrustRootError(f"the build file {path} names an unknown flavour {flavour!r}")
    return str(flavour)


def _flavour_or_refuse() -> str:
    try:
        return read_build_flavour()
    except TrustRootError:
        return "broken"  # builtin_trust_root then refuses: no keys are trusted at all


BUILD_FLAVOUR: Final[str] = _flavour_or_refuse()
