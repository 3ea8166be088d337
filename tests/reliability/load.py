"""A bounded load of reader requests from threads, each answer recorded with its time."""

import itertools
import threading
import time
from dataclasses import dataclass, field

import requests


@dataclass
class Answer:
    at: float  # time.monotonic() when the request was sent
    url: str
    status: int  # 0: no HTTP answer at all (connection refused or reset, timeout)
    content_type: str = ""
    retry_after: str = ""
    body: str = ""
    answered: float = 0.0  # time.monotonic() when the answer (or the failure) came


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
            sent = time.monotonic()
            try:
                response = requests.get(url, timeout=self.timeout)
                answer = Answer(
                    sent,
                    path,
                    response.status_code,
                    response.headers.get("Content-Type", ""),
                    response.headers.get("Retry-After", ""),
                    response.text if response.status_code != 200 else "",
                )
            except requests.RequestException as error:
                answer = Answer(sent, path, 0, body=repr(error))
            answer.answered = time.monotonic()
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

    def answered_before(self, moment: float) -> list[Answer]:
        with self._lock:
            return [answer for answer in self.answers if answer.answered < moment]

    def sent_after(self, moment: float) -> list[Answer]:
        with self._lock:
            return [answer for answer in self.answers if answer.at >= moment]

    def rest(self, answered_before: float, sent_after: float) -> list[Answer]:
        """Everything in between: answered after the first moment and sent before the second."""
        with self._lock:
            return [a for a in self.answers if a.answered >= answered_before and a.at < sent_after]
