"""An attack run against signed model updates, as an outsider would make it.

A central repository is built with the DEMO keys (so the root built into this demo build
trusts it), versions 1 -> 2 are installed on a laptop home with `wayfinder-admin models
update`, and version 3 is published. Every attack then runs on its OWN copy of the repository,
the share, the laptop home (model store, configuration) and the environment, through the same
command line IT uses (`wayfinder-admin`, in-process) or the library calls behind it where a
command has no knob for the attack (a clock, a second process).

For every attack the run records:
- refused: the laptop (or the signing tool) said no, with a message naming the problem;
- store unchanged: the model store is byte-identical after the refused operation ("installed
  model unchanged" when only a package was refused: the authentic, verified metadata is then
  recorded on purpose, see desktop_app/trust/update.py);
- good model: `models verify` still reports the good model afterwards (for attacks on the
  laptop's own store: after IT's documented remedy, `models update`).

    python -m tests.trust.attack_run [--json OUT] [--only SUBSTRING]

`tests/trust/test_attack_run.py` runs it in `make test`.
"""
