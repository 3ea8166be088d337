"""The soak: the production setup under mixed load for a fixed time, then a report.

    python -m tests.soak --duration 600      (make soak; make soak-quick runs 60 s)

gunicorn (production settings, worker recycling off so a leak would show) and a db_worker on a
PostgreSQL soak database with the demo content (created, migrated and loaded when missing), a
redis-server of its own; reader threads (pages, API, search, feeds in several locales), a form
poster (the real Join form, with CSRF) and an editor publishing through Wagtail, all at once.
Reports errors, p50/p99 per class, RSS per worker at start and end, form posts vs stored rows.
"""

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import threading
import time
from collections import defaultdict
from urllib.parse import urlsplit

import psycopg2
import requests

from tests.processes import REPO_ROOT, child_environment, db_worker, gunicorn_app_server
from tests.reliability.child import JOIN
from tests.reliability.forms import post_form
from tests.reliability.services import RedisServer
from tests.soak.report import Results, render_markdown, update_doc, worker_rss

ARTIFACTS = REPO_ROOT / "test-artifacts" / "soak"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=600, help="seconds of load (default 600)")
    parser.add_argument("--readers", type=int, default=6, help="reader threads")
    parser.add_argument("--form-interval", type=float, default=2.0, help="seconds between form posts")
    parser.add_argument("--publish-interval", type=float, default=5.0, help="seconds between publishes")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--locales", default="en,fr,de,uk", help="demo locales to load and read")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("SOAK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/alliance_soak"),
        help="PostgreSQL soak database (created when missing; SOAK_DATABASE_URL)",
    )
    parser.add_argument("--write-doc", action="store_true", help="put the report into docs/reliability.md")
    return parser.parse_args()


def ensure_database(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = psycopg2.connect(url.rsplit("/", 1)[0] + "/postgres")
    maintenance.autocommit = True
    try:
        with maintenance.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        maintenance.close()


def manage(env: dict[str, str], *args: str) -> None:
    print(f"  manage.py {' '.join(args)}", flush=True)
    result = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "manage.py", *args],
        env=child_environment(env),
        cwd=REPO_ROOT,
        text=True,
        capture_output=True,
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")


def count_submissions(url: str) -> int:
    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailforms_formsubmission")
        return cursor.fetchone()[0]


def discover_paths(base_url: str, locales: list[str]) -> dict[str, list[str]]:
    """What readers read, per class, found through the API itself."""
    paths: dict[str, list[str]] = defaultdict(list)
    for code in locales:
        paths["page"] += [f"/{code}/", f"/{code}/news/", f"/{code}/glossary/", f"/{code}/members/"]
        paths["api"] += [
            f"/api/v2/news/?locale={code}",
            f"/api/v2/glossary/?locale={code}&limit=50",
            f"/api/v2/members/?locale={code}",
            f"/api/v2/events/?locale={code}&upcoming=false",
        ]
        paths["search"] += [
            f"/{code}/search/?q=roma",
            f"/api/v2/search/?q=roma&locale={code}",
            f"/api/v2/search/autocomplete/?q=ro&locale={code}",
        ]
        paths["feed"] += [f"/{code}/feeds/news/rss/", f"/{code}/feeds/events/atom/"]
        for page_type in ("news.NewsPage", "glossary.GlossaryTermPage", "members.MemberPage"):
            listing = requests.get(
                f"{base_url}/api/v2/pages/?locale={code}&type={page_type}&limit=15", timeout=30
            ).json()
            for item in listing.get("items", []):
                paths["page"].append(urlsplit(item["meta"]["html_url"]).path)
                paths["api"].append(f"/api/v2/pages/{item['id']}/")
    return dict(paths)


def find_form(base_url: str) -> str:
    listing = requests.get(f"{base_url}/api/v2/pages/?type=home.FormPage&locale=en", timeout=30).json()
    return urlsplit(listing["items"][0]["meta"]["html_url"]).path


def main() -> None:
    args = parse_args()
    locales = [code.strip() for code in args.locales.split(",")]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    logs = ARTIFACTS / f"run-{time.strftime('%Y%m%d-%H%M%S')}"
    redis_server = RedisServer(logs)
    env = {
        "DATABASE_URL": args.database_url,
        "SECRET_KEY": "soak-only-secret-key-" + "s" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(ARTIFACTS / "static"),
        "MEDIA_ROOT": str(ARTIFACTS / "media"),
        "REDIS_URL": redis_server.url,
        # The soak posts far more than a person: the form and API limits are raised for it.
        "ALLIANCE_FORM_RATE_LIMIT": "100000/m",
        "ALLIANCE_API_RATE_LIMIT": "1000000/m",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "LOG_LEVEL": "WARNING",
        "ACCESS_LOG_LEVEL": "WARNING",
    }
    print(f"Soak: {args.duration:.0f} s against {args.database_url} (logs in {logs})", flush=True)
    ensure_database(args.database_url)
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content", "--locales", ",".join(locales))
    manage(env, "collectstatic", "--noinput", "-v", "0")

    redis_server.start()
    results = Results()
    stop = threading.Event()
    try:
        with (
            gunicorn_app_server(
                logs, env, workers=args.workers, threads=2, extra_args=("--max-requests", "0")
            ) as app,
            db_worker(logs, env),
        ):
            paths = discover_paths(app.url, locales)
            form_path = find_form(app.url)
            stored_before = count_submissions(args.database_url)
            # Warm up (RSS at start is taken after imports and caches fill), keeping only what
            # exists: a locale the demo leaves untranslated has no page at that URL.
            missing = []
            for kind, class_paths in paths.items():
                found = [path for path in class_paths if requests.get(app.url + path, timeout=30).ok]
                missing += sorted(set(class_paths) - set(found))
                paths[kind] = found
                for path in found:
                    requests.get(app.url + path, timeout=30)
            if missing:
                print(f"  not read (no such page in the demo): {', '.join(missing[:12])}", flush=True)
            results.rss_start = worker_rss(app.pid)
            print(f"  {sum(map(len, paths.values()))} reader URLs; workers {results.rss_start}", flush=True)

            def reader(seed: int) -> None:
                rng = random.Random(seed)  # noqa: S311
                classes = list(paths)
                while not stop.is_set():
                    kind = rng.choice(classes)
                    path = rng.choice(paths[kind])
                    started = time.monotonic()
                    try:
                        status = requests.get(app.url + path, timeout=30).status_code
                    except requests.RequestException as error:
                        status = repr(error)
                    results.record(
                        kind, (time.monotonic() - started) * 1000, status == 200, f"{status} {path}"
                    )

            def poster() -> None:
                number = 0
                while not stop.is_set():
                    number += 1
                    started = time.monotonic()
                    data = {**JOIN, "contact_person": f"Soak tester {number}"}
                    try:
                        response = post_form(app.url, form_path, data, timeout=30)
                        ok = response.status_code == 200 and "Thank you" in response.text
                        detail = f"{response.status_code} {form_path}"
                    except (requests.RequestException, AssertionError) as error:
                        ok, detail = False, repr(error)
                    results.record("form-post", (time.monotonic() - started) * 1000, ok, detail)
                    if ok:
                        results.forms_posted += 1
                    stop.wait(args.form_interval)

            publisher = subprocess.Popen(  # noqa: S603 - fixed argv
                [
                    sys.executable,
                    "-m",
                    "tests.soak.publisher",
                    str(args.duration),
                    str(args.publish_interval),
                ],
                env=child_environment(env),
                cwd=REPO_ROOT,
                stdout=subprocess.PIPE,
                stderr=(logs / "publisher.log").open("w"),
                text=True,
            )
            threads = [threading.Thread(target=reader, args=(n,), daemon=True) for n in range(args.readers)]
            threads.append(threading.Thread(target=poster, daemon=True))
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for line in publisher.stdout:
                outcome = json.loads(line)
                results.record("publish", outcome["ms"], outcome["ok"], outcome.get("error", ""))
            publisher.wait()
            time.sleep(max(0.0, args.duration - (time.monotonic() - started)))
            stop.set()
            for thread in threads:
                thread.join(timeout=60)
            results.elapsed = time.monotonic() - started
            results.rss_end = worker_rss(app.pid)
            results.forms_stored = count_submissions(args.database_url) - stored_before
            results.server_errors_logged = app.output(tail=100000).count("Traceback")
    finally:
        stop.set()
        redis_server.stop()

    results.context = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git from PATH
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,  # noqa: S607
        ).stdout.strip(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "duration": args.duration,
        "setup": f"gunicorn {args.workers} workers x 2 threads, 1 db_worker, {args.readers} readers, "
        f"a form post every {args.form_interval:g} s, a publish every {args.publish_interval:g} s; "
        f"locales {', '.join(locales)}",
    }
    report = render_markdown(results)
    print(report)
    (logs / "report.md").write_text(report)
    if args.write_doc:
        update_doc(REPO_ROOT / "docs" / "reliability.md", report)
        print("docs/reliability.md updated")
    sys.exit(0 if results.passed else 1)


if __name__ == "__main__":
    main()
