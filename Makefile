# Wayfinder developer commands. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR ?= var/demo
DEMO_CITIZENS ?= 20000
DEMO_SEED ?= 7
CACHE ?= var/demo-cache.sqlite
PYTEST_WORKERS ?= 2
SCREENSHOT_DIR ?= var/screenshots

.PHONY: help venv install demo cache run test lint bench models screenshots package package-smoke clean

help:
	@echo "make run    set up, build and import the demo municipality, start the app"
	@echo "make test   set up and run the whole test suite headless"
	@echo "make bench  run the benchmarks (table on stdout, figures in bench/latest.json)"

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	$(PY) -m pip install --quiet -e '.[dev,train]'
	touch $(STAMP)

venv install: $(STAMP)

$(DEMO_DIR)/bundle/citizens.jsonl: | $(STAMP)
	$(VENV)/bin/wayfinder-admin demo --citizens $(DEMO_CITIZENS) --seed $(DEMO_SEED) $(DEMO_DIR)

demo: $(DEMO_DIR)/bundle/citizens.jsonl

$(CACHE): $(DEMO_DIR)/bundle/citizens.jsonl
	$(VENV)/bin/wayfinder-admin import $(DEMO_DIR)/bundle --cache $(CACHE)
	touch $(CACHE)

cache: $(CACHE)

run: $(CACHE)
	WAYFINDER_CACHE=$(CACHE) $(VENV)/bin/wayfinder

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup -q
	$(VENV)/bin/ruff check desktop_app training tests bench
	$(VENV)/bin/lint-imports

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_app training tests bench
	$(VENV)/bin/ruff format --check desktop_app training tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy desktop_app

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

clean:
	rm -rf var build dist .pytest_cache
