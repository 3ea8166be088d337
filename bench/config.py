"""The two modes: the full benchmark and the quick smoke test (CI)."""

import os
from dataclasses import dataclass

DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432"


@dataclass(frozen=True)
class Mode:
    name: str
    news: int
    members: int
    terms: int
    small_news: int  # per locale, for the search-cost comparison (English and French only)
    warmup_s: float
    measure_s: float
    rounds: int  # measurements of each side of a scenario, ours and stock in turns
    stock_sample: int
    import_sample: int  # English news imported (with translations) to time the importer each run
    freshness_rounds: int
    database: str

    @property
    def database_url(self) -> str:
        return os.environ.get("BENCH_DATABASE_URL", f"{DEFAULT_SERVER}/{self.database}")

    @property
    def small_database_url(self) -> str:
        return self.database_url + "_small"


FULL = Mode(
    "full",
    news=5000,
    members=130,
    terms=200,
    small_news=1000,
    warmup_s=3,
    measure_s=10,
    rounds=2,
    stock_sample=40,
    import_sample=40,
    freshness_rounds=10,
    database="alliance_bench_data",
)
QUICK = Mode(
    "quick",
    news=30,
    members=10,
    terms=10,
    small_news=10,
    warmup_s=2,
    measure_s=2,
    rounds=1,
    stock_sample=5,
    import_sample=5,
    freshness_rounds=3,
    database="alliance_bench_quick",
)
