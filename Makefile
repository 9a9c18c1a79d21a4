# Impact Claims: two commands do everything on a fresh machine.
#   make run    build data/claims.duckdb when missing or stale, serve http://localhost:8501
#   make test   lint, then the whole test suite (a real Chromium included)
#   make serve  the app read-only, for publishing
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
CHROMIUM ?= /usr/bin/chromium

.PHONY: run serve test build lint bench clean browser

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Rebuilds only when the database is missing or older than an article, the manifest,
# the exchange-rate table or the extractor's code (the check itself is in Python, so file
# names with spaces are fine).
build: $(VENV)/.installed
	$(PY) -m etl build --if-stale

run: build
	$(VENV)/bin/streamlit run dashboard/app.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

# A published copy: read-only (no Add articles page, no review form, every write refused).
serve: build
	IMPACT_CLAIMS_READ_ONLY=1 $(VENV)/bin/streamlit run dashboard/app.py --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false

# Debian's chromium, for the browser tests; no tool downloads a browser of its own.
browser:
	@command -v chromium >/dev/null 2>&1 || test -x $(CHROMIUM) || \
		{ echo "installing Debian's chromium for the browser tests"; \
		  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check etl dashboard tests bench

test: $(VENV)/.installed-dev browser lint
	$(VENV)/bin/pytest -q

bench: $(VENV)/.installed-dev build
	$(PY) bench/etl_throughput.py --workers 1 2 --dask
	$(PY) bench/incremental.py
	$(PY) bench/app_latency.py
	$(PY) bench/first_visit.py
	$(PY) bench/pathological.py
	$(PY) bench/load.py

clean:
	rm -rf $(VENV) data/claims.duckdb .pytest_cache .ruff_cache .hypothesis
