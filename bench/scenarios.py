"""What is measured: each scenario's URL for us and for stock Wagtail, and the issue's targets."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Target:
    min_x_stock: float | None = None
    max_queries: int | None = None
    min_x_ceiling: float | None = None
    max_p95_ms: float | None = None


@dataclass
class Scenario:
    name: str
    ours: str
    stock: str | None
    target: Target
    cached: bool = False  # served with the API response cache on (else bypassed: a dummy cache)
    connections: int = 4
    stock_from: str | None = None  # reuse another scenario's stock measurement
    phase: str = "uncached"
    notes: str = ""
    per_locale: int | None = None  # news pages per locale in the database searched
    results: dict = field(default_factory=dict)


def build_scenarios(sample: dict) -> list[Scenario]:
    """`sample` holds ids and paths picked from the data (bench.runner.pick_sample)."""
    stock_news = "/stock-api/v2/pages/?type=news.NewsPage&locale=fr"
    return [
        Scenario(
            "news listing fr 20, uncached",
            "/api/v2/news/?locale=fr&limit=20",
            f"{stock_news}&limit=20",
            Target(min_x_stock=4, max_queries=8),
        ),
        Scenario(
            "news listing fr 20, cached",
            "/api/v2/news/?locale=fr&limit=20",
            None,
            Target(min_x_stock=75, min_x_ceiling=0.25),
            cached=True,
            stock_from="news listing fr 20, uncached",
            phase="cached",
        ),
        Scenario(
            "news detail, uncached",
            f"/api/v2/news/{sample['news_id']}/",
            f"/stock-api/v2/pages/{sample['news_id']}/",
            Target(min_x_stock=2, max_queries=8),
        ),
        Scenario(
            "news 50 items fields=*, uncached",
            "/api/v2/news/?locale=fr&limit=50&fields=*",
            f"{stock_news}&limit=50&fields=*",
            Target(min_x_stock=10, max_queries=10),
        ),
        Scenario(
            f"search fr '{sample['search_word']}' ({sample['per_locale']}/locale), 1 client",
            f"/api/v2/search/?q={sample['search_word']}&locale=fr&type=news",
            f"{stock_news}&search={sample['search_word']}",
            Target(min_x_stock=10, max_p95_ms=50),
            connections=1,
            per_locale=sample["per_locale"],
        ),
        Scenario(
            f"search fr '{sample['search_word']}' ({sample['per_locale']}/locale), 1 client, "
            "against stock's API on our search backend (for reference)",
            f"/api/v2/search/?q={sample['search_word']}&locale=fr&type=news",
            f"/stock-api-oursearch/v2/pages/?type=news.NewsPage&locale=fr&search={sample['search_word']}",
            Target(),
            connections=1,
        ),
        Scenario(
            "glossary uk fallback=en, uncached",
            "/api/v2/glossary/?locale=uk&fallback=en",
            "/stock-api/v2/pages/?type=glossary.GlossaryTermPage&locale=uk",
            Target(min_x_stock=4, max_queries=8),
        ),
        Scenario(
            f"members fr country={sample['country']}, uncached",
            f"/api/v2/members/?locale=fr&country={sample['country']}",
            "/stock-api/v2/pages/?type=members.MemberPage&locale=fr",
            Target(min_x_stock=4, max_queries=8),
        ),
        Scenario(
            "HTML news page fr",
            sample["html_path"],
            # Wagtail's serve view, same page; the query string keeps the page cache out of it.
            f"{sample['stock_html_path']}?stock=1",
            Target(min_x_stock=3),
            cached=True,
            phase="cached",
        ),
    ]


def small_search_scenario(sample: dict) -> Scenario:
    stock_news = "/stock-api/v2/pages/?type=news.NewsPage&locale=fr"
    return Scenario(
        f"search fr '{sample['search_word']}' ({sample['per_locale']}/locale), 1 client",
        f"/api/v2/search/?q={sample['search_word']}&locale=fr&type=news",
        f"{stock_news}&search={sample['search_word']}",
        # Here to show that the cost does not grow with the locale (bench.report.search_growth);
        # the ≥10× target is the archive scale's, where stock's search reads 5,000 pages.
        Target(max_p95_ms=50),
        connections=1,
        phase="small",
        per_locale=sample["per_locale"],
    )
