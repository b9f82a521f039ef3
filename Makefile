# Two commands for a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) on PATH (or: make PYTHON=python3 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -f parley.db parley.db-wal parley.db-shm
	$(BIN)/parley --db parley.db ingest examples/
	$(BIN)/parley --db parley.db timeline "Joe Biden" "Xi Jinping"

test: $(STAMP)
	$(BIN)/ruff check src tests eval benchmarks data
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) parley.db parley.db-wal parley.db-shm
