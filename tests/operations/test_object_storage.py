"""Media on S3-compatible object storage: a real moto server on 127.0.0.1, reached through
django-storages and boto3 exactly as production reaches its bucket."""

import json
import logging
from io import BytesIO

import boto3
import pytest
import requests
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

moto_server = pytest.importorskip("moto.server", reason="moto[server] is in requirements-test.txt")

BUCKET = "alliance-media-test"
# The bucket policy docs/deployment.md recommends: renditions public (pages, the API and the CDN
# link them), originals and documents private (documents go through Wagtail's serve view).
PUBLIC_RENDITIONS_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/images/*",
        }
    ],
}


@pytest.fixture(scope="module")
def s3_endpoint():
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's server logs every request
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    admin = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    admin.create_bucket(Bucket=BUCKET)
    admin.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_RENDITIONS_POLICY))
    yield endpoint
    server.stop()


@pytest.fixture
def bucket_storage(s3_endpoint):
    storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": s3_endpoint,
            "access_key": "test",
            "secret_key": "test",
            "region_name": "us-east-1",
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
    with override_settings(
        STORAGES={
            "default": storage,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ):
        yield boto3.client(
            "s3",
            endpoint_url=s3_endpoint,
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",
        )


def bucket_keys(client) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def png(width: int = 640, height: int = 480) -> ImageFile:
    buffer = BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return ImageFile(buffer, name="alliance-meeting.png")


@pytest.mark.django_db
def test_images_and_their_renditions_are_stored_in_the_bucket_and_served_from_it(bucket_storage):
    image = get_image_model().objects.create(title="Alliance meeting", file=png())

    rendition = image.get_rendition("fill-200x100")

    keys = bucket_keys(bucket_storage)
    assert image.file.name in keys
    assert rendition.file.name in keys
    assert rendition.url.startswith(f"{bucket_storage.meta.endpoint_url}/{BUCKET}/")
    served = requests.get(rendition.url, timeout=10)
    assert served.status_code == 200
    assert PILImage.open(BytesIO(served.content)).size == (200, 100)
    # The original upload is not public.
    assert requests.get(image.file.url, timeout=10).status_code == 403


@pytest.mark.django_db
def test_two_uploads_with_one_name_never_overwrite_each_other(bucket_storage):
    first = get_image_model().objects.create(title="One", file=png(100, 100))
    second = get_image_model().objects.create(title="Two", file=png(300, 300))

    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= bucket_keys(bucket_storage)


@pytest.mark.django_db
def test_documents_are_streamed_from_the_bucket_through_the_serve_view(client, bucket_storage):
    document = get_document_model().objects.create(
        title="Declaration", file=ContentFile(b"%PDF-1.4 declaration text", name="declaration.pdf")
    )
    assert document.file.name in bucket_keys(bucket_storage)

    response = client.get(document.url)

    assert document.url.startswith("/documents/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 declaration text"
    # Only through the view: the object itself is private.
    assert requests.get(document.file.url, timeout=10).status_code == 403


@pytest.mark.django_db
def test_a_document_in_a_private_collection_is_not_handed_out(client, bucket_storage):
    private = Collection.get_first_root_node().add_child(name="Task Force only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    document = get_document_model().objects.create(
        title="Internal minutes",
        collection=private,
        file=ContentFile(b"internal minutes", name="minutes.txt"),
    )

    response = client.get(document.url)

    assert response.status_code in (302, 403)
    assert b"internal minutes" not in response.content


@pytest.mark.django_db
def test_readyz_reports_the_bucket_and_503_when_it_is_unreachable(client, bucket_storage, settings):
    body = client.get("/readyz").json()
    assert body["checks"]["storage"] == {"backend": "storages.backends.s3.S3Storage", "status": "ok"}

    dead = {**settings.STORAGES["default"]}
    dead["OPTIONS"] = {**dead["OPTIONS"], "endpoint_url": "http://127.0.0.1:9"}
    settings.STORAGES = {**settings.STORAGES, "default": dead}
    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["storage"]["status"] == "down"
