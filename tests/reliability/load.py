"""A bounded load of reader requests from threads, each answer recorded with its time."""

import itertools
import threading
import time
from dataclasses import dataclass, field

import requests


@dataclass
class Answer:
    at: float  # time.monotonic() when the answer came
    url: str
    status: int  # 0: no HTTP answer at all (connection refused or reset, timeout)
    content_type: str = ""
    retry_after: str = ""
    body: str = ""


@dataclass
class ReaderLoad:
    """`threads` readers cycling through `paths` on `base_url` until stopped."""

    base_url: str
    paths: list[str]
    threads: int = 4
    timeout: float = 10.0
    answers: list[Answer] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _workers: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _read(self, offset: int) -> None:
        for path in itertools.islice(itertools.cycle(self.paths), offset, None):
            if self._stop.is_set():
                return
            url = self.base_url + path
            try:
                response = requests.get(url, timeout=self.timeout)
                answer = Answer(
                    time.monotonic(),
                    path,
                    response.status_code,
                    response.headers.get("Content-Type", ""),
                    response.headers.get("Retry-After", ""),
                    response.text if response.status_code != 200 else "",
                )
            except requests.RequestException as error:
                answer = Answer(time.monotonic(), path, 0, body=repr(error))
            with self._lock:
                self.answers.append(answer)

    def __enter__(self) -> "ReaderLoad":
        for number in range(self.threads):
            thread = threading.Thread(target=self._read, args=(number * 3,), daemon=True)
            thread.start()
            self._workers.append(thread)
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        for thread in self._workers:
            thread.join(timeout=self.timeout + 5)

    def between(self, start: float, end: float = float("inf")) -> list[Answer]:
        with self._lock:
            return [answer for answer in self.answers if start <= answer.at < end]
