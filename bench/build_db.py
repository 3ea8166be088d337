"""`python -m bench.build_db NEWS MEMBERS TERMS [LANGUAGES [SEARCH_HITS]]`: fill DATABASE_URL.

The database must be migrated and empty; prints a JSON line with the pages and seconds.
"""

import json
import os
import sys

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from bench.data import Sizes, build

    news, members, terms = (int(value) for value in sys.argv[1:4])
    languages = tuple(sys.argv[4].split(",")) if len(sys.argv) > 4 and sys.argv[4] else ()
    search_hits = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    sizes = Sizes(news, members, terms, languages=languages, search_hits=search_hits)
    result = build(sizes, log=lambda line: print(line, flush=True))
    print("BENCH_BUILD " + json.dumps({"pages": result.pages, "seconds": result.seconds}), flush=True)


if __name__ == "__main__":
    main()
