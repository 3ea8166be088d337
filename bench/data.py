"""Build the benchmark's content with the bulk importer; measure stock Wagtail's rate beside it."""

import io
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import connection, transaction
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from archive.importer import import_archive
from bench.archive_gen import TOPICS, ArchiveGenerator
from news.models import NewsIndexPage, NewsPage, Topic

SEED = 2026
DATA_VERSION = 1


@dataclass(frozen=True)
class Sizes:
    news: int  # English news pages, each translated into every other locale
    members: int
    terms: int
    images: int = 12
    languages: tuple[str, ...] = ()
    search_hits: int = 0  # news carrying the search word (0: a share of them)

    def fingerprint(self) -> str:
        sizes = f"{self.news}:{self.members}:{self.terms}:{self.images}"
        return f"v{DATA_VERSION}:seed={SEED}:{sizes}:{','.join(self.languages)}"


@dataclass
class BuildResult:
    pages: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def _make_images(count: int) -> list[int]:
    from PIL import Image as PILImage

    ids = []
    for n in range(count):
        canvas = PILImage.new("RGB", (1200, 800), ((n * 53) % 255, (n * 97) % 255, (n * 151) % 255))
        buffer = io.BytesIO()
        canvas.save(buffer, "JPEG", quality=80)
        image = Image(title=f"Alliance photo {n + 1}", description=f"Photo {n + 1} of an Alliance meeting")
        image.file.save(f"bench-{n + 1}.jpg", ImageFile(buffer, name=f"bench-{n + 1}.jpg"), save=False)
        image.save()
        ids.append(image.pk)
    return ids


def _make_topics(languages: tuple[str, ...]) -> None:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for slug in TOPICS:
        source = Topic.objects.create(name=slug.title(), slug=slug, locale=locales[languages[0]])
        Topic.objects.bulk_create(
            [
                Topic(
                    name=f"{slug.title()} ({code})",
                    slug=slug,
                    locale=locales[code],
                    translation_key=source.translation_key,
                )
                for code in languages[1:]
            ]
        )


def build(sizes: Sizes, log) -> BuildResult:
    """Fill an empty, migrated database; the returned rate counts the bulk-imported pages."""
    languages = sizes.languages or tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page
    root = Page.get_first_root_node()
    image_ids = _make_images(sizes.images)
    _make_topics(languages)
    generator = ArchiveGenerator(SEED, list(languages), image_ids, sizes.search_hits)
    started = time.perf_counter()
    pages = import_archive(generator.homes(root.pk)).pages
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=Page.objects.get(url_path="/home/"), is_default_site=True
    )
    pages += import_archive(generator.indexes()).pages
    pages += import_archive(generator.members(sizes.members)).pages
    pages += import_archive(generator.glossary(sizes.terms)).pages
    chunk = 250
    for start in range(0, sizes.news, chunk):
        pages += import_archive(generator.news(start, min(chunk, sizes.news - start))).pages
        elapsed = time.perf_counter() - started
        log(f"  {pages} pages imported, {pages / elapsed:.0f} pages/s")
    seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # Planner statistics and the visibility map for the new rows, before any measurement.
            cursor.execute("VACUUM (ANALYZE)")
    return BuildResult(pages, seconds)


def stock_rate(sample: int, log) -> BuildResult:
    """Stock Wagtail's page-by-page path on the same database: add_child + save_revision().publish().

    The same generated English news, under the English news index, in a transaction that is
    rolled back (so the benchmark data stay unchanged; on-commit hooks therefore do not run).
    """
    import json

    index = NewsIndexPage.objects.get(url_path="/home/news/")
    generator = ArchiveGenerator(SEED + 1, ["en"], list(Image.objects.values_list("pk", flat=True)))
    records = [json.loads(line) for line in generator.news(10_000_000, sample)]
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=index.locale)}
    from news.models import NewsPageTopic

    started = time.perf_counter()
    with transaction.atomic():
        for record in records:
            fields = record["fields"]
            page = NewsPage(
                title=record["title"],
                slug=record["slug"],
                date=fields["date"],
                intro=fields["intro"],
                body=fields["body"],
                feed_image_id=fields["feed_image"],
                feed_image_alt=fields["feed_image_alt"],
            )
            page.tags.add(*record["tags"])
            page.topic_links = [NewsPageTopic(topic=topics[slug]) for slug in record["topics"]]
            index.add_child(instance=page)
            page.save_revision().publish()
        seconds = time.perf_counter() - started
        transaction.set_rollback(True)
    log(f"  stock Wagtail: {sample} pages in {seconds:.1f} s")
    return BuildResult(sample, seconds)
