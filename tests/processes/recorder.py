"""A small HTTP server on loopback that records every request it gets (webhooks, CDN purges)."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

from tests.processes.core import LOOPBACK, wait_until


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # with its query string, as sent
    headers: dict[str, str]
    body: bytes
    received_at: float = field(default_factory=time.monotonic)

    def header(self, name: str) -> str:
        """A header's value, whatever its case ('' when absent)."""
        wanted = name.lower()
        return next((value for key, value in self.headers.items() if key.lower() == wanted), "")


class RecordingHTTPServer:
    """Answers every request (any method: GET, POST, PURGE, BAN, …) with `status` (or the next
    of `statuses`) and keeps it in `requests`. A context manager; `url` is its base URL."""

    def __init__(self, status: int = 200, statuses: list[int] | None = None) -> None:
        self.status = status
        self.statuses = list(statuses or [])
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def __enter__(self) -> Self:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status = recorder._record(
                    RecordedRequest(self.command, self.path, dict(self.headers.items()), body)
                )
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def __getattr__(self, name: str) -> Callable[[], None]:
                # do_GET, do_POST, do_PURGE, ...: every method is recorded the same way.
                if name.startswith("do_"):
                    return self._record
                raise AttributeError(name)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://{LOOPBACK}:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _record(self, request: RecordedRequest) -> int:
        with self._lock:
            self._requests.append(request)
            return self.statuses.pop(0) if self.statuses else self.status

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of what has come so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()

    def wait_for(
        self, condition: Callable[[list[RecordedRequest]], bool], timeout: float = 10.0
    ) -> list[RecordedRequest]:
        """Wait until `condition(requests)` holds (or `timeout` passes); return the requests."""
        wait_until(lambda: condition(self.requests), timeout)
        return self.requests
