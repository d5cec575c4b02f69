# Wayfinder developer commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
ADMIN := $(VENV)/bin/wayfinder-admin
STAMP := $(VENV)/.installed
DEMO_DIR ?= var/demo
DEMO_CITIZENS ?= 20000
DEMO_SEED ?= 7
# Everything `make run` creates on the laptop side lives under var/home (not in ~).
RUN_HOME ?= var/home
CACHE ?= $(RUN_HOME)/case-cache.sqlite
TAXONOMY ?= $(RUN_HOME)/taxonomy.sqlite
MODEL_DIR ?= var/demo-model
TITLE_ENCODER_DIR ?= var/title-encoder
PYTEST_WORKERS ?= 2
SCREENSHOT_DIR ?= var/screenshots
PACKAGE_DIST ?= dist
PACKAGE_WORK ?= build/pyinstaller
# make package FLAVOUR=production ROOT=path/to/1.root.json REPOSITORY=path/to/published-repo \
#   RIGHTS=folder-with-filled-rights-templates
FLAVOUR ?= demo
ROOT ?=
REPOSITORY ?=
RIGHTS ?=
I18N_TS := $(wildcard desktop_app/i18n/wayfinder_*.ts)
QT_EXTRA_TS := $(wildcard desktop_app/i18n/qt_extra_*.ts)
I18N_QM := $(I18N_TS:.ts=.qm) $(QT_EXTRA_TS:.ts=.qm)

.PHONY: help install demo cache taxonomy model-install run test lint bench bench-train models \
        translations title-encoder models-title-encoder \
        translations-update screenshots sheet-golden package package-smoke clean

help:
	@echo "make run          set up, build and import the demo municipality, start the app"
	@echo "make test         set up and run the whole test suite headless"
	@echo "make bench        run the benchmarks (table on stdout, figures in bench/latest.json)"
	@echo "make bench-train  central training at 250k and 1M citizens, 1 and 2 Dask workers"
	@echo "make models       retrain centrally, evaluate on the demo, re-sign models_onnx/"
	@echo "make title-encoder train the job-title encoder (CPU, about an hour) into var/title-encoder"
	@echo "make screenshots  PNGs of every main screen in en/da/nb/nl, and the README picture"

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	$(PY) -m pip install --quiet -e '.[dev,train,package]'
	touch $(STAMP)

install: $(STAMP) translations

desktop_app/i18n/%.qm: desktop_app/i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(I18N_QM)

# After changing UI strings; then translate the new entries in Qt Linguist.
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none desktop_app/views/*.py desktop_app/views/*/*.py -ts $(I18N_TS)

$(DEMO_DIR)/bundle/citizens.jsonl: | $(STAMP)
	$(ADMIN) demo --citizens $(DEMO_CITIZENS) --seed $(DEMO_SEED) --force $(DEMO_DIR)

demo: $(DEMO_DIR)/bundle/citizens.jsonl

$(CACHE): $(DEMO_DIR)/bundle/citizens.jsonl
	mkdir -p $(RUN_HOME)
	WAYFINDER_HOME=$(RUN_HOME) $(ADMIN) import $(DEMO_DIR)/bundle --cache $(CACHE)

cache: $(CACHE)

$(TAXONOMY): $(DEMO_DIR)/bundle/citizens.jsonl
	mkdir -p $(RUN_HOME)
	WAYFINDER_HOME=$(RUN_HOME) $(ADMIN) import-esco $(DEMO_DIR)/esco --taxonomy $(TAXONOMY)

taxonomy: $(TAXONOMY)

# Install the shipped, signed demo model into the laptop's model store (verified with TUF).
model-install: | $(STAMP)
	WAYFINDER_HOME=$(RUN_HOME) $(ADMIN) models update --from models_onnx || \
	  echo "no verified model installed: the app runs without suggestions"

# The places plan (prices per place) once per cache, after the model is installed.
$(RUN_HOME)/place-plan.stamp: $(CACHE) | model-install
	WAYFINDER_HOME=$(RUN_HOME) $(ADMIN) places plan --cache $(CACHE) && touch $@ || \
	  echo "no places plan: suggestions still count places, with no price per place"

run: install $(CACHE) $(TAXONOMY) model-install $(RUN_HOME)/place-plan.stamp
	WAYFINDER_HOME=$(RUN_HOME) $(VENV)/bin/wayfinder --cache $(CACHE) $(RUN_ARGS)

# The Qt-free tests run with Qt made unimportable (tests/qt_blocked.py, as napari does); the GUI
# and packaging tests run with Qt.
QT_TESTS := tests/gui tests/packaging
test: install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup -q \
	  -m "not responsiveness" -p tests.qt_blocked -p no:pytest-qt \
	  $(foreach dir,$(QT_TESTS),--ignore=$(dir)) -W "ignore:Unknown config option:pytest.PytestConfigWarning"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup -q \
	  -m "not responsiveness" $(QT_TESTS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -rxs -m responsiveness
	$(VENV)/bin/ruff check desktop_app training tests bench
	$(VENV)/bin/lint-imports

lint: install
	$(VENV)/bin/ruff check desktop_app training tests bench
	$(VENV)/bin/ruff format --check desktop_app training tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy desktop_app

bench: install
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

# Central training at scale (hours at a million citizens; not part of `make bench`): 250,000 and
# 1,000,000 citizens on a local Dask cluster of 1 and 2 workers; bench/train-latest.json.
bench-train: install
	nice -n 10 $(PY) -m bench.train_scale

# Retrain centrally and rebuild + re-sign the shipped demo repository.
# Rewrites models_onnx/ and desktop_app/trust/roots/demo_root.json: commit them together.
# The central side keeps its own keys (e.g. the HMAC key for training-citizen hashes) apart.
# The suggestion model learns from a regional history (another population from the same world,
# citizen ids R..., never the demo municipality's people); it is then evaluated on the demo
# municipality, none of whose citizens it saw ($(MODEL_DIR)-demo-evaluation.json). The attendance
# model is trained on the demo municipality itself (its own holdout).
# The region is written straight as a Parquet bundle (one chunk: the very citizens the JSON Lines
# generator gives for this seed) and trained on a local Dask cluster of TRAIN_WORKERS processes
# (docs/central-training.md); the same seed gives the same model with any number of workers.
CENTRAL_HOME ?= var/central
REGION_DIR ?= var/region
REGION_CITIZENS ?= 80000
REGION_SEED ?= 11
TRAIN_WORKERS ?= 2
$(REGION_DIR)/bundle/layout.json: | $(STAMP)
	$(ADMIN) demo --citizens $(REGION_CITIZENS) --seed $(REGION_SEED) --id-prefix R \
	  --vacancies 2000 --municipality 'Demo Region (Syddanmark, central training history)' \
	  --parquet --chunk $(REGION_CITIZENS) --force $(REGION_DIR)

$(MODEL_DIR)/manifest.json: $(REGION_DIR)/bundle/layout.json $(DEMO_DIR)/bundle/citizens.jsonl
	WAYFINDER_HOME=$(CENTRAL_HOME) $(ADMIN) train --bundle $(REGION_DIR)/bundle --out $(MODEL_DIR) \
	  --seed $(DEMO_SEED) --config training/suggestions/region_config.json \
	  --truth $(REGION_DIR)/truth.json --engine dask --workers $(TRAIN_WORKERS) --force
	WAYFINDER_HOME=$(CENTRAL_HOME) $(ADMIN) train-attendance $(DEMO_DIR)/bundle $(MODEL_DIR)
	WAYFINDER_HOME=$(CENTRAL_HOME) $(ADMIN) evaluate --model $(MODEL_DIR) \
	  --bundle $(DEMO_DIR)/bundle --truth $(DEMO_DIR)/truth.json --json \
	  > $(MODEL_DIR)-demo-evaluation.json

models: $(MODEL_DIR)/manifest.json
	$(PY) -m training.signing.build_demo_repository $(MODEL_DIR) \
	  $(if $(wildcard $(TITLE_ENCODER_DIR)/title_encoder.onnx),--title-encoder $(TITLE_ENCODER_DIR))

# Re-sign the shipped package with the title encoder from $(TITLE_ENCODER_DIR) (new version; the
# suggestion model's files are carried over hash-checked, not retrained).
models-title-encoder: | $(STAMP)
	$(PY) -m training.signing.build_demo_repository --from-shipped \
	  --title-encoder $(TITLE_ENCODER_DIR)

# The job-title encoder: contrastive training on the taxonomy's labels in every language of
# ../shared/data (see training/titles/README.md); nice'd, one thread, deterministic.
title-encoder: | $(STAMP)
	nice -n 10 $(ADMIN) train-title-encoder $(TITLE_ENCODER_DIR)

screenshots: install $(CACHE) $(TAXONOMY) model-install $(RUN_HOME)/place-plan.stamp
	WAYFINDER_HOME=$(RUN_HOME) QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} \
	  $(PY) -m desktop_app.views.screenshots --cache $(CACHE) --out $(SCREENSHOT_DIR) \
	  --languages en da nb nl --readme docs/screenshots/case-view.png

sheet-golden: install
	WAYFINDER_UPDATE_GOLDEN=1 $(PY) -m pytest tests/reports/test_sheet_golden.py -k "not notices"

# One-folder frozen build: dist/wayfinder/{wayfinder,wayfinder-admin,_internal/}. FLAVOUR=demo
# (default) trusts the public DEMO keys and says so everywhere; a production build takes the
# municipality's root and published repository (packaging/build_config.py checks both first).
package: install
	WAYFINDER_FLAVOUR=$(FLAVOUR) WAYFINDER_ROOT=$(ROOT) WAYFINDER_BUNDLED_REPOSITORY=$(REPOSITORY) \
	  WAYFINDER_RIGHTS=$(RIGHTS) \
	  $(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath $(PACKAGE_DIST) --workpath $(PACKAGE_WORK) packaging/wayfinder.spec

# From a clean state: build, then run the frozen smoke test, admin update + doctor and one GUI
# start headless; any unexpected stdout/stderr line fails.
package-smoke: install
	rm -rf $(PACKAGE_WORK) $(PACKAGE_DIST)/wayfinder
	$(MAKE) package
	QT_QPA_PLATFORM=offscreen $(PY) packaging/check_smoke.py $(PACKAGE_DIST)/wayfinder \
	  --flavour $(FLAVOUR)

clean:
	rm -rf var build dist .pytest_cache
