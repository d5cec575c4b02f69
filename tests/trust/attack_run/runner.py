"""Runs every registered attack on its own copy and judges it; prints the table."""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from tests.trust.attack_run import (  # noqa: F401 - registering the attacks
    fault_attacks,
    laptop_attacks,
    package_attacks,
    share_attacks,
)
from tests.trust.attack_run.lab import (
    ATTACKS,
    GOOD,
    Attack,
    Lab,
    Outcome,
    build_templates,
)


# -- running ---------------------------------------------------------------------------------------
def run_one(template: Path, group: str, name: str, kind: str, function: Attack) -> Outcome:
    """Run one attack on a fresh copy of the template and judge it (see the module doc)."""
    with tempfile.TemporaryDirectory(prefix="wayfinder-attack-") as work:
        lab = Lab(Path(work) / "lab")
        shutil.copytree(template, lab.base, symlinks=True)
        before, before_installed = lab.fingerprint(), lab.fingerprint(installed_only=True)
        started = time.perf_counter()
        try:
            code, message = function(lab)
        except Exception as error:
            code, message = 0, f"CRASH {type(error).__name__}: {error}"
        seconds = time.perf_counter() - started
        refused = code != 0 and bool(message) and "Traceback" not in message
        note = ""
        if lab.marked is not None:
            before, before_installed = lab.marked
        if kind == "share":
            store_same = lab.fingerprint() == before
            installed_same = lab.fingerprint(installed_only=True) == before_installed
            verify_code, verify_out = lab.verify()
            good = verify_code == 0 and GOOD in verify_out
            if installed_same and not store_same:
                note = "package refused; the authentic metadata was recorded"
        elif kind == "load":
            store_same, installed_same = False, False
            verify_code, verify_out = lab.verify()
            good = refused  # the signed package was installed; the app refused to load it
            note = f"signed package installed, not loaded ({verify_out.splitlines()[0]})"
        elif kind == "laptop":  # the attacker changed the store; a start must not change it more
            store_same = installed_same = lab.fingerprint() == before
            _remedy_code, remedy_out = (lab.remedy or Lab.update)(lab)
            verify_code, verify_out = lab.verify()
            good = verify_code == 0 and "verified" in verify_out
            note = "remedy 'models update': " + (remedy_out.splitlines() or [""])[0]
        else:  # central tools and faults: the attack function judged it
            store_same = installed_same = good = True
        return Outcome(name, group, refused, store_same, installed_same, good,
                       (message.splitlines() or [""])[0][:300], seconds, note, kind)


def run_all(only: str | None = None, base: Path | None = None) -> list[Outcome]:
    with contextlib.ExitStack() as stack:
        if base is None:
            base = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="wayfinder-ar-")))
        templates = build_templates(base / "templates")
        return [run_one(templates[template], group, name, kind, function)
                for group, name, kind, template, function in ATTACKS
                if not only or only in name]


def table(outcomes: list[Outcome]) -> str:
    lines = [f"{'attack':<86} {'refused':>7} {'store':>9} {'good':>5}  message"]
    for o in outcomes:
        store = ("same" if o.store_unchanged else
                 "model ok" if o.installed_unchanged else
                 "signed" if o.group.startswith("what the app loads") else "CHANGED")
        lines.append(f"{o.group + ': ' + o.name:<86.86} {'yes' if o.refused else 'NO':>7} "
                     f"{store:>9} {'yes' if o.good_model else 'NO':>5}  {o.message[:110]}")
    tried = len(outcomes)
    refused = sum(o.refused for o in outcomes)
    same = sum(o.store_unchanged for o in outcomes)
    installed = sum(o.installed_unchanged for o in outcomes)
    good = sum(o.good_model for o in outcomes)
    lines.append(f"tried {tried}, refused {refused}, store byte-identical {same}, installed model "
                 f"unchanged {installed}, good model afterwards {good}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write every outcome as JSON here")
    parser.add_argument("--only", help="run only attacks whose name contains this")
    args = parser.parse_args(argv)
    outcomes = run_all(args.only)
    print(table(outcomes))
    if args.json:
        args.json.write_text(json.dumps([asdict(o) for o in outcomes], indent=2) + "\n")
    return 0 if all(o.held for o in outcomes) else 1

