"""Prometheus metrics: what each process counts, and what is read from the database per scrape.

Several gunicorn workers each count their own requests; with `PROMETHEUS_MULTIPROC_DIR` set (as
`make serve` and the gunicorn config do) prometheus-client keeps the counts in memory-mapped
files in that directory, one set per worker, and `/metrics` sums them, whichever worker
answers. That directory is the one thing written at run time: put it on a tmpfs (`/dev/shm`)
and empty it when the server starts. Queue depth and task failures are read from the task table
at each scrape instead: the `db_worker` processes serve no HTTP, and the table is the truth
whichever worker ran a task.
"""

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

# A process started with the variable but without the directory (a worker, a management
# command) must not fail on its first counter.
if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)

HTTP_REQUESTS = Counter(
    "alliance_http_requests_total",
    "HTTP responses by method, endpoint (URL name) and status code.",
    ["method", "endpoint", "status"],
)
HTTP_LATENCY = Histogram(
    "alliance_http_request_duration_seconds",
    "Time from the request reaching Django to the response leaving it, by method and endpoint.",
    ["method", "endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
API_CACHE_RESPONSES = Counter(
    "alliance_api_cache_responses_total",
    "API GET responses served from the response cache (hit) or built (miss).",
    ["result"],
)
CACHE_GETS = Counter(
    "alliance_cache_gets_total",
    "Reads of the default cache, by result (hit, miss): the cache hit ratio.",
    ["result"],
)
CACHE_FALLBACKS = Counter(
    "alliance_cache_redis_failures_total",
    "Cache calls answered by the process's local cache because Redis raised.",
)


class TaskQueueCollector(Collector):
    """Queue depth and task outcomes, counted in django-tasks-db's table at scrape time."""

    def collect(self):
        from django.db.models import Count
        from django_tasks_db.models import DBTaskResult

        depth = GaugeMetricFamily(
            "alliance_task_queue_depth", "Tasks waiting to run, by queue.", labels=["queue"]
        )
        tasks = GaugeMetricFamily(
            "alliance_tasks",
            "Background tasks in the queue table by status (FAILED: task failures).",
            labels=["status"],
        )
        for row in DBTaskResult.objects.ready().values("queue_name").annotate(n=Count("pk")):
            depth.add_metric([row["queue_name"]], row["n"])
        counts = dict(DBTaskResult.objects.values_list("status").annotate(n=Count("pk")))
        for status in ("READY", "RUNNING", "SUCCESSFUL", "FAILED"):
            tasks.add_metric([status], counts.get(status, 0))
        yield depth
        yield tasks


def exposition() -> bytes:
    """Every metric in Prometheus' text format, summed over the server's processes."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = CollectorRegistry()
        for collector in (HTTP_REQUESTS, HTTP_LATENCY, API_CACHE_RESPONSES, CACHE_GETS, CACHE_FALLBACKS):
            registry.register(collector)
    registry.register(TaskQueueCollector())
    return generate_latest(registry)
