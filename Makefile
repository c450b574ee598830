# Two set-up commands on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OUT ?= out

.PHONY: run test lint bench eval fuzz samples clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# The main job as the Prefect flows (plantrace-main: ingest, then coverage_report) on the samples,
# with the embedded store; offline, Prefect runs a temporary server. For quick use at a terminal:
# `plantrace ingest samples` and `plantrace coverage --all`.
RUN_SAMPLES ?= samples/reports samples/plans samples/heldout samples/seedlike samples/blind

run: $(STAMP)
	mkdir -p $(OUT)
	$(PY) -m plantrace.flows.run $(RUN_SAMPLES) --db $(OUT)/plantrace.sqlite --out $(OUT)/coverage \
	  --format html --format md
	@echo "Coverage reports written under $(OUT)/coverage/"

test: $(STAMP)
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@# mypy cannot follow setuptools' package-dir mapping: give it the installed shape as links
	rm -rf build/typecheck && mkdir -p build/typecheck/plantrace
	for f in $$(ls -d plantrace/* | grep -v __pycache__) pipeline extractors models flows; do \
	  ln -s $(CURDIR)/$$f build/typecheck/plantrace/$$(basename $$f); done
	cd build/typecheck && $(CURDIR)/$(VENV)/bin/mypy --config-file $(CURDIR)/pyproject.toml -p plantrace
	@# the plan generator of the test splits is checked too (samples/ is a plain package)
	$(VENV)/bin/mypy -p samples.plangen

bench: $(STAMP)
	$(VENV)/bin/plantrace bench ../shared/corpus/ofsted

eval: $(STAMP)
	$(VENV)/bin/plantrace eval tests/gold

samples: $(STAMP)
	$(PY) samples/make_samples.py

fuzz: $(STAMP)
	$(VENV)/bin/plantrace fuzz --cases 2000

clean:
	rm -rf $(OUT) .pytest_cache
