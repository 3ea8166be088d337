"""Backup and restore of media kept in an S3-compatible bucket: a real moto server on 127.0.0.1,
reached through django-storages as production reaches its bucket (runs on SQLite too)."""

import logging
from io import BytesIO

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from storages.backends.s3 import S3Storage

from operations.backups import archive

moto_server = pytest.importorskip("moto.server", reason="moto[server] is in requirements-test.txt")


@pytest.fixture(scope="module")
def buckets():
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    options = {
        "endpoint_url": f"http://{host}:{port}",
        "access_key": "test",
        "secret_key": "test",
        "region_name": "us-east-1",
        "querystring_auth": False,
        "file_overwrite": False,
        "default_acl": None,
    }
    client = boto3.client(
        "s3",
        endpoint_url=options["endpoint_url"],
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    for name in ("alliance-live", "alliance-new-server"):
        client.create_bucket(Bucket=name)
    yield (
        S3Storage(bucket_name="alliance-live", **options),
        S3Storage(bucket_name="alliance-new-server", **options),
    )
    server.stop()


def test_media_files_in_a_bucket_are_copied_out_checked_and_put_into_another_bucket(buckets, tmp_path):
    live, new_server = buckets
    picture = BytesIO(b"\x89PNG fake but binary \x00\xff" * 100)
    names = [
        live.save("original_images/lviv-meeting.png", picture),
        live.save("images/lviv-meeting.fill-120x90.png", ContentFile(b"rendition")),
        live.save("documents/declaration.pdf", ContentFile(b"%PDF-1.4 declaration")),
    ]

    media = archive.copy_media_out(live, tmp_path)
    assert sorted(entry["name"] for entry in media) == sorted(names)
    archive.write_manifest(
        tmp_path, archive.file_entry(_dump(tmp_path), "database.dump") | {"vendor": "x"}, media
    )

    backup = archive.read_backup(tmp_path)
    assert archive.copy_media_in(new_server, backup) == 3
    for name in names:
        assert new_server.open(name).read() == live.open(name).read()
    assert archive.copy_media_in(new_server, backup) == 0  # already there, same contents

    new_server.delete(names[2])
    new_server.save(names[2], ContentFile(b"another file under the same name"))
    assert archive.media_conflicts(new_server, backup) == [names[2]]

    (tmp_path / "media" / names[0]).write_bytes(b"bit rot")
    with pytest.raises(CommandError, match="does not match its checksum"):
        archive.read_backup(tmp_path)


def _dump(folder):
    dump = folder / "database.dump"
    dump.write_bytes(b"a database dump")
    return dump
