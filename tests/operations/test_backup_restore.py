"""`backup` then `restore` into another database: the restored site is the same, byte for byte.

PostgreSQL only (pg_dump/pg_restore; the SQLite test database lives in memory):
`DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_<you> make test`.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from PIL import Image as PILImage
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, WorkflowState

from home.models import FormPage
from news.models import NewsPage
from operations.backups.archive import MANIFEST_NAME

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="pg_dump/pg_restore need PostgreSQL: run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/...",
)

DEMO_LOCALES = "en,fr"


def _url_for(database: str) -> str:
    params = connection.settings_dict
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    host, port = params["HOST"] or "127.0.0.1", params["PORT"] or 5432
    return f"postgres://{params['USER']}{password}@{host}:{port}/{database}"


def _child(database: str, media_root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": _url_for(database), "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    return subprocess.run(
        [sys.executable, "-m", "tests.operations.django_child", str(media_root), *args],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _drop_database(name: str) -> None:
    params = {**connection.get_connection_params(), "dbname": "postgres"}
    params.pop("cursor_factory", None)
    conn = psycopg2.connect(**params)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        conn.close()


def _all_rows(database: str) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    params = {**connection.get_connection_params(), "dbname": database}
    params.pop("cursor_factory", None)
    with psycopg2.connect(**params) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        tables = [row[0] for row in cursor.fetchall()]
        rows = {}
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from pg_tables
            rows[table] = sorted(cursor.fetchall(), key=repr)
    return rows


@pytest.fixture
def restored_database():
    name = f"{connection.settings_dict['NAME']}_restored"[:63]
    _drop_database(name)
    yield name
    _drop_database(name)


@pytest.fixture
def demo_site(migrated_rows, settings, tmp_path):
    """The demo content with what an editor's years add: images, submissions, workflows, revisions."""
    settings.MEDIA_ROOT = tmp_path / "source-media"
    call_command("load_demo_content", locales=DEMO_LOCALES, stdout=io.StringIO())
    editor = get_user_model().objects.get(username="editor")

    picture = io.BytesIO()
    PILImage.new("RGB", (640, 480), (200, 40, 90)).save(picture, "PNG")
    image = get_image_model().objects.create(
        title="Lviv meeting", file=ImageFile(picture, name="lviv-meeting.png"), description="Delegates"
    )
    image.get_rendition("fill-120x90")  # a rendition file beside the original
    news = NewsPage.objects.filter(locale__language_code="en").live().first()
    news.image = image
    news.save_revision(user=editor).publish()
    news.title += " (draft edit)"
    news.save_revision(user=editor)  # a draft newer than the live version
    news.get_workflow().start(news, editor)  # in review

    form_page = FormPage.objects.filter(locale__language_code="en").live().first()
    for number in range(3):
        FormSubmission.objects.create(page=form_page, form_data={"name": f"Tester {number}", "city": "Lviv"})
    return {"image": image, "news": news}


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_restored_site_has_every_row_and_answers_byte_for_byte(demo_site, restored_database, tmp_path):
    source_media = Path(settings.MEDIA_ROOT)
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()
    assert FormSubmission.objects.count() == 3
    assert Revision.objects.count() > Page.objects.count() / 2
    locales = sorted(set(Page.objects.filter(depth__gt=1).values_list("locale__language_code", flat=True)))
    assert len(locales) == 2

    live = Page.objects.live().filter(depth__gt=1)
    urls = [
        f"/api/v2/pages/?locale={code}&limit=100&offset={offset}&fields=*"
        for code in locales
        for offset in range(0, live.filter(locale__language_code=code).count(), 100)
    ]
    # Details: the first two pages of each type in each locale.
    samples = {}
    for page in live.order_by("pk").values("pk", "content_type_id", "locale_id"):
        samples.setdefault((page["content_type_id"], page["locale_id"]), []).append(page["pk"])
    urls += [f"/api/v2/pages/{pk}/" for pks in samples.values() for pk in pks[:2]]
    urls += [
        "/api/v2/news/?locale=fr&limit=100",
        "/api/v2/glossary/?locale=de&fallback=en&limit=100",
        "/api/v2/members/?limit=100",
        "/api/v2/images/",
        f"/api/v2/images/{demo_site['image'].pk}/",
        f"/api/v2/news/{demo_site['news'].pk}/",
        "/en/",
        "/fr/",
        "/sitemap.xml",
        "/fr/feeds/news/rss/",
    ]
    source_db = connection.settings_dict["NAME"]
    # Read once before the backup: renditions made on first read are then part of it.
    before = _child(source_db, source_media, "read", json.dumps(urls))
    assert before.returncode == 0, before.stderr[-2000:]

    out = tmp_path / "backup"
    report = io.StringIO()
    call_command("backup", out=str(out), stdout=report)
    assert "media files" in report.getvalue()
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    assert manifest["database"]["vendor"] == "postgresql"
    assert any(entry["name"].startswith("original_images/") for entry in manifest["media"])
    assert any(entry["name"].startswith("images/") for entry in manifest["media"])  # renditions

    restored_media = tmp_path / "restored-media"
    restore = _child(restored_database, restored_media, "restore", str(out))
    assert restore.returncode == 0, restore.stderr[-2000:]
    assert "Restored the postgresql database" in restore.stdout

    assert _all_rows(restored_database) == _all_rows(source_db)
    for entry in manifest["media"]:
        assert (restored_media / entry["name"]).read_bytes() == (source_media / entry["name"]).read_bytes()

    after = _child(restored_database, restored_media, "read", json.dumps(urls))
    assert after.returncode == 0, after.stderr[-2000:]
    source_answers, restored_answers = json.loads(before.stdout), json.loads(after.stdout)
    assert all(status == 200 for status, _body in source_answers.values()), source_answers.keys()
    assert restored_answers == source_answers

    # A second restore into the now non-empty database is refused without --force ...
    again = _child(restored_database, restored_media, "restore", str(out))
    assert again.returncode != 0
    assert again.stderr.strip().count("\n") == 0
    assert "not empty" in again.stderr
    # ... and replaces it with --force.
    forced = _child(restored_database, restored_media, "restore", str(out), "--force")
    assert forced.returncode == 0, forced.stderr[-2000:]


def test_restore_refuses_a_missing_folder_with_one_line(tmp_path):
    with pytest.raises(CommandError, match="No backup folder"):
        call_command("restore", str(tmp_path / "nowhere"))


@needs_postgres
@pytest.mark.django_db
def test_restore_refuses_a_damaged_dump_before_touching_the_database(tmp_path):
    out = tmp_path / "backup"
    call_command("backup", out=str(out), stdout=io.StringIO())
    dump = out / json.loads((out / MANIFEST_NAME).read_text())["database"]["name"]
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dump.write_bytes(bytes(data))
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore", str(out), "--force")


def test_backup_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "something").write_text("x")
    with pytest.raises(CommandError, match="not an empty folder"):
        call_command("backup", out=str(tmp_path))


def test_restore_refuses_a_folder_without_manifest_as_one_line_and_nonzero_exit(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(tmp_path)],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"CommandError: {tmp_path} has no manifest.json: not a backup, or an interrupted one."
    ]
