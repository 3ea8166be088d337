"""`python -m bench [--quick]`: build or reuse the data, serve it with gunicorn, load it with wrk.

Order: databases (built once, then reused by fingerprint) → stock and bulk creation rates →
server with the API cache bypassed (ours, stock, ceiling) → server with the cache on (cached
reads, ceiling, publish → fresh) → server on the small database (search cost) → report.
"""

import json
import logging
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

from bench import database
from bench.config import FULL, QUICK, Mode
from bench.text import SEARCH_SHARE

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "bench" / ".data"


def log(line: str) -> None:
    print(line, flush=True)


def server_env(url: str, *, api_cache: str) -> dict[str, str]:
    name = url.rsplit("/", 1)[1]
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": url,
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4"),
        "MEDIA_ROOT": str(DATA_DIR / name / "media"),
        "BENCH_CEILING_FILE": str(DATA_DIR / "ceiling.json"),
        "BENCH_API_CACHE": api_cache,
        "STATIC_ROOT": str(DATA_DIR / "static"),
        "DB_CONN_MAX_AGE": "600",
    }


def _fingerprint(news: int, members: int, terms: int, languages: str, search_hits: int = 0) -> str:
    return f"v1:{news}:{members}:{terms}:{languages}" + (f":hits={search_hits}" if search_hits else "")


def reusable(url: str, fingerprint: str) -> dict | None:
    stored = database.stored_fingerprint(url)
    record = json.loads(stored) if stored else None
    return record if record and record.get("fingerprint") == fingerprint else None


def migrate(url: str) -> float:
    started = time.perf_counter()
    env = server_env(url, api_cache="on")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True
    )
    return time.perf_counter() - started


def build(url: str, fingerprint: str, sizes: tuple, migrated_s: float) -> dict:
    news, members, terms, languages, *rest = sizes
    log(f"Building {url.rsplit('/', 1)[1]}: {news} news per locale, {members} members, {terms} terms ...")
    output = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.build_db",
            str(news),
            str(members),
            str(terms),
            languages,
            *map(str, rest),
        ],
        env=server_env(url, api_cache="on"),
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    build_line = next(line for line in output.splitlines() if line.startswith("BENCH_BUILD "))
    built = json.loads(build_line.removeprefix("BENCH_BUILD "))
    record = {
        "fingerprint": fingerprint,
        "built_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "pages": built["pages"],
        "import_seconds": built["seconds"],
        "migrate_seconds": migrated_s,
    }
    database.store_fingerprint(url, json.dumps(record))
    rate = built["pages"] / built["seconds"]
    log(f"  {built['pages']} pages imported in {built['seconds']:.0f} s ({rate:.0f} pages/s)")
    return {**record, "reused": False}


def prepare_databases(mode: Mode, rebuild: bool) -> dict:
    """Reuse each database whose fingerprint matches; build the others (migrating only once)."""
    wanted = {
        "main": (mode.database_url, (mode.news, mode.members, mode.terms, "")),
        # As many pages with the search word as the main database has (6 % of its news), so the
        # two searches differ only in the number of pages in the locale.
        "small": (
            mode.small_database_url,
            (mode.small_news, 10, 10, "en,fr", round(mode.news * SEARCH_SHARE)),
        ),
    }
    builds, to_build = {}, []
    for name, (url, sizes) in wanted.items():
        record = None if rebuild else reusable(url, _fingerprint(*sizes))
        if record:
            log(f"Reusing {url.rsplit('/', 1)[1]} (built {record['built_at']}); applying new migrations.")
            migrate(url)
            database.vacuum_analyze(url)
            builds[name] = {**record, "reused": True}
        else:
            to_build.append(name)
    migrated_from, migrated_s = None, 0.0
    for name in to_build:
        url = wanted[name][0]
        if migrated_from is None:
            database.recreate(url)
            migrated_s = migrate(url)
            migrated_from = url
        else:
            database.clone(migrated_from, url)  # still empty: it is built below, after this
    for name in to_build:
        url, sizes = wanted[name]
        builds[name] = build(url, _fingerprint(*sizes), sizes, migrated_s)
    return builds


def main(argv: list[str]) -> int:
    mode: Mode = QUICK if "--quick" in argv else FULL
    rebuild = "--rebuild" in argv
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    builds = prepare_databases(mode, rebuild)
    if "--build-only" in argv:
        return 0
    os.environ.update(server_env(mode.database_url, api_cache="on"))
    # Production settings serve hashed static file names: collect them (quick when unchanged).
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, check=True)
    import django

    django.setup()
    from django.core.cache import cache

    # BENCH_REDIS_URL is the benchmark's own: nothing cached by another run or suite on the same
    # Redis database (site root paths, API responses of another database) may leak in.
    cache.clear()
    # The in-process query counts would print production's access log line per request.
    logging.getLogger("alliance.requests").setLevel(logging.WARNING)
    from bench import measure

    results = measure.run_all(mode, builds, server_env, DATA_DIR, log)
    results["total_seconds"] = time.perf_counter() - started
    from bench import report

    return report.finish(mode, results, log)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
