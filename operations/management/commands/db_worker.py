"""django-tasks-db's `db_worker`, which also re-runs tasks left RUNNING by a worker that died."""

import threading

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from operations.stale_tasks import requeue_stale_tasks, start_reaper


class Command(DatabaseWorkerCommand):
    help = DatabaseWorkerCommand.help + " (re-queues tasks of workers that died: ALLIANCE_TASK_STALE_AFTER)"

    def handle(self, *args, **options) -> None:
        requeue_stale_tasks()
        stop = threading.Event()
        start_reaper(stop)
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
