"""`make bench-quick` fails on query-count overruns and errors, never on timings."""

from types import SimpleNamespace

import pytest

from bench import report
from bench.scenarios import Scenario, Target


def _scenario(ours: dict, stock: dict | None = None, target: Target | None = None) -> Scenario:
    scenario = Scenario(
        "news listing", "/api/v2/news/", "/stock-api/v2/pages/", target or Target(max_queries=8)
    )
    scenario.results = {
        "ours": {
            "rps": 100.0,
            "p50_ms": 5,
            "p95_ms": 9,
            "p99_ms": 12,
            "errors": 0,
            "queries": 7,
            "status": 200,
        }
        | ours,
        "stock": {"rps": 50.0, "errors": 0, "queries": 30, "status": 200} | (stock or {}),
        "ceiling": {"rps": 1000.0},
    }
    return scenario


def _results(*scenarios: Scenario) -> dict:
    cached = _scenario({})
    cached.cached = True
    return {
        "scenarios": [*scenarios, cached],
        "creation": {"stock": {"rate": 2.0, "pages": 5}, "bulk": {"rate": 40.0, "pages": 55}},
        "builds": {},
        "freshness": {
            "rounds": 3,
            "fresh_median_s": 0.2,
            "fresh_max_s": 0.3,
            "webhook_median_s": 0.4,
            "webhook_max_s": 0.5,
            "webhooks_missed": 0,
        },
        "peak_rss_mb": 120.0,
        "total_seconds": 60.0,
    }


@pytest.fixture
def quiet_finish(monkeypatch, tmp_path):
    monkeypatch.setattr(report, "machine", lambda: {"nproc": 2, "cpu": "test", "ram_gb": 1})
    monkeypatch.setattr(report, "ROOT", tmp_path)
    (tmp_path / "bench" / ".data").mkdir(parents=True)
    lines: list[str] = []
    return lambda results: (report.finish(SimpleNamespace(name="quick"), results, lines.append), lines)


def test_a_scenario_over_its_query_budget_fails_the_quick_run(quiet_finish):
    code, lines = quiet_finish(_results(_scenario({"queries": 9})))

    assert code == 1
    assert any(line.startswith("FAIL news listing") and "query overrun True" in line for line in lines)
    assert any("≤8 queries ✗" in line for line in lines)


@pytest.mark.parametrize("side", ["ours", "stock"])
def test_errors_or_a_non_200_answer_fail_the_quick_run(quiet_finish, side):
    broken = _scenario({"errors": 3}) if side == "ours" else _scenario({}, {"status": 500})

    assert quiet_finish(_results(broken))[0] == 1


def test_slow_answers_and_missed_speed_targets_never_fail_the_quick_run(quiet_finish):
    slow = _scenario(
        {"rps": 1.0, "p95_ms": 900.0}, target=Target(min_x_stock=4, max_queries=8, max_p95_ms=50)
    )

    code, lines = quiet_finish(_results(slow))

    assert code == 0
    assert any("≥4× stock ✗" in line and "p95<50 ms ✗" in line for line in lines)


def _search_at(phase: str, per_locale: int, ours_p50: float, stock_p50: float) -> Scenario:
    scenario = _scenario({"p50_ms": ours_p50}, {"p50_ms": stock_p50}, target=Target(max_p95_ms=50))
    scenario.name = f"search fr 'logement' ({per_locale}/locale), 1 client"
    scenario.per_locale = per_locale
    scenario.ours, scenario.phase = "/api/v2/search/?q=logement&locale=fr", phase
    return scenario


@pytest.mark.parametrize(("ours_at_5000", "verdict"), [(9.5, "does not grow ✓"), (19.0, "does not grow ✗")])
def test_the_report_says_whether_search_cost_grows_with_the_locale(quiet_finish, ours_at_5000, verdict):
    archive_scale = _search_at("uncached", 5000, ours_at_5000, 130.0)
    thousand_per_locale = _search_at("small", 1000, 9.0, 50.0)

    code, lines = quiet_finish(_results(archive_scale, thousand_per_locale))

    growth_line = next(line for line in lines if line.startswith("- Search cost against the locale's size"))
    assert "5000 vs 1000 pages per locale" in growth_line
    assert verdict in growth_line
    assert "stock 130.0 vs 50.0 ms (2.60×)" in growth_line
    assert code == 0  # a timing, never a failure of the quick run


def test_each_scenario_shows_the_peak_memory_of_a_worker_on_each_side(quiet_finish):
    measured = _scenario({"peak_rss_mb": 163.4}, {"peak_rss_mb": 181.0})

    _code, lines = quiet_finish(_results(measured))

    header = next(line for line in lines if line.startswith("| Scenario"))
    row = next(line for line in lines if line.startswith("| news listing |"))
    assert "peak RSS MB ours / stock" in header
    assert "| 163 / 181 |" in row
    assert header.count("|") == row.count("|")
