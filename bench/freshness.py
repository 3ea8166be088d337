"""Publish → fresh: how long until a publish shows in the cached API and its webhook arrives.

A channel's webhook points at a receiver on 127.0.0.1; `manage.py db_worker` sends the webhooks,
as in production. Each of the `rounds` publishes changes an English news page's title.
"""

import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from news.models import NewsPage


class _Receiver(BaseHTTPRequestHandler):
    arrivals: list[tuple[float, dict]] = []  # noqa: RUF012 (shared by the handler instances)

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.arrivals.append((time.perf_counter(), json.loads(body or b"{}")))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def _get_title(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (our own server)
            return json.loads(response.read())["title"]
    except (OSError, ValueError, KeyError):
        return None  # counted as not fresh yet; the deadline bounds the wait


def measure(base_url: str, env: dict[str, str], rounds: int, log_path: Path) -> dict:
    from delivery.models import Channel

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    Channel.objects.filter(name="bench receiver").delete()
    channel = Channel(name="bench receiver", webhook_url=f"http://127.0.0.1:{receiver.server_port}/hook")
    channel.issue_token()
    channel.save()
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.05"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(log_path, "ab"),  # noqa: SIM115 (closed with the process)
    )
    page = NewsPage.objects.filter(locale__language_code="en").order_by("-date", "-pk").first()
    original = page.title
    url = f"{base_url}/api/v2/news/{page.pk}/"
    fresh, delivered, publishing, missed = [], [], [], 0
    try:
        time.sleep(1.0)  # the worker's start-up
        for n in range(rounds):
            _get_title(url)  # cached before the publish
            title = f"{original} (update {n + 1})"
            _Receiver.arrivals.clear()
            started = time.perf_counter()
            page.title = title
            page.save_revision().publish()
            # Timed from the commit (publish() returns once committed), as a reader would see it.
            published = time.perf_counter()
            publishing.append(published - started)
            deadline = published + 20
            while _get_title(url) != title and time.perf_counter() < deadline:
                time.sleep(0.005)
            fresh.append(time.perf_counter() - published)
            while time.perf_counter() < deadline:
                arrived = [at for at, body in _Receiver.arrivals if body.get("id") == page.pk]
                if arrived:
                    delivered.append(arrived[0] - published)
                    break
                time.sleep(0.005)
            else:
                missed += 1
    finally:
        page.title = original
        page.save_revision().publish()
        time.sleep(0.5)
        worker.terminate()
        worker.wait(timeout=30)
        receiver.shutdown()
        channel.delete()
    return {
        "rounds": rounds,
        "publish_median_s": statistics.median(publishing),
        "fresh_median_s": statistics.median(fresh),
        "fresh_max_s": max(fresh),
        "webhook_median_s": statistics.median(delivered) if delivered else None,
        "webhook_max_s": max(delivered) if delivered else None,
        "webhooks_missed": missed,
    }
