"""What `make package` builds: the flavour, the trust root and the signed repository it ships.

    make package                                          a DEMO build (DEMO keys, models_onnx/)
    make package FLAVOUR=production ROOT=1.root.json REPOSITORY=published/ RIGHTS=rights/
                                                          a production build

No source file is edited. The spec (`wayfinder.spec`) calls `resolve`, which checks everything
before PyInstaller runs and returns the extra data files: `build.json` (the flavour, read by
`desktop_app/trust/build_flavour.py`) and, for production, ROOT copied in as
`desktop_app/trust/roots/production_root.json`. Checks:
- production needs ROOT and REPOSITORY; a demo build takes no ROOT;
- ROOT must be root metadata a production build accepts (no demo marker, no DEMO key): the
  app's own check (`desktop_app.trust.trust_root.builtin_trust_root`);
- REPOSITORY must install and verify with that root exactly as a laptop does, so the frozen
  smoke test checks the municipality's own signed model, and a build never ships a repository
  its own root refuses;
- RIGHTS (a folder of filled `<CC>.json` rights templates for the explanation sheet) replaces
  the bundled DEMO templates of those countries; production needs it, since a production app
  refuses to print a sheet with a demo template. Each file is checked as the app checks it.
The same values can come from the environment (WAYFINDER_FLAVOUR, WAYFINDER_ROOT,
WAYFINDER_BUNDLED_REPOSITORY, WAYFINDER_RIGHTS), which is how make passes them to the spec.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

FLAVOURS = ("demo", "production")


class BuildConfigError(Exception):
    """The build cannot be made as asked; the message says what to pass."""


@dataclass(frozen=True)
class BuildConfig:
    flavour: str
    repository: Path  # the signed repository shipped inside the build (models_onnx/)
    rights_dir: Path  # the explanation sheet's rights templates shipped inside the build
    datas: list[tuple[str, str]] = field(default_factory=list)  # (file, folder in the bundle)


def resolve(
    flavour: str | None,
    root: str | Path | None,
    repository: str | Path | None,
    project_root: Path,
    work_dir: Path,
    rights: str | Path | None = None,
) -> BuildConfig:
    """Check the requested build and write its generated files into `work_dir`."""
    from desktop_app.trust.errors import TrustRootError
    from desktop_app.trust.trust_root import (
        DEMO_ROOT_FILE,
        PRODUCTION_ROOT_FILE,
        builtin_trust_root,
    )

    flavour = flavour or "demo"
    if flavour not in FLAVOURS:
        raise BuildConfigError(f"FLAVOUR={flavour} is unknown; use demo or production")
    shipped_roots = project_root / "desktop_app" / "trust" / "roots"
    roots = Path(work_dir) / "roots"
    roots.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shipped_roots / DEMO_ROOT_FILE, roots / DEMO_ROOT_FILE)
    datas: list[tuple[str, str]] = []
    if flavour == "demo":
        if root:
            raise BuildConfigError("ROOT is only for FLAVOUR=production (a demo build trusts the "
                                   "DEMO root)")
        repository = Path(repository or project_root / "models_onnx")
    else:
        if not root:
            raise BuildConfigError("FLAVOUR=production needs ROOT=path/to/1.root.json (the "
                                   "root written by 'wayfinder-admin models init')")
        if not repository:
            raise BuildConfigError("FLAVOUR=production needs REPOSITORY=folder published with "
                                   "'wayfinder-admin models publish' (the model it ships)")
        if not Path(root).is_file():
            raise BuildConfigError(f"ROOT={root} is not a file")
        shutil.copyfile(root, roots / PRODUCTION_ROOT_FILE)
        datas.append((str(roots / PRODUCTION_ROOT_FILE), "desktop_app/trust/roots"))
        repository = Path(repository)
    try:
        root_bytes = builtin_trust_root(flavour, roots)
    except TrustRootError as error:
        raise BuildConfigError(f"ROOT refused: {error}") from None
    _check_repository(repository, root_bytes, flavour)
    rights_dir = _rights(project_root, Path(work_dir), rights, flavour)
    build_file = Path(work_dir) / "build.json"
    build_file.write_text(json.dumps({"flavour": flavour}) + "\n", encoding="utf-8")
    datas.append((str(build_file), "desktop_app/trust"))
    return BuildConfig(flavour, repository.resolve(), rights_dir, datas)


def _rights(project_root: Path, work_dir: Path, rights: str | Path | None, flavour: str) -> Path:
    from desktop_app.reports.rights import RightsTemplateError, load_rights

    shipped = project_root / "desktop_app" / "reports" / "rights"
    if not rights:
        if flavour == "production":
            raise BuildConfigError(
                "FLAVOUR=production needs RIGHTS=folder holding the filled rights template(s) "
                "<CC>.json (start from desktop_app/reports/rights/TEMPLATE.json): a production "
                "app refuses to print explanation sheets with the DEMO templates")
        return shipped
    given = sorted(Path(rights).glob("*.json"))
    if not given:
        raise BuildConfigError(f"RIGHTS={rights} holds no <CC>.json rights template")
    merged = work_dir / "rights"
    shutil.rmtree(merged, ignore_errors=True)
    shutil.copytree(shipped, merged)
    for path in given:
        try:
            load_rights(path.stem, production=flavour == "production", search_dirs=[path.parent])
        except RightsTemplateError as error:
            raise BuildConfigError(f"RIGHTS: {error}") from None
        shutil.copyfile(path, merged / path.name)
    return merged


def _check_repository(repository: Path, root: bytes, flavour: str) -> None:
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.update import check_for_updates

    if not (repository / "metadata").is_dir():
        raise BuildConfigError(f"{repository} holds no signed model repository (no metadata/); "
                               + ("run 'make models' first" if flavour == "demo" else
                                  "pass the folder 'models publish' wrote"))
    with tempfile.TemporaryDirectory(prefix="wayfinder-build-check-") as store:
        try:
            result = check_for_updates(repository, Path(store) / "models", trust_root=root)
            if result.status != "installed":
                raise BuildConfigError(f"{repository}: {result.message}")
            load_verified_model(Path(store) / "models", trust_root=root)
        except TrustError as error:
            raise BuildConfigError(
                f"{repository} does not verify with the {flavour} root this build would trust: "
                f"{error}"
            ) from None
