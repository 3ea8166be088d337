"""The soak's editor: publishes a new revision of a random news item or glossary term every few
seconds through Wagtail's own publish (the publish path: cache generation, webhooks, index).

    python -m tests.soak.publisher SECONDS INTERVAL  (DATABASE_URL, production settings)

Prints one JSON line per publish: {"ms": duration, "ok": bool, "error": "..."}.
"""

import json
import random
import sys
import time


def main() -> None:
    import django

    django.setup()
    from wagtail.models import Page

    from glossary.models import GlossaryTermPage
    from news.models import NewsPage

    duration, interval = float(sys.argv[1]), float(sys.argv[2])
    rng = random.Random(7)  # noqa: S311 - choosing pages, not secrets
    ids = list(NewsPage.objects.live().values_list("pk", flat=True)[:50])
    ids += list(GlossaryTermPage.objects.live().values_list("pk", flat=True)[:50])
    deadline = time.monotonic() + duration
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            page = Page.objects.get(pk=rng.choice(ids)).specific
            page.search_description = f"Soak revision {time.time_ns()}"
            page.save_revision().publish()
            result = {"ok": True}
        except Exception as error:  # reported, not raised: the soak counts it as an error
            result = {"ok": False, "error": f"{type(error).__name__}: {error}"[:300]}
        result["ms"] = (time.monotonic() - started) * 1000
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
        time.sleep(max(0.0, interval - (time.monotonic() - started)))


if __name__ == "__main__":
    main()
