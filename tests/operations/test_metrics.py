"""/metrics: Prometheus text for the configured addresses only; requests, latencies, cache, queue."""

import re

import pytest
from django.test import override_settings

from delivery.tasks import deliver_webhook

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus' text format (0 when absent)."""
    for line in text.splitlines():
        if not line.startswith((name + "{", name + " ")):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line.split("}")[0])) if "{" in line else {}
        if all(found.get(key) == value for key, value in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


@pytest.mark.django_db
def test_metrics_count_requests_per_endpoint_and_the_api_cache_hits(client):
    before = client.get("/metrics").content.decode()
    for _ in range(3):
        assert client.get("/api/v2/pages/?locale=fr").status_code == 200
    client.get("/api/v2/no-such-endpoint/")

    response = client.get("/metrics")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    listing = {"method": "GET", "endpoint": "wagtailapi:pages:listing", "status": "200"}
    assert (
        sample(text, "alliance_http_requests_total", **listing)
        - sample(before, "alliance_http_requests_total", **listing)
        == 3
    )
    assert (
        sample(
            text,
            "alliance_http_request_duration_seconds_count",
            method="GET",
            endpoint="wagtailapi:pages:listing",
        )
        >= 3
    )
    # One build, then two answers from the response cache: the hit ratio is readable.
    assert (
        sample(text, "alliance_api_cache_responses_total", result="hit")
        - sample(before, "alliance_api_cache_responses_total", result="hit")
        == 2
    )
    assert (
        sample(
            text, "alliance_http_requests_total", endpoint="delivery.api.viewsets.api_not_found", status="404"
        )
        >= 1
    )


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_metrics_report_queue_depth_and_failed_tasks_from_the_task_table(client):
    from django_tasks_db.models import DBTaskResult

    deliver_webhook.enqueue(1)
    deliver_webhook.enqueue(2)
    failed = DBTaskResult.objects.ready().first()
    failed.status = "FAILED"
    failed.save(update_fields=["status"])

    text = client.get("/metrics").content.decode()

    assert sample(text, "alliance_task_queue_depth", queue="default") == 1
    assert sample(text, "alliance_tasks", status="FAILED") == 1
    assert sample(text, "alliance_tasks", status="READY") == 1


def test_metrics_are_refused_to_an_address_not_configured(client):
    response = client.get("/metrics", REMOTE_ADDR="203.0.113.7")

    assert response.status_code == 404
    assert b"alliance_" not in response.content


@override_settings(METRICS_ALLOWED_IPS=["10.0.0.0/8", "2001:db8::1"])
def test_metrics_allowed_addresses_may_be_networks(client, db):
    assert client.get("/metrics", REMOTE_ADDR="10.20.30.40").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="2001:db8::1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="not-an-address").status_code == 404
