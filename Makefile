# Quick start: `make demo`, `make test`. Both install what they need first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSSTAMP := $(VENV)/.sysdeps
# Debian packages the tests drive for real: a browser, the GEXF schema validator,
# and Virtuoso (a SPARQL server the remote-store tests start and stop).
SYSDEPS := chromium jing virtuoso-opensource-7-bin
# The news corpus `make bench` reads (default: ../shared/corpus/news.jsonl).
CORPUS ?=

.PHONY: install sysdeps demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[model,test,server,cluster]"
	touch $(STAMP)

# Installs the Debian packages the test suite needs when they are missing.
sysdeps: $(SYSSTAMP)

# Re-checked when this Makefile changes (a package added to SYSDEPS).
$(SYSSTAMP): Makefile | $(STAMP)
	./.ci/sysdeps $(SYSDEPS)
	touch $(SYSSTAMP)

demo: install
	rm -rf out/demo
	$(BIN)/geograph build examples/ -o out/demo
	@echo "--- who accuses whom (SPARQL over out/demo/store) ---"
	$(BIN)/geograph query who-accuses-whom --store out/demo/store
	@echo "open out/demo/graph.html in a browser; load out/demo/graph.gexf in Gephi"

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: install sysdeps lint
	$(BIN)/pytest -q

# Figures and ratios measured in one run (about 15 minutes on 2 cores).
bench: install sysdeps
	$(BIN)/python benchmarks/run.py $(CORPUS)

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
