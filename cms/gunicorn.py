"""gunicorn settings for the production web process: `gunicorn -c cms/gunicorn.py cms.wsgi`.

Everything comes from the environment: HOST/PORT (127.0.0.1:8000), WEB_CONCURRENCY (workers,
read by gunicorn itself), GUNICORN_TIMEOUT, PROMETHEUS_MULTIPROC_DIR.
"""

import gc
import os
import shutil
import tempfile
from pathlib import Path

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then (jittered) so slow leaks never add up.
max_requests = 5000
max_requests_jitter = 500

# Nothing on local disk at run time: no control socket under $HOME (gunicorn 24+ makes one by
# default), heartbeat files in memory, no access log file (Django writes one JSON line per
# request, with its request id, to stdout).
control_socket_disable = True
_tmpfs = Path("/dev/shm")  # noqa: S108 - a tmpfs, precisely what we want
if _tmpfs.is_dir():
    worker_tmp_dir = str(_tmpfs)
accesslog = None
errorlog = "-"
# gunicorn's own lines (start, stop, worker timeouts) as JSON too, when the app logs JSON.
if os.environ.get("LOG_FORMAT", "json") == "json":
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.orjson.OrjsonFormatter",
                "fmt": "%(levelname)s %(name)s %(message)s",
                "rename_fields": {"levelname": "level", "name": "logger"},
                "timestamp": "time",
            }
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
        "loggers": {"gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False}},
        "root": {"handlers": ["console"], "level": "INFO"},
    }

# Prometheus multiprocess mode: each worker writes its counters to memory-mapped files in one
# directory, /metrics sums them. The directory is on tmpfs, one per bound port (two servers on
# one host must not mix their counts), emptied when the server starts.
os.environ.setdefault(
    "PROMETHEUS_MULTIPROC_DIR",
    str(
        (_tmpfs if _tmpfs.is_dir() else Path(tempfile.gettempdir()))
        / f"alliance-prometheus-{bind.rsplit(':', 1)[-1]}"
    ),
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")


def on_starting(server) -> None:
    directory = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)


def post_worker_init(worker) -> None:
    # What the worker has loaded (Django, Wagtail, models, settings) lives as long as it does:
    # frozen, the garbage collector no longer walks it on every collection. An API listing
    # allocates tens of thousands of objects, so collections are frequent (about 12 % of an
    # uncached 20-item listing went to them; see docs/performance.md).
    gc.freeze()


def child_exit(server, worker) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
