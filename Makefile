# Alliance CMS — `make help` lists the targets.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes (pytest-xdist): one per core by default; TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help run serve worker test lint check install install-test chromium gettext migrate demo messages clean
.PHONY: nginx test-multiprocess

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	@$(MAKE) --no-print-directory chromium
	@$(MAKE) --no-print-directory gettext
	@$(MAKE) --no-print-directory nginx
	@touch $@ $(VENV)/.installed

chromium: ## Install Debian's Chromium for the browser tests when it is missing (needs root)
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
		|| echo "Could not install chromium: the browser tests will be skipped"; \
	else echo "No /usr/bin/chromium and no root to install it: the browser tests will be skipped"; fi

gettext: ## Install GNU gettext (msgfmt checks exported PO files in the tests) when it is missing (needs root)
	@if command -v msgfmt >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's gettext for the PO file tests"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null \
		|| echo "Could not install gettext: the msgfmt test will be skipped"; \
	else echo "No msgfmt and no root to install it: the msgfmt test will be skipped"; fi

# --- Multi-process suite (tests/multiprocess/, harness in tests/processes/) ---------------
nginx: ## Install Debian's nginx (the load balancer of the multi-process tests) when it is missing (needs root)
	@if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's nginx for the multi-process tests"; \
		{ DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 nginx >/dev/null \
		|| { apt-get update -qq -o DPkg::Lock::Timeout=300 >/dev/null \
		&& DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 nginx >/dev/null; }; } \
		|| echo "Could not install nginx: the load-balancer tests will be skipped"; \
	else echo "No nginx and no root to install it: the load-balancer tests will be skipped"; fi

test-multiprocess: install-test ## Only the multi-process suite (needs DATABASE_URL on PostgreSQL and REDIS_URL)
	$(BIN)/python -m pytest -m multiprocess

# --- end of multi-process suite block --------------------------------------------------------

install: $(VENV)/.installed ## Create .venv and install the runtime requirements

install-test: $(VENV)/.installed-test ## Install what the tests need

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the demo content in every locale (idempotent)
	$(BIN)/python manage.py load_demo_content
	@# Searchable at once: the page saves only queue their index updates for the background worker.
	$(BIN)/python manage.py update_index -v 0

run: demo ## Set up everything and serve site, admin and API on http://127.0.0.1:8000 (with a task worker)
	@# The background worker (webhooks, Wagtail's tasks) runs beside the server and stops with it.
	$(BIN)/python manage.py db_worker --queue-name '*' & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# --- Production serving (issue 9) ------------------------------------------------------------
# `make serve` runs the production settings on this machine. Unless the environment says
# otherwise it supplies local-only values: a secret key generated once into .venv/, the
# loopback host names, plain HTTP (no HTTPS redirect, cookies without Secure), SQLite/local media/local-memory cache
# unless DATABASE_URL, AWS_STORAGE_BUCKET_NAME and REDIS_URL are set. See docs/deployment.md.
WEB_CONCURRENCY ?= 2
SERVE_ENV = DJANGO_SETTINGS_MODULE=cms.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat $(VENV)/serve-secret-key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}" SECURE_COOKIES="$${SECURE_COOKIES:-false}" \
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}" \
	HOST=$(HOST) PORT=$(PORT) WEB_CONCURRENCY=$(WEB_CONCURRENCY)

$(VENV)/serve-secret-key: | $(BIN)/python
	@$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(64))" > $@
	@chmod 600 $@

serve: install $(VENV)/serve-secret-key ## Migrate, collectstatic, then gunicorn (production settings) on 127.0.0.1:8000 (HOST, PORT) + one task worker
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput -v 0
	@# Both processes stop together: Ctrl-C (or a TERM to make) stops gunicorn, then the worker.
	@$(SERVE_ENV); export DJANGO_SETTINGS_MODULE SECRET_KEY ALLOWED_HOSTS SECURE_SSL_REDIRECT SECURE_COOKIES \
		WAGTAILADMIN_BASE_URL HOST PORT WEB_CONCURRENCY; \
	$(BIN)/python manage.py db_worker --queue-name '*' & WORKER=$$!; \
	trap 'kill $$WORKER 2>/dev/null; wait $$WORKER 2>/dev/null' EXIT; \
	trap 'kill -TERM $$WEB 2>/dev/null; wait $$WEB' INT TERM; \
	$(BIN)/gunicorn -c cms/gunicorn.py cms.wsgi & WEB=$$!; \
	wait $$WEB
# --- end production serving

worker: migrate ## Run the background task worker alone (webhooks, Wagtail's tasks)
	$(BIN)/python manage.py db_worker --queue-name '*'

test: install-test ## Checks, lint and the whole test suite (PostgreSQL when DATABASE_URL is set)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# --- Reliability (issue 10): fault drills and the soak -------------------------------------
.PHONY: drills soak soak-quick
drills: install-test ## Run the fault drills alone (PostgreSQL: set DATABASE_URL; see docs/reliability.md)
	$(BIN)/python -m pytest -m drills

soak: install-test ## 10-minute soak of the production setup under mixed load; report into docs/reliability.md
	$(BIN)/python -m tests.soak --duration 600 --write-doc

soak-quick: install-test ## The soak for 1 minute (prints its report; SOAK_DATABASE_URL, default alliance_soak)
	$(BIN)/python -m tests.soak --duration 60
# --- end reliability

lint: install-test ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-test ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

messages: install ## Refresh and compile the UI message catalogues in locale/ (needs GNU gettext)
	$(BIN)/python manage.py makemessages $(foreach l,fr de it es ro bg hu sk uk rom,-l $(l)) \
		--ignore ".venv/*" --ignore "tests/*" --ignore "demo/content/*" --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore ".venv/*"

clean: ## Remove the virtualenv, the SQLite database and caches
	rm -rf $(VENV) db.sqlite3 .pytest_cache .ruff_cache

# --- Benchmark (bench/, docs/performance.md) ----------------------------------------------
.PHONY: bench bench-quick
bench: install-test ## Archive-scale benchmark beside stock Wagtail (builds alliance_bench_data once; PostgreSQL, Redis, wrk)
	$(BIN)/python -m bench

bench-quick: install-test ## Quick benchmark smoke test: same table, fails on query-count overruns or errors
	$(BIN)/python -m bench --quick
