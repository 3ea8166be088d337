"""gunicorn with 2 sync workers on 127.0.0.1 and a free port; peak RSS of its workers from /proc."""

import contextlib
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

WORKERS = 2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (gunicorn's workers), read from /proc."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The fields after the parenthesised command name: state, ppid, ...
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            children.append(int(entry.name))
    return children


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process has had."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Server:
    def __init__(self, process: subprocess.Popen, port: int) -> None:
        self.process = process
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.peak_rss: dict[int, float] = {}

    def workers(self) -> list[int]:
        return _children(self.process.pid)

    def sample_rss(self) -> float:
        """Record each worker's peak RSS in the server's overall peaks; the largest worker's
        peak since the last reset (`reset_peak_rss`)."""
        largest = 0.0
        for pid in self.workers():
            peak = peak_rss_mb(pid)
            self.peak_rss[pid] = max(self.peak_rss.get(pid, 0.0), peak)
            largest = max(largest, peak)
        return largest

    def wait_idle(self, timeout: float = 180) -> None:
        """Until both workers answer at once: a slow scenario's requests still being processed
        after wrk stopped must not queue in front of the next scenario's."""
        deadline = time.monotonic() + timeout
        url = f"{self.base}/bench-ceiling/"
        while time.monotonic() < deadline:
            started = time.monotonic()
            with ThreadPoolExecutor(WORKERS) as pool:
                list(pool.map(_first_request, [url] * WORKERS))
            if time.monotonic() - started < 0.25:
                return
            time.sleep(0.2)

    def reset_peak_rss(self) -> None:
        """Start each worker's peak RSS afresh, so the next reading is the peak of what follows
        (Linux: `5` written to /proc/PID/clear_refs). Where the kernel refuses, the next reading
        is the peak since the worker started: never less than the true one."""
        self.sample_rss()  # the server's overall peak keeps what came before
        for pid in self.workers():
            with contextlib.suppress(OSError):
                Path(f"/proc/{pid}/clear_refs").write_text("5")

    def max_worker_rss(self) -> float:
        self.sample_rss()
        return max(self.peak_rss.values(), default=0.0)


def _first_request(url: str) -> None:
    with contextlib.suppress(OSError):
        urllib.request.urlopen(url, timeout=120).read()  # noqa: S310 (our own server)


@contextmanager
def gunicorn(env: dict[str, str], log_path: Path):
    port = free_port()
    # The production gunicorn configuration (cms/gunicorn.py): workers, timeouts, recycling.
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "--config",
        str(Path(__file__).resolve().parent.parent / "cms" / "gunicorn.py"),
        "bench.wsgi:application",
        # No worker recycling during a measurement: a worker restarting under load stalls the
        # scenario that happens to be running (production recycles every ~5,000 requests).
        "--max-requests",
        "0",
        "--error-logfile",
        str(log_path),
    ]
    env = {
        **env,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(WORKERS),
        "LOG_FORMAT": "text",
    }
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Server(process, port)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{server.base}/bench-ceiling/", timeout=2).read()  # noqa: S310
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start; see {log_path}") from None
                time.sleep(0.3)
        while len(server.workers()) < WORKERS and time.monotonic() < deadline:
            time.sleep(0.2)
        # Each worker's first Django request (database connection, templates) before any load.
        with ThreadPoolExecutor(WORKERS * 2) as pool:
            list(pool.map(_first_request, [f"{server.base}/api/v2/news/?limit=1"] * WORKERS * 4))
        yield server
    finally:
        server.sample_rss()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
