# make build: set up .venv, install, build output/graph.ttl and output/network.html from the bundled corpus
# make test:  set up .venv, install with the dev extras, run the test suite
# make eval:  score the sample corpus and, when ../shared/dev is there, the real-news dev set
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

DEV ?= ../shared/dev

.PHONY: build test eval install bench clean

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

eval: install
	@echo "== sample corpus (tests/data/seeds.jsonl)"
	$(BIN)/kg evaluate --gold tests/data/seeds.jsonl
	@if [ -d "$(DEV)/corpus" ]; then \
		echo "== real-news dev set ($(DEV))"; \
		$(BIN)/kg evaluate --gold $(DEV)/gold.jsonl $(DEV)/corpus; \
	else echo "== no dev set at $(DEV): skipped"; fi

bench: install
	cd scripts && ../$(BIN)/python bench_corpus.py $(CORPUS)
	cd scripts && ../$(BIN)/python bench_serve.py
	$(BIN)/python scripts/bench_explorer.py

clean:
	rm -rf output .pytest_cache
