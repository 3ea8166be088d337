"""Background e-mail of form submissions, retried with backoff while the mail server is down.

The submission is stored before this task is queued, so a mail outage loses nothing; the
notification follows once the server is back (delays: ALLIANCE_EMAIL_RETRY_DELAYS).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def send_submission_email(message: dict, attempt: int = 1) -> str:
    """Send one notification (`message`: subject, body, from_email, to, reply_to); on failure,
    queue the next attempt while the retry delays last."""
    email = EmailMessage(**message)
    try:
        email.send()
    except Exception as error:
        delays = list(getattr(settings, "ALLIANCE_EMAIL_RETRY_DELAYS", []))
        backend = send_submission_email.get_backend()
        if attempt <= len(delays) and backend.supports_defer:
            run_after = timezone.now() + timedelta(seconds=delays[attempt - 1])
            send_submission_email.using(run_after=run_after).enqueue(message, attempt + 1)
            logger.warning(
                "E-mail to %s failed (%s); attempt %d at %s", email.to, error, attempt + 1, run_after
            )
            return "retrying"
        logger.exception("Could not e-mail the submission to %s; it is stored in the admin", email.to)
        return "failed"
    return "sent"
