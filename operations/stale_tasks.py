"""Re-run background tasks whose worker died (django-tasks-db 0.13 leaves them RUNNING forever).

A worker killed mid-task (SIGKILL, OOM, a lost machine) never marks its task finished. Any task
that has been RUNNING longer than ALLIANCE_TASK_STALE_AFTER seconds is put back in the queue,
at worker start and periodically while a worker runs. The threshold must exceed the longest
legitimate task (a webhook attempt is at most 10 s); a task that does run twice must be
harmless twice, as ours are (a delivered webhook is not re-sent; receivers de-duplicate by
X-Alliance-Delivery).
"""

import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, connection
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


def stale_after() -> float:
    return float(getattr(settings, "ALLIANCE_TASK_STALE_AFTER", 900))


def requeue_stale_tasks() -> int:
    """Put RUNNING tasks older than the threshold back to READY; returns how many."""
    cutoff = timezone.now() - timedelta(seconds=stale_after())
    count = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff).update(
        status=TaskResultStatus.READY, started_at=None
    )
    if count:
        logger.warning("Re-queued %d background task(s) left running by a worker that stopped", count)
    return count


def start_reaper(stop: threading.Event) -> threading.Thread:
    """A daemon thread that re-queues stale tasks every half threshold until `stop` is set."""

    def loop() -> None:
        while not stop.wait(max(stale_after() / 2, 1.0)):
            try:
                requeue_stale_tasks()
            except Exception:  # a database outage: try again next round
                logger.exception("Could not check for stale background tasks")
            finally:
                connection.close()
        close_old_connections()

    thread = threading.Thread(target=loop, name="stale-task-reaper", daemon=True)
    thread.start()
    return thread
