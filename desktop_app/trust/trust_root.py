"""The TUF root metadata this app trusts, built into the app (never read from user locations).

Demo builds trust `roots/demo_root.json` (made from the DEMO keys in `training/demo_keys/`).
Production builds (see build_flavour.py) trust `roots/production_root.json`, which the build
copies in, and refuse any root that is marked as the demo root or shares a key with it, so a
demo-signed model can never run in production.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.assets_path import bundled
from desktop_app.trust.build_flavour import BUILD_FLAVOUR, FLAVOURS, read_build_flavour
from desktop_app.trust.errors import TrustRootError

ROOTS_DIR = bundled("trust", "roots")
DEMO_ROOT_FILE = "demo_root.json"
PRODUCTION_ROOT_FILE = "production_root.json"
DEMO_MARKER = "x-wayfinder-demo-root"  # unrecognised (signed) field TUF keeps in root metadata


def builtin_trust_root(flavour: str = BUILD_FLAVOUR, roots_dir: Path = ROOTS_DIR) -> bytes:
    """Return the root metadata bytes this build trusts, or raise `TrustRootError`."""
    if flavour == "broken":
        read_build_flavour()  # raises, naming the unreadable build file
    if flavour not in FLAVOURS:
        raise TrustRootError(f"unknown build flavour {flavour!r}; expected demo or production")
    name = DEMO_ROOT_FILE if flavour == "demo" else PRODUCTION_ROOT_FILE
    path = roots_dir / name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TrustRootError(
            f"this {flavour} build has no trust root built in ({path} is missing)"
        ) from None
    signed = _signed_part(data, path)
    if flavour == "production":
        if signed.get(DEMO_MARKER):
            raise TrustRootError(f"a production build refuses the demo trust root ({path})")
        demo_keys = _demo_key_ids(roots_dir)
        shared = demo_keys & set(signed.get("keys", {}))
        if shared:
            raise TrustRootError(
                f"a production build refuses a trust root that contains DEMO key(s) "
                f"{', '.join(sorted(k[:12] for k in shared))} ({path})"
            )
    return data


def _signed_part(data: bytes, path: Path) -> dict:
    try:
        signed = json.loads(data)["signed"]
    except (ValueError, KeyError, TypeError):
        raise TrustRootError(f"the built-in trust root {path} is not TUF root metadata") from None
    if not isinstance(signed, dict) or signed.get("_type") != "root":
        raise TrustRootError(f"the built-in trust root {path} is not TUF root metadata")
    return signed


def _demo_key_ids(roots_dir: Path) -> set[str]:
    path = roots_dir / DEMO_ROOT_FILE
    if not path.exists():
        return set()
    return set(_signed_part(path.read_bytes(), path).get("keys", {}))


def root_key_ids(root: bytes) -> list[str]:
    """The ids of the keys allowed to sign root in `root` (for display)."""
    signed = _signed_part(root, Path("built-in root"))
    role = signed.get("roles", {}).get("root", {})
    return sorted(str(k) for k in role.get("keyids", []))
