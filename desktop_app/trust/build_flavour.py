"""Which trust root this build uses: "demo" (development, demo municipality) or "production".

This is code, not configuration: a production build is made by shipping this module with
`BUILD_FLAVOUR = "production"` and the municipality's root at `roots/production_root.json`
(see docs/model-updates.md). No environment variable, setting or file in the user's folders is
consulted, so nobody without the build can change which keys are trusted.
"""

from __future__ import annotations

from typing import Final

BUILD_FLAVOUR: Final[str] = "demo"
