# Two commands set everything up: `make demo` and `make test` (both idempotent).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.brinkwatch-installed

.PHONY: demo test install bench clean debian

install: $(STAMP)

# Debian packages the tests need (Chromium for the browser tests); skipped when present.
DEBIAN_PKGS := chromium
debian:
	@command -v chromium >/dev/null 2>&1 || { \
	  command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBIAN_PKGS) >/dev/null) \
	  || echo "warning: could not install $(DEBIAN_PKGS); browser tests will be skipped"; }

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,ray]'
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/brinkwatch demo --serve

test: $(STAMP) debian
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
