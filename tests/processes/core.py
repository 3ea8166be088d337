"""Ports, readiness waits and a subprocess that is always cleaned up."""

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

LOOPBACK = "127.0.0.1"


class ProcessNotReady(RuntimeError):
    """A managed process exited or did not become ready in time; the message ends with its output."""


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port nobody listens on right now (bind to port 0, read it, let it go).

    Another process could take it before ours binds it; on loopback, in a test run, that is rare
    enough, and a launcher that fails to bind reports it through `ProcessNotReady`.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def wait_until(condition: Callable[[], object], timeout: float, interval: float = 0.05) -> object:
    """Poll `condition` until it returns something truthy (returned) or `timeout` seconds pass
    (the last falsy value is returned)."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result or time.monotonic() >= deadline:
            return result
        time.sleep(interval)


def tcp_port_open(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
        return True
    return False


def http_answers(url: str) -> bool:
    """True once `url` answers HTTP at all (any status: a 404 or a 400 still means "serving")."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=2)
    try:
        connection.request("GET", parts.path or "/", headers={"Host": parts.netloc})
        connection.getresponse().read()
        return True
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


class ManagedProcess:
    """A subprocess in its own process group, with its output in a file, killed on exit.

    `ready_url` (any HTTP answer), `ready_port` (a TCP connect) or `ready_output` (a text its
    output must contain) say when it is ready; with none, once it has survived `settle` seconds.
    `url` is the base URL it serves, if any, for the caller's convenience. Use as a context manager:
    `with ManagedProcess(...) as process:` starts it, waits until ready, and stops it (SIGTERM
    to the whole group, SIGKILL after `stop_timeout`) however the block ends.
    """

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        *,
        log_dir: Path,
        env: Mapping[str, str] | None = None,
        cwd: Path | str | None = None,
        ready_url: str | None = None,
        ready_port: int | None = None,
        ready_output: str | None = None,
        url: str = "",
        ready_timeout: float = 30.0,
        settle: float = 0.5,
        stop_timeout: float = 10.0,
    ) -> None:
        self.name = name
        self.argv = [str(arg) for arg in argv]
        self.env = dict(env) if env is not None else None
        self.cwd = cwd
        self.ready_url = ready_url
        self.ready_port = ready_port
        self.ready_output = ready_output
        self.url = url
        self.ready_timeout = ready_timeout
        self.settle = settle
        self.stop_timeout = stop_timeout
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = log_dir / f"{name}.log"
        self.popen: subprocess.Popen | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def launch(self) -> Self:
        """Start the process without waiting (several can then start side by side); follow with
        `wait_ready()`."""
        with self.log_path.open("ab") as log:
            self.popen = subprocess.Popen(  # noqa: S603 - argv from the launchers, no shell
                self.argv,
                env=self.env,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: gunicorn's workers die with it
            )
        return self

    def start(self) -> Self:
        """Start the process and wait until it is ready; `ProcessNotReady` (with its output) if
        it exits first or the timeout passes, after killing what is left of it."""
        self.launch()
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def wait_ready(self) -> None:
        settles = self.ready_url is None and self.ready_port is None and self.ready_output is None
        deadline = time.monotonic() + (self.settle if settles else self.ready_timeout)
        while True:
            if not self.is_running():
                raise ProcessNotReady(self._failure(f"exited with status {self.popen.returncode}"))
            if self.ready_url is not None and http_answers(self.ready_url):
                return
            if self.ready_port is not None and tcp_port_open(LOOPBACK, self.ready_port):
                return
            if self.ready_output is not None and self.ready_output in self.output(tail=200):
                return
            if time.monotonic() >= deadline:
                if settles:
                    return  # survived its settling time
                raise ProcessNotReady(self._failure(f"not ready after {self.ready_timeout:.0f} s"))
            time.sleep(0.05)

    def is_running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    @property
    def pid(self) -> int:
        assert self.popen is not None, f"{self.name} was never started"
        return self.popen.pid

    def signal_group(self, signum: int) -> None:
        """Send `signum` to the process and everything it started (its process group)."""
        if self.popen is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, signum)

    def kill(self) -> None:
        """SIGKILL the whole group at once (a crash, not a shutdown) and reap it."""
        self.signal_group(signal.SIGKILL)
        if self.popen is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=self.stop_timeout)

    def stop(self) -> None:
        """SIGTERM the group, SIGKILL it if still there after `stop_timeout`; idempotent."""
        if self.popen is None:
            return
        if self.popen.poll() is None:
            self.signal_group(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=self.stop_timeout)
        # Children (gunicorn's workers) may outlive a master that exited: kill the group anyway.
        self.signal_group(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(timeout=self.stop_timeout)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- output ------------------------------------------------------------------------------
    def output(self, tail: int = 60) -> str:
        """The last `tail` lines the process wrote (stdout and stderr), for failure messages."""
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except FileNotFoundError:
            return ""
        return "\n".join(lines[-tail:])

    def _failure(self, what: str) -> str:
        return f"{self.name} ({' '.join(self.argv)}) {what}; output ({self.log_path}):\n{self.output()}"

    def __repr__(self) -> str:
        state = "running" if self.is_running() else "stopped"
        return f"<ManagedProcess {self.name} {state}>"


def stop_all(processes: Iterable[ManagedProcess]) -> None:
    """Stop several processes side by side: SIGTERM to every group first, then wait for each."""
    processes = list(processes)
    for process in processes:
        if process.is_running():
            process.signal_group(signal.SIGTERM)
    for process in processes:
        process.stop()
