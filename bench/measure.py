"""Run every scenario: query counts in-process, load through gunicorn with wrk, then freshness."""

import time
from pathlib import Path

from django.db import transaction
from wagtail.images.models import Image

from bench import database, freshness, load, queries
from bench.config import Mode
from bench.data import SEED, stock_rate
from bench.scenarios import Scenario, build_scenarios, small_search_scenario
from bench.server import gunicorn
from bench.text import SEARCH_WORDS
from news.models import NewsPage


def pick_sample(per_locale: int) -> dict:
    page = NewsPage.objects.filter(locale__language_code="fr", live=True).order_by("-date", "-pk").first()
    html_path = page.get_url()
    html_path = html_path[html_path.index("/fr/") :]
    return {
        "news_id": page.pk,
        "html_path": html_path,
        "stock_html_path": html_path.replace("/fr/", "/fr/stock-html/", 1),
        "country": "FR",
        "search_word": SEARCH_WORDS["fr"],
        "per_locale": per_locale,
    }


def import_rate(mode: Mode, log) -> dict:
    """The bulk importer on a sample of English news with all their translations, rolled back."""
    from django.conf import settings

    from archive.importer import import_archive
    from bench.archive_gen import ArchiveGenerator

    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    generator = ArchiveGenerator(SEED + 2, languages, list(Image.objects.values_list("pk", flat=True)))
    lines = list(generator.news(20_000_000, mode.import_sample))
    started = time.perf_counter()
    with transaction.atomic():
        pages = import_archive(lines).pages
        seconds = time.perf_counter() - started
        transaction.set_rollback(True)
    log(f"  bulk import: {pages} pages in {seconds:.1f} s")
    return {"pages": pages, "seconds": seconds, "rate": pages / seconds}


def _load(server, path: str, mode: Mode, connections: int, data_dir: Path, warm_up: bool = True) -> dict:
    url = f"{server.base}{path}"
    server.wait_idle()
    server.reset_peak_rss()
    if warm_up:
        load.run_wrk(url, mode.warmup_s, connections, data_dir)
        server.wait_idle()
    result = load.run_wrk(url, mode.measure_s, connections, data_dir)
    if result.requests < 10 and mode.name == "full":
        # Answers slower than the window (stock Wagtail's 50 items): a window long enough to
        # count some, rather than a rate of zero.
        server.wait_idle()
        result = load.run_wrk(url, mode.measure_s * 4, connections, data_dir, timeout_s=60)
    return {
        "peak_rss_mb": server.sample_rss(),
        "rps": result.rps,
        "p50_ms": result.p50_ms,
        "p95_ms": result.p95_ms,
        "p99_ms": result.p99_ms,
        "errors": result.errors,
        "requests": result.requests,
        "seconds": result.seconds,
    }


def combine_rounds(rounds: list[dict]) -> dict:
    """One side's rounds as one measurement: its rate over all of them (requests / seconds),
    the errors of all, the latency percentiles of its slowest round (wrk gives percentiles,
    not the latencies to merge) and the largest worker's peak memory in any round."""
    requests = sum(measured["requests"] for measured in rounds)
    seconds = sum(measured["seconds"] for measured in rounds)
    slowest = max(rounds, key=lambda measured: measured["p95_ms"])
    return {
        "rps": requests / seconds if seconds else 0.0,
        "p50_ms": slowest["p50_ms"],
        "p95_ms": slowest["p95_ms"],
        "p99_ms": slowest["p99_ms"],
        "errors": sum(measured["errors"] for measured in rounds),
        "peak_rss_mb": max(measured["peak_rss_mb"] for measured in rounds),
        "requests": requests,
        "seconds": seconds,
        "rounds_rps": [measured["rps"] for measured in rounds],
    }


def round_order(sides: list[str], rounds: int) -> list[str]:
    """Ours and stock in turns, every other round reversed (ours, stock, stock, ours…), so a
    drift of the machine during the scenario weighs on both sides alike."""
    order = []
    for number in range(rounds):
        order += sides if number % 2 == 0 else sides[::-1]
    return order


def _count(scenario: Scenario) -> None:
    for side, path in (("ours", scenario.ours), ("stock", scenario.stock)):
        if path is None:
            continue
        count, status, _body = queries.count_queries(path, cached=scenario.cached and side == "ours")
        scenario.results.setdefault(side, {}).update(queries=count, status=status)


def _run_phase(server, scenarios: list[Scenario], mode: Mode, data_dir: Path, log) -> dict:
    for scenario in scenarios:
        paths = {"ours": scenario.ours, "stock": scenario.stock}
        sides = [side for side, path in paths.items() if path is not None]
        rounds: dict[str, list[dict]] = {side: [] for side in sides}
        for side in round_order(sides, mode.rounds):
            warm_up = not rounds[side]
            rounds[side].append(_load(server, paths[side], mode, scenario.connections, data_dir, warm_up))
        for side in sides:
            measured = combine_rounds(rounds[side])
            scenario.results.setdefault(side, {}).update(measured)
            each = " / ".join(f"{rps:.1f}" for rps in measured["rounds_rps"])
            log(
                f"  {scenario.name:<45} {side:<5} {measured['rps']:>8.1f} req/s"
                f"  p95 {measured['p95_ms']:.1f} ms" + (f"  (rounds {each})" if len(rounds[side]) > 1 else "")
            )
    ceiling = _load(server, "/bench-ceiling/", mode, 4, data_dir)
    log(f"  {'fixed-bytes ceiling':<45} {'':<5} {ceiling['rps']:>8.1f} req/s")
    return ceiling


def run_all(mode: Mode, builds: dict, server_env, data_dir: Path, log) -> dict:
    log("Creation rates (same database, rolled back):")
    stock = stock_rate(mode.stock_sample, log)
    bulk = import_rate(mode, log)
    # The rolled-back creations left dead rows and search index entries in the GIN indexes'
    # pending lists, which every search would read until autovacuum came by.
    database.vacuum_analyze(mode.database_url)
    sample = pick_sample(mode.news)
    scenarios = build_scenarios(sample)
    small = small_search_scenario({**sample, "per_locale": mode.small_news})
    for scenario in scenarios:
        _count(scenario)
    # The ceiling answers with the bytes of the cached 20-item listing.
    _count_cached_body = queries.count_queries(scenarios[1].ours, cached=True)[2]
    (data_dir / "ceiling.json").write_bytes(_count_cached_body)

    log("Serving with the API response cache bypassed (gunicorn, 2 workers):")
    uncached = [s for s in scenarios if s.phase == "uncached"]
    with gunicorn(server_env(mode.database_url, api_cache="off"), data_dir / "gunicorn.log") as server:
        ceiling_uncached = _run_phase(server, uncached, mode, data_dir, log)
        rss_uncached = server.max_worker_rss()
    log("Serving with the API response cache on:")
    cached = [s for s in scenarios if s.phase == "cached"]
    env_on = server_env(mode.database_url, api_cache="on")
    with gunicorn(env_on, data_dir / "gunicorn.log") as server:
        ceiling_cached = _run_phase(server, cached, mode, data_dir, log)
        log("Publish → fresh:")
        fresh = freshness.measure(server.base, env_on, mode.freshness_rounds, data_dir / "worker.log")
        rss_cached = server.max_worker_rss()
    log(f"Search on the small database ({mode.small_news} news per locale):")
    with gunicorn(server_env(mode.small_database_url, api_cache="off"), data_dir / "gunicorn.log") as server:
        _run_phase(server, [small], mode, data_dir, log)
        rss_small = server.max_worker_rss()
    for scenario in scenarios:
        scenario.results["ceiling"] = ceiling_cached if scenario.cached else ceiling_uncached
    by_name = {scenario.name: scenario for scenario in scenarios}
    for scenario in scenarios:
        if scenario.stock_from:
            scenario.results["stock"] = by_name[scenario.stock_from].results["stock"]
    return {
        "mode": mode.name,
        "builds": builds,
        "creation": {
            "stock": {"pages": stock.pages, "seconds": stock.seconds, "rate": stock.rate},
            "bulk": bulk,
        },
        "sample": sample,
        "scenarios": [*scenarios, small],
        "freshness": fresh,
        "peak_rss_mb": max(rss_uncached, rss_cached, rss_small),
        "peak_rss_by_phase_mb": {"uncached": rss_uncached, "cached": rss_cached, "small": rss_small},
    }
