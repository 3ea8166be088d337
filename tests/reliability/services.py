"""Services a fault drill breaks, each its own on a free loopback port: a PostgreSQL cluster, a
redis-server and an SMTP server. Never the machine's shared ones.

Built on the process harness (`tests/processes`): `ManagedProcess`, `free_port`, `wait_until`.
"""

import glob
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import psycopg2

from tests.processes import LOOPBACK, ManagedProcess, free_port, wait_until


def postgres_bin_dir() -> Path | None:
    """The newest PostgreSQL server binaries (Debian: /usr/lib/postgresql/<version>/bin)."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(path.split("/")[4])
    )
    return Path(candidates[-1]).parent if candidates else None


def missing_binaries() -> str:
    """Why the drills cannot run here ('' when they can)."""
    if postgres_bin_dir() is None:
        return "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    if shutil.which("redis-server") is None:
        return "no redis-server (apt-get install redis-server)"
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        return "no pg_dump/pg_restore (apt-get install postgresql-client)"
    return ""


def _as_postgres_user() -> list[str]:
    # The server refuses to run as root; as any other user it runs as that user.
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


class PostgresCluster:
    """A throw-away cluster (initdb into a temporary folder), started and stopped at will."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.bin = postgres_bin_dir()
        self.data_dir = Path(tempfile.mkdtemp(prefix="alliance-drill-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.data_dir, "postgres", "postgres")
        self.port = free_port()
        self.process: ManagedProcess | None = None
        self.starts = 0
        subprocess.run(  # noqa: S603 - fixed argv
            [
                *_as_postgres_user(),
                str(self.bin / "initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
            check=True,
            capture_output=True,
        )

    def url(self, database: str = "postgres") -> str:
        return f"postgres://postgres@{LOOPBACK}:{self.port}/{database}"

    def connect(self, database: str = "postgres"):
        return psycopg2.connect(
            host=LOOPBACK, port=self.port, user="postgres", dbname=database, connect_timeout=2
        )

    def accepts_queries(self) -> bool:
        try:
            self.connect().close()
            return True
        except psycopg2.OperationalError:
            return False

    def start(self) -> None:
        self.starts += 1
        self.process = ManagedProcess(
            f"postgres-{self.starts}",
            [
                *_as_postgres_user(),
                str(self.bin / "postgres"),
                "-D",
                str(self.data_dir),
                "-p",
                str(self.port),
                "-c",
                f"listen_addresses={LOOPBACK}",
                "-c",
                f"unix_socket_directories={self.data_dir}",
                # A drill's data is thrown away: no need to wait for the disk.
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
            ],
            log_dir=self.log_dir,
            ready_port=self.port,
            ready_timeout=30,
        )
        self.process.start()
        if not wait_until(self.accepts_queries, timeout=30, interval=0.1):
            raise RuntimeError(f"PostgreSQL did not accept queries:\n{self.process.output()}")

    def stop(self) -> None:
        """A fast shutdown, as a restart or failover does: sessions are cut, nothing waits for them."""
        if self.process is None or not self.process.is_running():
            return
        self.process.signal_group(signal.SIGINT)
        wait_until(lambda: not self.process.is_running(), timeout=30, interval=0.05)
        self.process.stop()

    def create_database_from(self, name: str, source_url: str) -> str:
        """A new database holding a copy of `source_url` (pg_dump | pg_restore); returns its URL."""
        connection = self.connect()
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        connection.close()
        dump = self.log_dir / f"{name}.dump"
        subprocess.run(  # noqa: S603 - fixed argv
            [
                shutil.which("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={dump}",
                source_url,
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(  # noqa: S603 - fixed argv
            [
                shutil.which("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                f"--dbname={self.url(name)}",
                str(dump),
            ],
            check=True,
            capture_output=True,
        )
        return self.url(name)

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)


class RedisServer:
    """`redis-server` that keeps nothing on disk, stopped and started again on the same port."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.port = free_port()
        self.process: ManagedProcess | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"redis://{LOOPBACK}:{self.port}/0"

    def start(self) -> None:
        self.starts += 1
        self.process = ManagedProcess(
            f"redis-{self.starts}",
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                LOOPBACK,
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            log_dir=self.log_dir,
            ready_port=self.port,
        )
        self.process.start()

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()  # as a crash or a lost node: no goodbye to the clients


@dataclass
class ReceivedMail:
    sender: str
    recipients: list[str]
    content: bytes


@dataclass
class SmtpServer:
    """An aiosmtpd server that records every message; `stop()` and `start()` on the same port."""

    port: int = field(default_factory=free_port)
    messages: list[ReceivedMail] = field(default_factory=list)
    _controller: object = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        server = self

        class Recorder:
            async def handle_DATA(self, smtp, session, envelope):  # noqa: N802 - aiosmtpd's hook name
                server.messages.append(
                    ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
                )
                return "250 Message accepted for delivery"

        self._controller = Controller(Recorder(), hostname=LOOPBACK, port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@dataclass
class ReceivedWebhook:
    delivery_id: str
    body: bytes


class WebhookReceiver:
    """A channel's webhook endpoint on a fixed port that can go down and come back.

    With `stall` set, a request is held (no answer) until `release` is set: a slow receiver that
    keeps a worker busy mid-task.
    """

    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[ReceivedWebhook] = []
        self.stall = threading.Event()
        self.release = threading.Event()
        self._server = None

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/hooks/alliance"

    def start(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's hook name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.received.append(ReceivedWebhook(self.headers.get("X-Alliance-Delivery", ""), body))
                if receiver.stall.is_set():
                    receiver.release.wait(timeout=30)
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args) -> None:
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer((LOOPBACK, self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        """Down: the port refuses connections."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
