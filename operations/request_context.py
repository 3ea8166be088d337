"""The request id: taken from `X-Request-ID` when it looks like one, made up otherwise.

It is kept in a context variable so every log line written while the request runs carries it
(`RequestIdLogFilter`), and returned in the response's `X-Request-ID` header so a reader's
report, the load balancer's log and ours can be matched.
"""

import logging
import re
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"
# Ids from load balancers and tracing tools (UUIDs, nginx's 32 hex digits, AWS's
# "Root=1-..."): letters, digits and a few separators, 8 to 128 of them. Anything else
# (spaces, quotes, control characters that would forge log lines) is replaced.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:=+/-]{7,127}")

current_request_id: ContextVar[str] = ContextVar("current_request_id", default="")


def request_id_from(incoming: str | None) -> str:
    if incoming and SANE_REQUEST_ID.fullmatch(incoming):
        return incoming
    return uuid.uuid4().hex


class RequestIdLogFilter(logging.Filter):
    """Adds `request_id` to every record (empty outside a request: workers, commands)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", ""):
            record.request_id = current_request_id.get()
        return True
