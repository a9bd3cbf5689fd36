# EventWatch: set-up, demo, tests.  `make demo` and `make test` are the README's commands.
SHELL := /bin/bash
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= eventwatch-demo.db
export UV_PYTHON_DOWNLOADS := never

.PHONY: setup demo test lint typecheck postgres-server eval bench clean

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install -q --disable-pip-version-check uv==0.13.9

$(BIN)/eventwatch: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen
	@touch $@

setup: $(BIN)/eventwatch

# Ingest the bundled samples into a fresh SQLite file and print what was found.
demo: setup
	rm -f $(DEMO_DB)
	$(BIN)/eventwatch ingest samples/ --db sqlite:///$(DEMO_DB) --no-progress
	$(BIN)/eventwatch incidents --db sqlite:///$(DEMO_DB)
	$(BIN)/eventwatch report --db sqlite:///$(DEMO_DB) --country PK --month 2023-08 \
	  -o eventwatch-demo-report

# PostgreSQL server binaries for the store tests (Debian packages; needs root).
postgres-server:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; \
	  else echo "PostgreSQL server not installed: the PostgreSQL store tests will be skipped"; fi; \
	fi

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

test: setup postgres-server lint
	$(BIN)/pytest -q

eval: setup
	$(BIN)/eventwatch eval ../shared/gold/000_b1c9e467b0ad7324.gold.json ../shared/gold/satp-dev --satp ../shared/data/satp/dev.tsv
	$(BIN)/eventwatch eval --satp ../shared/data/satp/train.tsv

bench: setup
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf $(TOOLS) $(VENV) $(DEMO_DB) eventwatch-demo-report*
