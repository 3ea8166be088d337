"""`make bench` measures ours and stock in turns and reports each side over all its rounds."""

from bench.measure import combine_rounds, round_order


def _round(requests: int, seconds: float, p95_ms: float, errors: int = 0, rss: float = 150.0) -> dict:
    return {
        "peak_rss_mb": rss,
        "rps": requests / seconds,
        "requests": requests,
        "seconds": seconds,
        "p50_ms": p95_ms / 2,
        "p95_ms": p95_ms,
        "p99_ms": p95_ms * 2,
        "errors": errors,
    }


def test_ours_and_stock_take_turns_so_a_drift_weighs_on_both():
    assert round_order(["ours", "stock"], 2) == ["ours", "stock", "stock", "ours"]
    assert round_order(["ours", "stock"], 3) == ["ours", "stock", "stock", "ours", "ours", "stock"]
    assert round_order(["ours"], 2) == ["ours", "ours"]
    assert round_order(["ours", "stock"], 1) == ["ours", "stock"]


def test_the_rate_is_over_all_rounds_the_latencies_those_of_the_slowest_round_and_memory_the_peak():
    combined = combine_rounds([_round(3000, 10.0, 20.0, rss=171.0), _round(1000, 10.0, 45.0, errors=2)])

    assert combined["rps"] == 200.0  # 4,000 requests in 20 s, not the mean of 300 and 100 per s
    assert combined["requests"] == 4000
    assert combined["errors"] == 2
    assert (combined["p50_ms"], combined["p95_ms"], combined["p99_ms"]) == (22.5, 45.0, 90.0)
    assert combined["rounds_rps"] == [300.0, 100.0]
    assert combined["peak_rss_mb"] == 171.0  # the largest worker's peak in any round


def test_one_round_is_reported_as_measured():
    only = _round(500, 2.0, 8.0)
    combined = combine_rounds([only])
    assert combined["rps"] == 250.0
    assert combined["p95_ms"] == 8.0
