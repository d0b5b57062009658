# make build: set up .venv, install, build output/graph.ttl and output/network.html from the bundled corpus
# make test:  set up .venv, install with the dev extras, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test install bench clean

build: install
	$(BIN)/kg build

test: install
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

bench: install
	$(BIN)/python scripts/bench_build.py
	$(BIN)/python scripts/bench_explorer.py

clean:
	rm -rf output .pytest_cache
