"""No state on an app server: what one server does, the other one sees at once.

Two gunicorn servers (production settings) share PostgreSQL, Redis and an S3-compatible bucket;
nothing either of them keeps on its own disk or in its own memory may matter to a reader.
"""

import io
import itertools
import time
import uuid

import pytest
import requests
from PIL import Image
from wagtail.models import Page

from news.models import NewsPage
from tests.multiprocess.conftest import API_RATE_LIMIT, BUCKET

pytestmark = pytest.mark.multiprocess


def png_bytes(seed: int) -> bytes:
    """A 640×480 PNG whose pixels depend on `seed` (no two uploads are the same file)."""
    image = Image.new("RGB", (640, 480), color=(seed % 256, (seed * 7) % 256, (seed * 13) % 256))
    for x in range(0, 640, 16):
        image.putpixel((x, (x + seed) % 480), (255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def files_under(path) -> list[str]:
    return sorted(str(item) for item in path.rglob("*") if item.is_file()) if path.exists() else []


def test_an_image_uploaded_through_server_a_is_served_by_server_b_from_object_storage(
    deployment, committed_db
):
    original = png_bytes(seed=uuid.uuid4().int % 10_000)
    image_id = deployment.admin(deployment.app_a).upload_image("strasbourg-meeting.png", original)

    # B knows the image: its file is the object A stored in the bucket, byte for byte.
    detail = requests.get(f"{deployment.app_b.url}/api/v2/images/{image_id}/", timeout=10)
    assert detail.status_code == 200, detail.text
    download_url = detail.json()["meta"]["download_url"]
    prefix = f"{deployment.s3.url}/{BUCKET}/"
    assert download_url.startswith(prefix), download_url
    stored = deployment.s3_client().get_object(Bucket=BUCKET, Key=download_url.removeprefix(prefix))
    assert stored["Body"].read() == original

    # A page using it: B makes the renditions (reading A's original from the bucket) and serves them.
    news = NewsPage.objects.get(pk=deployment.content.news.pk)
    news.feed_image_id = image_id
    news.save_revision().publish()
    item = requests.get(f"{deployment.app_b.url}/api/v2/news/{news.pk}/", timeout=10).json()
    renditions = item["feed_image"]["renditions"]
    assert set(renditions) == {"thumbnail", "medium", "large"}
    # Readers (and the CDN) fetch renditions straight from the bucket, public as the guide says.
    assert renditions["thumbnail"]["url"].startswith(prefix)
    thumbnail = requests.get(renditions["thumbnail"]["url"], timeout=10)
    assert thumbnail.status_code == 200
    assert Image.open(io.BytesIO(thumbnail.content)).size == (400, 300)

    # Everything is in the bucket; neither server wrote a media file to its own disk.
    keys = [item["Key"] for item in deployment.s3_client().list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert any(key.startswith("original_images/strasbourg-meeting") for key in keys), keys
    assert any(key.startswith("images/strasbourg-meeting") for key in keys), keys
    assert files_under(deployment.media_root(deployment.app_a)) == []
    assert files_under(deployment.media_root(deployment.app_b)) == []


def test_a_publish_on_server_a_is_in_server_bs_cached_api_within_one_second(deployment, committed_db):
    news = NewsPage.objects.get(pk=deployment.content.news.pk)
    new_title = f"Miranda Rira visits Strasbourg again ({uuid.uuid4().hex[:8]})"
    news.title = new_title
    news.save_revision()  # a draft: readers still see the old title
    url = f"{deployment.app_b.url}/api/v2/news/{news.pk}/"

    first, cached = (requests.get(url, timeout=10) for _ in range(2))
    assert cached.headers["X-Cache"] == "HIT"
    assert cached.json()["title"] == first.json()["title"] != new_title

    published = deployment.admin(deployment.app_a).bulk_publish(news.pk)
    assert published.status_code == 302, published.text[:500]
    deadline = time.monotonic() + 1.0
    seen = []
    while time.monotonic() < deadline:
        seen.append(requests.get(url, timeout=1).json()["title"])
        if seen[-1] == new_title:
            break
        time.sleep(0.05)
    assert seen[-1] == new_title, f"B still served {seen[-1]!r} one second after A published"
    assert Page.objects.get(pk=news.pk).title == new_title


def test_the_api_rate_limit_is_counted_across_both_servers(deployment):
    servers = itertools.cycle([deployment.app_a, deployment.app_b])
    statuses = [
        requests.get(f"{next(servers).url}/api/v2/pages/?locale=en", timeout=10).status_code
        for _ in range(API_RATE_LIMIT)
    ]
    # Each server saw only half of them: a per-process count would let many more through.
    assert statuses == [200] * API_RATE_LIMIT

    for server in (deployment.app_a, deployment.app_b):
        refused = requests.get(f"{server.url}/api/v2/pages/?locale=en", timeout=10)
        assert refused.status_code == 429, refused.text
        assert int(refused.headers["Retry-After"]) >= 1
        assert "Too many requests" in refused.json()["message"]
