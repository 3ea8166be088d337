"""The soak's figures: latencies per class, errors, worker memory, and the Markdown report."""

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

RSS_GROWTH_LIMIT = 0.10
DOC_START, DOC_END = "<!-- soak:start -->", "<!-- soak:end -->"


def worker_rss(master_pid: int) -> dict[int, int]:
    """RSS in KiB of each gunicorn worker (the master's children), from /proc."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    rss = {}
    for pid in map(int, children):
        status = Path(f"/proc/{pid}/status").read_text()
        rss[pid] = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
    return rss


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


@dataclass
class Results:
    timings: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    rss_start: dict[int, int] = field(default_factory=dict)
    rss_end: dict[int, int] = field(default_factory=dict)
    forms_posted: int = 0
    forms_stored: int = 0
    server_errors_logged: int = 0
    elapsed: float = 0.0
    context: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, ms: float, ok: bool, detail: str) -> None:
        with self._lock:
            self.timings.setdefault(kind, []).append(ms)
            if not ok:
                self.errors.setdefault(kind, []).append(detail)

    @property
    def error_count(self) -> int:
        return sum(map(len, self.errors.values()))

    def rss_growth(self) -> dict[int, float | None]:
        """Growth per worker; None when the worker did not live through the run."""
        return {
            pid: (self.rss_end[pid] - start) / start if pid in self.rss_end else None
            for pid, start in self.rss_start.items()
        }

    @property
    def passed(self) -> bool:
        growth = self.rss_growth().values()
        return (
            self.error_count == 0
            and self.forms_posted == self.forms_stored
            and all(value is not None and value <= RSS_GROWTH_LIMIT for value in growth)
        )


def render_markdown(results: Results) -> str:
    context = results.context
    total = sum(map(len, results.timings.values()))
    lines = [
        f"**{context.get('date')}**, commit `{context.get('commit')}`, {context.get('machine')}.",
        f"{context.get('setup')}. {results.elapsed:.0f} s of load, {total} requests and publishes "
        f"({total / max(results.elapsed, 1):.1f}/s).",
        "",
        "| Class | Count | Errors | p50 ms | p99 ms |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in sorted(results.timings):
        values = results.timings[kind]
        lines.append(
            f"| {kind} | {len(values)} | {len(results.errors.get(kind, []))} | "
            f"{percentile(values, 0.5):.0f} | {percentile(values, 0.99):.0f} |"
        )
    lines += ["", "| Worker | RSS at start (MiB) | RSS at end (MiB) | Growth |", "|---|---:|---:|---:|"]
    for pid, growth in results.rss_growth().items():
        end = results.rss_end.get(pid)
        lines.append(
            f"| {pid} | {results.rss_start[pid] / 1024:.1f} | "
            f"{end / 1024 if end else float('nan'):.1f} | "
            f"{'replaced' if growth is None else f'{growth:+.1%}'} |"
        )
    lines += [
        "",
        f"Form submissions posted (thanked): {results.forms_posted}; stored: {results.forms_stored}. "
        f"Tracebacks in the app server's log: {results.server_errors_logged}. "
        f"Errors: {results.error_count} (target 0). Verdict: **{'pass' if results.passed else 'FAIL'}**.",
    ]
    for kind, details in sorted(results.errors.items()):
        lines.append(f"- {kind}: {len(details)} errors, e.g. {details[:3]}")
    return "\n".join(lines) + "\n"


def update_doc(path: Path, report: str) -> None:
    text = path.read_text()
    start, end = text.index(DOC_START) + len(DOC_START), text.index(DOC_END)
    path.write_text(text[:start] + "\n" + report + text[end:])
