# Concerto — the two commands of the quick start are `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 5000
FLASK  := $(BIN)/flask --app app
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
# The suite runs in two processes (pytest-xdist), each taking whole test files.
# TEST_JOBS=0 runs it in this process alone.
TEST_JOBS ?= 2
PYTEST := $(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile

.PHONY: run test install test-postgres bench bench-smoke evaluate security-scan messages clean help

help:
	@echo "make run            install, migrate, load the demo if the database is empty, serve on http://127.0.0.1:$(PORT)"
	@echo "make test           install the test dependencies and run the whole suite (SQLite)"
	@echo "make test-postgres  the same suite on PostgreSQL (TEST_DATABASE_URL, default postgres@127.0.0.1/test)"
	@echo "make bench          the benchmark: 1,000 to 100,000 contributions on SQLite and PostgreSQL"
	@echo "make bench-smoke    a short benchmark (CI)"
	@echo "make evaluate       the synthesis assistant on the evaluation set (recall@3, hard negatives, themes)"
	@echo "make security-scan  a short wapiti scan of the demo, logged in as a participant"
	@echo "make messages       extract the interface strings to messages.pot (Flask-Babel)"

# Byte code is compiled when a module is first imported, not for every file installed (botocore is big).
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install --no-compile -e .
	touch $@

# The test tools with the application, in one pass (and then the application counts as installed).
$(VENV)/.installed-test: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install --no-compile -e ".[test]"
	touch $(VENV)/.installed $@

# Tools of the proof suite from npm (axe-core, the Nu HTML Checker, the naughty strings).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

install: $(VENV)/.installed

run: $(VENV)/.installed
	$(FLASK) db upgrade
	$(FLASK) demo --if-empty
	$(FLASK) assistant vectors
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

# Tools from Debian's packages: installed when this user may, else named in one French line.
NEED := scripts/need

test: $(VENV)/.installed-test node_modules/.installed
	@$(NEED) --optional chromium java redis
	$(PYTEST)

# The same suite on PostgreSQL, but for what only tests the interface in a browser (page checks and
# journeys) and what does not depend on the database (once): make test runs them; the load tests, which
# drive live servers, run on both.
test-postgres: $(VENV)/.installed-test node_modules/.installed
	@$(NEED) postgres
	@$(NEED) --optional redis
	TEST_DATABASE_URL=$${TEST_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test} $(PYTEST) -m "not pages and not browser and not once"

# The benchmark: 1,000 to 100,000 contributions, SQLite and PostgreSQL (report in artifacts/bench/).
bench: $(VENV)/.installed-test
	@$(NEED) wrk postgres redis
	$(BIN)/python -m bench.run

bench-smoke: $(VENV)/.installed-test
	@$(NEED) wrk postgres redis
	$(BIN)/python -m bench.run --smoke

# How well the synthesis assistant reads French, on the evaluation set of tests/data/.
evaluate: $(VENV)/.installed-test
	$(BIN)/python -m bench.assistant

security-scan: $(VENV)/.installed-test
	@$(NEED) wapiti
	$(BIN)/python scripts/security-scan

messages: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o messages.pot .
	@echo "messages.pot: every French string of the interface, ready for an English catalogue"

clean:
	rm -rf $(VENV) .pytest_cache node_modules artifacts
